package limits_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/limits"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /limits", http.StatusOK, limitsJSON)

	l, err := limits.Get(context.Background(), srv.ServiceClient()).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Absolute.MaxTotalVolumes-l.Absolute.TotalVolumesUsed, "volumes left")
	// Output: 8 volumes left
}
