//go:build acceptance

package objectstorage_test

import (
	"bytes"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/stretchr/testify/require"
)

// TestDotSegmentNames: objects whose names are or hold "." and ".."
// segments round-trip through the real Swift (create, get, download, list,
// delete) under exactly their names, and never reach the container or the
// account: a sibling object, the container and a second container are all
// still there afterwards.
func TestDotSegmentNames(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, 2*time.Minute)
	cont := newContainer(t, c, "dots", containers.CreateOpts{})
	other := newContainer(t, c, "dots-other", containers.CreateOpts{})
	for _, guard := range []struct{ cont, name string }{{cont, "keep"}, {other, "keep"}} {
		_, err := objects.Create(ctx, c, guard.cont, guard.name, bytes.NewReader([]byte("keep")), objects.CreateOpts{}).Extract()
		require.NoError(t, err)
	}

	names := []string{".", "..", "a/../b", "a/./b", "../x"}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			content := []byte("content of " + name)
			_, err := objects.Create(ctx, c, cont, name, bytes.NewReader(content), objects.CreateOpts{ContentType: "text/plain"}).Extract()
			require.NoError(t, err)
			h, err := objects.Get(ctx, c, cont, name, objects.GetOpts{}).Extract()
			require.NoError(t, err)
			require.Equal(t, int64(len(content)), h.ContentLength)
			require.Equal(t, content, download(t, c, cont, name))
		})
	}

	listed, err := objects.ListNames(c, cont, objects.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	want := append(slices.Clone(names), "keep")
	slices.Sort(want)
	require.Equal(t, want, listed, "the listing shows the exact names, and nothing else")

	for _, name := range names {
		require.NoError(t, objects.Delete(ctx, c, cont, name).ExtractErr(), name)
	}
	for _, name := range names {
		err := objects.Get(ctx, c, cont, name, objects.GetOpts{}).Err
		require.True(t, gophercloud.ResponseCodeIs(err, http.StatusNotFound), "%s deleted: %v", name, err)
	}

	// Nothing above touched the container, its sibling, another container
	// or the account.
	left, err := objects.ListNames(c, cont, objects.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"keep"}, left)
	left, err = objects.ListNames(c, other, objects.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"keep"}, left)
	all, err := containers.ListNames(c, containers.ListOpts{Prefix: cont}).Collect(ctx)
	require.NoError(t, err)
	require.Contains(t, all, cont, "the account still lists the container")
	_, err = containers.Get(ctx, c, cont, containers.GetOpts{}).Extract()
	require.NoError(t, err)
}

// TestDotContainerNames: Swift cannot address a container named "." or
// "..", so the SDK refuses them before sending anything.
func TestDotContainerNames(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	for _, name := range []string{".", ".."} {
		for call, err := range map[string]error{
			"containers.Create": containers.Create(ctx, c, name, containers.CreateOpts{}).Err,
			"objects.Create":    objects.Create(ctx, c, name, "x", bytes.NewReader([]byte("x")), objects.CreateOpts{}).Err,
		} {
			var inv *gophercloud.ErrInvalidInput
			require.ErrorAs(t, err, &inv, "%s(%q)", call, name)
		}
	}
}
