package volumetypes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /types", http.StatusOK, listJSON)

	types, err := volumetypes.List(srv.ServiceClient()).Collect(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, vt := range types {
		fmt.Println(vt.Name, len(vt.ExtraSpecs))
	}
	// Output:
	// vol-type-001 1
	// vol-type-002 0
}
