package domains_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/domains"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Disable a domain, then delete it: Keystone refuses to delete an enabled one.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("PATCH /domains/161718", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"domain": {"id": "161718", "name": "acme", "enabled": false}}`)
	})
	srv.Handle("DELETE /domains/161718", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	identity := srv.ServiceClient()
	ctx := context.Background()

	disabled := false
	d, err := domains.Update(ctx, identity, "161718", domains.UpdateOpts{Enabled: &disabled}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Name, "enabled:", d.Enabled)
	fmt.Println("delete:", domains.Delete(ctx, identity, d.ID).ExtractErr())
	// Output:
	// acme enabled: false
	// delete: <nil>
}
