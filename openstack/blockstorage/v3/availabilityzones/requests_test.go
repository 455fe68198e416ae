package availabilityzones_test

import (
	"context"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/availabilityzones"
)

// Written from the Block Storage v3 API reference.
const zonesJSON = `{"availabilityZoneInfo": [{"zoneState": {"available": true}, "zoneName": "nova"}, {"zoneState": {"available": false}, "zoneName": "az2"}]}`

func TestList(t *testing.T) {
	bstest.Run(t, []bstest.Call{{Name: "list", Pattern: "GET /os-availability-zone", Response: zonesJSON, Status: 200, Decodes: true,
		Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
			zs, err := availabilityzones.List(ctx, c).Extract()
			if err != nil {
				return nil, err
			}
			return len(zs) == 2 && zs[0].ZoneName == "nova" && zs[0].ZoneState.Available && !zs[1].ZoneState.Available, nil
		}, Want: true}})
}
