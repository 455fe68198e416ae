//go:build acceptance

// Package networking_test runs the networking/v2 packages against a real
// Neutron (scripts/devcloud runs ML2 without agents: ports stay DOWN,
// which these tests expect).
package networking_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/subnets"
	"github.com/stretchr/testify/require"
)

func network(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.Service(t, openstack.NewNetworkV2)
}

func adminNetwork(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.AdminService(t, openstack.NewNetworkV2)
}

// requireExtension skips t when Neutron lacks the extension alias.
func requireExtension(t *testing.T, c *gophercloud.ServiceClient, alias string) {
	t.Helper()
	ok, err := extensions.Has(clients.Context(t, time.Minute), c, alias)
	require.NoError(t, err)
	if !ok {
		t.Skipf("this Neutron has no %q extension", alias)
	}
}

// cleanup registers a delete that tolerates the resource being gone.
func cleanup(t *testing.T, what string, del func(context.Context) error) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := del(ctx); err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("cleaning up %s: %v", what, err)
		}
	})
}

// createNetwork makes a network with one IPv4 subnet, deleted at the end.
func createNetwork(t *testing.T, c *gophercloud.ServiceClient, cidr string) (*networks.Network, *subnets.Subnet) {
	t.Helper()
	ctx := clients.Context(t, time.Minute)
	n, err := networks.Create(ctx, c, networks.CreateOpts{Name: clients.RandomName("net")}).Extract()
	require.NoError(t, err)
	cleanup(t, "network "+n.ID, func(ctx context.Context) error { return networks.Delete(ctx, c, n.ID).ExtractErr() })
	s, err := subnets.Create(ctx, c, subnets.CreateOpts{
		NetworkID: n.ID, IPVersion: 4, CIDR: cidr, Name: clients.RandomName("subnet"),
		DNSNameservers:  []string{"192.0.2.53"},
		AllocationPools: []subnets.AllocationPool{{Start: cidr[:len(cidr)-4] + "10", End: cidr[:len(cidr)-4] + "250"}},
		HostRoutes:      []subnets.HostRoute{{DestinationCIDR: "198.51.100.0/24", NextHop: cidr[:len(cidr)-4] + "254"}},
	}).Extract()
	require.NoError(t, err)
	cleanup(t, "subnet "+s.ID, func(ctx context.Context) error { return subnets.Delete(ctx, c, s.ID).ExtractErr() })
	return n, s
}
