package aggregates_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/aggregates"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create an aggregate as an availability zone and add a host to it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /os-aggregates", http.StatusOK, `{"aggregate": {"id": 1, "name": "name", "availability_zone": "london", "hosts": [], "metadata": {"availability_zone": "london"}}}`)
	srv.HandleJSON("POST /os-aggregates/1/action", http.StatusOK, getJSON)
	ctx := context.Background()
	admin := srv.ServiceClientOf("compute")

	a, err := aggregates.Create(ctx, admin, aggregates.CreateOpts{Name: "name", AvailabilityZone: "london"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err = aggregates.AddHost(ctx, admin, a.ID, "compute").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, a.Name, a.AvailabilityZone, a.Hosts)
	// Output:
	// 1 name london [compute]
}
