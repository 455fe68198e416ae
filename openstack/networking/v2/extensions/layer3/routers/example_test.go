package routers_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/routers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a router with a gateway on the external network and plug a
// subnet into it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /routers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"router": {"id": "f8a44de0", "name": "edge", "status": "ACTIVE",
		  "external_gateway_info": {"network_id": "ae34051f", "enable_snat": true,
		    "external_fixed_ips": [{"ip_address": "172.24.4.6", "subnet_id": "b930d7f6"}]}}}`)
	})
	srv.Handle("PUT /routers/f8a44de0/add_router_interface", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"id": "f8a44de0", "subnet_id": "a2f1f29d", "port_id": "2dc6ba2e"}`)
	})
	c := srv.ServiceClientOf("network")
	ctx := context.Background()
	r, err := routers.Create(ctx, c, routers.CreateOpts{Name: "edge", GatewayInfo: &routers.GatewayInfo{NetworkID: "ae34051f"}}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name, "gateway", r.GatewayInfo.ExternalFixedIPs[0].IPAddress)
	info, err := routers.AddInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: "a2f1f29d"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("interface port", info.PortID)
	// Output:
	// edge gateway 172.24.4.6
	// interface port 2dc6ba2e
}
