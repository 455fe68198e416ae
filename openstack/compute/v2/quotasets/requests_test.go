package quotasets_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/quotasets"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const base = "/os-quota-sets/" + projectID

func TestGet(t *testing.T) {
	for name, tc := range map[string]struct {
		opts  quotasets.GetOpts
		query url.Values
		body  string
		want  quotasets.QuotaSet
	}{
		"2.57": {quotasets.GetOpts{}, nil, getJSON, quotasets.QuotaSet{
			ID: projectID, Cores: 20, Instances: 10, KeyPairs: 100, MetadataItems: 128, RAM: 51200, ServerGroupMembers: 10, ServerGroups: 10,
		}},
		"2.1 for a user": {quotasets.GetOpts{UserID: "u1"}, url.Values{"user_id": {"u1"}}, getLegacyJSON, quotasets.QuotaSet{
			ID: projectID, Cores: 20, Instances: 10, KeyPairs: 100, MetadataItems: 128, RAM: 51200, ServerGroupMembers: 10, ServerGroups: 10,
			FixedIPs: -1, FloatingIPs: 10, InjectedFileContentBytes: 10240, InjectedFilePathBytes: 255, InjectedFiles: 5,
			SecurityGroupRules: 20, SecurityGroups: 10,
		}},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("GET "+base, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestQuery(t, r, tc.query)
				testhelper.WriteJSON(w, http.StatusOK, tc.body)
			})
			got, err := quotasets.Get(t.Context(), th.ServiceClient(), projectID, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.want, *got)
		})
	}
	testhelper.CheckFailures(t, "GET "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotasets.Get(ctx, c, projectID, quotasets.GetOpts{}).Extract()
		return err
	})
}

func TestGetDetail(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base+"/detail", http.StatusOK, detailJSON)
	got, err := quotasets.GetDetail(t.Context(), th.ServiceClient(), projectID, quotasets.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, quotasets.QuotaDetail{Limit: 10, InUse: 2, Reserved: 1}, got.Instances)
	assert.Equal(t, quotasets.QuotaDetail{Limit: 51200, InUse: 1024}, got.RAM)

	testhelper.CheckFailures(t, "GET "+base+"/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotasets.GetDetail(ctx, c, projectID, quotasets.GetOpts{}).Extract()
		return err
	})
}

func TestGetDefaults(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base+"/defaults", http.StatusOK, getJSON)
	got, err := quotasets.GetDefaults(t.Context(), th.ServiceClient(), projectID).Extract()
	require.NoError(t, err)
	assert.Equal(t, 10, got.Instances)

	testhelper.CheckFailures(t, "GET "+base+"/defaults", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotasets.GetDefaults(ctx, c, projectID).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT "+base, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"user_id": {"u1"}})
		testhelper.TestJSONRequest(t, r, updateRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, updateJSON)
	})
	force, unlimited, n := true, -1, 45
	got, err := quotasets.Update(t.Context(), th.ServiceClient(), projectID, quotasets.UpdateOpts{
		UserID: "u1", Force: &force, Instances: &n, Cores: &unlimited,
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 45, got.Instances)
	assert.Equal(t, -1, got.Cores)
	assert.Empty(t, got.ID)

	testhelper.CheckFailures(t, "PUT "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := quotasets.Update(ctx, c, projectID, quotasets.UpdateOpts{Instances: &n}).Extract()
		return err
	})
}

func TestUpdateZeroIsSent(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT "+base, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"quota_set": {"instances": 0}}`)
		testhelper.WriteJSON(w, http.StatusOK, updateJSON)
	})
	zero := 0
	_, err := quotasets.Update(t.Context(), th.ServiceClient(), projectID, quotasets.UpdateOpts{Instances: &zero}).Extract()
	require.NoError(t, err)

	bad := -2
	_, err = quotasets.Update(t.Context(), th.ServiceClient(), projectID, quotasets.UpdateOpts{RAM: &bad}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.ErrorContains(t, err, "RAM")
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE "+base, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	require.NoError(t, quotasets.Delete(t.Context(), th.ServiceClient(), projectID, quotasets.GetOpts{}).ExtractErr())
	assert.ErrorIs(t, quotasets.Delete(t.Context(), th.ServiceClient(), "", quotasets.GetOpts{}).ExtractErr(), gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "DELETE "+base, http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return quotasets.Delete(ctx, c, projectID, quotasets.GetOpts{}).ExtractErr()
	})
}
