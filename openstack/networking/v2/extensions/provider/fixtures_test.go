package provider_test

// networkJSON is a network with the provider attributes, as in the
// Networking API reference (provider extended attributes, show network).
const networkJSON = `{"network": {"id": "4e8e5957-649f-477b-9e5b-f1f75b21c03c", "name": "net1", "status": "ACTIVE",
	"provider:network_type": "vlan", "provider:physical_network": "public", "provider:segmentation_id": 3, "revision_number": 1}}`

// multiJSON is a network with two segments (multi-provider extension).
const multiJSON = `{"network": {"id": "e0b1c2d3", "name": "multi", "status": "ACTIVE",
	"segments": [
		{"provider:network_type": "vlan", "provider:physical_network": "public", "provider:segmentation_id": 2},
		{"provider:network_type": "vxlan", "provider:physical_network": null, "provider:segmentation_id": 5000}]}}`

// listJSON is a list of networks filtered by provider:network_type.
const listJSON = `{"networks": [{"id": "4e8e5957", "name": "net1", "provider:network_type": "flat", "provider:physical_network": "public", "provider:segmentation_id": null}]}`
