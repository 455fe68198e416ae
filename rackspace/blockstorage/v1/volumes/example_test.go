package volumes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create an SSD volume and wait until it can be attached; a volume below
// Rackspace's minimum is refused before any request.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /volumes", http.StatusOK, volumeJSON)
	fake.HandleJSON("GET /volumes/"+id, http.StatusOK, volumeJSON)
	bs := fake.ServiceClient()
	ctx := context.Background()

	_, err := volumes.Create(ctx, bs, volumes.CreateOpts{Size: 20, Name: "tiny"}).Extract()
	fmt.Println(err)
	v, err := volumes.Create(ctx, bs, volumes.CreateOpts{Size: 100, Name: "data", VolumeType: volumes.SSD}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Name, v.Size, v.VolumeType, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	// Output:
	// invalid input for argument volumes.CreateOpts.Size (value 20): a Rackspace SATA volume is 75 to 1024 GiB
	// data 100 SSD <nil>
}
