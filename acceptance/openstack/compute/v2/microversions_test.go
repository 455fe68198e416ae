//go:build acceptance

package compute_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Helpers of the flavors, images, keypairs, availability zones, server
// groups, extensions, volume attachments and microversions tests carry the
// "rc" prefix so they cannot clash with those of servers_test.go.

// rcCompute returns a Compute client for the demo user, at microversion mv
// ("" for the default, 2.1) after checking that the cloud supports it.
func rcCompute(t *testing.T, mv string) *gophercloud.ServiceClient {
	t.Helper()
	return rcWithMicroversion(t, clients.Service(t, openstack.NewComputeV2), mv)
}

// rcAdminCompute is rcCompute for the admin user (skips without admin
// credentials).
func rcAdminCompute(t *testing.T, mv string) *gophercloud.ServiceClient {
	t.Helper()
	return rcWithMicroversion(t, clients.AdminService(t, openstack.NewComputeV2), mv)
}

func rcWithMicroversion(t *testing.T, c *gophercloud.ServiceClient, mv string) *gophercloud.ServiceClient {
	t.Helper()
	if mv == "" {
		return c
	}
	cc, err := rcRequire(clients.Context(t, time.Minute), c, mv)
	if errors.Is(err, openstack.ErrMicroversionUnsupported) {
		t.Skipf("this cloud's Compute API is too old: %v", err)
	}
	require.NoError(t, err)
	return cc
}

// rcRequire checks that the cloud supports microversion mv and returns a
// copy of c that speaks it (c.WithMicroversion); c itself is not changed.
func rcRequire(ctx context.Context, c *gophercloud.ServiceClient, mv string) (*gophercloud.ServiceClient, error) {
	want, err := openstack.ParseMicroversion(mv)
	if err != nil {
		return nil, err
	}
	supported, err := openstack.GetSupportedMicroversions(ctx, c)
	if err != nil {
		return nil, err
	}
	if !supported.Supports(want) {
		return nil, fmt.Errorf("%w: compute needs %s, the cloud supports %s", openstack.ErrMicroversionUnsupported, want, supported)
	}
	return c.WithMicroversion(want.String()), nil
}

// rcProjectID returns the demo user's project ID, from its token.
func rcProjectID(t *testing.T) string {
	t.Helper()
	p := clients.Provider(t, clients.AuthOptions(t))
	r, ok := p.AuthResult().(tokens3.CreateResult)
	if !ok {
		t.Skipf("not authenticated with Identity v3 (%T)", p.AuthResult())
	}
	project, err := r.ExtractProject()
	require.NoError(t, err)
	require.NotNil(t, project, "the demo token must be project-scoped")
	return project.ID
}

func TestMicroversionDiscoveryCompute(t *testing.T) {
	c := clients.Service(t, openstack.NewComputeV2)
	ctx := clients.Context(t, time.Minute)

	got, err := openstack.GetSupportedMicroversions(ctx, c)
	require.NoError(t, err)
	t.Logf("Compute at %s supports microversions %s", c.Endpoint, got)
	assert.Equal(t, openstack.Microversion{Major: 2, Minor: 1}, got.Min)
	zed := openstack.Microversion{Major: 2, Minor: 93}
	assert.False(t, got.Max.Less(zed), "Nova Zed or newer serves 2.93, this one %s", got.Max)

	c79, err := openstack.RequireMicroversion(ctx, c, "2.79")
	require.NoError(t, err)
	assert.Equal(t, "2.79", c79.Microversion)
	assert.Empty(t, c.Microversion, "the shared client is unchanged")

	// The microversion is used: 2.79 shows delete_on_termination, and an
	// unknown one is refused by Nova itself.
	tooNew := openstack.Microversion{Major: got.Max.Major, Minor: got.Max.Minor + 1}
	_, err = openstack.RequireMicroversion(ctx, c, tooNew.String())
	require.Error(t, err)
	assert.ErrorIs(t, err, openstack.ErrMicroversionUnsupported)
	assert.Contains(t, err.Error(), "max "+got.Max.String())
	assert.Empty(t, c.Microversion, "a failed RequireMicroversion leaves the client alone")

	bad := c.WithMicroversion(tooNew.String())
	r := bad.Get(ctx, bad.ServiceURL("flavors"), nil)
	assert.True(t, gophercloud.ResponseCodeIs(r.Err, 406), "Nova refuses microversion %s with 406, got %v", tooNew, r.Err)
}

func TestMicroversionDiscoveryBlockStorage(t *testing.T) {
	c := clients.Service(t, openstack.NewBlockStorageV3)
	ctx := clients.Context(t, time.Minute)
	got, err := openstack.GetSupportedMicroversions(ctx, c)
	require.NoError(t, err)
	t.Logf("Block Storage at %s supports microversions %s", c.Endpoint, got)
	assert.Equal(t, openstack.Microversion{Major: 3, Minor: 0}, got.Min)
	assert.False(t, got.Max.Less(openstack.Microversion{Major: 3, Minor: 70}), "Cinder Zed or newer serves 3.70, this one %s", got.Max)
}

func TestMicroversionDiscoveryPlacement(t *testing.T) {
	c := clients.Service(t, openstack.NewPlacementV1)
	got, err := openstack.GetSupportedMicroversions(clients.Context(t, time.Minute), c)
	require.NoError(t, err)
	t.Logf("Placement at %s supports microversions %s", c.Endpoint, got)
	assert.Equal(t, 1, got.Max.Major)
	assert.True(t, got.Min.Less(got.Max))
}
