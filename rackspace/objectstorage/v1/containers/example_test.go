package containers_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the containers of a Cloud Files account.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	files := fake.ServiceClient()

	for c, err := range containers.List(files, containers.ListOpts{}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(c.Name, c.Count, c.Bytes)
	}
	// Output:
	// backups 0 0
	// photos 14 2248463
}
