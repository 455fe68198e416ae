//go:build acceptance

package admin

import (
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/policies"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolicy stores a policy document under a MIME type no other run
// uses, reads it back by ID and by type, replaces its blob and deletes it.
func TestPolicy(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)
	typ := "application/x-" + clients.RandomName("policy") + "+json"

	p, err := policies.Create(ctx, admin, policies.CreateOpts{Type: typ, Blob: `{"default": "rule:admin_required"}`}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		err := policies.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr()
		if !errors.Is(err, gophercloud.ErrNotFound) {
			assert.NoError(t, err)
		}
	})
	assert.Equal(t, typ, p.Type)

	got, err := policies.Get(ctx, admin, p.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, `{"default": "rule:admin_required"}`, got.Blob)

	ps, err := policies.List(admin, policies.ListOpts{Type: typ}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, p.ID, ps[0].ID)

	upd, err := policies.Update(ctx, admin, p.ID, policies.UpdateOpts{Blob: `{"default": ""}`}).Extract()
	require.NoError(t, err)
	assert.Equal(t, `{"default": ""}`, upd.Blob)
	assert.Equal(t, typ, upd.Type)

	require.NoError(t, policies.Delete(ctx, admin, p.ID).ExtractErr())
	_, err = policies.Get(ctx, admin, p.ID).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404 after delete, got %v", err)
}
