package snapshots_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const snapID = "3fbbcccf-d058-4502-8844-6feeffdf4cb5"

var snap = snapshots.Snapshot{
	ID: snapID, Name: "snap-001", Description: "Daily backup", Status: "available",
	VolumeID: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", Size: 30,
	CreatedAt: gophercloud.JSONTime{Time: time.Date(2012, 2, 14, 20, 53, 7, 0, time.UTC)},
	Metadata:  map[string]string{"contents": "junk"},
}

func TestCalls(t *testing.T) {
	self := func(s *snapshots.Snapshot) any { return *s }
	bstest.Run(t, []bstest.Call{
		{Name: "list", Pattern: "GET /snapshots/detail", Status: http.StatusOK, Decodes: true, Response: listJSON,
			Want: []snapshots.Snapshot{snap},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return snapshots.List(c, snapshots.ListOpts{}).Collect(ctx)
			}},
		{Name: "create", Pattern: "POST /snapshots", Status: http.StatusOK, Decodes: true,
			Request:  `{"snapshot": {"volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c", "display_name": "snap-001", "display_description": "Daily backup", "force": true}}`,
			Response: `{"snapshot": ` + snapshotJSON + `}`, Want: snap,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(snapshots.Create(ctx, c, snapshots.CreateOpts{VolumeID: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", Name: "snap-001", Description: "Daily backup", Force: true}).Extract())
			}},
		{Name: "get", Pattern: "GET /snapshots/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"snapshot": ` + snapshotJSON + `}`, Want: snap,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(snapshots.Get(ctx, c, snapID).Extract())
			}},
		{Name: "update", Pattern: "PUT /snapshots/{id}", Status: http.StatusOK, Decodes: true,
			Request: `{"snapshot": {"display_description": "Daily backup"}}`, Response: `{"snapshot": ` + snapshotJSON + `}`, Want: snap,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(snapshots.Update(ctx, c, snapID, snapshots.UpdateOpts{Description: gophercloud.MaybeString("Daily backup")}).Extract())
			}},
		{Name: "delete", Pattern: "DELETE /snapshots/{id}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(snapshots.Delete(ctx, c, snapID).ExtractErr())
			}},
	})
}

func TestValidationAndWait(t *testing.T) {
	th := testhelper.Setup(t)
	assert.ErrorIs(t, snapshots.Create(t.Context(), th.ServiceClient(), snapshots.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	th.HandleJSON("GET /snapshots/{id}", http.StatusOK, `{"snapshot": {"id": "x", "status": "error_deleting"}}`)
	th.HandleJSON("GET /messages", http.StatusNotFound, `{}`)
	err := snapshots.WaitForStatus(t.Context(), th.ServiceClient(), snapID, "deleted", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error_deleting", se.Status)
}
