//go:build acceptance

// Package ops_test runs the compute operator features (tags, interfaces,
// instance actions, consoles, quotas, limits, usage, aggregates,
// hypervisors, services) against a real Nova.
package ops_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/stretchr/testify/require"
)

func demo(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.Service(t, openstack.NewComputeV2)
}

func admin(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.AdminService(t, openstack.NewComputeV2)
}

// projectID returns the project of opts' token.
func projectID(t *testing.T, opts gophercloud.AuthOptions) string {
	t.Helper()
	p := clients.Provider(t, opts)
	r, ok := p.AuthResult().(tokens3.CreateResult)
	if !ok {
		t.Skipf("not authenticated with Identity v3 (%T)", p.AuthResult())
	}
	project, err := r.ExtractProject()
	require.NoError(t, err)
	require.NotNil(t, project)
	return project.ID
}

// requireForbidden asserts that a demo user's admin call reads as 403.
func requireForbidden(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	require.True(t, errors.Is(err, gophercloud.ErrForbidden), "want ErrForbidden, got %v", err)
}

// bootServer boots a server on the private network and waits for ACTIVE;
// t.Cleanup deletes it.
func bootServer(t *testing.T, c *gophercloud.ServiceClient) *servers.Server {
	t.Helper()
	ctx := clients.Context(t, 3*time.Minute)
	s, err := servers.Create(ctx, c, servers.CreateOpts{
		Name:      clients.RandomName("ops-"),
		ImageRef:  clients.Env(t, "OS_IMAGE_ID"),
		FlavorRef: clients.Env(t, "OS_FLAVOR_ID"),
		Networks:  []servers.Network{{UUID: clients.Env(t, "OS_NETWORK_ID")}},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := servers.Delete(ctx, c, s.ID).ExtractErr(); err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("deleting server %s: %v", s.ID, err)
		}
	})
	return waitActive(ctx, t, c, s.ID)
}

// waitActive polls servers.Get every second until the server is ACTIVE.
func waitActive(ctx context.Context, t *testing.T, c *gophercloud.ServiceClient, id string) *servers.Server {
	t.Helper()
	for {
		s, err := servers.Get(ctx, c, id).Extract()
		require.NoError(t, err)
		switch s.Status {
		case "ACTIVE":
			return s
		case "ERROR":
			t.Fatalf("server %s went to ERROR", id)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("server %s still %s: %v", id, s.Status, ctx.Err())
		case <-time.After(time.Second):
		}
	}
}
