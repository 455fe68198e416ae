package policies_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/policies"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Store a JSON policy document for another service to fetch.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /policies", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"policy": {"id": "p1", "type": "application/json", "blob": "{\"default\": \"rule:admin_required\"}"}}`)
	})
	p, err := policies.Create(context.Background(), srv.ServiceClient(), policies.CreateOpts{
		Type: "application/json",
		Blob: `{"default": "rule:admin_required"}`,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.ID, p.Blob)
	// Output:
	// p1 {"default": "rule:admin_required"}
}
