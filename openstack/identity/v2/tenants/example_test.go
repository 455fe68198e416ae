package tenants_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v2/tenants"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a tenant, list the enabled ones, and delete it again.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /tenants", http.StatusOK, `{"tenant": {"id": "t9", "name": "acme", "description": "ACME Corp", "enabled": true}}`)
	srv.HandleJSON("GET /tenants", http.StatusOK, `{"tenants": [
		{"id": "t1", "name": "demo", "enabled": true},
		{"id": "t2", "name": "old", "enabled": false},
		{"id": "t9", "name": "acme", "description": "ACME Corp", "enabled": true}], "tenants_links": []}`)
	srv.Handle("DELETE /tenants/t9", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	ctx, identity := context.Background(), srv.ServiceClient()

	acme, err := tenants.Create(ctx, identity, tenants.CreateOpts{Name: "acme", Description: "ACME Corp"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("created", acme.ID, acme.Name)
	for t, err := range tenants.List(identity, nil).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if t.Enabled {
			fmt.Println("enabled:", t.Name)
		}
	}
	fmt.Println("deleted:", tenants.Delete(ctx, identity, acme.ID).ExtractErr())
	// Output:
	// created t9 acme
	// enabled: demo
	// enabled: acme
	// deleted: <nil>
}
