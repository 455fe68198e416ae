package bootfromvolume_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/bootfromvolume"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Boot a Compute flavor, which has no local disk, from a new 100 GiB
// volume made from an image.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /servers", http.StatusAccepted, createResponse)
	compute := fake.ServiceClient()

	s, err := bootfromvolume.Create(context.Background(), compute, bootfromvolume.CreateOpts{
		CreateOpts: servers.CreateOpts{Name: "db1", FlavorRef: "compute1-4"},
		ImageID:    "e19a734c-c7e6-443a-830c-242209c4d65d", VolumeSize: 100, DeleteOnTermination: true,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID, s.AdminPass)
	// Output: d5f9c4c3-7b3c-4a4e-9b5b-8b7d3f0e1a22 Hq3bZ9tRpX2w
}
