package virtualinterfaces_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/virtualinterfaces"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Attach a server to a Cloud Network, then detach it.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /servers/12345/os-virtual-interfacesv2", http.StatusOK, createJSON)
	fake.Handle("DELETE /servers/12345/os-virtual-interfacesv2/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	compute := fake.ServiceClient()
	ctx := context.Background()

	vif, err := virtualinterfaces.Create(ctx, compute, "12345", virtualinterfaces.CreateOpts{NetworkID: "196a0246-86cc-46fa-9ecf-850f67c2cb7c"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(vif.MACAddress, vif.IPAddresses[0].Address, vif.IPAddresses[0].NetworkLabel)
	fmt.Println(virtualinterfaces.Delete(ctx, compute, "12345", vif.ID).ExtractErr())
	// Output:
	// FE:ED:FA:00:08:93 192.168.0.1 added_network
	// <nil>
}
