package volumes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "521752a6-acf6-4b2d-bc7a-119f9148cd8c"

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /volumes", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"volume": {"size": 100, "display_name": "data", "display_description": "database data", "volume_type": "SSD", "metadata": {"contents": "postgres"}}}`)
		testhelper.WriteJSON(w, http.StatusOK, volumeJSON)
	})
	v, err := volumes.Create(t.Context(), th.ServiceClient(), volumes.CreateOpts{
		Size: 100, Name: "data", Description: "database data", VolumeType: volumes.SSD, Metadata: map[string]string{"contents": "postgres"},
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, id, v.ID)
	assert.Equal(t, "SSD", v.VolumeType)
	testhelper.CheckFailures(t, "POST /volumes", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.Create(ctx, c, volumes.CreateOpts{Size: 75}).Extract()
		return err
	})
}

func TestCreateLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts volumes.CreateOpts
		ok   bool
	}{
		{"SATA default minimum", volumes.CreateOpts{Size: 75}, true},
		{"SATA too small", volumes.CreateOpts{Size: 74}, false},
		{"SSD minimum", volumes.CreateOpts{Size: 50, VolumeType: volumes.SSD}, true},
		{"SSD too small", volumes.CreateOpts{Size: 49, VolumeType: volumes.SSD}, false},
		{"too big", volumes.CreateOpts{Size: 1025, VolumeType: volumes.SATA}, false},
		{"unknown type", volumes.CreateOpts{Size: 100, VolumeType: "NVMe"}, false},
		{"no size", volumes.CreateOpts{}, false},
		{"clone takes the source size", volumes.CreateOpts{SourceVolID: "76b8950a"}, true},
		{"snapshot with a too small size", volumes.CreateOpts{SnapshotID: "s", Size: 10}, false},
		{"two sources (OpenStack rule)", volumes.CreateOpts{Size: 100, SnapshotID: "s", SourceVolID: "v"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.opts.Validate()
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			th := testhelper.Setup(t)
			assert.ErrorIs(t, volumes.Create(t.Context(), th.ServiceClient(), tc.opts).Err, gophercloud.ErrInvalidOptions, "nothing is sent")
		})
	}
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
		{"list", "GET /volumes/detail", 200, listJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			all, err := volumes.List(c, volumes.ListOpts{}).Collect(ctx)
			if err == nil && (len(all) != 2 || all[0].Attachments[0].Device != "/dev/xvdb") {
				t.Errorf("unexpected list %+v", all)
			}
			return err
		}},
		{"get", "GET /volumes/" + id, 200, volumeJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := volumes.Get(ctx, c, id).Extract()
			return err
		}},
		{"update", "PUT /volumes/" + id, 200, volumeJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := volumes.Update(ctx, c, id, volumes.UpdateOpts{Name: &name}).Extract()
			return err
		}},
		{"delete", "DELETE /volumes/" + id, 202, "", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Delete(ctx, c, id).ExtractErr()
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

func TestWaitForStatus(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /volumes/"+id, http.StatusOK, volumeJSON)
	require.NoError(t, volumes.WaitForStatus(t.Context(), th.ServiceClient(), id, "available", gophercloud.WaitOpts{}))
	testhelper.CheckFailures(t, "GET /volumes/"+id, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return volumes.WaitForStatus(ctx, c, id, "available", gophercloud.WaitOpts{})
	})
}
