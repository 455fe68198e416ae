package subnetpools_test

// poolJSON is a subnet pool as in the Networking API reference (show
// subnet pool).
const poolJSON = `{"subnetpool": {
	"id": "03f761e6-eee0-43fc-a921-8acf64c14988", "name": "my-subnet-pool-ipv6", "description": "",
	"project_id": "9fadcee8aa7c40cdb2114fff7d569c08", "tenant_id": "9fadcee8aa7c40cdb2114fff7d569c08",
	"ip_version": 6, "prefixes": ["2001:db8:0:2::/64", "2001:db8::/63"],
	"default_prefixlen": 64, "min_prefixlen": 64, "max_prefixlen": 64,
	"address_scope_id": null, "shared": false, "is_default": false, "default_quota": null,
	"tags": ["tag1"], "revision_number": 2,
	"created_at": "2016-03-08T20:19:41Z", "updated_at": "2016-03-08T20:19:41Z"}}`

// listJSON is a list of subnet pools; the second has its prefix lengths
// as strings, as Neutron sends them.
const listJSON = `{"subnetpools": [
	{"id": "03f761e6", "name": "my-subnet-pool-ipv6", "ip_version": 6, "prefixes": ["2001:db8:0:2::/64"], "default_prefixlen": 64, "min_prefixlen": 64, "max_prefixlen": 64},
	{"id": "f49a1319", "name": "my-subnet-pool-ipv4", "ip_version": 4, "prefixes": ["10.10.0.0/21"], "default_prefixlen": "25", "min_prefixlen": "25", "max_prefixlen": "30", "default_quota": 1024}]}`
