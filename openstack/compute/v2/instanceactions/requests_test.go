package instanceactions_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/instanceactions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const base = "/servers/" + serverID + "/os-instance-actions"

func TestListFollowsLinks(t *testing.T) {
	since := time.Date(2018, 4, 25, 0, 0, 0, 0, time.UTC)
	th := testhelper.Setup(t)
	th.Handle("GET "+base, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.58")
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "changes-since": {"2018-04-25T00:00:00Z"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "marker": {"req-f04d4b92-6241-42da-b82d-2cedb225c58d"}})
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.58")
	got, err := instanceactions.List(c, serverID, instanceactions.ListOpts{Limit: 1, ChangesSince: since}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, instanceactions.Action{
		Action:       "stop",
		RequestID:    "req-f04d4b92-6241-42da-b82d-2cedb225c58d",
		InstanceUUID: serverID,
		UserID:       "admin",
		ProjectID:    "6f70656e737461636b20342065766572",
		StartTime:    gophercloud.NewJSONTime(time.Date(2018, 4, 25, 1, 26, 36, 36697000, time.UTC)),
		UpdatedAt:    gophercloud.NewJSONTime(time.Date(2018, 4, 25, 1, 26, 36, 539327000, time.UTC)),
	}, got[0])
	assert.Equal(t, "create", got[1].Action)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := instanceactions.List(c, serverID, instanceactions.ListOpts{}).Collect(ctx)
		return err
	})
	th := testhelper.Setup(t)
	now := time.Now()
	for name, opts := range map[string]instanceactions.ListOpts{
		"negative limit":  {Limit: -1},
		"inverted window": {ChangesSince: now, ChangesBefore: now.Add(-time.Hour)},
	} {
		_, err := instanceactions.List(th.ServiceClient(), serverID, opts).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base+"/req-f04d4b92-6241-42da-b82d-2cedb225c58d", http.StatusOK, getJSON)
	a, err := instanceactions.Get(t.Context(), th.ServiceClient(), serverID, "req-f04d4b92-6241-42da-b82d-2cedb225c58d").Extract()
	require.NoError(t, err)
	assert.Equal(t, "stop", a.Action)
	require.Len(t, a.Events, 1)
	assert.Equal(t, instanceactions.Event{
		Event:      "compute_stop_instance",
		Result:     "Success",
		Host:       "compute",
		HostID:     "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
		StartTime:  gophercloud.NewJSONTime(time.Date(2018, 4, 25, 1, 26, 36, 539327000, time.UTC)),
		FinishTime: gophercloud.NewJSONTime(time.Date(2018, 4, 25, 1, 26, 36, 790544000, time.UTC)),
	}, a.Events[0])

	testhelper.CheckFailures(t, "GET "+base+"/req-1", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := instanceactions.Get(ctx, c, serverID, "req-1").Extract()
		return err
	})
}
