package hypervisors_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/hypervisors"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/services"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListFollowsLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-hypervisors", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	got, err := hypervisors.List(th.ServiceClient(), hypervisors.ListOpts{Limit: 1}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, hypervisors.Hypervisor{ID: hypervisorID, HypervisorHostname: "host1", State: "up", Status: "enabled"}, got[0])
	assert.Equal(t, "host2", got[1].HypervisorHostname)
}

func TestListLegacyAndDetailQuery(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-hypervisors/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"hypervisor_hostname_pattern": {"fake"}, "with_servers": {"true"}})
		testhelper.WriteJSON(w, http.StatusOK, listLegacyJSON)
	})
	got, err := hypervisors.ListDetail(th.ServiceClient(), hypervisors.ListOpts{HostnamePattern: "fake", WithServers: true}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, services.ID("1"), got[0].ID)
}

func TestListFailures(t *testing.T) {
	for _, pattern := range []string{"GET /os-hypervisors", "GET /os-hypervisors/detail"} {
		t.Run(pattern, func(t *testing.T) {
			list := hypervisors.List
			if pattern == "GET /os-hypervisors/detail" {
				list = hypervisors.ListDetail
			}
			testhelper.CheckFailures(t, pattern, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := list(c, hypervisors.ListOpts{}).Collect(ctx)
				return err
			})
		})
	}
	th := testhelper.Setup(t)
	for name, opts := range map[string]hypervisors.ListOpts{
		"negative limit":     {Limit: -1},
		"pattern and paging": {HostnamePattern: "x", Limit: 2},
	} {
		_, err := hypervisors.List(th.ServiceClient(), opts).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-hypervisors/"+hypervisorID, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"with_servers": {"true"}})
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	h, err := hypervisors.Get(t.Context(), th.ServiceClient(), hypervisorID, hypervisors.GetOpts{WithServers: true}).Extract()
	require.NoError(t, err)
	assert.Equal(t, hypervisors.Hypervisor{
		ID: hypervisorID, HypervisorHostname: "host2", State: "up", Status: "enabled",
		HypervisorType: "fake", HypervisorVersion: 1000, HostIP: "1.1.1.1",
		Service: hypervisors.Service{ID: "7f3e3a9b-2b6d-4c5e-8f8a-0a1b2c3d4e5f", Host: "host2"},
		Servers: []hypervisors.Server{{Name: "instance-00000001", UUID: "2f1d2ad9-41f4-4ed8-9a2d-93c51fb8e5bd"}},
		CPUInfo: hypervisors.CPUInfo{
			Arch: "x86_64", Model: "Nehalem", Vendor: "Intel", Features: []string{"pge", "clflush"},
			Topology: hypervisors.Topology{Cores: 1, Threads: 1, Sockets: 4},
		},
		Resources: hypervisors.Resources{
			VCPUs: 2, MemoryMB: 8192, MemoryMBUsed: 512, FreeRAMMB: 7680,
			LocalGB: 1028, FreeDiskGB: 1028, RunningVMs: 1,
		},
	}, *h)

	testhelper.CheckFailures(t, "GET /os-hypervisors/1", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := hypervisors.Get(ctx, c, "1", hypervisors.GetOpts{}).Extract()
		return err
	})
}

func TestGetLegacyAnd288(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-hypervisors/1", http.StatusOK, getLegacyJSON)
	th.HandleJSON("GET /os-hypervisors/f6d28711-9c10-470e-8b31-c03f498b0032", http.StatusOK, getAt288JSON)

	h, err := hypervisors.Get(t.Context(), th.ServiceClient(), "1", hypervisors.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, services.ID("1"), h.ID)
	assert.Equal(t, services.ID("2"), h.Service.ID)
	assert.Equal(t, "Nehalem", h.CPUInfo.Model, "cpu_info as a JSON string")
	assert.Equal(t, 4, h.CPUInfo.Topology.Sockets)

	h, err = hypervisors.Get(t.Context(), th.ServiceClient(), "f6d28711-9c10-470e-8b31-c03f498b0032", hypervisors.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Contains(t, h.Uptime, "up 93 days")
	assert.Zero(t, h.Resources)
}

func TestCPUInfoFreeText(t *testing.T) {
	for in, want := range map[string]hypervisors.CPUInfo{
		`"?"`:                     {Raw: "?"},
		`""`:                      {Raw: ""},
		`{"arch": "arm64"}`:       {Arch: "arm64"},
		`"{\"vendor\": \"AMD\"}"`: {Vendor: "AMD"},
	} {
		var ci hypervisors.CPUInfo
		require.NoError(t, json.Unmarshal([]byte(in), &ci), in)
		assert.Equal(t, want, ci, in)
	}
	var ci hypervisors.CPUInfo
	assert.Error(t, json.Unmarshal([]byte(`[1]`), &ci))
}

func TestStatistics(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-hypervisors/statistics", http.StatusOK, statisticsJSON)
	s, err := hypervisors.GetStatistics(t.Context(), th.ServiceClient()).Extract()
	require.NoError(t, err)
	assert.Equal(t, 1, s.Count)
	assert.Equal(t, 8192, s.MemoryMB)
	assert.Equal(t, 7680, s.FreeRAMMB)

	testhelper.CheckFailures(t, "GET /os-hypervisors/statistics", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := hypervisors.GetStatistics(ctx, c).Extract()
		return err
	})
}

func TestGetUptime(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-hypervisors/"+hypervisorID+"/uptime", http.StatusOK, uptimeJSON)
	h, err := hypervisors.GetUptime(t.Context(), th.ServiceClient(), hypervisorID).Extract()
	require.NoError(t, err)
	assert.Contains(t, h.Uptime, "load average")

	testhelper.CheckFailures(t, "GET /os-hypervisors/1/uptime", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := hypervisors.GetUptime(ctx, c, "1").Extract()
		return err
	})
}
