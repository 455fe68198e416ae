package diskconfig_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions/diskconfig"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Read OS-DCF:diskConfig into a struct of your own, decoding the response
// once, and boot a server with a manual disk layout.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, getServerJSON)
	})
	mux.HandleFunc("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusAccepted, createServerJSON)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute"}
	ctx := context.Background()

	// Your own struct: the fields you need plus the extension's.
	type serverWithDiskConfig struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		diskconfig.ServerDiskConfigExt
	}
	var s serverWithDiskConfig
	if err := servers.Get(ctx, compute, "9168b536-cd40-4630-b43f-b259807c6e87").ExtractIntoEnvelope("server", &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.DiskConfig)

	created, err := servers.Create(ctx, compute, diskconfig.CreateOptsExt{
		CreateOptsBuilder: servers.CreateOpts{Name: "web-1", ImageRef: "70a599e0-31e7-49b7-b260-868f441e862b", FlavorRef: "1"},
		DiskConfig:        diskconfig.Manual,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(created.ID, created.DiskConfig)
	// Output:
	// new-server-test AUTO
	// f5dc173b-6804-445a-a6d8-c705dad5b5eb MANUAL
}
