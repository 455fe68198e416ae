package ports_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a port with a fixed IP and an allowed address pair.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /ports", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"port": {"id": "46d4bfb9", "status": "DOWN",
		  "fixed_ips": [{"subnet_id": "a0304c3a", "ip_address": "10.0.0.5"}],
		  "allowed_address_pairs": [{"ip_address": "10.0.0.100", "mac_address": "fa:16:3e:23:fd:d7"}]}}`)
	})
	p, err := ports.Create(context.Background(), srv.ServiceClientOf("network"), ports.CreateOpts{
		NetworkID:           "a87cc70a",
		FixedIPs:            &[]ports.IP{{SubnetID: "a0304c3a", IPAddress: "10.0.0.5"}},
		AllowedAddressPairs: []ports.AddressPair{{IPAddress: "10.0.0.100"}},
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.ID, p.Status, p.FixedIPs[0].IPAddress, p.AllowedAddressPairs[0].IPAddress)
	// Output: 46d4bfb9 DOWN 10.0.0.5 10.0.0.100
}
