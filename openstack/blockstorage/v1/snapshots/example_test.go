package snapshots_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /snapshots", http.StatusOK, `{"snapshot": `+snapshotJSON+`}`)

	s, err := snapshots.Create(context.Background(), srv.ServiceClient(), snapshots.CreateOpts{
		VolumeID: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", Name: "snap-001",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Status, s.Size)
	// Output: snap-001 available 30
}
