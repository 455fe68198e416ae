package regions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/regions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the regions of a cloud.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /regions", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"regions": [{"id": "RegionOne"}], "links": {"next": null}}`)
	})
	for r, err := range regions.List(srv.ServiceClient(), regions.ListOpts{}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.ID)
	}
	// Output:
	// RegionOne
}
