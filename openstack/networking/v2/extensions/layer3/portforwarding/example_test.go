package portforwarding_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/portforwarding"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Forward port 2222 of a floating IP to SSH on a server's port.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /floatingips/2f245a7b/port_forwardings", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"port_forwarding": {"id": "725ade3c", "protocol": "tcp", "external_port": 2222, "internal_port": 22, "internal_ip_address": "10.0.0.5", "internal_port_id": "1238be08"}}`)
	})
	pf, err := portforwarding.Create(context.Background(), srv.ServiceClientOf("network"), "2f245a7b", portforwarding.CreateOpts{
		Protocol: "tcp", ExternalPort: 2222, InternalPort: 22, InternalPortID: "1238be08", InternalIPAddress: "10.0.0.5",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s %d -> %s:%d\n", pf.ID, pf.Protocol, pf.ExternalPort, pf.InternalIPAddress, pf.InternalPort)
	// Output: 725ade3c tcp 2222 -> 10.0.0.5:22
}
