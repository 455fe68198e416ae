package objects_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Upload an object; the SDK checks Cloud Files' ETag against the MD5 it
// computed while sending.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.Handle("PUT /photos/helloworld", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Etag", helloMD5)
		w.WriteHeader(http.StatusCreated)
	})
	files := fake.ServiceClient()

	h, err := objects.Create(context.Background(), files, "photos", "helloworld", strings.NewReader("Hello World!"), objects.CreateOpts{}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ETag, h.MD5 == h.ETag)
	// Output: ed076287532e86365e841e92bfc50d8c true
}
