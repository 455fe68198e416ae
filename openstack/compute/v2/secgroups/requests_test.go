package secgroups_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/secgroups"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	groupID  = "85cc3048-abc3-43cc-89b3-377341426ac5"
	ruleID   = "6ee7ec8c-0f4c-4e1c-9c0b-d8a0e4b2b7c1"
	serverID = "server-1"
)

var wantRule = secgroups.Rule{
	ID:            ruleID,
	ParentGroupID: groupID,
	IPProtocol:    "tcp",
	FromPort:      22,
	ToPort:        22,
	IPRange:       secgroups.IPRange{CIDR: "10.0.0.0/24"},
}

var wantGroup = secgroups.SecurityGroup{
	ID:          groupID,
	Name:        "default",
	Description: "default",
	TenantID:    "6f70656e737461636b20342065766572",
	Rules:       []secgroups.Rule{wantRule},
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-security-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"all_tenants": {"true"}, "limit": {"2"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	got, err := secgroups.List(th.ServiceClient(), secgroups.ListOpts{AllTenants: true, Limit: 2}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "default", got[0].Name)
	assert.Empty(t, got[0].Rules)
	r := got[1].Rules[0]
	assert.Equal(t, secgroups.Group{Name: "default", TenantID: "6f70656e737461636b20342065766572"}, r.Group)
	assert.Empty(t, r.IPProtocol, "null protocol")
	assert.Zero(t, r.FromPort, "null port")

	testhelper.CheckFailures(t, "GET /os-security-groups", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := secgroups.List(c, secgroups.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestListByServer(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /servers/server-1/os-security-groups", http.StatusOK, listJSON)
	got, err := secgroups.ListByServer(th.ServiceClient(), serverID).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "web", got[1].Name)

	testhelper.CheckFailures(t, "GET /servers/server-1/os-security-groups", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := secgroups.ListByServer(c, serverID).Collect(ctx)
		return err
	})
}

func TestCRUD(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /os-security-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	th.HandleJSON("GET /os-security-groups/"+groupID, http.StatusOK, getJSON)
	th.Handle("PUT /os-security-groups/"+groupID, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, updateRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	th.Handle("DELETE /os-security-groups/"+groupID, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	th.Handle("POST /os-security-group-rules", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRuleRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, createRuleJSON)
	})
	th.Handle("DELETE /os-security-group-rules/"+ruleID, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	c, ctx := th.ServiceClient(), t.Context()

	g, err := secgroups.Create(ctx, c, secgroups.CreateOpts{Name: "default", Description: "default"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, wantGroup, *g)
	g, err = secgroups.Get(ctx, c, groupID).Extract()
	require.NoError(t, err)
	assert.Equal(t, wantGroup, *g)
	_, err = secgroups.Update(ctx, c, groupID, secgroups.UpdateOpts{Name: "mysecgroup", Description: "my security group"}).Extract()
	require.NoError(t, err)
	r, err := secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{ParentGroupID: groupID, IPProtocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "10.0.0.0/24"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, wantRule, *r)
	require.NoError(t, secgroups.DeleteRule(ctx, c, ruleID).ExtractErr())
	require.NoError(t, secgroups.Delete(ctx, c, groupID).ExtractErr())
}

func TestServerActions(t *testing.T) {
	for name, tc := range map[string]struct {
		body string
		call func(context.Context, *gophercloud.ServiceClient) error
	}{
		"add": {addRequestJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return secgroups.AddServer(ctx, c, serverID, "test").ExtractErr()
		}},
		"remove": {removeRequestJSON, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return secgroups.RemoveServer(ctx, c, serverID, "test").ExtractErr()
		}},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/server-1/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				w.WriteHeader(http.StatusAccepted)
			})
			require.NoError(t, tc.call(t.Context(), th.ServiceClient()))
			testhelper.CheckFailures(t, "POST /servers/server-1/action", http.StatusAccepted, false, tc.call)
		})
	}
}

func TestFailures(t *testing.T) {
	for pattern, tc := range map[string]struct {
		status  int
		decodes bool
		call    func(context.Context, *gophercloud.ServiceClient) error
	}{
		"POST /os-security-groups": {200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := secgroups.Create(ctx, c, secgroups.CreateOpts{Name: "a"}).Extract()
			return err
		}},
		"GET /os-security-groups/" + groupID: {200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := secgroups.Get(ctx, c, groupID).Extract()
			return err
		}},
		"PUT /os-security-groups/" + groupID: {200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := secgroups.Update(ctx, c, groupID, secgroups.UpdateOpts{Name: "b"}).Extract()
			return err
		}},
		"DELETE /os-security-groups/" + groupID: {202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return secgroups.Delete(ctx, c, groupID).ExtractErr()
		}},
		"POST /os-security-group-rules": {200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{ParentGroupID: groupID, IPProtocol: "icmp", FromPort: -1, ToPort: -1, GroupID: groupID}).Extract()
			return err
		}},
		"DELETE /os-security-group-rules/" + ruleID: {202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return secgroups.DeleteRule(ctx, c, ruleID).ExtractErr()
		}},
	} {
		t.Run(pattern, func(t *testing.T) { testhelper.CheckFailures(t, pattern, tc.status, tc.decodes, tc.call) })
	}
}

func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	c, ctx := th.ServiceClient(), t.Context()
	rule := func(proto string, from, to int, cidr, group string) error {
		return secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{ParentGroupID: groupID, IPProtocol: proto, FromPort: from, ToPort: to, CIDR: cidr, GroupID: group}).Err
	}
	for name, err := range map[string]error{
		"create without name":  secgroups.Create(ctx, c, secgroups.CreateOpts{}).Err,
		"update without name":  secgroups.Update(ctx, c, groupID, secgroups.UpdateOpts{}).Err,
		"rule no parent":       secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{IPProtocol: "tcp", FromPort: 1, ToPort: 1, CIDR: "0.0.0.0/0"}).Err,
		"rule no protocol":     rule("", 1, 1, "0.0.0.0/0", ""),
		"rule bad protocol":    rule("sctp", 1, 1, "0.0.0.0/0", ""),
		"rule neither source":  rule("tcp", 1, 1, "", ""),
		"rule both sources":    rule("tcp", 1, 1, "0.0.0.0/0", groupID),
		"rule tcp port zero":   rule("tcp", 0, 22, "0.0.0.0/0", ""),
		"rule udp port high":   rule("udp", 1, 65536, "0.0.0.0/0", ""),
		"rule tcp from > to":   rule("tcp", 80, 22, "0.0.0.0/0", ""),
		"rule icmp type high":  rule("icmp", 256, -1, "0.0.0.0/0", ""),
		"rule icmp code below": rule("icmp", 8, -2, "0.0.0.0/0", ""),
		"add no group":         secgroups.AddServer(ctx, c, serverID, "").Err,
		"remove no group":      secgroups.RemoveServer(ctx, c, serverID, "").Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
