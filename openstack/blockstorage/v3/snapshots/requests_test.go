package snapshots_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const snapID = "2bb856e1-b3d8-4432-a858-09e4ce939389"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /snapshots/detail", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			testhelper.WriteJSON(w, http.StatusOK, listPage2)
			return
		}
		testhelper.TestQuery(t, r, url.Values{"volume_id": {"5aa119a8-d25b-45a7-8d1b-88e127885635"}})
		testhelper.WriteJSON(w, http.StatusOK, strings.Replace(listPage1, "{base}", th.URL, 1))
	})
	all, err := snapshots.List(th.ServiceClient(), snapshots.ListOpts{VolumeID: "5aa119a8-d25b-45a7-8d1b-88e127885635"}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 1)
	s := all[0]
	assert.Equal(t, "snap-001", s.Name)
	assert.Equal(t, "100%", s.Progress)
	assert.Equal(t, "0c2eba2c5af04d3f9e9d0d410b371fde", s.ProjectID)
	assert.Equal(t, time.Date(2019, 3, 11, 16, 24, 34, 469003000, time.UTC), s.CreatedAt.Time)
	testhelper.CheckFailures(t, "GET /snapshots/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.List(c, snapshots.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestCRUD(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /snapshots", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"snapshot": {"volume_id": "vol", "name": "snap-001", "force": true, "metadata": {"key": "v3"}}}`)
		testhelper.WriteJSON(w, http.StatusAccepted, `{"snapshot": `+snapshotJSON+`}`)
	})
	th.HandleJSON("GET /snapshots/{id}", http.StatusOK, `{"snapshot": `+snapshotJSON+`}`)
	th.Handle("PUT /snapshots/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"snapshot": {"description": "new"}}`)
		testhelper.WriteJSON(w, http.StatusOK, `{"snapshot": `+snapshotJSON+`}`)
	})
	th.Handle("DELETE /snapshots/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	th.HandleJSON("GET /snapshots/{id}/metadata", http.StatusOK, `{"metadata": {"key": "v3"}}`)
	ctx, c := t.Context(), th.ServiceClient()

	s, err := snapshots.Create(ctx, c, snapshots.CreateOpts{VolumeID: "vol", Name: "snap-001", Force: true, Metadata: map[string]string{"key": "v3"}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, snapID, s.ID)
	_, err = snapshots.Get(ctx, c, snapID).Extract()
	require.NoError(t, err)
	_, err = snapshots.Update(ctx, c, snapID, snapshots.UpdateOpts{Description: gophercloud.MaybeString("new")}).Extract()
	require.NoError(t, err)
	md, err := snapshots.GetMetadata(ctx, c, snapID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "v3", md["key"])
	require.NoError(t, snapshots.Delete(ctx, c, snapID).ExtractErr())
	require.ErrorIs(t, snapshots.Create(ctx, c, snapshots.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "POST /snapshots", http.StatusAccepted, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.Create(ctx, c, snapshots.CreateOpts{VolumeID: "v"}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "GET /snapshots/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.Get(ctx, c, snapID).Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /snapshots/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.Update(ctx, c, snapID, snapshots.UpdateOpts{}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "DELETE /snapshots/{id}", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return snapshots.Delete(ctx, c, snapID).ExtractErr()
	})
	testhelper.CheckFailures(t, "GET /snapshots/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.GetMetadata(ctx, c, snapID).Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /snapshots/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.ReplaceMetadata(ctx, c, snapID, nil).Extract()
		return err
	})
	testhelper.CheckFailures(t, "POST /snapshots/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.UpdateMetadata(ctx, c, snapID, nil).Extract()
		return err
	})
	testhelper.CheckFailures(t, "DELETE /snapshots/{id}/metadata/{key}", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return snapshots.DeleteMetadatum(ctx, c, snapID, "k").ExtractErr()
	})
}

func TestWaitForStatus(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /snapshots/{id}", http.StatusOK, `{"snapshot": {"id": "x", "status": "error"}}`)
	th.HandleJSON("GET /messages", http.StatusOK, `{"messages": []}`)
	err := snapshots.WaitForStatus(t.Context(), th.ServiceClient(), snapID, "available", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error", se.Status)
}
