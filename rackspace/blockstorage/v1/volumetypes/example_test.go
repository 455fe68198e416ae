package volumetypes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the volume types a volume can be created with.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("GET /types", http.StatusOK, listJSON)
	bs := fake.ServiceClient()

	for vt, err := range volumetypes.List(bs).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(vt.ID, vt.Name)
	}
	// Output:
	// 1 SATA
	// 2 SSD
}
