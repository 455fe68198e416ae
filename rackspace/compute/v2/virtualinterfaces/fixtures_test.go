package virtualinterfaces_test

// Bodies shaped as the Cloud Servers reference shows os-virtual-interfacesv2.
const listJSON = `{
  "virtual_interfaces": [
    {
      "id": "de7c6d53-b895-4b4a-963c-517ccb0f0775",
      "ip_addresses": [
        {"address": "192.168.0.2", "network_id": "f212726e-6321-4210-9bae-a13f5a33f83f", "network_label": "superprivate_xml"}
      ],
      "mac_address": "BC:76:4E:04:85:20"
    },
    {
      "id": "e14e789d-3b98-44a6-9c2d-c23eb1d1465c",
      "ip_addresses": [
        {"address": "10.181.1.30", "network_id": "3b324a1b-31b8-4db5-9fe5-4a2ed4b6a1bd", "network_label": "private"}
      ],
      "mac_address": "BC:76:4E:04:81:55"
    }
  ]
}`

const createJSON = `{
  "virtual_interfaces": [
    {
      "id": "045f195f-3347-487b-8e80-8ee3390eda56",
      "ip_addresses": [
        {"address": "192.168.0.1", "network_id": "196a0246-86cc-46fa-9ecf-850f67c2cb7c", "network_label": "added_network"}
      ],
      "mac_address": "FE:ED:FA:00:08:93"
    }
  ]
}`
