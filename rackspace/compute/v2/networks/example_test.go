package networks_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create an isolated network and list the account's networks.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /os-networksv2", http.StatusOK, networkJSON)
	fake.HandleJSON("GET /os-networksv2", http.StatusOK, listJSON)
	compute := fake.ServiceClient()
	ctx := context.Background()

	n, err := networks.Create(ctx, compute, networks.CreateOpts{Label: "backend", CIDR: "192.168.0.0/24"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("created", n.Label, n.CIDR)
	for net, err := range networks.List(compute).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(net.ID, net.Label)
	}
	// Output:
	// created backend 192.168.0.0/24
	// 1f7920d3-0e63-4fec-a1cb-f7916671e8eb backend
	// 11111111-1111-1111-1111-111111111111 private
	// 00000000-0000-0000-0000-000000000000 public
}
