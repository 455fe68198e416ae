package extensions_test

// Fixtures written from the Compute API reference (extensions).

// listJSON is GET /extensions (abridged to three extensions).
const listJSON = `{
  "extensions": [
    {
      "alias": "NMN",
      "description": "Multiple network support.",
      "links": [],
      "name": "Multinic",
      "namespace": "http://docs.openstack.org/compute/ext/fake_xml",
      "updated": "2014-12-03T00:00:00Z"
    },
    {
      "alias": "OS-DCF",
      "description": "Disk Management Extension.",
      "links": [],
      "name": "DiskConfig",
      "namespace": "http://docs.openstack.org/compute/ext/fake_xml",
      "updated": "2014-12-03T00:00:00Z"
    },
    {
      "alias": "os-keypairs",
      "description": "Keypair Support.",
      "links": [],
      "name": "Keypairs",
      "namespace": "http://docs.openstack.org/compute/ext/fake_xml",
      "updated": "2014-12-03T00:00:00Z"
    }
  ]
}`

// getJSON is GET /extensions/os-agents.
const getJSON = `{
  "extension": {
    "alias": "os-agents",
    "description": "Agents support.",
    "links": [],
    "name": "Agents",
    "namespace": "http://docs.openstack.org/compute/ext/fake_xml",
    "updated": "2014-12-03T00:00:00Z"
  }
}`
