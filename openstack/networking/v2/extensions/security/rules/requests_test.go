package rules_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/rules"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /security-group-rules", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"security_group_id": {"a7734e61"}, "direction": {"ingress"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"security_group_rules": [{"id": "2bc0accf", "protocol": "tcp", "port_range_min": 80}]}`)
	})
	got, err := rules.List(th.ServiceClient(), rules.ListOpts{SecGroupID: "a7734e61", Direction: rules.DirIngress}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 80, got[0].PortRangeMin)
	testhelper.CheckFailures(t, "GET /security-group-rules", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := rules.List(c, rules.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /security-group-rules/2bc0accf", http.StatusOK, ruleJSON)
	r, err := rules.Get(t.Context(), th.ServiceClient(), "2bc0accf").Extract()
	require.NoError(t, err)
	assert.Equal(t, "85cc3048-abc3-43cc-89b3-377341426ac5", r.RemoteGroupID)
	assert.Equal(t, rules.ProtocolTCP, r.Protocol)
	testhelper.CheckFailures(t, "GET /security-group-rules/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := rules.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /security-group-rules", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"security_group_rule": {"security_group_id": "a7734e61", "direction": "ingress",
			"ethertype": "IPv4", "protocol": "tcp", "port_range_min": 80, "port_range_max": 80, "remote_group_id": "85cc3048"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, ruleJSON)
	})
	_, err := rules.Create(t.Context(), th.ServiceClient(), rules.CreateOpts{SecGroupID: "a7734e61", Direction: rules.DirIngress,
		EtherType: rules.EtherType4, Protocol: rules.ProtocolTCP, PortRangeMin: 80, PortRangeMax: 80, RemoteGroupID: "85cc3048"}).Extract()
	require.NoError(t, err)
	for name, opts := range map[string]rules.CreateOpts{
		"no group":      {Direction: rules.DirIngress},
		"bad direction": {SecGroupID: "g", Direction: "in"},
		"bad ethertype": {SecGroupID: "g", Direction: rules.DirIngress, EtherType: "ipv4"},
		"bad range":     {SecGroupID: "g", Direction: rules.DirIngress, Protocol: rules.ProtocolTCP, PortRangeMin: 90, PortRangeMax: 80},
		"two remotes":   {SecGroupID: "g", Direction: rules.DirIngress, RemoteIPPrefix: "0.0.0.0/0", RemoteGroupID: "g2"},
	} {
		_, err := rules.Create(t.Context(), th.ServiceClient(), opts).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
	testhelper.CheckFailures(t, "POST /security-group-rules", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := rules.Create(ctx, c, rules.CreateOpts{SecGroupID: "g", Direction: rules.DirEgress}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /security-group-rules/2bc0accf", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, rules.Delete(t.Context(), th.ServiceClient(), "2bc0accf").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /security-group-rules/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return rules.Delete(ctx, c, "x").ExtractErr()
	})
}
