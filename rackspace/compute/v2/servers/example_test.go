package servers_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Boot a server on PublicNet, ServiceNet and an isolated network, and wait
// for it.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /servers", http.StatusAccepted, createResponse)
	fake.HandleJSON("GET /servers/"+id, http.StatusOK, getResponse)
	compute := fake.ServiceClient()
	ctx := context.Background()

	s, err := servers.Create(ctx, compute, servers.CreateOpts{
		Name: "web1", FlavorRef: "general1-1", ImageRef: "e19a734c-c7e6-443a-830c-242209c4d65d",
		Networks: servers.Networks(true, true, "1f7920d3-0e63-4fec-a1cb-f7916671e8eb"),
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err = servers.WaitForStatus(ctx, compute, s.ID, servers.StatusActive, gophercloud.WaitOpts{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Status, s.AccessIPv4, s.Addresses["backend"][0].Addr)
	// Output: web1 ACTIVE 198.101.241.238 192.168.0.3
}
