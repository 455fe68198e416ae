//go:build acceptance

// Package clients builds authenticated service clients for acceptance
// tests from OS_* variables, skipping the test when they are absent.
package clients

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
)

// AuthOptions returns the OS_* options, or skips t.
func AuthOptions(t testing.TB) gophercloud.AuthOptions {
	t.Helper()
	if os.Getenv("OS_AUTH_URL") == "" {
		t.Skip("OS_AUTH_URL is not set: run `eval \"$(scripts/devcloud env demo)\"` first")
	}
	opts, err := openstack.AuthOptionsFromEnv()
	if err != nil {
		t.Skipf("OS_* variables incomplete: %v", err)
	}
	opts.AllowReauth = true
	return opts
}

// AdminAuthOptions returns options for the admin user from
// OS_ADMIN_USERNAME / OS_ADMIN_PASSWORD / OS_ADMIN_PROJECT_NAME, or skips t.
func AdminAuthOptions(t testing.TB) gophercloud.AuthOptions {
	t.Helper()
	opts := AuthOptions(t)
	pw := os.Getenv("OS_ADMIN_PASSWORD")
	if pw == "" {
		t.Skip("admin-only test: OS_ADMIN_PASSWORD is not set")
	}
	opts.Username = envOr("OS_ADMIN_USERNAME", "admin")
	opts.UserID = ""
	opts.Password = pw
	opts.TenantID, opts.TenantName = "", envOr("OS_ADMIN_PROJECT_NAME", "admin")
	if opts.Scope != nil {
		s := *opts.Scope
		s.ProjectID, s.ProjectName = "", opts.TenantName
		opts.Scope = &s
	}
	return opts
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// Context returns a context that ends with the test or after d.
func Context(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// Provider authenticates with opts; set GOPHERCLOUD_DEBUG=1 to log every
// request (secrets redacted) to the test log's stderr.
func Provider(t testing.TB, opts gophercloud.AuthOptions) *gophercloud.ProviderClient {
	t.Helper()
	ctx := Context(t, 2*time.Minute)
	p, err := openstack.AuthenticatedClient(ctx, opts)
	if err != nil {
		t.Fatalf("authenticating as %s: %v", opts.Username, err)
	}
	if os.Getenv("GOPHERCLOUD_DEBUG") != "" {
		p.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return p
}

// Service returns a client made by newFn for the demo user, skipping when
// the cloud has no such service.
func Service(t testing.TB, newFn func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)) *gophercloud.ServiceClient {
	t.Helper()
	return serviceFor(t, Provider(t, AuthOptions(t)), newFn)
}

// DemoService is Service for a test that needs a user without admin
// rights (403 checks): it skips when the OS_* user is the admin one
// (`env admin`), where the calls would succeed and leave things behind.
func DemoService(t testing.TB, newFn func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)) *gophercloud.ServiceClient {
	t.Helper()
	opts := AuthOptions(t)
	if opts.UserID == "" && opts.Username == envOr("OS_ADMIN_USERNAME", "admin") {
		t.Skipf("needs a user without admin rights; OS_USERNAME is %q: run `eval \"$(scripts/devcloud env demo)\"`", opts.Username)
	}
	return serviceFor(t, Provider(t, opts), newFn)
}

// AdminService is Service for the admin user.
func AdminService(t testing.TB, newFn func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)) *gophercloud.ServiceClient {
	t.Helper()
	return serviceFor(t, Provider(t, AdminAuthOptions(t)), newFn)
}

func serviceFor(t testing.TB, p *gophercloud.ProviderClient, newFn func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)) *gophercloud.ServiceClient {
	t.Helper()
	sc, err := newFn(p, openstack.EndpointOptsFromEnv())
	if err != nil {
		t.Skipf("service not in this cloud's catalog: %v", err)
	}
	return sc
}

// RandomName returns prefix plus a random suffix, so parallel and repeated
// runs never collide and leftovers are easy to spot.
func RandomName(prefix string) string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return "acc-" + prefix + "-" + hex.EncodeToString(b)
}

// Env returns an OS_* fixture variable (OS_IMAGE_ID, OS_FLAVOR_ID, …) or
// skips t when it is unset.
func Env(t testing.TB, key string) string {
	t.Helper()
	v := os.Getenv(key)
	if v == "" {
		t.Skipf("%s is not set (scripts/devcloud env exports it)", key)
	}
	return v
}
