//go:build acceptance

package networking_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/apiversions"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAPIVersions finds v2.0 CURRENT and the core resources.
func TestAPIVersions(t *testing.T) {
	c := network(t)
	ctx := clients.Context(t, time.Minute)
	vs, err := apiversions.List(ctx, c).Extract()
	require.NoError(t, err)
	var current bool
	for _, v := range vs {
		current = current || (v.ID == "v2.0" && v.Status == "CURRENT")
	}
	assert.True(t, current, "no v2.0 CURRENT in %+v", vs)
	rs, err := apiversions.ListResources(ctx, c).Extract()
	require.NoError(t, err)
	have := map[string]bool{}
	for _, r := range rs {
		have[r.Collection] = true
	}
	for _, want := range []string{"networks", "subnets", "ports", "subnetpools"} {
		assert.True(t, have[want], "no %s in the v2.0 resources", want)
	}
}
