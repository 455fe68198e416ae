package fakeoned_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
)

func Example() {
	s := fakeoned.NewServer() // in a test: fakeoned.Setup(t)
	defer s.Close()
	ctx := context.Background()
	ctrl := opennebula.NewController(s.Client())
	id, _ := ctrl.Images().Create(ctx, opennebula.RawTemplate(`NAME="ubuntu"
SIZE=2048`), 1)
	img, _ := ctrl.Image(id).Info(ctx, false)
	fmt.Println(img.Name, img.Size, img.Datastore)
	// Output: ubuntu 2048 default
}
