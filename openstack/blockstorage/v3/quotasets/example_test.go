package quotasets_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/quotasets"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-quota-sets/{id}", http.StatusOK, usageJSON)

	q, err := quotasets.GetUsage(context.Background(), srv.ServiceClient(), "a7090a26bc554d93aa845a4d41808251").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d of %d volumes\n", q.Volumes.InUse, q.Volumes.Limit)
	// Output: 2 of 10 volumes
}
