package volumes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /volumes", http.StatusAccepted, `{"volume": `+volumeJSON+`}`)

	v, err := volumes.Create(context.Background(), srv.ServiceClient(), volumes.CreateOpts{Size: 2, Name: "test-volume"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Name, v.Status, v.Size)
	// Output: test-volume available 2
}
