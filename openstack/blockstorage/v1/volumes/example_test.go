package volumes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /volumes", http.StatusOK, `{"volume": `+volumeJSON+`}`)

	v, err := volumes.Create(context.Background(), srv.ServiceClient(), volumes.CreateOpts{Size: 30, Name: "vol-001"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Name, v.Status, v.Size)
	// Output: vol-001 available 30
}
