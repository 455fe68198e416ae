package bulk_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/bulk"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Upload a site as one tar.gz that Cloud Files unpacks into a container.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("PUT /www", http.StatusCreated, extractOK)
	files := fake.ServiceClient()

	rep, err := bulk.Extract(context.Background(), files, "www", bulk.TarGz, strings.NewReader("…the archive…"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rep.NumberFilesCreated, "files,", rep.ResponseStatus)
	// Output: 13 files, 201 Created
}
