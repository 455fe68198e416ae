package hypervisors_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/hypervisors"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Print each hypervisor's free memory.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-hypervisors/detail", http.StatusOK, `{"hypervisors": [`+
		`{"id": "c48f6247-abe4-4a24-824e-ea39e108874f", "hypervisor_hostname": "host1", "state": "up", "status": "enabled", "memory_mb": 8192, "memory_mb_used": 512},`+
		`{"id": "1bb62a04-c576-402c-8147-9e89757a09e3", "hypervisor_hostname": "host2", "state": "down", "status": "enabled", "memory_mb": 4096, "memory_mb_used": 4096}]}`)
	admin := srv.ServiceClientOf("compute").WithMicroversion("2.53")

	for h, err := range hypervisors.ListDetail(admin, hypervisors.ListOpts{}).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s (%s): %d MiB free\n", h.HypervisorHostname, h.State, h.MemoryMB-h.MemoryMBUsed)
	}
	// Output:
	// host1 (up): 7680 MiB free
	// host2 (down): 0 MiB free
}
