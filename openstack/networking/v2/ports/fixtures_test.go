package ports_test

// Fixtures written from the Networking API reference (ports).

const portJSON = `{
  "port": {
    "admin_state_up": true,
    "allowed_address_pairs": [{"ip_address": "10.0.0.100", "mac_address": "fa:16:3e:c9:cb:f0"}],
    "binding:host_id": "devstack",
    "binding:profile": {"local_link_information": [{"port_id": "Ethernet3/4", "switch_id": "0a:1b:2c:3d:4e:5f"}]},
    "binding:vif_details": {"ovs_hybrid_plug": true, "port_filter": true},
    "binding:vif_type": "ovs",
    "binding:vnic_type": "normal",
    "created_at": "2016-03-08T20:19:41Z",
    "data_plane_status": null,
    "description": "",
    "device_id": "5e3898d7-11be-483e-9732-b2f5eccd2b2e",
    "device_owner": "network:router_interface",
    "dns_assignment": {"hostname": "myport", "ip_address": "10.0.0.1", "fqdn": "myport.my-domain.org"},
    "extra_dhcp_opts": [{"opt_name": "bootfile-name", "opt_value": "pxelinux.0", "ip_version": 4}],
    "fixed_ips": [{"ip_address": "10.0.0.1", "subnet_id": "a0304c3a-4f08-4c43-88af-d796509c97d2"}],
    "id": "46d4bfb9-b26e-41f3-bd2e-e6dcc1ccedb2",
    "mac_address": "fa:16:3e:23:fd:d7",
    "name": "",
    "network_id": "a87cc70a-3e15-4acf-8205-9b711a3531b7",
    "port_security_enabled": false,
    "project_id": "7e02058126cc4950b75f9970368ba177",
    "revision_number": 1,
    "security_groups": [],
    "status": "ACTIVE",
    "tags": ["tag1,tag2"],
    "tenant_id": "7e02058126cc4950b75f9970368ba177",
    "updated_at": "2016-03-08T20:19:41Z"
  }
}`
