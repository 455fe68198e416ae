package limits_test

import (
	"context"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/limits"
)

// Written from the Block Storage v3 API reference.
const limitsJSON = `{"limits": {
  "rate": [{"regex": ".*", "uri": "*", "limit": [{"verb": "POST", "next-available": "2026-12-03T10:00:00Z", "unit": "MINUTE", "value": 10, "remaining": 9}]}],
  "absolute": {"totalSnapshotsUsed": 0, "maxTotalBackups": 10, "maxTotalVolumeGigabytes": 1000, "maxTotalSnapshots": 10,
    "maxTotalBackupGigabytes": 1000, "totalBackupGigabytesUsed": 0, "maxTotalVolumes": 10, "totalVolumesUsed": 2,
    "totalBackupsUsed": 0, "totalGigabytesUsed": 3}
}}`

func TestGet(t *testing.T) {
	bstest.Run(t, []bstest.Call{{Name: "get", Pattern: "GET /limits", Response: limitsJSON, Status: 200, Decodes: true,
		Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
			return bstest.Pick(func(l *limits.Limits) any {
				return [3]int{l.Absolute.MaxTotalVolumes, l.Absolute.TotalGigabytesUsed, l.Rate[0].Limit[0].Remaining}
			})(limits.Get(ctx, c).Extract())
		}, Want: [3]int{10, 3, 9}}})
}
