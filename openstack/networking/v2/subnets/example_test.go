package subnets_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/subnets"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create an IPv4 subnet with one allocation pool.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /subnets", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"subnet": {"id": "54d6f61d", "cidr": "10.0.0.0/24", "ip_version": 4,
		  "gateway_ip": "10.0.0.1", "allocation_pools": [{"start": "10.0.0.10", "end": "10.0.0.200"}]}}`)
	})
	s, err := subnets.Create(context.Background(), srv.ServiceClientOf("network"), subnets.CreateOpts{
		NetworkID: "d32019d3", IPVersion: 4, CIDR: "10.0.0.0/24",
		AllocationPools: []subnets.AllocationPool{{Start: "10.0.0.10", End: "10.0.0.200"}},
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.CIDR, "gateway", s.GatewayIP, "pool", s.AllocationPools[0].Start, "-", s.AllocationPools[0].End)
	// Output: 10.0.0.0/24 gateway 10.0.0.1 pool 10.0.0.10 - 10.0.0.200
}
