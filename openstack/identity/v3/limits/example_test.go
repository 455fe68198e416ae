package limits_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/limits"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Raise one project's cores above the registered default, after checking
// how the cloud enforces limits.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /limits/model", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"model": {"name": "flat", "description": "Limits are per project."}}`)
	})
	srv.Handle("POST /limits", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"limits": [{"id": "l1", "project_id": "p1", "service_id": "nova-id", "resource_name": "cores", "resource_limit": 40}]}`)
	})
	ctx, identity := context.Background(), srv.ServiceClient()
	m, err := limits.GetModel(ctx, identity).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("model:", m.Name)
	ls, err := limits.Create(ctx, identity, limits.CreateOpts{ServiceID: "nova-id", ProjectID: "p1", ResourceName: "cores", ResourceLimit: 40}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ls[0].ID, ls[0].ResourceName, ls[0].ResourceLimit)
	// Output:
	// model: flat
	// l1 cores 40
}
