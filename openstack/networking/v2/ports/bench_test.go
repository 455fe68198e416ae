package ports_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// PortsPageJSON returns one GET /v2.0/ports page of n realistic ports
// (IDs "port-id-0000"…), with a ports_links "next" entry when next is not
// empty. It is the fixture of BenchmarkListPorts, exported so the
// side-by-side benchmark in bench/ can reuse it.
func PortsPageJSON(n int, next string) string {
	var b strings.Builder
	b.WriteString(`{"ports": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{
  "admin_state_up": true, "allowed_address_pairs": [],
  "binding:host_id": "compute-%[2]d", "binding:profile": {}, "binding:vif_details": {"port_filter": true, "connectivity": "l2"},
  "binding:vif_type": "ovs", "binding:vnic_type": "normal",
  "created_at": "2024-03-08T20:19:41Z", "description": "", "device_id": "5e3898d7-11be-483e-9732-%012[1]d",
  "device_owner": "compute:nova", "extra_dhcp_opts": [],
  "fixed_ips": [{"ip_address": "10.%[2]d.%[3]d.%[4]d", "subnet_id": "a0304c3a-4f08-4c43-88af-d796509c97d2"}],
  "id": "port-id-%04[1]d", "mac_address": "fa:16:3e:%02[5]x:%02[6]x:%02[7]x", "name": "port-%04[1]d",
  "network_id": "a87cc70a-3e15-4acf-8205-9b711a3531b7", "port_security_enabled": true,
  "project_id": "7e02058126cc4950b75f9970368ba177", "revision_number": 2,
  "security_groups": ["f0ac4394-7e4a-4409-9701-ba8be283dbc3"], "status": "ACTIVE", "tags": ["web"],
  "tenant_id": "7e02058126cc4950b75f9970368ba177", "updated_at": "2024-03-08T20:19:42Z"}`,
			i, i%8, i/250, i%250+2, i>>16&0xff, i>>8&0xff, i&0xff)
	}
	b.WriteString(`], "ports_links": [`)
	if next != "" {
		fmt.Fprintf(&b, `{"rel": "next", "href": %q}`, next)
	}
	b.WriteString(`]}`)
	return b.String()
}

// BenchmarkListPorts compares ports.List(…).AllPages on one page of 1,000
// ports with a raw net/http GET and one json.Unmarshal into the same
// []ports.Port, against the same test server.
func BenchmarkListPorts(b *testing.B) {
	body := PortsPageJSON(1000, "")
	th := testhelper.Setup(b)
	th.HandleJSON("GET /ports", http.StatusOK, body)
	c := th.ServiceClient()
	b.Run("sdk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			page, err := ports.List(c, ports.ListOpts{}).AllPages(b.Context())
			if err != nil || len(page.Items) != 1000 {
				b.Fatal(err, len(page.Items))
			}
		}
	})
	b.Run("raw", func(b *testing.B) {
		b.ReportAllocs()
		hc := th.Client()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(b.Context(), http.MethodGet, th.Endpoint()+"ports", nil)
			req.Header.Set("X-Auth-Token", testhelper.TokenID)
			req.Header.Set("Accept", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			data, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
			var out struct {
				Ports []ports.Port `json:"ports"`
			}
			if err := json.Unmarshal(data, &out); err != nil || len(out.Ports) != 1000 {
				b.Fatal(err, len(out.Ports))
			}
		}
	})
}
