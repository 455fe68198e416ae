package flavors_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the flavors with at least 1 GiB of RAM, then create a private flavor
// with an extra spec and give a project access to it.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /flavors/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	mux.HandleFunc("POST /flavors", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, createResponseJSON)
	})
	mux.HandleFunc("POST /flavors/10/os-extra_specs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"extra_specs": {"hw:cpu_policy": "dedicated"}}`)
	})
	mux.HandleFunc("POST /flavors/10/action", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, accessJSON)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute", Microversion: "2.75"}
	ctx := context.Background()

	for f, err := range flavors.List(compute, flavors.ListOpts{MinRAM: 1024, AccessType: flavors.AllAccess}).All(ctx) {
		if err != nil {
			fmt.Println("list:", err)
			return
		}
		fmt.Printf("%s: %d MiB, %d vCPUs, public=%t\n", f.Name, f.RAM, f.VCPUs, f.IsPublic)
	}

	private := false
	f, err := flavors.Create(ctx, compute, flavors.CreateOpts{
		ID: "10", Name: "acc-private", RAM: 1024, VCPUs: 2, Disk: 10, IsPublic: &private,
	}).Extract()
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	specs, err := flavors.CreateExtraSpecs(ctx, compute, f.ID, flavors.ExtraSpecsOpts{"hw:cpu_policy": "dedicated"}).Extract()
	fmt.Println(f.ID, specs, err)
	access, err := flavors.AddAccess(ctx, compute, f.ID, flavors.AccessOpts{Tenant: "fake_tenant"}).Extract()
	fmt.Println(len(access), "projects may use it", err)
	// Output:
	// m1.medium: 4096 MiB, 2 vCPUs, public=false
	// 10 map[hw:cpu_policy:dedicated] <nil>
	// 2 projects may use it <nil>
}
