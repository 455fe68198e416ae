package external_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/external"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Find the external networks.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"networks": [{"id": "71c1e68c", "name": "`+r.URL.Query().Get("router:external")+`-public", "router:external": true}]}`)
	})
	yes := true
	for n, err := range networks.List(srv.ServiceClientOf("network"), external.ListOptsExt{ListOptsBuilder: networks.ListOpts{}, External: &yes}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(n.ID, n.Name)
	}
	// Output: 71c1e68c true-public
}
