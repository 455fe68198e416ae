package snapshots_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "a9ecb8d2-3cae-4e6c-8f3b-6a1b1b5c6d7e"

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /snapshots", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"snapshot": {"volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c", "display_name": "nightly", "force": true}}`)
		testhelper.WriteJSON(w, http.StatusOK, snapshotJSON)
	})
	s, err := snapshots.Create(t.Context(), th.ServiceClient(), snapshots.CreateOpts{VolumeID: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", Name: "nightly", Force: true}).Extract()
	require.NoError(t, err)
	assert.Equal(t, id, s.ID)
	assert.Equal(t, 100, s.Size)
	assert.ErrorIs(t, snapshots.Create(t.Context(), th.ServiceClient(), snapshots.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /snapshots", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := snapshots.Create(ctx, c, snapshots.CreateOpts{VolumeID: "v"}).Extract()
		return err
	})
}

func TestCalls(t *testing.T) {
	ctx := context.Background()
	name := "renamed"
	for _, tc := range []struct {
		name, pattern string
		status        int
		body          string
		run           func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"list", "GET /snapshots/detail", 200, listJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			all, err := snapshots.List(c, snapshots.ListOpts{}).Collect(ctx)
			if err == nil && len(all) != 2 {
				t.Errorf("want 2 snapshots, got %d", len(all))
			}
			return err
		}},
		{"get", "GET /snapshots/" + id, 200, snapshotJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := snapshots.Get(ctx, c, id).Extract()
			return err
		}},
		{"update", "PUT /snapshots/" + id, 200, snapshotJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := snapshots.Update(ctx, c, id, snapshots.UpdateOpts{Name: &name}).Extract()
			return err
		}},
		{"delete", "DELETE /snapshots/" + id, 202, "", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return snapshots.Delete(ctx, c, id).ExtractErr()
		}},
		{"wait", "GET /snapshots/" + id, 200, snapshotJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return snapshots.WaitForStatus(ctx, c, id, "available", gophercloud.WaitOpts{})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.body == "" {
					w.WriteHeader(tc.status)
					return
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			require.NoError(t, tc.run(ctx, th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, tc.body != "", tc.run)
		})
	}
}
