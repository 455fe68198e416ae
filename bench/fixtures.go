package bench

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
)

// Compute fixtures, written from the "show server details" and "list
// servers detailed" examples of https://docs.openstack.org/api-ref/compute/
// (microversion 2.1, as an administrator: with the OS-EXT-SRV-ATTR, -STS,
// -AZ, -IPS and OS-SRV-USG extension fields). Values vary per server so no
// decoder can profit from repetition.

type fxLink struct {
	Href string `json:"href"`
	Rel  string `json:"rel"`
}

type fxRef struct {
	ID    string   `json:"id"`
	Links []fxLink `json:"links"`
}

type fxAddr struct {
	MAC     string `json:"OS-EXT-IPS-MAC:mac_addr"`
	Type    string `json:"OS-EXT-IPS:type"`
	Addr    string `json:"addr"`
	Version int    `json:"version"`
}

type fxVolume struct {
	ID string `json:"id"`
}

type fxName struct {
	Name string `json:"name"`
}

type fxServer struct {
	DiskConfig         string              `json:"OS-DCF:diskConfig"`
	AZ                 string              `json:"OS-EXT-AZ:availability_zone"`
	Host               string              `json:"OS-EXT-SRV-ATTR:host"`
	HypervisorHostname string              `json:"OS-EXT-SRV-ATTR:hypervisor_hostname"`
	InstanceName       string              `json:"OS-EXT-SRV-ATTR:instance_name"`
	PowerState         int                 `json:"OS-EXT-STS:power_state"`
	TaskState          *string             `json:"OS-EXT-STS:task_state"`
	VMState            string              `json:"OS-EXT-STS:vm_state"`
	LaunchedAt         string              `json:"OS-SRV-USG:launched_at"`
	TerminatedAt       *string             `json:"OS-SRV-USG:terminated_at"`
	AccessIPv4         string              `json:"accessIPv4"`
	AccessIPv6         string              `json:"accessIPv6"`
	Addresses          map[string][]fxAddr `json:"addresses"`
	ConfigDrive        string              `json:"config_drive"`
	Created            string              `json:"created"`
	Flavor             fxRef               `json:"flavor"`
	HostID             string              `json:"hostId"`
	ID                 string              `json:"id"`
	Image              fxRef               `json:"image"`
	KeyName            string              `json:"key_name"`
	Links              []fxLink            `json:"links"`
	Metadata           map[string]string   `json:"metadata"`
	Name               string              `json:"name"`
	Volumes            []fxVolume          `json:"os-extended-volumes:volumes_attached"`
	Progress           int                 `json:"progress"`
	SecurityGroups     []fxName            `json:"security_groups"`
	Status             string              `json:"status"`
	TenantID           string              `json:"tenant_id"`
	Updated            string              `json:"updated"`
	UserID             string              `json:"user_id"`
}

func uuid(r *rand.Rand) string {
	a, b := r.Uint64(), r.Uint64()
	return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x", a>>32, (a>>16)&0xffff, a&0xfff, 0x8000|(b>>48)&0x3fff, b&0xffffffffffff)
}

func hexN(r *rand.Rand, n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		fmt.Fprintf(&sb, "%016x", r.Uint64())
	}
	return sb.String()[:n]
}

// makeServer returns server i. metaKeys sets how many metadata pairs it has
// (the main knob for its size).
func makeServer(i int, baseURL string, metaKeys int) fxServer {
	r := rand.New(rand.NewPCG(uint64(i)+7, 99))
	id := uuid(r)
	imageID := uuid(r)
	flavorID := []string{"1", "2", "3", "4", "42", "84", "c1.medium", "m1.large"}[r.IntN(8)]
	created := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(300*24*3600)) * time.Second)
	host := fmt.Sprintf("cmp-r%02d-%03d", r.IntN(12)+1, r.IntN(200))
	mac := func() string {
		return fmt.Sprintf("fa:16:3e:%02x:%02x:%02x", r.IntN(256), r.IntN(256), r.IntN(256))
	}
	privMAC := mac()
	s := fxServer{
		DiskConfig:         "AUTO",
		AZ:                 []string{"nova", "az-1", "az-2"}[r.IntN(3)],
		Host:               host,
		HypervisorHostname: host + ".compute.regionone.cloud.example.com",
		InstanceName:       fmt.Sprintf("instance-%08x", 0x1000+i),
		PowerState:         1,
		VMState:            "active",
		LaunchedAt:         created.Add(47 * time.Second).Format("2006-01-02T15:04:05.000000"),
		Addresses: map[string][]fxAddr{
			"private": {
				{privMAC, "fixed", fmt.Sprintf("10.%d.%d.%d", r.IntN(4), r.IntN(256), r.IntN(254)+1), 4},
				{privMAC, "fixed", fmt.Sprintf("fd4b:9e2c:1a7f:0:f816:3eff:fe%02x:%04x", r.IntN(256), r.IntN(65536)), 6},
				{privMAC, "floating", fmt.Sprintf("203.0.113.%d", r.IntN(254)+1), 4},
			},
			"storage-net": {
				{mac(), "fixed", fmt.Sprintf("172.16.%d.%d", r.IntN(256), r.IntN(254)+1), 4},
			},
		},
		Created: created.Format(time.RFC3339),
		Flavor: fxRef{ID: flavorID, Links: []fxLink{
			{baseURL[:strings.LastIndex(baseURL, "/v2.1")] + "/flavors/" + flavorID, "bookmark"},
		}},
		HostID: hexN(r, 56),
		ID:     id,
		Image: fxRef{ID: imageID, Links: []fxLink{
			{baseURL[:strings.LastIndex(baseURL, "/v2.1")] + "/images/" + imageID, "bookmark"},
		}},
		KeyName: "deploy-key-2026",
		Links: []fxLink{
			{baseURL + "/servers/" + id, "self"},
			{baseURL[:strings.LastIndex(baseURL, "/v2.1")] + "/servers/" + id, "bookmark"},
		},
		Metadata: map[string]string{},
		Name:     fmt.Sprintf("web-%s-%04d", []string{"frontend", "api", "worker", "batch"}[r.IntN(4)], i),
		Volumes: []fxVolume{
			{uuid(r)}, {uuid(r)},
		},
		SecurityGroups: []fxName{{"default"}, {"web-ingress"}, {"ssh-from-bastion"}},
		Status:         "ACTIVE",
		TenantID:       ProjectID,
		Updated:        created.Add(2*time.Minute + time.Duration(r.IntN(3600))*time.Second).Format(time.RFC3339),
		UserID:         UserID,
	}
	keys := []string{"owner", "team", "cost-center", "environment", "ansible_group", "backup_policy", "monitoring", "created_by", "ticket", "release", "description", "os_distro"}
	for k := 0; k < metaKeys; k++ {
		key := keys[k%len(keys)]
		if k >= len(keys) {
			key = fmt.Sprintf("%s_%d", key, k/len(keys))
		}
		s.Metadata[key] = fmt.Sprintf("%s-value-%s", key, hexN(r, 8+r.IntN(16)))
	}
	return s
}

// fixtureComputeURL is the compute endpoint the fixtures' links name, as
// Nova builds them from its configured public endpoint.
const fixtureComputeURL = "https://compute.regionone.cloud.example.com/compute/v2.1"

// serverFixture is the body of GET /servers/{id}: about 2 KB.
var serverFixture = sync.OnceValues(func() (string, []byte) {
	s := makeServer(0, fixtureComputeURL, 3)
	b, err := json.Marshal(map[string]fxServer{"server": s})
	if err != nil {
		panic(err)
	}
	return s.ID, b
})

// serversDetailFixture is the body of GET /servers/detail with 1,000
// servers of about 2.4 KB each on one page (no servers_links: it is the
// last page).
var serversDetailFixture = sync.OnceValue(func() []byte {
	list := make([]fxServer, 1000)
	for i := range list {
		list[i] = makeServer(i, fixtureComputeURL, 9)
	}
	b, err := json.Marshal(map[string][]fxServer{"servers": list})
	if err != nil {
		panic(err)
	}
	return b
})

// Object-storage listing fixtures (GET /v1/{account}/{container}?format=json).

type fxObject struct {
	Hash         string `json:"hash"`
	LastModified string `json:"last_modified"`
	Bytes        int64  `json:"bytes"`
	Name         string `json:"name"`
	ContentType  string `json:"content_type"`
}

// objectNames returns n sorted, realistic object names.
func objectNames(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("backups/2026/%02d/%02d/db-shard-%03d/wal-%08d.tar.zst", i/3000%12+1, i/100%28+1, i%100, i)
	}
	slices.Sort(names)
	return names
}

// listingPages precomputes every page of a marker listing, keyed by the
// marker that asks for it ("" for the first). Past the last name the fake
// answers [] (Swift's JSON answer to an exhausted listing).
func listingPages(names []string, limit int) map[string][]byte {
	pages := map[string][]byte{}
	types := []string{"application/zstd", "application/x-tar", "application/octet-stream"}
	for start := 0; start < len(names); start += limit {
		end := min(start+limit, len(names))
		objs := make([]fxObject, 0, end-start)
		for i := start; i < end; i++ {
			r := rand.New(rand.NewPCG(uint64(i), 5))
			objs = append(objs, fxObject{
				Hash:         hexN(r, 32),
				LastModified: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute + time.Duration(r.IntN(1e6))*time.Microsecond).Format("2006-01-02T15:04:05.000000"),
				Bytes:        int64(r.IntN(64 << 20)),
				Name:         names[i],
				ContentType:  types[r.IntN(len(types))],
			})
		}
		b, err := json.Marshal(objs)
		if err != nil {
			panic(err)
		}
		marker := ""
		if start > 0 {
			marker = names[start-1]
		}
		pages[marker] = b
	}
	return pages
}
