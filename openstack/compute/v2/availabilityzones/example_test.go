package availabilityzones_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/availabilityzones"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Find the zones that can take servers, then (as admin) the compute hosts of
// each zone.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /os-availability-zone", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	mux.HandleFunc("GET /os-availability-zone/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, listDetailJSON)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute"}
	ctx := context.Background()

	zones, err := availabilityzones.List(compute).Collect(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, z := range zones {
		fmt.Println(z.ZoneName, "available:", z.ZoneState.Available)
	}

	detailed, err := availabilityzones.ListDetail(compute).Collect(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, z := range detailed {
		var hosts []string
		for host, services := range z.Hosts {
			if _, ok := services["nova-compute"]; ok {
				hosts = append(hosts, host)
			}
		}
		slices.Sort(hosts)
		fmt.Println(z.ZoneName, "compute hosts:", hosts)
	}
	// Output:
	// nova available: true
	// zone-b available: false
	// internal compute hosts: []
	// nova compute hosts: [compute]
}
