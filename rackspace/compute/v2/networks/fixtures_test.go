package networks_test

// Bodies shaped as the Cloud Servers reference shows os-networksv2.
const listJSON = `{
  "networks": [
    {"cidr": "192.168.0.0/24", "id": "1f7920d3-0e63-4fec-a1cb-f7916671e8eb", "label": "backend"},
    {"id": "11111111-1111-1111-1111-111111111111", "label": "private"},
    {"id": "00000000-0000-0000-0000-000000000000", "label": "public"}
  ]
}`

const networkJSON = `{"network": {"cidr": "192.168.0.0/24", "id": "1f7920d3-0e63-4fec-a1cb-f7916671e8eb", "label": "backend"}}`
