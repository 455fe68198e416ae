package volumes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /volumes", http.StatusAccepted, createResponse)
	srv.HandleJSON("GET /volumes/{id}", http.StatusOK, `{"volume": {"id": "2b955850-f177-45f7-9f49-ecb2c256d161", "status": "available", "size": 10}}`)
	ctx, client := context.Background(), srv.ServiceClientOf("block-storage")

	v, err := volumes.Create(ctx, client, volumes.CreateOpts{Size: 10, Name: "vol-001"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Name, v.Status)
	if err := volumes.WaitForStatus(ctx, client, v.ID, "available", gophercloud.WaitOpts{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("available")
	// Output:
	// vol-001 creating
	// available
}
