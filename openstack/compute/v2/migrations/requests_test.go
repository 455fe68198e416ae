package migrations_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/migrations"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListFollowsLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-migrations", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{
				"limit": {"1"}, "migration_type": {"live-migration"}, "host": {"compute10"},
				"changes-since": {"2016-06-23T00:00:00Z"}, "project_id": {"p"},
			})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	got, err := migrations.List(th.ServiceClient(), migrations.ListOpts{
		Limit: 1, MigrationType: migrations.TypeLiveMigration, Host: "compute10",
		ChangesSince: time.Date(2016, 6, 23, 0, 0, 0, 0, time.UTC), ProjectID: "p",
	}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	m := got[0]
	assert.Equal(t, 4, m.ID)
	assert.Equal(t, "42341d4b-346a-40d0-83c6-5f4f6892b650", m.UUID)
	assert.Equal(t, migrations.Endpoints{SourceCompute: "compute10", SourceNode: "node10", DestCompute: "compute20", DestHost: "5.6.7.8", DestNode: "node20"}, m.Endpoints)
	assert.Equal(t, 5, m.OldInstanceTypeID)
	assert.Equal(t, 6, m.NewInstanceTypeID)
	assert.Equal(t, "live-migration", m.MigrationType)
	assert.Len(t, m.Links, 2)
	assert.True(t, m.CreatedAt.Equal(time.Date(2016, 6, 23, 14, 42, 2, 0, time.UTC)))
	assert.Equal(t, "resize", got[1].MigrationType)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /os-migrations", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := migrations.List(c, migrations.ListOpts{}).Collect(ctx)
		return err
	})
	th := testhelper.Setup(t)
	now := time.Now()
	for name, opts := range map[string]migrations.ListOpts{
		"type":   {MigrationType: "teleport"},
		"limit":  {Limit: -1},
		"window": {ChangesSince: now, ChangesBefore: now.Add(-time.Second)},
	} {
		_, err := migrations.List(th.ServiceClient(), opts).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestServerMigrations(t *testing.T) {
	base := "/servers/" + serverID + "/migrations"
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base, http.StatusOK, serverListJSON)
	th.HandleJSON("GET "+base+"/1", http.StatusOK, serverMigrationJSON)
	th.Handle("POST "+base+"/1/action", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"force_complete": null}`)
		w.WriteHeader(http.StatusAccepted)
	})
	th.Handle("DELETE "+base+"/1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	c := th.ServiceClient()
	ctx := t.Context()

	list, err := migrations.ListServer(c, serverID).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, int64(123456), list[0].MemoryTotalBytes)

	m, err := migrations.GetServer(ctx, c, serverID, 1).Extract()
	require.NoError(t, err)
	assert.Equal(t, serverID, m.ServerUUID)
	assert.Equal(t, "running", m.Status)
	assert.Equal(t, int64(211111), m.DiskRemainingBytes)
	assert.Equal(t, "compute2", m.DestCompute)

	require.NoError(t, migrations.ForceComplete(ctx, c, serverID, 1).ExtractErr())
	require.NoError(t, migrations.Abort(ctx, c, serverID, 1).ExtractErr())
}

func TestServerMigrationFailures(t *testing.T) {
	base := "/servers/" + serverID + "/migrations"
	testhelper.CheckFailures(t, "GET "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := migrations.ListServer(c, serverID).Collect(ctx)
		return err
	})
	testhelper.CheckFailures(t, "GET "+base+"/1", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := migrations.GetServer(ctx, c, serverID, 1).Extract()
		return err
	})
	testhelper.CheckFailures(t, "POST "+base+"/1/action", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return migrations.ForceComplete(ctx, c, serverID, 1).ExtractErr()
	})
	testhelper.CheckFailures(t, "DELETE "+base+"/1", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return migrations.Abort(ctx, c, serverID, 1).ExtractErr()
	})
}
