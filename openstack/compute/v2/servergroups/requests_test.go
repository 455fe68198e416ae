package servergroups_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servergroups"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	for _, tc := range []struct {
		name     string
		opts     servergroups.ListOpts
		query    url.Values
		body     string
		policies []string
	}{
		{"2.13 all projects", servergroups.ListOpts{AllProjects: true, Limit: 2, Offset: 4},
			url.Values{"all_projects": {"true"}, "limit": {"2"}, "offset": {"4"}}, listOldJSON, []string{"anti-affinity", "affinity"}},
		{"2.64 no options", servergroups.ListOpts{}, nil, listNewJSON, []string{"anti-affinity"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			requests := 0
			th.Handle("GET /os-server-groups", func(w http.ResponseWriter, r *http.Request) {
				requests++
				if requests > 1 { // the next offset page: past the end
					testhelper.WriteJSON(w, http.StatusOK, `{"server_groups": []}`)
					return
				}
				testhelper.TestQuery(t, r, tc.query)
				testhelper.WriteJSON(w, http.StatusOK, tc.body)
			})
			page, err := servergroups.List(th.ServiceClient(), tc.opts).AllPages(t.Context())
			require.NoError(t, err)
			groups, err := servergroups.ExtractServerGroups(page)
			require.NoError(t, err)
			var got []string
			for _, g := range groups {
				got = append(got, g.EffectivePolicy())
				assert.Equal(t, "fake", g.UserID)
			}
			assert.Equal(t, tc.policies, got)
		})
	}
}

func TestListOptions(t *testing.T) {
	th := testhelper.Setup(t) // no handler: bad options must send nothing
	_, err := servergroups.List(th.ServiceClient(), servergroups.ListOpts{Offset: -1}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "GET /os-server-groups", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := servergroups.List(c, servergroups.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want servergroups.ServerGroup
	}{
		{"2.1", getOldJSON, servergroups.ServerGroup{
			ID: "616fb98f-46ca-475e-917e-2563e5a8cd19", Name: "test", Policies: []string{"anti-affinity"},
			Members: []string{}, Metadata: map[string]string{},
		}},
		{"2.64", getNewJSON, servergroups.ServerGroup{
			ID: "616fb98f-46ca-475e-917e-2563e5a8cd19", Name: "test", Policy: "anti-affinity",
			Rules: &servergroups.Rules{MaxServerPerHost: 3}, Members: []string{},
			ProjectID: "6f70656e737461636b20342065766572", UserID: "fake",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /os-server-groups/616fb98f-46ca-475e-917e-2563e5a8cd19", http.StatusOK, tc.body)
			g, err := servergroups.Get(t.Context(), th.ServiceClient(), "616fb98f-46ca-475e-917e-2563e5a8cd19").Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.want, *g)
			assert.Equal(t, "anti-affinity", g.EffectivePolicy())
		})
	}
	testhelper.CheckFailures(t, "GET /os-server-groups/g", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := servergroups.Get(ctx, c, "g").Extract()
		return err
	})
}

func TestEffectivePolicy(t *testing.T) {
	for _, tc := range []struct {
		g    servergroups.ServerGroup
		want string
	}{
		{servergroups.ServerGroup{}, ""},
		{servergroups.ServerGroup{Policies: []string{"affinity"}}, "affinity"},
		{servergroups.ServerGroup{Policy: "soft-affinity"}, "soft-affinity"},
		{servergroups.ServerGroup{Policy: "affinity", Policies: []string{"anti-affinity"}}, "affinity"},
	} {
		assert.Equal(t, tc.want, tc.g.EffectivePolicy())
	}
}

func TestCreate(t *testing.T) {
	for _, tc := range []struct {
		name     string
		mv       string
		opts     servergroups.CreateOpts
		request  string
		response string
	}{
		{"policies before 2.64", "2.1", servergroups.CreateOpts{Name: "test", Policies: []string{servergroups.PolicyAntiAffinity}},
			createOldRequestJSON, getOldJSON},
		{"policy and rules at 2.64", "2.64", servergroups.CreateOpts{Name: "test", Policy: servergroups.PolicyAntiAffinity,
			Rules: &servergroups.Rules{MaxServerPerHost: 3}}, createNewRequestJSON, getNewJSON},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /os-server-groups", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", tc.mv)
				testhelper.TestJSONRequest(t, r, tc.request)
				testhelper.WriteJSON(w, http.StatusOK, tc.response)
			})
			c := th.ServiceClientOf("compute").WithMicroversion(tc.mv)
			g, err := servergroups.Create(t.Context(), c, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, "616fb98f-46ca-475e-917e-2563e5a8cd19", g.ID)
			assert.Equal(t, servergroups.PolicyAntiAffinity, g.EffectivePolicy())
		})
	}
	testhelper.CheckFailures(t, "POST /os-server-groups", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := servergroups.Create(ctx, c, servergroups.CreateOpts{Name: "g", Policy: "affinity"}).Extract()
		return err
	})
}

func TestCreateOptsErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts servergroups.CreateOpts
		want string
	}{
		{"no name", servergroups.CreateOpts{Policy: "affinity"}, "servergroups.CreateOpts.Name"},
		{"no policy", servergroups.CreateOpts{Name: "g"}, "servergroups.CreateOpts.Policies or servergroups.CreateOpts.Policy"},
		{"both", servergroups.CreateOpts{Name: "g", Policy: "affinity", Policies: []string{"affinity"}}, "cannot be set together"},
		{"two policies", servergroups.CreateOpts{Name: "g", Policies: []string{"affinity", "anti-affinity"}}, "exactly one policy"},
		{"rules with policies", servergroups.CreateOpts{Name: "g", Policies: []string{"anti-affinity"}, Rules: &servergroups.Rules{MaxServerPerHost: 2}}, "rules need Policy"},
		{"negative rule", servergroups.CreateOpts{Name: "g", Policy: "anti-affinity", Rules: &servergroups.Rules{MaxServerPerHost: -1}}, "MaxServerPerHost"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			_, err := servergroups.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	calls := 0
	th.Handle("DELETE /os-server-groups/g", func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, servergroups.Delete(t.Context(), th.ServiceClient(), "g").ExtractErr())
	assert.Equal(t, 1, calls)
	testhelper.CheckFailures(t, "DELETE /os-server-groups/g", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return servergroups.Delete(ctx, c, "g").ExtractErr()
	})
}
