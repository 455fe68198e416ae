//go:build acceptance

package objectstorage_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
	"github.com/stretchr/testify/require"
)

func TestAccountMetadata(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	key := strings.ReplaceAll(clients.RandomName("meta"), "-", "")
	t.Cleanup(func() {
		_, err := accounts.Update(clients.Context(t, time.Minute), c, accounts.UpdateOpts{RemoveMetadata: []string{key}}).Extract()
		require.NoError(t, err)
	})

	_, err := accounts.Update(ctx, c, accounts.UpdateOpts{Metadata: map[string]string{key: "blue sky"}}).Extract()
	require.NoError(t, err)

	h, err := accounts.Get(ctx, c, accounts.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Equal(t, "blue sky", h.Metadata[strings.ToLower(key)])
	require.GreaterOrEqual(t, h.ContainerCount, int64(0))
	require.GreaterOrEqual(t, h.BytesUsed, int64(0))
	require.False(t, h.Date.IsZero())

	_, err = accounts.Update(ctx, c, accounts.UpdateOpts{RemoveMetadata: []string{key}}).Extract()
	require.NoError(t, err)
	md, err := accounts.Get(ctx, c, accounts.GetOpts{Newest: true}).ExtractMetadata()
	require.NoError(t, err)
	require.NotContains(t, md, strings.ToLower(key))
}
