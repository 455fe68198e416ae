package quotasets_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/quotasets"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Read a project's usage against its quotas, then raise one.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-quota-sets/{id}/detail", http.StatusOK, detailJSON)
	srv.HandleJSON("PUT /os-quota-sets/{id}", http.StatusOK, updateJSON)
	ctx := context.Background()
	compute := srv.ServiceClientOf("compute")

	d, err := quotasets.GetDetail(ctx, compute, projectID, quotasets.GetOpts{}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("instances: %d of %d used, %d reserved\n", d.Instances.InUse, d.Instances.Limit, d.Instances.Reserved)

	q, err := quotasets.Update(ctx, compute, projectID, quotasets.UpdateOpts{Instances: gophercloud.MaybeInt(45)}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("instances now", q.Instances)
	// Output:
	// instances: 2 of 10 used, 1 reserved
	// instances now 45
}
