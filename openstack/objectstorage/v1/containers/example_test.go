package containers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a public container, then walk the account's containers two at a
// time: the pager follows the markers.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /v1/AUTH_demo/{container}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("PUT %s read ACL %q\n", r.PathValue("container"), r.Header.Get("X-Container-Read"))
		w.WriteHeader(http.StatusCreated)
	})
	list := fakeListing([]string{"backups", "logs", "photos", "videos"})
	mux.HandleFunc("GET /v1/AUTH_demo/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("GET page after %q\n", r.URL.Query().Get("marker"))
		list(w, r)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	client := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/v1/AUTH_demo/", Type: "object-store"}
	ctx := context.Background()

	h, err := containers.Create(ctx, client, "photos", containers.CreateOpts{Read: ".r:*,.rlistings"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("created:", h.Created)

	for c, err := range containers.List(client, containers.ListOpts{Limit: 2}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(" ", c.Name)
	}
	// Output:
	// PUT photos read ACL ".r:*,.rlistings"
	// created: true
	// GET page after ""
	//   backups
	//   logs
	// GET page after "logs"
	//   photos
	//   videos
	// GET page after "videos"
}
