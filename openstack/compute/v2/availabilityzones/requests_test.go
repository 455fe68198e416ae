package availabilityzones_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/availabilityzones"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-availability-zone", http.StatusOK, listJSON)
	page, err := availabilityzones.List(th.ServiceClient()).AllPages(t.Context())
	require.NoError(t, err)
	zones, err := availabilityzones.ExtractAvailabilityZones(page)
	require.NoError(t, err)
	assert.Equal(t, []availabilityzones.AvailabilityZone{
		{ZoneName: "nova", ZoneState: availabilityzones.ZoneState{Available: true}},
		{ZoneName: "zone-b", ZoneState: availabilityzones.ZoneState{Available: false}},
	}, zones)
}

func TestListDetail(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-availability-zone/detail", http.StatusOK, listDetailJSON)
	zones, err := availabilityzones.ListDetail(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, zones, 2)

	internal := zones[0]
	assert.Equal(t, "internal", internal.ZoneName)
	assert.Len(t, internal.Hosts, 2)
	sched := internal.Hosts["scheduler"]["nova-scheduler"]
	assert.True(t, sched.Active)
	assert.True(t, sched.UpdatedAt.Time.IsZero(), "null updated_at is the zero time")

	compute := zones[1].Hosts["compute"]["nova-compute"]
	assert.Equal(t, availabilityzones.ServiceState{
		Available: true, Active: true,
		UpdatedAt: gophercloud.NewJSONTime(time.Date(2012, 12, 26, 14, 45, 25, 0, time.UTC)),
	}, compute)
}

func TestFailures(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		list    func(*gophercloud.ServiceClient) pagination.Pager[availabilityzones.AvailabilityZone]
	}{
		{"GET /os-availability-zone", availabilityzones.List},
		{"GET /os-availability-zone/detail", availabilityzones.ListDetail},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			testhelper.CheckFailures(t, tc.pattern, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.list(c).AllPages(ctx)
				return err
			})
		})
	}
}

func TestListDetailForbidden(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-availability-zone/detail", http.StatusForbidden,
		testhelper.Fault("forbidden", 403, "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed."))
	_, err := availabilityzones.ListDetail(th.ServiceClient()).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrForbidden)
	assert.ErrorContains(t, err, "os-availability-zone:detail")
}
