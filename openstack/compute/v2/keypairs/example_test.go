package keypairs_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Import an existing public key, then list the key pairs.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"keypair": {"name": "deploy", "type": "ssh",
		  "fingerprint": "SHA256:3a1f", "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 deploy@example", "user_id": "u1"}}`)
	})
	mux.HandleFunc("GET /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"keypairs": [
		  {"keypair": {"name": "deploy", "type": "ssh", "fingerprint": "SHA256:3a1f"}},
		  {"keypair": {"name": "legacy", "type": "ssh", "fingerprint": "7e:eb:ab:24"}}]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute", Microversion: "2.35"}
	ctx := context.Background()

	kp, err := keypairs.Create(ctx, compute, keypairs.CreateOpts{
		Name:      "deploy",
		PublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 deploy@example",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("imported", kp.Name, kp.Fingerprint, "private key returned:", kp.PrivateKey != "")

	for k, err := range keypairs.List(compute, keypairs.ListOpts{}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(k.Name, k.Type)
	}
	// Output:
	// imported deploy SHA256:3a1f private key returned: false
	// deploy ssh
	// legacy ssh
}
