package tokens_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Authenticate against an Identity v2.0 service and read the tenant, the
// expiry and the catalog of the token.
func ExampleCreate() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, accessJSON)
	})
	keystone := httptest.NewServer(mux)
	defer keystone.Close()

	identity := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: keystone.URL + "/v2.0/"}
	access, err := tokens.Create(context.Background(), identity, gophercloud.AuthOptions{
		Username:   "demo",
		Password:   "demosecret",
		TenantName: "demo",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("tenant:", access.Token.Tenant.Name)
	fmt.Println("expires:", access.Token.Expires().UTC())
	for _, s := range access.ServiceCatalog {
		fmt.Println(s.Type, s.Endpoints[0].PublicURL)
	}
	// Output:
	// tenant: demo
	// expires: 2026-01-31 15:30:58 +0000 UTC
	// compute http://127.0.0.1:8774/v2/fc394f2ab2df4114bde39905f800dc57
	// identity http://127.0.0.1:5000/v2.0
}

// A service holding an admin token checks a user's token for its tenant,
// then lists the endpoints that token may use.
func ExampleCheck() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("HEAD /tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") != tokenID {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	srv.HandleJSON("GET /tokens/"+tokenID+"/endpoints", http.StatusOK, endpointsLastJSON)
	ctx, admin := context.Background(), srv.ServiceClient()

	for _, token := range []string{tokenID, "revoked-token"} {
		valid, err := tokens.Check(ctx, admin, token, tokens.ValidateOpts{BelongsTo: "fc394f2ab2df4114bde39905f800dc57"}).Extract()
		fmt.Println(token, "valid:", valid, err)
	}
	for ep, err := range tokens.ListEndpoints(admin, tokenID).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(ep.Type, ep.Name, ep.AdminURL)
	}
	// Output:
	// aaaaa-bbbbb-ccccc-dddd-0001 valid: true <nil>
	// revoked-token valid: false <nil>
	// identity keystone http://10.0.0.10:35357/v2.0
}
