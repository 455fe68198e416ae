package registeredlimits_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/registeredlimits"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Give every project a default of 20 cores and unlimited RAM, in one
// all-or-nothing request.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /registered_limits", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"registered_limits": [
		  {"id": "rl1", "service_id": "nova-id", "resource_name": "cores", "default_limit": 20},
		  {"id": "rl2", "service_id": "nova-id", "resource_name": "ram_mb", "default_limit": -1}]}`)
	})
	rls, err := registeredlimits.Create(context.Background(), srv.ServiceClient(),
		registeredlimits.CreateOpts{ServiceID: "nova-id", ResourceName: "cores", DefaultLimit: 20},
		registeredlimits.CreateOpts{ServiceID: "nova-id", ResourceName: "ram_mb", DefaultLimit: -1},
	).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rl := range rls {
		fmt.Println(rl.ID, rl.ResourceName, rl.DefaultLimit)
	}
	// Output:
	// rl1 cores 20
	// rl2 ram_mb -1
}
