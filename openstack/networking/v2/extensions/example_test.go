package extensions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Check for an extension before using it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /extensions/quotas", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	srv.Handle("GET /extensions/floating-ip-port-forwarding", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusNotFound, `{"NeutronError": {"message": "not found"}}`)
	})
	c := srv.ServiceClientOf("network")
	for _, alias := range []string{"quotas", "floating-ip-port-forwarding"} {
		ok, err := extensions.Has(context.Background(), c, alias)
		fmt.Println(alias, ok, err)
	}
	// Output:
	// quotas true <nil>
	// floating-ip-port-forwarding false <nil>
}
