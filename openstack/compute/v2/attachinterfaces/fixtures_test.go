package attachinterfaces_test

// Fixtures written from the Compute API reference (port interfaces).

const (
	serverID = "ece641c1-51f5-4190-9342-d9751f28eead"
	portID   = "ce531f90-199f-48c0-816c-13e38010b442"
)

// listJSON is GET /servers/{server_id}/os-interface at 2.70.
const listJSON = `{
  "interfaceAttachments": [
    {
      "fixed_ips": [
        {"ip_address": "192.168.1.3", "subnet_id": "f8a6e8f8-c2ec-497c-9f23-da9616de54ef"}
      ],
      "mac_addr": "fa:16:3e:4c:2c:30",
      "net_id": "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
      "port_id": "ce531f90-199f-48c0-816c-13e38010b442",
      "port_state": "ACTIVE",
      "tag": "public"
    }
  ]
}`

// getJSON is GET /servers/{server_id}/os-interface/{port_id} before 2.70.
const getJSON = `{
  "interfaceAttachment": {
    "fixed_ips": [
      {"ip_address": "192.168.1.3", "subnet_id": "f8a6e8f8-c2ec-497c-9f23-da9616de54ef"}
    ],
    "mac_addr": "fa:16:3e:4c:2c:30",
    "net_id": "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
    "port_id": "ce531f90-199f-48c0-816c-13e38010b442",
    "port_state": "ACTIVE"
  }
}`

// createNetworkRequestJSON attaches a new port on a network with a fixed
// address and a tag (2.49).
const createNetworkRequestJSON = `{
  "interfaceAttachment": {
    "net_id": "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
    "fixed_ips": [{"ip_address": "192.168.1.3"}],
    "tag": "public"
  }
}`

// createPortRequestJSON attaches an existing port.
const createPortRequestJSON = `{"interfaceAttachment": {"port_id": "ce531f90-199f-48c0-816c-13e38010b442"}}`
