//go:build acceptance

// Package v2 holds the acceptance tests of the Image v2 (Glance) packages.
package v2

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
)

// imageClient is the demo user's Image v2 client.
func imageClient(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.Service(t, openstack.NewImageV2)
}

// createImage creates a queued raw/bare image deleted when t ends.
func createImage(t *testing.T, ctx context.Context, c *gophercloud.ServiceClient, opts images.CreateOpts) *images.Image {
	t.Helper()
	if opts.Name == "" {
		opts.Name = clients.RandomName("image")
	}
	opts.DiskFormat, opts.ContainerFormat = "raw", "bare"
	img, err := images.Create(ctx, c, opts).Extract()
	if err != nil {
		t.Fatalf("create image: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := images.Delete(ctx, c, img.ID).ExtractErr(); err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("delete image %s: %v", img.ID, err)
		}
	})
	return img
}
