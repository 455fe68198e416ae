package limits_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/limits"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// How many more servers may this project boot?
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /limits", http.StatusOK, getJSON)

	l, err := limits.Get(context.Background(), srv.ServiceClientOf("compute"), limits.GetOpts{}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := l.Absolute
	fmt.Println("servers left:", a.MaxTotalInstances-a.TotalInstancesUsed)
	fmt.Println("RAM left (MiB):", a.MaxTotalRAMSize-a.TotalRAMUsed)
	// Output:
	// servers left: 9
	// RAM left (MiB): 50688
}
