package quotasets_test

import (
	"context"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/quotasets"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/require"
)

const project = "a7090a26bc554d93aa845a4d41808251"

func TestCalls(t *testing.T) {
	vols := 20
	bstest.Run(t, []bstest.Call{
		{Name: "get", Pattern: "GET /os-quota-sets/{id}", Response: quotaJSON, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(q *quotasets.QuotaSet) any { return [2]int{q.Volumes, q.PerVolumeGigabytes} })(quotasets.Get(ctx, c, project).Extract())
			}, Want: [2]int{10, -1}},
		{Name: "usage", Pattern: "GET /os-quota-sets/{id}", Response: usageJSON, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(q *quotasets.UsageSet) any { return q.Gigabytes })(quotasets.GetUsage(ctx, c, project).Extract())
			}, Want: quotasets.Usage{Limit: 1000, InUse: 3}},
		{Name: "defaults", Pattern: "GET /os-quota-sets/{id}/defaults", Response: quotaJSON, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(q *quotasets.QuotaSet) any { return q.Backups })(quotasets.GetDefaults(ctx, c, project).Extract())
			}, Want: 10},
		{Name: "update", Pattern: "PUT /os-quota-sets/{id}", Request: `{"quota_set": {"volumes": 20, "volumes_ssd": 5}}`, Response: quotaJSON, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(q *quotasets.QuotaSet) any { return q.ID })(quotasets.Update(ctx, c, project, quotasets.UpdateOpts{Volumes: &vols, Extra: map[string]int{"volumes_ssd": 5}}).Extract())
			}, Want: project},
		{Name: "delete", Pattern: "DELETE /os-quota-sets/{id}", Status: 200,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(quotasets.Delete(ctx, c, project).ExtractErr())
			}},
	})
	th := testhelper.Setup(t)
	bad := -2
	require.ErrorIs(t, quotasets.Update(t.Context(), th.ServiceClient(), project, quotasets.UpdateOpts{Gigabytes: &bad}).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, quotasets.Get(t.Context(), th.ServiceClient(), "").Err, gophercloud.ErrInvalidOptions)
}
