package bench

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// Fixtures of B2p (Neutron ports) and B9 (Cinder volumes): 1,000 resources
// on one page, with the fields the API reference documents for an
// administrator's view, values varying per resource. Built once.

var portsFixture = sync.OnceValue(func() []byte {
	ports := make([]map[string]any, 1000)
	for i := range ports {
		ports[i] = makePort(i)
	}
	b, err := json.Marshal(map[string]any{"ports": ports})
	if err != nil {
		panic(err) // fixed input: cannot happen
	}
	return b
})

func makePort(i int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(i)+11, 7))
	created := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(200*24*3600)) * time.Second)
	netID, subnetID, subnet6ID := uuid(r), uuid(r), uuid(r)
	owner := []string{"compute:nova", "network:router_interface", "network:dhcp", "compute:az-1"}[r.IntN(4)]
	host := fmt.Sprintf("cmp-r%02d-%03d", r.IntN(12)+1, r.IntN(200))
	return map[string]any{
		"admin_state_up": true,
		"allowed_address_pairs": []map[string]string{
			{"ip_address": fmt.Sprintf("10.%d.%d.0/24", r.IntN(4), r.IntN(256)), "mac_address": fmt.Sprintf("fa:16:3e:%02x:%02x:%02x", r.IntN(256), r.IntN(256), r.IntN(256))},
		},
		"binding:host_id": host,
		"binding:profile": map[string]any{},
		"binding:vif_details": map[string]any{
			"connectivity": "l2", "port_filter": true, "ovs_hybrid_plug": false, "datapath_type": "system", "bridge_name": "br-int",
		},
		"binding:vif_type":  "ovs",
		"binding:vnic_type": "normal",
		"created_at":        created.Format(time.RFC3339),
		"data_plane_status": nil,
		"description":       fmt.Sprintf("port %d of the benchmark", i),
		"device_id":         uuid(r),
		"device_owner":      owner,
		"dns_assignment": []map[string]string{
			{"hostname": fmt.Sprintf("host-10-%d-%d-%d", r.IntN(4), r.IntN(256), r.IntN(254)+1), "ip_address": "10.0.0.5", "fqdn": "host.openstack.example.org."},
		},
		"dns_domain":      "",
		"dns_name":        "",
		"extra_dhcp_opts": []map[string]any{{"opt_name": "domain-name-servers", "opt_value": "10.0.0.2", "ip_version": 4}},
		"fixed_ips": []map[string]string{
			{"ip_address": fmt.Sprintf("10.%d.%d.%d", r.IntN(4), r.IntN(256), r.IntN(254)+1), "subnet_id": subnetID},
			{"ip_address": fmt.Sprintf("fd4b:9e2c:1a7f:0:f816:3eff:fe%02x:%04x", r.IntN(256), r.IntN(65536)), "subnet_id": subnet6ID},
		},
		"id":                      uuid(r),
		"ip_allocation":           "immediate",
		"mac_address":             fmt.Sprintf("fa:16:3e:%02x:%02x:%02x", r.IntN(256), r.IntN(256), r.IntN(256)),
		"name":                    fmt.Sprintf("port-%04d", i),
		"network_id":              netID,
		"port_security_enabled":   true,
		"project_id":              ProjectID,
		"propagate_uplink_status": false,
		"qos_network_policy_id":   nil,
		"qos_policy_id":           nil,
		"resource_request":        nil,
		"revision_number":         r.IntN(20) + 1,
		"security_groups":         []string{uuid(r), uuid(r)},
		"status":                  []string{"ACTIVE", "DOWN"}[r.IntN(2)],
		"tags":                    []string{"bench", fmt.Sprintf("rack-%d", r.IntN(12))},
		"tenant_id":               ProjectID,
		"updated_at":              created.Add(time.Duration(r.IntN(3600)) * time.Second).Format(time.RFC3339),
	}
}

var volumesFixture = sync.OnceValue(func() []byte {
	vols := make([]map[string]any, 1000)
	for i := range vols {
		vols[i] = makeVolume(i)
	}
	b, err := json.Marshal(map[string]any{"volumes": vols})
	if err != nil {
		panic(err) // fixed input: cannot happen
	}
	return b
})

func makeVolume(i int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(i)+13, 5))
	created := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(200*24*3600)) * time.Second)
	id := uuid(r)
	attached := r.IntN(2) == 0
	var attachments []map[string]any
	status := "available"
	if attached {
		status = "in-use"
		srv := uuid(r)
		attachments = []map[string]any{{
			"server_id": srv, "attachment_id": uuid(r), "attached_at": created.Add(time.Minute).Format("2006-01-02T15:04:05.000000"),
			"host_name": nil, "volume_id": id, "device": "/dev/vdb", "id": id,
		}}
	} else {
		attachments = []map[string]any{}
	}
	base := "http://127.0.0.1:8776/v3/" + ProjectID + "/volumes/" + id
	return map[string]any{
		"attachments":         attachments,
		"availability_zone":   "nova",
		"bootable":            []string{"true", "false"}[r.IntN(2)],
		"consistencygroup_id": nil,
		"created_at":          created.Format("2006-01-02T15:04:05.000000"),
		"description":         fmt.Sprintf("volume %d of the benchmark", i),
		"encrypted":           false,
		"group_id":            nil,
		"id":                  id,
		"links": []map[string]string{
			{"href": base, "rel": "self"},
			{"href": "http://127.0.0.1:8776/" + ProjectID + "/volumes/" + id, "rel": "bookmark"},
		},
		"metadata":                       map[string]string{"purpose": "bench", "tier": fmt.Sprintf("t%d", r.IntN(3))},
		"migration_status":               nil,
		"multiattach":                    false,
		"name":                           fmt.Sprintf("vol-%04d", i),
		"os-vol-host-attr:host":          "cinder-volume@fake#fake",
		"os-vol-mig-status-attr:migstat": nil,
		"os-vol-mig-status-attr:name_id": nil,
		"os-vol-tenant-attr:tenant_id":   ProjectID,
		"provider_id":                    nil,
		"replication_status":             "disabled",
		"service_uuid":                   uuid(r),
		"shared_targets":                 true,
		"size":                           1 + r.IntN(500),
		"snapshot_id":                    nil,
		"source_volid":                   nil,
		"status":                         status,
		"updated_at":                     created.Add(time.Hour).Format("2006-01-02T15:04:05.000000"),
		"user_id":                        UserID,
		"volume_image_metadata":          map[string]string{"checksum": hexN(r, 32), "min_ram": "0", "disk_format": "qcow2", "image_name": "cirros", "image_id": uuid(r), "container_format": "bare", "min_disk": "0", "size": "13267968"},
		"volume_type":                    "lvmdriver-1",
		"volume_type_id":                 uuid(r),
	}
}
