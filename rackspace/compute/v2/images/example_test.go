package images_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List images with their Rackspace image type.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("GET /images/detail", http.StatusOK, listJSON)
	compute := fake.ServiceClient()

	for img, err := range images.List(compute, images.ListOpts{}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(img.Name, img.Status, images.PropertiesOf(img).ImageType)
	}
	// Output:
	// Ubuntu 22.04 LTS (Jammy Jellyfish) (PVHVM) ACTIVE base
	// web-snapshot SAVING snapshot
}
