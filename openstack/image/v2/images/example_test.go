package images_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /images", http.StatusCreated, createResponse)
	srv.HandleJSON("PATCH /images/{id}", http.StatusOK, imageJSON)
	ctx, client := context.Background(), srv.ServiceClient()

	img, err := images.Create(ctx, client, images.CreateOpts{Name: "Ubuntu", DiskFormat: "raw", ContainerFormat: "bare"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Name, img.Status)
	img, err = images.Update(ctx, client, img.ID, images.UpdateOpts{images.Replace("name", "cirros-0.3.2-x86_64-disk")}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Name, img.Status)
	// Output:
	// Ubuntu queued
	// cirros-0.3.2-x86_64-disk active
}
