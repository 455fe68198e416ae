package rackspace_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
)

// Authenticate with an API key and find Cloud Servers in one region. A
// fake Rackspace identity stands in for identity.api.rackspacecloud.com.
func Example() {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, accessJSON(srv.URL+"/", "a-token"))
	})

	ctx := context.Background()
	provider, err := rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{
		IdentityEndpoint: srv.URL + "/v2.0/", Username: "me", APIKey: "0123456789abcdef",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	compute, err := rackspace.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "ORD"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(provider.Token(), compute.Endpoint[len(srv.URL):])
	// Output: a-token /ord/servers/v2/123456/
}
