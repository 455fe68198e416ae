package extensions_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Check whether the cloud reports the disk-config extension.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /extensions", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute"}

	for ext, err := range extensions.List(compute).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if ext.Alias == "OS-DCF" {
			fmt.Println(ext.Name, "-", ext.Description)
		}
	}
	// Output:
	// DiskConfig - Disk Management Extension.
}
