package accounts_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Set an account metadata item, then read the account's totals and
// metadata.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/AUTH_demo/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("POST sets Owner:", r.Header.Get("X-Account-Meta-Owner"))
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("HEAD /v1/AUTH_demo/{$}", func(w http.ResponseWriter, r *http.Request) { accountHeaders(w) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	client := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/v1/AUTH_demo/", Type: "object-store"}
	ctx := context.Background()

	if _, err := accounts.Update(ctx, client, accounts.UpdateOpts{Metadata: map[string]string{"Owner": "ops"}}).Extract(); err != nil {
		fmt.Println(err)
		return
	}
	h, err := accounts.Get(ctx, client, accounts.GetOpts{}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ContainerCount, "containers,", h.ObjectCount, "objects,", h.BytesUsed, "bytes")
	fmt.Println("book:", h.Metadata["book"])
	// Output:
	// POST sets Owner: ops
	// 2 containers, 14 objects, 19531 bytes
	// book: MobyDick
}
