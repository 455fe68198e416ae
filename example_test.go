package gophercloud_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
)

// A ServiceClient call returns a lazy Result; Extract decodes it once into
// the caller's type, and errors carry the service's own message.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.PathValue("id") != "9e5476bd" {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprintf(w, `{"itemNotFound": {"code": 404, "message": "Instance %s could not be found."}}`, r.PathValue("id"))
			return
		}
		fmt.Fprint(w, `{"server": {"id": "9e5476bd", "name": "web-1", "status": "ACTIVE"}}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	provider := gophercloud.NewProviderClient()
	provider.SetToken("a-token")
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute"}

	type server struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Status string `json:"status"`
	}
	ctx := context.Background()
	s, err := gophercloud.Extract[server](compute.Get(ctx, compute.ServiceURL("servers", "9e5476bd"), nil), "server")
	fmt.Println(s.Name, s.Status, err)

	_, err = gophercloud.Extract[server](compute.Get(ctx, compute.ServiceURL("servers", "nope"), nil), "server")
	var e *gophercloud.ErrUnexpectedResponseCode
	if errors.Is(err, gophercloud.ErrNotFound) && errors.As(err, &e) {
		fmt.Println(e.Actual, e.Message)
	}
	// Output:
	// web-1 ACTIVE <nil>
	// 404 Instance nope could not be found.
}
