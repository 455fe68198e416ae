package snapshots_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const snapID = "3fbbcccf-d058-4502-8844-6feeffdf4cb5"

func TestCalls(t *testing.T) {
	name := func(s *snapshots.Snapshot) any { return s.Name }
	bstest.Run(t, []bstest.Call{
		{Name: "list", Pattern: "GET /snapshots/detail", Status: http.StatusOK, Decodes: true, Response: listJSON,
			Want: []snapshots.Snapshot{{ID: snapID, Name: "snap-001", Description: "Daily backup", Status: "available",
				VolumeID: "5aa119a8-d25b-45a7-8d1b-88e127885635", Size: 30,
				CreatedAt: gophercloud.JSONTime{Time: time.Date(2013, 2, 25, 3, 56, 53, 81642000, time.UTC)},
				Metadata:  map[string]string{}, Progress: "100%", ProjectID: "0c2eba2c5af04d3f9e9d0d410b371fde"}},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return snapshots.List(c, snapshots.ListOpts{}).Collect(ctx)
			}},
		{Name: "create", Pattern: "POST /snapshots", Status: http.StatusAccepted, Decodes: true,
			Request:  `{"snapshot": {"volume_id": "5aa119a8-d25b-45a7-8d1b-88e127885635", "name": "snap-001", "force": true}}`,
			Response: `{"snapshot": ` + snapshotJSON + `}`, Want: "snap-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(snapshots.Create(ctx, c, snapshots.CreateOpts{VolumeID: "5aa119a8-d25b-45a7-8d1b-88e127885635", Name: "snap-001", Force: true}).Extract())
			}},
		{Name: "get", Pattern: "GET /snapshots/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"snapshot": ` + snapshotJSON + `}`, Want: "snap-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(snapshots.Get(ctx, c, snapID).Extract())
			}},
		{Name: "update", Pattern: "PUT /snapshots/{id}", Status: http.StatusOK, Decodes: true,
			Request: `{"snapshot": {"name": "snap-001"}}`, Response: `{"snapshot": ` + snapshotJSON + `}`, Want: "snap-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(snapshots.Update(ctx, c, snapID, snapshots.UpdateOpts{Name: gophercloud.MaybeString("snap-001")}).Extract())
			}},
		{Name: "delete", Pattern: "DELETE /snapshots/{id}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(snapshots.Delete(ctx, c, snapID).ExtractErr())
			}},
		{Name: "get metadata", Pattern: "GET /snapshots/{id}/metadata", Status: http.StatusOK, Decodes: true,
			Response: `{"metadata": {"k": "v"}}`, Want: map[string]string{"k": "v"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return snapshots.GetMetadata(ctx, c, snapID).Extract()
			}},
		{Name: "replace metadata", Pattern: "PUT /snapshots/{id}/metadata", Status: http.StatusOK, Decodes: true,
			Request: `{"metadata": {"k": "v"}}`, Response: `{"metadata": {"k": "v"}}`, Want: map[string]string{"k": "v"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return snapshots.ReplaceMetadata(ctx, c, snapID, map[string]string{"k": "v"}).Extract()
			}},
	})
}

func TestValidationAndWait(t *testing.T) {
	th := testhelper.Setup(t)
	assert.ErrorIs(t, snapshots.Create(t.Context(), th.ServiceClient(), snapshots.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	th.HandleJSON("GET /snapshots/{id}", http.StatusOK, `{"snapshot": {"id": "x", "status": "error"}}`)
	th.HandleJSON("GET /messages", http.StatusNotFound, `{}`)
	err := snapshots.WaitForStatus(t.Context(), th.ServiceClient(), snapID, "available", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error", se.Status)
}
