package extensions_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	for name, tc := range map[string]struct {
		body  string
		alias []string
	}{
		"compute": {computeListJSON, []string{"os-keypairs", "OS-DCF"}},
		"volume":  {volumeListJSON, []string{"os-hosts"}},
		"empty":   {`{"extensions": []}`, nil},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /extensions", http.StatusOK, tc.body)
			got, err := extensions.List(th.ServiceClient()).Collect(t.Context())
			require.NoError(t, err)
			var aliases []string
			for _, e := range got {
				aliases = append(aliases, e.Alias)
			}
			assert.Equal(t, tc.alias, aliases)
		})
	}
	testhelper.CheckFailures(t, "GET /extensions", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.List(c).Collect(ctx)
		return err
	})
}

func TestListCompute(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions", http.StatusOK, computeListJSON)
	got, err := extensions.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, extensions.Extension{
		Alias:       "os-keypairs",
		Name:        "Keypairs",
		Description: "Keypair Support.",
		Namespace:   "http://docs.openstack.org/compute/ext/fake_xml",
		Updated:     gophercloud.NewJSONTime(time.Date(2014, 12, 3, 0, 0, 0, 0, time.UTC)),
		Links:       []gophercloud.Link{},
	}, got[0])
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/security-group", http.StatusOK, networkGetJSON)
	e, err := extensions.Get(t.Context(), th.ServiceClient(), "security-group").Extract()
	require.NoError(t, err)
	assert.Equal(t, "security-group", e.Alias)
	assert.Empty(t, e.Namespace)
	assert.True(t, e.Updated.Equal(time.Date(2012, 10, 5, 10, 0, 0, 0, time.UTC)), e.Updated)

	testhelper.CheckFailures(t, "GET /extensions/security-group", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.Get(ctx, c, "security-group").Extract()
		return err
	})
}

func TestGetNotFoundAndBadAlias(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/nope", http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "no such extension"))
	_, err := extensions.Get(t.Context(), th.ServiceClient(), "nope").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)

	_, err = extensions.Get(t.Context(), th.ServiceClient(), "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
