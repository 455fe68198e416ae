//go:build acceptance

package blockstorage_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/acceptance/openstack/blockstorage/bsacc"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumetypes"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/volumeattach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVolumeLifecycle creates, extends and snapshots a volume, makes a
// second volume from the snapshot, pages a name-filtered list and sets
// metadata; the cleanups delete the new volume, the snapshot and the
// first volume, in that order.
func TestVolumeLifecycle(t *testing.T) {
	t.Parallel()
	bs := clients.Service(t, openstack.NewBlockStorageV3)
	prefix := clients.RandomName("life")

	run := map[string]string{"acc-run": prefix}
	v := createVolume(t, bs, volumes.CreateOpts{Size: 1, Name: prefix + "-a", Description: "acceptance", Metadata: run})
	assert.Equal(t, 1, v.Size)
	assert.Equal(t, prefix+"-a", v.Name)
	assert.Equal(t, "acceptance", v.Description)
	assert.False(t, v.CreatedAt.IsZero())

	ctx := clients.Context(t, 2*time.Minute)
	require.NoError(t, volumes.Extend(ctx, bs, v.ID, volumes.ExtendOpts{NewSize: 2}).ExtractErr())
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	v, err := volumes.Get(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, 2, v.Size, "extended to 2 GiB")

	s := createSnapshot(t, bs, v.ID)
	assert.Equal(t, v.ID, s.VolumeID)
	assert.Equal(t, 2, s.Size)

	v2 := createVolume(t, bs, volumes.CreateOpts{SnapshotID: s.ID, Name: prefix + "-b", Metadata: run})
	assert.Equal(t, s.ID, v2.SnapshotID)
	assert.Equal(t, 2, v2.Size, "a volume from a snapshot takes its size")

	// A name filter is exact; limit=1 makes Cinder page through
	// volumes_links. The paged walk keeps to this test's volumes (by
	// metadata): a marker volume that a parallel test deletes between two
	// pages would be a 404.
	got, err := volumes.List(bs, volumes.ListOpts{Name: prefix + "-b"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, v2.ID, got[0].ID)

	ids := map[string]bool{}
	pages := 0
	for p, err := range volumes.List(bs, volumes.ListOpts{Metadata: run, Limit: 1, Sort: "created_at:asc"}).Pages(ctx) {
		require.NoError(t, err)
		pages++
		assert.LessOrEqual(t, len(p.Items), 1)
		for _, x := range p.Items {
			assert.False(t, ids[x.ID], "volume %s seen twice", x.ID)
			ids[x.ID] = true
		}
	}
	assert.Equal(t, map[string]bool{v.ID: true, v2.ID: true}, ids, "both volumes listed, no other")
	assert.GreaterOrEqual(t, pages, 2)

	// Metadata: merge, replace, read, delete one key.
	md, err := volumes.UpdateMetadata(ctx, bs, v.ID, map[string]string{"a": "1", "b": "2"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"acc-run": prefix, "a": "1", "b": "2"}, md, "merged with the creation's")
	md, err = volumes.ReplaceMetadata(ctx, bs, v.ID, map[string]string{"b": "3", "c": "4"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"b": "3", "c": "4"}, md)
	require.NoError(t, volumes.DeleteMetadatum(ctx, bs, v.ID, "c").ExtractErr())
	md, err = volumes.GetMetadata(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"b": "3"}, md)
	got, err = volumes.List(bs, volumes.ListOpts{Metadata: volumes.MetadataFilter{"b": "3"}, Name: prefix + "-a"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, got, 1, "metadata filter")
	assert.Equal(t, v.ID, got[0].ID)
}

// TestVolumeTypeAdmin creates a volume type with an extra spec as admin,
// makes a volume of that type and resets its status.
func TestVolumeTypeAdmin(t *testing.T) {
	t.Parallel()
	admin := clients.AdminService(t, openstack.NewBlockStorageV3)
	ctx := clients.Context(t, 2*time.Minute)

	vt, err := volumetypes.Create(ctx, admin, volumetypes.CreateOpts{
		Name: clients.RandomName("type"), Description: "acceptance",
		ExtraSpecs: map[string]string{"acc:spec": "one"},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := volumetypes.Delete(clients.Context(t, time.Minute), admin, vt.ID).ExtractErr(); err != nil {
			t.Errorf("deleting volume type %s: %v", vt.ID, err)
		}
	})
	assert.Equal(t, "one", vt.ExtraSpecs["acc:spec"])

	specs, err := volumetypes.CreateExtraSpecs(ctx, admin, vt.ID, map[string]string{"acc:other": "two"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "two", specs["acc:other"])
	specs, err = volumetypes.ListExtraSpecs(ctx, admin, vt.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"acc:spec": "one", "acc:other": "two"}, specs)
	require.NoError(t, volumetypes.DeleteExtraSpec(ctx, admin, vt.ID, "acc:other").ExtractErr())

	v := createVolume(t, admin, volumes.CreateOpts{Size: 1, VolumeType: vt.Name})
	assert.Equal(t, vt.Name, v.VolumeType)

	// os-reset_status writes the database only.
	require.NoError(t, volumes.ResetStatus(ctx, admin, v.ID, volumes.ResetStatusOpts{Status: "error"}).ExtractErr())
	err = volumes.WaitForStatus(ctx, admin, v.ID, "available", gophercloud.WaitOpts{})
	require.Error(t, err, "a wait stops at an error state")
	require.NoError(t, volumes.ResetStatus(ctx, admin, v.ID, volumes.ResetStatusOpts{Status: "available"}).ExtractErr())
	require.NoError(t, volumes.WaitForStatus(ctx, admin, v.ID, "available", gophercloud.WaitOpts{}))
}

// TestVolumeAttachToServer attaches a volume to a server through compute's
// volumeattach and follows the volume to in-use and back to available.
func TestVolumeAttachToServer(t *testing.T) {
	t.Parallel()
	image, network := clients.Env(t, "OS_IMAGE_ID"), clients.Env(t, "OS_NETWORK_ID")
	bs := clients.Service(t, openstack.NewBlockStorageV3)
	compute := clients.Service(t, openstack.NewComputeV2)
	v := createVolume(t, bs, volumes.CreateOpts{Size: 1}) // first, so it is deleted last

	ctx := clients.Context(t, 3*time.Minute)
	srv, err := servers.Create(ctx, compute, servers.CreateOpts{
		Name: clients.RandomName("bs"), ImageRef: image, FlavorRef: envOr("OS_FLAVOR_ID", "1"),
		Networks: []servers.Network{{UUID: network}},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 2*time.Minute)
		if err := servers.Delete(ctx, compute, srv.ID).ExtractErr(); err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("deleting server %s: %v", srv.ID, err)
			return
		}
		if _, err := servers.WaitForStatus(ctx, compute, srv.ID, servers.StatusDeleted, gophercloud.WaitOpts{}); err != nil {
			t.Errorf("waiting for server %s to go: %v", srv.ID, err)
		}
	})
	_, err = servers.WaitForStatus(ctx, compute, srv.ID, servers.StatusActive, gophercloud.WaitOpts{})
	require.NoError(t, err)

	a, err := volumeattach.Create(ctx, compute, srv.ID, volumeattach.CreateOpts{VolumeID: v.ID}).Extract()
	require.NoError(t, err)
	assert.Equal(t, v.ID, a.VolumeID)
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "in-use", gophercloud.WaitOpts{}))
	got, err := volumes.Get(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	require.Len(t, got.Attachments, 1)
	assert.Equal(t, srv.ID, got.Attachments[0].ServerID)
	assert.True(t, strings.HasPrefix(got.Attachments[0].Device, "/dev/"), "device %q", got.Attachments[0].Device)

	require.NoError(t, volumeattach.Delete(ctx, compute, srv.ID, v.ID).ExtractErr())
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	got, err = volumes.Get(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	assert.Empty(t, got.Attachments)
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// TestWaitForStatusReason makes the scheduler fail (a type asking for a
// back end that does not exist) and checks that WaitForStatus stops at
// "error" with Cinder's user message as the reason.
func TestWaitForStatusReason(t *testing.T) {
	t.Parallel()
	admin := clients.AdminService(t, openstack.NewBlockStorageV3)
	ctx := clients.Context(t, 2*time.Minute)

	vt, err := volumetypes.Create(ctx, admin, volumetypes.CreateOpts{
		Name: clients.RandomName("nobackend"), ExtraSpecs: map[string]string{"volume_backend_name": "acc-no-such-backend"},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := volumetypes.Delete(clients.Context(t, time.Minute), admin, vt.ID).ExtractErr(); err != nil {
			t.Errorf("deleting volume type %s: %v", vt.ID, err)
		}
	})
	v, err := volumes.Create(ctx, admin, volumes.CreateOpts{Size: 1, VolumeType: vt.ID, Name: clients.RandomName("noplace")}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, time.Minute)
		bsacc.DeleteAndWait(t, "volume "+v.ID, volumes.Delete(ctx, admin, v.ID, volumes.DeleteOpts{}).ExtractErr(),
			func() error { return volumes.WaitForStatus(ctx, admin, v.ID, "deleted", gophercloud.WaitOpts{}) })
	})

	err = volumes.WaitForStatus(ctx, admin, v.ID, "available", gophercloud.WaitOpts{})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error", se.Status)
	assert.NotEqual(t, "the service gave no reason", se.Reason, "the reason is Cinder's user message")
	t.Logf("reason: %s", se.Reason)
}
