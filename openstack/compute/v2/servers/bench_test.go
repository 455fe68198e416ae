package servers_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/pagination"
)

// detailPage returns a "list servers detailed" page of n servers built from
// the getServerJSON fixture (about 2.4 KB each, compacted).
func detailPage(tb testing.TB, n int) []byte {
	var one struct {
		Server json.RawMessage `json:"server"`
	}
	if err := json.Unmarshal([]byte(getServerJSON), &one); err != nil {
		tb.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, one.Server); err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString(`{"servers": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strings.Replace(compact.String(), serverID, fmt.Sprintf("4c0f3a3e-92b5-4c4b-9d0a-%012d", i), -1))
	}
	b.WriteString(`], "servers_links": [{"href": "http://compute.example.com/v2.1/servers/detail?marker=x", "rel": "next"}]}`)
	return b.Bytes()
}

// plainServer mirrors Server with no custom decoder at all (times as
// strings, image raw): the floor a decode of the same data can reach.
type plainServer struct {
	ID                       string                       `json:"id"`
	Name                     string                       `json:"name"`
	Status                   string                       `json:"status"`
	TenantID                 string                       `json:"tenant_id"`
	UserID                   string                       `json:"user_id"`
	HostID                   string                       `json:"hostId"`
	Progress                 int                          `json:"progress"`
	AccessIPv4               string                       `json:"accessIPv4"`
	AccessIPv6               string                       `json:"accessIPv6"`
	Image                    json.RawMessage              `json:"image"`
	Flavor                   servers.Flavor               `json:"flavor"`
	Addresses                map[string][]servers.Address `json:"addresses"`
	Metadata                 map[string]string            `json:"metadata"`
	Links                    []servers.Link               `json:"links"`
	KeyName                  string                       `json:"key_name"`
	SecurityGroups           []servers.SecurityGroup      `json:"security_groups"`
	Created                  string                       `json:"created"`
	Updated                  string                       `json:"updated"`
	ConfigDrive              string                       `json:"config_drive"`
	DiskConfig               string                       `json:"OS-DCF:diskConfig"`
	AvailabilityZone         string                       `json:"OS-EXT-AZ:availability_zone"`
	PowerState               int                          `json:"OS-EXT-STS:power_state"`
	TaskState                string                       `json:"OS-EXT-STS:task_state"`
	VMState                  string                       `json:"OS-EXT-STS:vm_state"`
	LaunchedAt               string                       `json:"OS-SRV-USG:launched_at"`
	TerminatedAt             string                       `json:"OS-SRV-USG:terminated_at"`
	VolumesAttached          []servers.AttachedVolume     `json:"os-extended-volumes:volumes_attached"`
	Host                     string                       `json:"OS-EXT-SRV-ATTR:host"`
	HypervisorHostname       string                       `json:"OS-EXT-SRV-ATTR:hypervisor_hostname"`
	InstanceName             string                       `json:"OS-EXT-SRV-ATTR:instance_name"`
	Hostname                 string                       `json:"OS-EXT-SRV-ATTR:hostname"`
	ReservationID            string                       `json:"OS-EXT-SRV-ATTR:reservation_id"`
	LaunchIndex              int                          `json:"OS-EXT-SRV-ATTR:launch_index"`
	KernelID                 string                       `json:"OS-EXT-SRV-ATTR:kernel_id"`
	RamdiskID                string                       `json:"OS-EXT-SRV-ATTR:ramdisk_id"`
	RootDeviceName           string                       `json:"OS-EXT-SRV-ATTR:root_device_name"`
	UserData                 string                       `json:"OS-EXT-SRV-ATTR:user_data"`
	Locked                   bool                         `json:"locked"`
	HostStatus               string                       `json:"host_status"`
	Description              string                       `json:"description"`
	Tags                     []string                     `json:"tags"`
	TrustedImageCertificates []string                     `json:"trusted_image_certificates"`
	ServerGroups             []string                     `json:"server_groups"`
	LockedReason             string                       `json:"locked_reason"`
}

// BenchmarkDetailPage compares decoding a 1,000-server page through the
// SDK's pager strategy with a raw json.Unmarshal of the same bytes.
//
//	go test -run - -bench DetailPage -benchmem ./openstack/compute/v2/servers
func BenchmarkDetailPage(b *testing.B) {
	body := detailPage(b, 1000)
	u, _ := url.Parse("http://compute.example.com/v2.1/servers/detail")
	b.Logf("page: %d bytes, %d per server", len(body), len(body)/1000)

	b.Run("sdk", func(b *testing.B) {
		strategy := pagination.Linked[servers.Server]{ItemsKey: "servers", LinksKey: "servers_links"}
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			items, next, err := strategy.Parse(u, nil, body)
			if err != nil || len(items) != 1000 || next == "" {
				b.Fatal(err, len(items), next)
			}
		}
	})
	b.Run("raw-same-struct", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			var page struct {
				Servers []servers.Server `json:"servers"`
				Links   []servers.Link   `json:"servers_links"`
			}
			if err := json.Unmarshal(body, &page); err != nil || len(page.Servers) != 1000 {
				b.Fatal(err)
			}
		}
	})
	b.Run("raw-plain-struct", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			var page struct {
				Servers []plainServer  `json:"servers"`
				Links   []servers.Link `json:"servers_links"`
			}
			if err := json.Unmarshal(body, &page); err != nil || len(page.Servers) != 1000 {
				b.Fatal(err)
			}
		}
	})
}

// TestDetailPageDecodes keeps the benchmark's page honest: the SDK decodes
// every server of it completely.
func TestDetailPageDecodes(t *testing.T) {
	body := detailPage(t, 3)
	u, _ := url.Parse("http://compute.example.com/v2.1/servers/detail")
	items, next, err := pagination.Linked[servers.Server]{ItemsKey: "servers", LinksKey: "servers_links"}.Parse(u, nil, body)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 || next != "http://compute.example.com/v2.1/servers/detail?marker=x" {
		t.Fatalf("got %d items, next %q", len(items), next)
	}
	if items[2].ID != "4c0f3a3e-92b5-4c4b-9d0a-000000000002" || items[2].Flavor.RAM != 2048 || items[2].LaunchedAt.Time.IsZero() {
		t.Fatalf("server not fully decoded: %+v", items[2])
	}
}
