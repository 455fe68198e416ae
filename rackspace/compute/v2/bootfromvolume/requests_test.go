package bootfromvolume_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	osservers "github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/bootfromvolume"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const createResponse = `{"server": {"id": "d5f9c4c3-7b3c-4a4e-9b5b-8b7d3f0e1a22", "adminPass": "Hq3bZ9tRpX2w", "OS-DCF:diskConfig": "AUTO",
  "links": [{"href": "https://ord.servers.api.rackspacecloud.com/v2/1100111/servers/d5f9c4c3-7b3c-4a4e-9b5b-8b7d3f0e1a22", "rel": "self"}]}}`

func TestCreate(t *testing.T) {
	base := servers.CreateOpts{Name: "db1", FlavorRef: "compute1-4"}
	for _, tc := range []struct {
		name string
		opts bootfromvolume.CreateOpts
		body string
	}{
		{"from image", bootfromvolume.CreateOpts{CreateOpts: base, ImageID: "e19a734c", VolumeSize: 100, DeleteOnTermination: true},
			`{"server": {"name": "db1", "flavorRef": "compute1-4", "block_device_mapping_v2": [
			  {"source_type": "image", "destination_type": "volume", "uuid": "e19a734c", "boot_index": 0, "volume_size": 100, "delete_on_termination": true}]}}`},
		{"existing volume and a data volume", bootfromvolume.CreateOpts{
			CreateOpts: servers.CreateOpts{Name: "db1", FlavorRef: "compute1-4", BlockDevice: []osservers.BlockDevice{{SourceType: "volume", DestinationType: "volume", UUID: "data-vol"}}},
			VolumeID:   "root-vol"},
			`{"server": {"name": "db1", "flavorRef": "compute1-4", "block_device_mapping_v2": [
			  {"source_type": "volume", "destination_type": "volume", "uuid": "root-vol", "boot_index": 0},
			  {"source_type": "volume", "destination_type": "volume", "uuid": "data-vol"}]}}`},
		{"from snapshot", bootfromvolume.CreateOpts{CreateOpts: base, SnapshotID: "snap"},
			`{"server": {"name": "db1", "flavorRef": "compute1-4", "block_device_mapping_v2": [
			  {"source_type": "snapshot", "destination_type": "volume", "uuid": "snap", "boot_index": 0}]}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusAccepted, createResponse)
			})
			s, err := bootfromvolume.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, "d5f9c4c3-7b3c-4a4e-9b5b-8b7d3f0e1a22", s.ID)
		})
	}
	testhelper.CheckFailures(t, "POST /servers", http.StatusAccepted, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := bootfromvolume.Create(ctx, c, bootfromvolume.CreateOpts{CreateOpts: base, VolumeID: "v"}).Extract()
		return err
	})
}

func TestBadOptions(t *testing.T) {
	base := servers.CreateOpts{Name: "db1", FlavorRef: "compute1-4"}
	for _, tc := range []struct {
		name string
		opts bootfromvolume.CreateOpts
		want string
	}{
		{"no source", bootfromvolume.CreateOpts{CreateOpts: base}, "ImageID, SnapshotID or VolumeID"},
		{"two sources", bootfromvolume.CreateOpts{CreateOpts: base, ImageID: "i", VolumeID: "v"}, "only one"},
		{"image without size", bootfromvolume.CreateOpts{CreateOpts: base, ImageID: "i"}, "VolumeSize"},
		{"negative size", bootfromvolume.CreateOpts{CreateOpts: base, SnapshotID: "s", VolumeSize: -1}, "negative"},
		{"size of existing", bootfromvolume.CreateOpts{CreateOpts: base, VolumeID: "v", VolumeSize: 10}, "keeps its size"},
		{"imageRef", bootfromvolume.CreateOpts{CreateOpts: servers.CreateOpts{Name: "db1", FlavorRef: "f", ImageRef: "i"}, VolumeID: "v"}, "ImageRef"},
		{"server options", bootfromvolume.CreateOpts{CreateOpts: servers.CreateOpts{FlavorRef: "f"}, VolumeID: "v"}, "Name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			err := bootfromvolume.Create(t.Context(), th.ServiceClient(), tc.opts).Err
			require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}
