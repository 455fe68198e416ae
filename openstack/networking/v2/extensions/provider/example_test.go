package provider_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/provider"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Read how a network is realised.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /networks/4e8e5957", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"network": {"id": "4e8e5957", "name": "net1", "provider:network_type": "vlan", "provider:physical_network": "public", "provider:segmentation_id": 3}}`)
	})
	var n provider.Network
	if err := networks.Get(context.Background(), srv.ServiceClientOf("network"), "4e8e5957").ExtractIntoEnvelope("network", &n); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Name, n.NetworkType, n.PhysicalNetwork, n.SegmentationID)
	// Output: net1 vlan public 3
}
