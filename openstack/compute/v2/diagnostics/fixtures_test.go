package diagnostics_test

// Fixtures written from the Compute API reference (server diagnostics).

const serverID = "5c4d9b8a-3f2e-4a1b-9c8d-7e6f5a4b3c2d"

// getJSON is GET /servers/{server_id}/diagnostics at 2.48.
const getJSON = `{
  "config_drive": true,
  "cpu_details": [{"id": 0, "time": 17300000000, "utilisation": 15}],
  "disk_details": [
    {"errors_count": 1, "read_bytes": 262144, "read_requests": 112, "write_bytes": 5778432, "write_requests": 488}
  ],
  "driver": "libvirt",
  "hypervisor": "kvm",
  "hypervisor_os": "ubuntu",
  "memory_details": {"maximum": 524288, "used": 0},
  "nic_details": [
    {
      "mac_address": "01:23:45:67:89:ab",
      "rx_drop": 200,
      "rx_errors": 100,
      "rx_octets": 2070139,
      "rx_packets": 26701,
      "rx_rate": 300,
      "tx_drop": 500,
      "tx_errors": 400,
      "tx_octets": 140208,
      "tx_packets": 662,
      "tx_rate": 600
    }
  ],
  "num_cpus": 1,
  "num_disks": 1,
  "num_nics": 1,
  "state": "running",
  "uptime": 46664
}`

// getLegacyJSON is the same call before 2.48, from libvirt.
const getLegacyJSON = `{
  "cpu0_time": 17300000000,
  "memory": 524288,
  "vda_errors": -1,
  "vda_read": 262144,
  "vda_read_req": 112,
  "vda_write": 5778432,
  "vda_write_req": 488,
  "vnet1_rx": 2070139,
  "vnet1_tx": 140208
}`
