package trusts_test

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/trusts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	id   = "1ff900"
	role = "ed7b78"
)

func TestCalls(t *testing.T) {
	exp := time.Date(2027, 2, 27, 18, 30, 59, 0, time.UTC)
	uses := 5
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /OS-TRUST/trusts", Status: 200, Response: listJSON,
			Query: url.Values{"trustee_user_id": {"86c0d5"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return trusts.List(c, trusts.ListOpts{TrusteeUserID: "86c0d5"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ts := v.([]trusts.Trust)
				require.Len(t, ts, 1)
				assert.Nil(t, ts[0].RemainingUses)
			}},
		{Name: "get", Pattern: "GET /OS-TRUST/trusts/" + id, Status: 200, Response: trustJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return trusts.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				tr := v.(*trusts.Trust)
				require.NotNil(t, tr.RemainingUses)
				assert.Equal(t, 5, *tr.RemainingUses)
				assert.True(t, tr.ExpiresAt.Equal(exp))
				assert.Equal(t, "member", tr.Roles[0].Name)
			}},
		{Name: "create", Pattern: "POST /OS-TRUST/trusts", Status: 201, Response: trustJSON,
			Request: `{"trust": {"trustor_user_id": "a0fdfd", "trustee_user_id": "86c0d5", "impersonation": false,
			  "project_id": "0f1233", "roles": [{"name": "member"}], "expires_at": "2027-02-27T18:30:59Z", "remaining_uses": 5}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return trusts.Create(ctx, c, trusts.CreateOpts{TrustorUserID: "a0fdfd", TrusteeUserID: "86c0d5", ProjectID: "0f1233",
					Roles: []trusts.Role{{Name: "member"}}, ExpiresAt: &exp, RemainingUses: &uses}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /OS-TRUST/trusts/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(trusts.Delete(ctx, c, id).ExtractErr())
			}},
		{Name: "list roles", Pattern: "GET /OS-TRUST/trusts/" + id + "/roles", Status: 200, Response: rolesJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return trusts.ListRoles(c, id).Collect(ctx)
			},
			Check: func(t *testing.T, v any) { assert.Len(t, v, 1) }},
		{Name: "get role", Pattern: "GET /OS-TRUST/trusts/" + id + "/roles/" + role, Status: 200, Response: roleJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return trusts.GetRole(ctx, c, id, role).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "member", v.(*trusts.Role).Name) }},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	for _, o := range []trusts.CreateOpts{
		{TrusteeUserID: "b"},
		{TrustorUserID: "a", TrusteeUserID: "b", Roles: []trusts.Role{{Name: "member"}}},
		{TrustorUserID: "a", TrusteeUserID: "b", ProjectID: "p", Roles: []trusts.Role{{}}},
	} {
		_, err := trusts.Create(t.Context(), c, o).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%+v", o)
	}
}
