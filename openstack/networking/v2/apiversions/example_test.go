package apiversions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Find the current Networking API version.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"versions": [{"id": "v2.0", "status": "CURRENT", "links": []}]}`)
	})
	vs, err := apiversions.List(context.Background(), srv.ServiceClientOf("network")).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range vs {
		fmt.Println(v.ID, v.Status)
	}
	// Output: v2.0 CURRENT
}
