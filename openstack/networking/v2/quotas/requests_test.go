package quotas_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/quotas"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures written from the Networking API reference (quotas).
const quotaJSON = `{"quota": {"floatingip": 50, "network": 15, "port": 50, "rbac_policy": -1, "router": 10,
  "security_group": 10, "security_group_rule": 100, "subnet": 10, "subnetpool": -1, "trunk": -1}}`

const detailJSON = `{"quota": {
  "floatingip": {"used": 1, "limit": 50, "reserved": 0}, "network": {"used": 2, "limit": 15, "reserved": 0},
  "port": {"used": 8, "limit": 50, "reserved": 1}, "rbac_policy": {"used": 0, "limit": -1, "reserved": 0},
  "router": {"used": 1, "limit": 10, "reserved": 0}, "security_group": {"used": 1, "limit": 10, "reserved": 0},
  "security_group_rule": {"used": 4, "limit": 100, "reserved": 0}, "subnet": {"used": 2, "limit": 10, "reserved": 0},
  "subnetpool": {"used": 0, "limit": -1, "reserved": 0}, "trunk": {"used": 0, "limit": -1, "reserved": 0}}}`

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /quotas/p1", http.StatusOK, quotaJSON)
	q, err := quotas.Get(t.Context(), th.ServiceClient(), "p1").Extract()
	require.NoError(t, err)
	assert.Equal(t, quotas.Quota{FloatingIP: 50, Network: 15, Port: 50, RBACPolicy: -1, Router: 10, SecurityGroup: 10,
		SecurityGroupRule: 100, Subnet: 10, SubnetPool: -1, Trunk: -1}, *q)
	testhelper.CheckFailures(t, "GET /quotas/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotas.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestGetDetail(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /quotas/p1/details.json", http.StatusOK, detailJSON)
	q, err := quotas.GetDetail(t.Context(), th.ServiceClient(), "p1").Extract()
	require.NoError(t, err)
	assert.Equal(t, quotas.Detail{Used: 8, Limit: 50, Reserved: 1}, q.Port)
	testhelper.CheckFailures(t, "GET /quotas/x/details.json", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotas.GetDetail(ctx, c, "x").Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /quotas/p1", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"quota": {"network": 15, "trunk": -1}}`)
		testhelper.WriteJSON(w, http.StatusOK, quotaJSON)
	})
	n, unlimited := 15, -1
	q, err := quotas.Update(t.Context(), th.ServiceClient(), "p1", quotas.UpdateOpts{Network: &n, Trunk: &unlimited}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 15, q.Network)
	testhelper.CheckFailures(t, "PUT /quotas/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotas.Update(ctx, c, "x", quotas.UpdateOpts{}).Extract()
		return err
	})
	f := testhelper.Setup(t)
	f.HandleJSON("PUT /quotas/p1", http.StatusForbidden, `{"NeutronError": {"type": "AdminRequired", "message": "User does not have admin privileges", "detail": ""}}`)
	_, err = quotas.Update(t.Context(), f.ServiceClient(), "p1", quotas.UpdateOpts{Network: &n}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrForbidden)
}

func TestReset(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /quotas/p1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, quotas.Reset(t.Context(), th.ServiceClient(), "p1").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /quotas/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return quotas.Reset(ctx, c, "x").ExtractErr()
	})
}
