package usage_test

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/usage"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Sum every project's vCPU-hours over a day.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-simple-tenant-usage", http.StatusOK, listPage2JSON)
	end := time.Date(2018, 10, 9, 11, 29, 4, 0, time.UTC)

	var total float64
	for u, err := range usage.List(srv.ServiceClientOf("compute"), usage.ListOpts{
		GetOpts: usage.GetOpts{Start: end.Add(-24 * time.Hour), End: end},
	}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %.1f vCPU-hours\n", u.TenantID, u.TotalVCPUsUsage)
		total += u.TotalVCPUsUsage
	}
	fmt.Printf("total: %.1f\n", total)
	// Output:
	// 9f0a2b7c8d3e4f5a6b7c8d9e0f1a2b3c: 0.5 vCPU-hours
	// total: 0.5
}
