package tenants_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/tenants"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var compute = tenants.Tenant{ID: "1100111", Name: "1100111", Description: "Cloud Servers and Cloud Block Storage", Enabled: true}

// TestListFromFake lists through a real API-key authentication against the
// fake Rackspace identity.
func TestListFromFake(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	p, err := rackspace.AuthenticatedClient(t.Context(), fake.AuthOptions())
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)

	all, err := tenants.List(c, tenants.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []tenants.Tenant{
		{ID: fakerackspace.TenantID, Name: fakerackspace.TenantID, Enabled: true},
		{ID: fakerackspace.FilesTenantID, Name: fakerackspace.FilesTenantID, Enabled: true},
	}, all)
}

func TestList(t *testing.T) {
	for name, tc := range map[string]struct {
		opts  tenants.ListOpts
		query url.Values
		body  string
		n     int
	}{
		"own tenants":   {tenants.ListOpts{}, url.Values{}, listJSON, 2},
		"and RCN roles": {tenants.ListOpts{ApplyRCNRoles: true}, url.Values{"apply_rcn_roles": {"true"}}, rcnListJSON, 3},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("GET /tenants", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestQuery(t, r, tc.query)
				testhelper.WriteJSON(w, http.StatusOK, tc.body)
			})
			all, err := tenants.List(th.ServiceClient(), tc.opts).Collect(t.Context())
			require.NoError(t, err)
			require.Len(t, all, tc.n)
			assert.Equal(t, "MossoCloudFS_929418", all[1].ID)
		})
	}
	testhelper.CheckFailures(t, "GET /tenants", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.List(c, tenants.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants/1100111", http.StatusOK, tenantJSON)
	got, err := tenants.Get(t.Context(), th.ServiceClient(), "1100111").Extract()
	require.NoError(t, err)
	assert.Equal(t, compute, *got)
	testhelper.CheckFailures(t, "GET /tenants/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestGetByName(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /tenants", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"1100111"}})
		testhelper.WriteJSON(w, http.StatusOK, tenantJSON)
	})
	got, err := tenants.GetByName(t.Context(), th.ServiceClient(), "1100111").Extract()
	require.NoError(t, err)
	assert.Equal(t, compute, *got)
	testhelper.CheckFailures(t, "GET /tenants", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.GetByName(ctx, c, "x").Extract()
		return err
	})
}

// TestBadOptions: the fake fails the test on any request.
func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	_, err := tenants.Get(ctx, c, "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "get with an empty id")
	_, err = tenants.GetByName(ctx, c, "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "get by an empty name")
}
