package portforwarding_test

// pfJSON is a port forwarding as in the Networking API reference (show
// port forwarding).
const pfJSON = `{"port_forwarding": {
	"protocol": "tcp", "internal_ip_address": "10.0.0.11", "internal_port": 25, "internal_port_id": "1238be08-a2a8-4b8d-addf-fb5e2250e480",
	"external_port": 2230, "id": "725ade3c-9760-4880-8080-8fc2dbab9acc", "description": "Some description"}}`

// listJSON lists two port forwardings, the second with port ranges.
const listJSON = `{"port_forwardings": [
	{"protocol": "tcp", "internal_ip_address": "10.0.0.11", "internal_port": 25, "internal_port_id": "1238be08", "external_port": 2230, "id": "725ade3c", "description": ""},
	{"protocol": "udp", "internal_ip_address": "10.0.0.12", "internal_port_range": "1000:2000", "internal_port_id": "e0a0274e", "external_port_range": "3000:4000", "id": "71e8d3f8", "description": "ranges"}]}`
