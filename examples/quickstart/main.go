// Command quickstart is the SDK's main job end to end against a real cloud
// configured by OS_* variables (scripts/quickstart starts a local one):
// authenticate, look up every service, boot a server and wait for it,
// store an object and read it back, then remove everything it made.
//
//	eval "$(scripts/devcloud env demo)"
//	go run ./examples/quickstart
//
// Set OS_IMAGE_ID, OS_FLAVOR_ID and OS_NETWORK_ID to choose what to boot
// (devcloud exports them). GOPHERCLOUD_DEBUG=1 logs every request, with
// secrets redacted.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) (err error) {
	opts, err := openstack.AuthOptionsFromEnv()
	if err != nil {
		return fmt.Errorf("reading OS_* variables (try: eval \"$(scripts/devcloud env demo)\"): %w", err)
	}
	opts.AllowReauth = true
	start := time.Now()
	provider, err := openstack.AuthenticatedClient(ctx, opts)
	if err != nil {
		return fmt.Errorf("authenticating: %w", err)
	}
	if os.Getenv("GOPHERCLOUD_DEBUG") != "" {
		provider.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	fmt.Printf("authenticated as %s in %v; token expires %s\n", opts.Username, time.Since(start).Round(time.Millisecond),
		provider.TokenExpiresAt().Format(time.RFC3339))

	eo := openstack.EndpointOptsFromEnv()
	for _, svc := range []struct {
		name string
		new  func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)
	}{
		{"identity", openstack.NewIdentityV3}, {"compute", openstack.NewComputeV2},
		{"network", openstack.NewNetworkV2}, {"block storage", openstack.NewBlockStorageV3},
		{"object storage", openstack.NewObjectStorageV1}, {"image", openstack.NewImageV2},
	} {
		sc, err := svc.new(provider, eo)
		if err != nil {
			return fmt.Errorf("finding %s: %w", svc.name, err)
		}
		fmt.Printf("  %-15s %s\n", svc.name, sc.ResourceBaseURL())
	}

	suffix := randomSuffix()
	compute, err := openstack.NewComputeV2(provider, eo)
	if err != nil {
		return err
	}
	if os.Getenv("OS_IMAGE_ID") != "" && os.Getenv("OS_FLAVOR_ID") != "" {
		if err := bootServer(ctx, compute, "quickstart-"+suffix); err != nil {
			return err
		}
	} else {
		fmt.Println("OS_IMAGE_ID/OS_FLAVOR_ID not set: not booting a server")
	}

	storage, err := openstack.NewObjectStorageV1(provider, eo)
	if err != nil {
		return err
	}
	return roundTripObject(ctx, storage, "quickstart-"+suffix)
}

func bootServer(ctx context.Context, compute *gophercloud.ServiceClient, name string) (err error) {
	create := servers.CreateOpts{Name: name, ImageRef: os.Getenv("OS_IMAGE_ID"), FlavorRef: os.Getenv("OS_FLAVOR_ID")}
	if id := os.Getenv("OS_NETWORK_ID"); id != "" {
		create.Networks = []servers.Network{{UUID: id}}
	}
	start := time.Now()
	created, err := servers.Create(ctx, compute, create).Extract()
	if err != nil {
		return fmt.Errorf("creating server: %w", err)
	}
	defer func() {
		derr := servers.Delete(context.WithoutCancel(ctx), compute, created.ID).ExtractErr()
		if derr == nil {
			_, derr = servers.WaitForStatus(context.WithoutCancel(ctx), compute, created.ID, servers.StatusDeleted, gophercloud.WaitOpts{})
		}
		if derr != nil && err == nil {
			err = fmt.Errorf("deleting server %s: %w", created.ID, derr)
		}
		if derr == nil {
			fmt.Printf("deleted server %s\n", created.ID)
		}
	}()
	s, err := servers.WaitForStatus(ctx, compute, created.ID, servers.StatusActive, gophercloud.WaitOpts{})
	if err != nil {
		return fmt.Errorf("waiting for server %s: %w", created.ID, err)
	}
	fmt.Printf("server %s (%s) is %s after %v\n", s.Name, s.ID, s.Status, time.Since(start).Round(time.Millisecond))
	for network, addrs := range s.Addresses {
		for _, a := range addrs {
			fmt.Printf("  %s: %s\n", network, a.Addr)
		}
	}
	return nil
}

func roundTripObject(ctx context.Context, storage *gophercloud.ServiceClient, container string) (err error) {
	if err := containers.Create(ctx, storage, container, containers.CreateOpts{}).Err; err != nil {
		return fmt.Errorf("creating container: %w", err)
	}
	defer func() {
		cleanup := context.WithoutCancel(ctx)
		derr := objects.Delete(cleanup, storage, container, "hello/world.txt").ExtractErr()
		if derr == nil {
			derr = containers.Delete(cleanup, storage, container).ExtractErr()
		}
		if derr != nil && err == nil {
			err = fmt.Errorf("cleaning up container %s: %w", container, derr)
		}
	}()
	payload := []byte("hello from the cloudsdk gophercloud quickstart\n")
	if err := objects.Create(ctx, storage, container, "hello/world.txt", bytes.NewReader(payload), objects.CreateOpts{}).Err; err != nil {
		return fmt.Errorf("uploading: %w", err)
	}
	d, err := objects.Download(ctx, storage, container, "hello/world.txt", objects.DownloadOpts{})
	if err != nil {
		return fmt.Errorf("downloading: %w", err)
	}
	defer d.Body.Close()
	got, err := io.ReadAll(d.Body)
	if err != nil {
		return fmt.Errorf("reading download: %w", err)
	}
	if !bytes.Equal(got, payload) {
		return fmt.Errorf("downloaded %q, uploaded %q", got, payload)
	}
	fmt.Printf("stored and read back %s/hello/world.txt (%d bytes, md5 verified by the SDK)\n", container, len(got))
	return nil
}

func randomSuffix() string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
