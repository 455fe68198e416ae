package limits_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/limits"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /limits", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, nil)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	l, err := limits.Get(t.Context(), th.ServiceClient(), limits.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, limits.Absolute{
		MaxServerGroupMembers: 10, MaxServerGroups: 10, MaxServerMeta: 128, MaxTotalCores: 20, MaxTotalInstances: 10,
		MaxTotalKeypairs: 100, MaxTotalRAMSize: 51200, TotalCoresUsed: 1, TotalInstancesUsed: 1, TotalRAMUsed: 512,
	}, l.Absolute)
	assert.Empty(t, l.Rate)

	testhelper.CheckFailures(t, "GET /limits", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := limits.Get(ctx, c, limits.GetOpts{}).Extract()
		return err
	})
}

func TestGetLegacyForProject(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /limits", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"tenant_id": {"p1"}, "reserved": {"true"}})
		testhelper.WriteJSON(w, http.StatusOK, getLegacyJSON)
	})
	l, err := limits.Get(t.Context(), th.ServiceClient(), limits.GetOpts{ProjectID: "p1", Reserved: true}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 128, l.Absolute.MaxImageMeta)
	assert.Equal(t, 10, l.Absolute.MaxTotalFloatingIPs)
	require.Len(t, l.Rate, 1)
	assert.Equal(t, limits.RateLimit{
		Verb: "POST", Value: 120, Remaining: 119, Unit: "MINUTE",
		NextAvailable: gophercloud.NewJSONTime(time.Date(2012, 11, 27, 17, 22, 18, 0, time.UTC)),
	}, l.Rate[0].Limit[0])
}
