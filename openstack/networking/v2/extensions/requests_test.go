package extensions_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures written from the Networking API reference (extensions).
const listJSON = `{"extensions": [
  {"alias": "router", "description": "Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.", "links": [], "name": "Neutron L3 Router", "updated": "2012-07-20T10:00:00-00:00"},
  {"alias": "standard-attr-tag", "description": "Enables to set tag on resources with standard attribute.", "links": [], "name": "Tag support for resources with standard attribute: subnet, trunk, network_segment_range, router, network, policy, subnetpool, port, security_group, floatingip", "updated": "2017-01-01T00:00:00-00:00"}
]}`

const getJSON = `{"extension": {"alias": "quotas", "description": "Expose functions for quotas management per project", "links": [], "name": "Quota management support", "updated": "2012-07-29T10:00:00-00:00"}}`

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions", http.StatusOK, listJSON)
	got, err := extensions.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "standard-attr-tag", got[1].Alias)
	testhelper.CheckFailures(t, "GET /extensions", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.List(c).AllPages(ctx)
		return err
	})
}

func TestGetAndHas(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/quotas", http.StatusOK, getJSON)
	th.HandleJSON("GET /extensions/nope", http.StatusNotFound, `{"NeutronError": {"type": "HTTPNotFound", "message": "Extension with alias nope does not exist", "detail": ""}}`)
	e, err := extensions.Get(t.Context(), th.ServiceClient(), "quotas").Extract()
	require.NoError(t, err)
	assert.Equal(t, "Quota management support", e.Name)
	ok, err := extensions.Has(t.Context(), th.ServiceClient(), "quotas")
	require.NoError(t, err)
	assert.True(t, ok)
	ok, err = extensions.Has(t.Context(), th.ServiceClient(), "nope")
	require.NoError(t, err)
	assert.False(t, ok)
	testhelper.CheckFailures(t, "GET /extensions/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.Has(ctx, c, "x")
		return err
	})
}
