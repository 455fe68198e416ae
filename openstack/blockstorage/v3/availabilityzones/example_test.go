package availabilityzones_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/availabilityzones"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-availability-zone", http.StatusOK, zonesJSON)

	zones, err := availabilityzones.List(context.Background(), srv.ServiceClient()).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, z := range zones {
		fmt.Println(z.ZoneName, z.ZoneState.Available)
	}
	// Output:
	// nova true
	// az2 false
}
