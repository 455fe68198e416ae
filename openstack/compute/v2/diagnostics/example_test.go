package diagnostics_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/diagnostics"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Print a server's state and its NIC traffic.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /servers/{id}/diagnostics", http.StatusOK, getJSON)
	admin := srv.ServiceClientOf("compute").WithMicroversion("2.48")

	d, err := diagnostics.Get(context.Background(), admin, serverID).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.State, d.Driver, d.Uptime, "s up")
	for _, nic := range d.NICDetails {
		fmt.Println(nic.MACAddress, "rx", nic.RxOctets, "tx", nic.TxOctets)
	}
	// Output:
	// running libvirt 46664 s up
	// 01:23:45:67:89:ab rx 2070139 tx 140208
}
