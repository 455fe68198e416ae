package extensions_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListAndGet(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	p, err := rackspace.AuthenticatedClient(t.Context(), fake.AuthOptions())
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)

	all, err := extensions.List(c).Collect(t.Context())
	require.NoError(t, err)
	var aliases []string
	for _, e := range all {
		aliases = append(aliases, e.Alias)
	}
	assert.Equal(t, []string{"RAX-KSKEY", "RAX-AUTH", "OS-KSADM"}, aliases)

	e, err := extensions.Get(t.Context(), c, "RAX-KSKEY").Extract()
	require.NoError(t, err)
	assert.Equal(t, "http://docs.rackspace.com/identity/api/ext/RAX-KSKEY/v1.0", e.Namespace)
	assert.Equal(t, 2011, e.Updated.Year())
	_, err = extensions.Get(t.Context(), c, "NOPE").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}

func TestFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /extensions", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.List(c).Collect(ctx)
		return err
	})
	testhelper.CheckFailures(t, "GET /extensions/RAX-AUTH", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.Get(ctx, c, "RAX-AUTH").Extract()
		return err
	})
}
