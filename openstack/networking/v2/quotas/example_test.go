package quotas_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/quotas"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Read a project's port usage against its quota.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /quotas/p1/details.json", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, detailJSON)
	})
	q, err := quotas.GetDetail(context.Background(), srv.ServiceClientOf("network"), "p1").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("ports: %d of %d used\n", q.Port.Used, q.Port.Limit)
	// Output: ports: 8 of 50 used
}
