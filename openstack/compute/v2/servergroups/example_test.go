package servergroups_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servergroups"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create an anti-affinity group allowing two of its servers per host
// (microversion 2.64), then read its policy back.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /os-server-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"server_group": {"id": "616fb98f", "name": "web",
		  "policy": "anti-affinity", "rules": {"max_server_per_host": 2}, "members": []}}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute", Microversion: "2.64"}

	g, err := servergroups.Create(context.Background(), compute, servergroups.CreateOpts{
		Name:   "web",
		Policy: servergroups.PolicyAntiAffinity,
		Rules:  &servergroups.Rules{MaxServerPerHost: 2},
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.ID, g.EffectivePolicy(), g.Rules.MaxServerPerHost)
	// Output:
	// 616fb98f anti-affinity 2
}
