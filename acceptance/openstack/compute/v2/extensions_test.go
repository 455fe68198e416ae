//go:build acceptance

package compute_test

import (
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtensionsList(t *testing.T) {
	c := rcCompute(t, "")
	ctx := clients.Context(t, time.Minute)
	exts, err := extensions.List(c).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, exts)
	t.Logf("%d extensions", len(exts))
	i := slices.IndexFunc(exts, func(e extensions.Extension) bool { return e.Alias == "os-keypairs" })
	require.GreaterOrEqual(t, i, 0, "os-keypairs listed")
	assert.NotEmpty(t, exts[i].Name)

	ext, err := extensions.Get(ctx, c, "os-keypairs").Extract()
	require.NoError(t, err)
	assert.Equal(t, exts[i], *ext)

	_, err = extensions.Get(ctx, c, "os-no-such-extension").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
