package snapshots_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Snapshot a volume and wait for the copy.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /snapshots", http.StatusOK, snapshotJSON)
	fake.HandleJSON("GET /snapshots/"+id, http.StatusOK, snapshotJSON)
	bs := fake.ServiceClient()
	ctx := context.Background()

	s, err := snapshots.Create(ctx, bs, snapshots.CreateOpts{VolumeID: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", Name: "nightly"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Size, snapshots.WaitForStatus(ctx, bs, s.ID, "available", gophercloud.WaitOpts{}))
	// Output: nightly 100 <nil>
}
