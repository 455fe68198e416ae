package endpoints_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/endpoints"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List a service's public endpoints.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /endpoints", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"endpoints": [{"id": "e1", "interface": "public", "service_id": "s1",
		  "region_id": "RegionOne", "url": "https://compute.example.com/v2.1", "enabled": true}], "links": {"next": null}}`)
	})
	opts := endpoints.ListOpts{ServiceID: "s1", Interface: endpoints.Public}
	for e, err := range endpoints.List(srv.ServiceClient(), opts).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(e.RegionID, e.URL)
	}
	// Output:
	// RegionOne https://compute.example.com/v2.1
}
