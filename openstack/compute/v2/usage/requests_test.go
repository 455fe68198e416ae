package usage_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/usage"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	start = time.Date(2018, 10, 9, 12, 29, 4, 0, time.FixedZone("CEST", 2*3600))
	end   = time.Date(2018, 10, 9, 11, 29, 4, 0, time.UTC)
)

func TestListDetailedFollowsLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-simple-tenant-usage", func(w http.ResponseWriter, r *http.Request) {
		window := url.Values{"detailed": {"1"}, "limit": {"1"}, "start": {"2018-10-09T10:29:04"}, "end": {"2018-10-09T11:29:04"}}
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, window)
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		window.Set("marker", "1f1deceb-17b5-4c04-84c7-e0d4499c8fe0")
		testhelper.TestQuery(t, r, window)
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	got, err := usage.List(th.ServiceClient(), usage.ListOpts{
		GetOpts: usage.GetOpts{Start: start, End: end, Limit: 1}, Detailed: true,
	}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, projectID, got[0].TenantID)
	assert.Equal(t, 512.0, got[0].TotalMemoryMBUsage)
	require.Len(t, got[0].ServerUsages, 1)
	assert.Equal(t, usage.ServerUsage{
		InstanceID: "1f1deceb-17b5-4c04-84c7-e0d4499c8fe0", Name: "instance-2", TenantID: projectID,
		Flavor: "m1.tiny", State: "active", Hours: 1, VCPUs: 1, MemoryMB: 512, LocalGB: 1, Uptime: 3600,
		StartedAt: gophercloud.NewJSONTime(time.Date(2018, 10, 9, 11, 29, 4, 166194000, time.UTC)),
	}, got[0].ServerUsages[0])
	assert.Empty(t, got[1].ServerUsages)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /os-simple-tenant-usage", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := usage.List(c, usage.ListOpts{}).Collect(ctx)
		return err
	})
	th := testhelper.Setup(t)
	for name, opts := range map[string]usage.GetOpts{
		"negative limit":  {Limit: -1},
		"inverted window": {Start: end, End: end.Add(-time.Minute)},
	} {
		_, err := usage.List(th.ServiceClient(), usage.ListOpts{GetOpts: opts}).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
		_, err = usage.Get(th.ServiceClient(), projectID, opts).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestGetPages(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-simple-tenant-usage/"+projectID, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "start": {"2018-10-09T10:29:04"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(getJSON, th.Endpoint()))
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, getEmptyJSON)
	})
	got, err := usage.Get(th.ServiceClient(), projectID, usage.GetOpts{Start: start, Limit: 1}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1, "the empty second page adds nothing")
	assert.Equal(t, 0.5, got[0].TotalHours)
	require.Len(t, got[0].ServerUsages, 1)
	assert.Equal(t, "terminated", got[0].ServerUsages[0].State)
	assert.True(t, got[0].ServerUsages[0].EndedAt.Equal(time.Date(2018, 10, 9, 11, 0, 0, 0, time.UTC)))
}

func TestGetEmpty(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-simple-tenant-usage/"+projectID, http.StatusOK, getEmptyJSON)
	got, err := usage.Get(th.ServiceClient(), projectID, usage.GetOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestGetFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /os-simple-tenant-usage/"+projectID, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := usage.Get(c, projectID, usage.GetOpts{}).Collect(ctx)
		return err
	})
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-simple-tenant-usage/"+projectID, http.StatusOK,
		`{"tenant_usage": {"tenant_id": "p"}, "tenant_usage_links": [{"rel": "next", "href": "http://[::1"}]}`)
	_, err := usage.Get(th.ServiceClient(), projectID, usage.GetOpts{}).Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}
