package extensions_test

// Fixtures written from the Compute, Networking and Block Storage API
// references (list and show extensions).

// computeListJSON is Nova's GET /extensions.
const computeListJSON = `{
  "extensions": [
    {
      "alias": "os-keypairs",
      "description": "Keypair Support.",
      "links": [],
      "name": "Keypairs",
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
    }
  ]
}`

// networkGetJSON is Neutron's GET /v2.0/extensions/security-group; Neutron
// writes its times with an offset and no namespace.
const networkGetJSON = `{
  "extension": {
    "alias": "security-group",
    "description": "The security groups extension.",
    "links": [],
    "name": "security-group",
    "namespace": "",
    "updated": "2012-10-05T10:00:00-00:00"
  }
}`

// volumeListJSON is Cinder's GET /v3/{project_id}/extensions (one entry).
const volumeListJSON = `{
  "extensions": [
    {
      "alias": "os-hosts",
      "description": "Admin-only host administration.",
      "links": [],
      "name": "Hosts",
      "namespace": "https://docs.openstack.org/volume/ext/hosts/api/v1.1",
      "updated": "2011-06-29T00:00:00+00:00"
    }
  ]
}`
