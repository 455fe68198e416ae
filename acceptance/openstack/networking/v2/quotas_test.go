//go:build acceptance

package networking_test

import (
	"context"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/groups"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/quotas"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuotas(t *testing.T) {
	c := network(t)
	ctx := clients.Context(t, 2*time.Minute)
	// The demo project's ID, from a resource it owns.
	sgs, err := groups.List(c, groups.ListOpts{Name: "default"}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, sgs)
	project := sgs[0].ProjectID

	q, err := quotas.Get(ctx, c, project).Extract()
	require.NoError(t, err, "demo reads its own quotas")
	assert.NotZero(t, q.Port)
	d, err := quotas.GetDetail(ctx, c, project).Extract()
	require.NoError(t, err)
	assert.Equal(t, q.Port, d.Port.Limit)

	want := q.Router + 3
	_, err = quotas.Update(ctx, c, project, quotas.UpdateOpts{Router: &want}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrForbidden, "demo may not change quotas")

	admin := adminNetwork(t)
	orig := q.Router
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := quotas.Update(ctx, admin, project, quotas.UpdateOpts{Router: &orig}).Extract(); err != nil {
			t.Errorf("restoring the router quota: %v", err)
		}
	})
	upd, err := quotas.Update(ctx, admin, project, quotas.UpdateOpts{Router: &want}).Extract()
	require.NoError(t, err)
	assert.Equal(t, want, upd.Router)
	again, err := quotas.Get(ctx, c, project).Extract()
	require.NoError(t, err)
	assert.Equal(t, want, again.Router)
	assert.Equal(t, q.Network, again.Network, "other limits unchanged")
}

func TestQuotaResetIsAdminOnly(t *testing.T) {
	c := network(t)
	ctx := clients.Context(t, time.Minute)
	sgs, err := groups.List(c, groups.ListOpts{Name: "default"}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, sgs)
	err = quotas.Reset(context.WithoutCancel(ctx), c, sgs[0].ProjectID).ExtractErr()
	assert.ErrorIs(t, err, gophercloud.ErrForbidden)
}
