//go:build acceptance

package compute_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestImagesProxy(t *testing.T) {
	id := clients.Env(t, "OS_IMAGE_ID")
	c := rcCompute(t, "2.35") // the last microversion with the image proxy
	ctx := clients.Context(t, 2*time.Minute)

	all, err := images.List(c, images.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	i := slices.IndexFunc(all, func(img images.Image) bool { return img.ID == id })
	require.GreaterOrEqual(t, i, 0, "image %s listed through the proxy", id)

	var paged []string
	for img, err := range images.List(c, images.ListOpts{Limit: 1}).All(ctx) {
		require.NoError(t, err)
		paged = append(paged, img.ID)
	}
	rcAssertPaged(t, paged, id, len(all))

	img, err := images.Get(ctx, c, id).Extract()
	require.NoError(t, err)
	assert.Equal(t, "ACTIVE", img.Status)
	assert.Equal(t, 100, img.Progress)
	assert.Positive(t, img.Size)
	assert.False(t, img.Created.Time.IsZero())
	if name := os.Getenv("OS_IMAGE_NAME"); name != "" {
		assert.Equal(t, name, img.Name)
		named, err := images.List(c, images.ListOpts{Name: name, Status: "ACTIVE"}).Collect(ctx)
		require.NoError(t, err)
		assert.True(t, slices.ContainsFunc(named, func(x images.Image) bool { return x.ID == id }))
	}

	// As documented: Nova removed the proxy at 2.36.
	newer := rcCompute(t, "2.36")
	_, err = images.Get(ctx, newer, id).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
