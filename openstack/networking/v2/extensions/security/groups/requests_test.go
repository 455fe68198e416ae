package groups_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/groups"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /security-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"default"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"security_groups": [{"id": "85cc3048", "name": "default", "security_group_rules": []}]}`)
	})
	got, err := groups.List(th.ServiceClient(), groups.ListOpts{Name: "default"}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	testhelper.CheckFailures(t, "GET /security-groups", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := groups.List(c, groups.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /security-groups/85cc3048", http.StatusOK, groupJSON)
	g, err := groups.Get(t.Context(), th.ServiceClient(), "85cc3048").Extract()
	require.NoError(t, err)
	assert.True(t, g.Stateful)
	require.Len(t, g.Rules, 1)
	assert.Equal(t, "egress", g.Rules[0].Direction)
	assert.Empty(t, g.Rules[0].Protocol)
	assert.Zero(t, g.Rules[0].PortRangeMin)
	testhelper.CheckFailures(t, "GET /security-groups/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := groups.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /security-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"security_group": {"name": "web", "description": "http"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, groupJSON)
	})
	_, err := groups.Create(t.Context(), th.ServiceClient(), groups.CreateOpts{Name: "web", Description: "http"}).Extract()
	require.NoError(t, err)
	_, err = groups.Create(t.Context(), th.ServiceClient(), groups.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /security-groups", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := groups.Create(ctx, c, groups.CreateOpts{Name: "n"}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /security-groups/85cc3048", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=4")
		testhelper.TestJSONRequest(t, r, `{"security_group": {"description": ""}}`)
		testhelper.WriteJSON(w, http.StatusOK, groupJSON)
	})
	empty := ""
	_, err := groups.Update(t.Context(), th.ServiceClient(), "85cc3048", groups.UpdateOpts{Description: &empty, IfMatch: common.IfMatch{RevisionNumber: 4}}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /security-groups/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := groups.Update(ctx, c, "x", groups.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /security-groups/85cc3048", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, groups.Delete(t.Context(), th.ServiceClient(), "85cc3048").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /security-groups/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return groups.Delete(ctx, c, "x").ExtractErr()
	})
}
