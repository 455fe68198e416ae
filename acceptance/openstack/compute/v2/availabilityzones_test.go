//go:build acceptance

package compute_test

import (
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/availabilityzones"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAvailabilityZonesList(t *testing.T) {
	c := rcCompute(t, "")
	zones, err := availabilityzones.List(c).Collect(clients.Context(t, time.Minute))
	require.NoError(t, err)
	require.NotEmpty(t, zones)
	i := slices.IndexFunc(zones, func(z availabilityzones.AvailabilityZone) bool { return z.ZoneName == "nova" })
	require.GreaterOrEqual(t, i, 0, "the default zone 'nova' is listed: %+v", zones)
	assert.True(t, zones[i].ZoneState.Available)
	assert.Nil(t, zones[i].Hosts, "List shows no hosts")
}

func TestAvailabilityZonesListDetail(t *testing.T) {
	c := rcAdminCompute(t, "")
	zones, err := availabilityzones.ListDetail(c).Collect(clients.Context(t, time.Minute))
	require.NoError(t, err)
	var computeHosts, internal int
	for _, z := range zones {
		for host, services := range z.Hosts {
			for binary, st := range services {
				t.Logf("zone %s host %s: %s available=%t active=%t updated %s", z.ZoneName, host, binary, st.Available, st.Active, st.UpdatedAt.Time)
				if binary == "nova-compute" {
					computeHosts++
					assert.True(t, st.Active, "nova-compute on %s reports", host)
				}
			}
		}
		if z.ZoneName == "internal" {
			internal++
		}
	}
	assert.Positive(t, computeHosts, "at least one nova-compute service")
	assert.Equal(t, 1, internal, "the control-plane services' zone is shown to admins")
}
