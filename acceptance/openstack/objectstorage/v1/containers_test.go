//go:build acceptance

package objectstorage_test

import (
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/stretchr/testify/require"
)

func TestContainerLifecycle(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	name := clients.RandomName("cont")
	t.Cleanup(func() { emptyAndDelete(t, c, name) })

	h, err := containers.Create(ctx, c, name, containers.CreateOpts{
		Read:     ".r:*,.rlistings",
		Metadata: map[string]string{"Color": "blue", "Shape": "round"},
	}).Extract()
	require.NoError(t, err)
	require.True(t, h.Created)
	h, err = containers.Create(ctx, c, name, containers.CreateOpts{}).Extract()
	require.NoError(t, err)
	require.False(t, h.Created, "a second PUT updates the existing container")

	g, err := containers.Get(ctx, c, name, containers.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Equal(t, ".r:*,.rlistings", g.Read)
	require.Equal(t, map[string]string{"color": "blue", "shape": "round"}, g.Metadata)
	require.Equal(t, int64(0), g.ObjectCount)
	require.NotEmpty(t, g.StoragePolicy)

	_, err = containers.Update(ctx, c, name, containers.UpdateOpts{
		RemoveRead:     true,
		Metadata:       map[string]string{"Color": "green"},
		RemoveMetadata: []string{"Shape"},
	}).Extract()
	require.NoError(t, err)
	g, err = containers.Get(ctx, c, name, containers.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Empty(t, g.Read)
	require.Equal(t, map[string]string{"color": "green"}, g.Metadata)

	found, err := containers.List(c, containers.ListOpts{Prefix: name}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, found, 1)
	require.Equal(t, name, found[0].Name)
	names, err := containers.ListNames(c, containers.ListOpts{Prefix: name}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{name}, names)

	// A container with an object cannot be deleted: 409.
	_, err = objects.Create(ctx, c, name, "x", nil, objects.CreateOpts{}).Extract()
	require.NoError(t, err)
	err = containers.Delete(ctx, c, name).ExtractErr()
	require.True(t, errors.Is(err, gophercloud.ErrConflict), "got %v", err)
	require.NoError(t, objects.Delete(ctx, c, name, "x").ExtractErr())
	require.NoError(t, containers.Delete(ctx, c, name).ExtractErr())
	err = containers.Get(ctx, c, name, containers.GetOpts{}).Err
	require.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
}

func TestContainerVersioning(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	on := true
	name := newContainer(t, c, "versioned", containers.CreateOpts{VersionsEnabled: &on})
	t.Cleanup(func() {
		off := false
		_, _ = containers.Update(clients.Context(t, time.Minute), c, name, containers.UpdateOpts{VersionsEnabled: &off}).Extract()
	})
	g, err := containers.Get(ctx, c, name, containers.GetOpts{}).Extract()
	require.NoError(t, err)
	require.True(t, g.VersionsEnabled)

	// Legacy history mode on a second container, pointing at a third.
	archive := newContainer(t, c, "archive", containers.CreateOpts{})
	hist := newContainer(t, c, "history", containers.CreateOpts{HistoryLocation: archive})
	g, err = containers.Get(ctx, c, hist, containers.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Equal(t, archive, g.HistoryLocation)
	_, err = containers.Update(ctx, c, hist, containers.UpdateOpts{RemoveHistoryLocation: true}).Extract()
	require.NoError(t, err)
	g, err = containers.Get(ctx, c, hist, containers.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Empty(t, g.HistoryLocation)
}

func TestContainersBulkDelete(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	a := newContainer(t, c, "bulk-a", containers.CreateOpts{})
	b := newContainer(t, c, "bulk-b", containers.CreateOpts{})
	full := newContainer(t, c, "bulk-full", containers.CreateOpts{})
	_, err := objects.Create(ctx, c, full, "keep", nil, objects.CreateOpts{}).Extract()
	require.NoError(t, err)

	rep, err := containers.BulkDelete(ctx, c, []string{a, b, full, clients.RandomName("missing")})
	var bde *containers.BulkDeleteError
	require.ErrorAs(t, err, &bde)
	require.True(t, errors.Is(err, gophercloud.ErrConflict), "a non-empty container fails with 409: %v", err)
	require.Equal(t, 2, rep.NumberDeleted)
	require.Equal(t, 1, rep.NumberNotFound)
	require.Len(t, rep.Errors, 1)
	require.Equal(t, full, rep.Errors[0].Name)
	require.Contains(t, rep.Errors[0].Status, "409")
}
