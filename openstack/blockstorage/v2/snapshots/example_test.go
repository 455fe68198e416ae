package snapshots_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /snapshots", http.StatusAccepted, `{"snapshot": `+snapshotJSON+`}`)

	s, err := snapshots.Create(context.Background(), srv.ServiceClient(), snapshots.CreateOpts{
		VolumeID: "5aa119a8-d25b-45a7-8d1b-88e127885635", Name: "snap-001",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Status, s.Size)
	// Output: snap-001 available 30
}
