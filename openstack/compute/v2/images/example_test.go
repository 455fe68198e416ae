package images_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the server snapshots through Nova's image proxy. Leave the
// client's microversion at 2.35 or lower: the proxy is gone from 2.36.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /images/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"images": [
		  {"id": "155d900f", "name": "snap-of-web-1", "status": "ACTIVE", "minDisk": 1, "minRam": 512,
		   "server": {"id": "aa1c6a6b"}, "metadata": {"image_type": "snapshot"}}]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute"}

	snapshots, err := images.List(compute, images.ListOpts{Type: "SERVER"}).Collect(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, img := range snapshots {
		fmt.Println(img.Name, img.Status, "of server", img.Server.ID)
	}
	// Output:
	// snap-of-web-1 ACTIVE of server aa1c6a6b
}
