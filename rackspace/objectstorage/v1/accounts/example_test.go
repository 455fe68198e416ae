package accounts_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Read a Cloud Files account's totals.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) {
		accountHeaders(w)
		w.WriteHeader(http.StatusNoContent)
	})
	files := fake.ServiceClient()

	h, err := accounts.Get(context.Background(), files, accounts.GetOpts{}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ContainerCount, "containers,", h.ObjectCount, "objects,", h.BytesUsed, "bytes")
	// Output: 3 containers, 14 objects, 2248463 bytes
}
