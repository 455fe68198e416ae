package portsecurity_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/portsecurity"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a network whose ports have no port security by default.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"network": {"id": "4e8e5957", "name": "net1", "port_security_enabled": false}}`)
	})
	off := false
	var n portsecurity.Network
	err := networks.Create(context.Background(), srv.ServiceClientOf("network"), portsecurity.CreateOptsExt{
		CreateOptsBuilder: networks.CreateOpts{Name: "net1"}, PortSecurityEnabled: &off}).ExtractIntoEnvelope("network", &n)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.ID, n.Name, n.PortSecurityEnabled)
	// Output: 4e8e5957 net1 false
}
