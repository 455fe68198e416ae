package attachinterfaces_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/attachinterfaces"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Attach a new port on a network, print its address, then detach it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /servers/{id}/os-interface", http.StatusOK, getJSON)
	srv.Handle("DELETE /servers/{id}/os-interface/{port}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	ctx := context.Background()
	compute := srv.ServiceClientOf("compute")

	iface, err := attachinterfaces.Create(ctx, compute, serverID, attachinterfaces.CreateOpts{
		NetworkID: "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(iface.PortID, iface.FixedIPs[0].IPAddress, iface.MACAddress)
	fmt.Println("detach:", attachinterfaces.Delete(ctx, compute, serverID, iface.PortID).ExtractErr())
	// Output:
	// ce531f90-199f-48c0-816c-13e38010b442 192.168.1.3 fa:16:3e:4c:2c:30
	// detach: <nil>
}
