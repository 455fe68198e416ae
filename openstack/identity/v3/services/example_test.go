package services_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/services"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Find the compute services in the catalog.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /services", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"services": [{"id": "s1", "type": "compute", "name": "nova", "enabled": true}], "links": {"next": null}}`)
	})
	for s, err := range services.List(srv.ServiceClient(), services.ListOpts{Type: "compute"}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.ID, s.Name)
	}
	// Output:
	// s1 nova
}
