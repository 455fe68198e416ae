//go:build acceptance

package v2

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
)

// Stage puts data in the staging area: the image moves to "uploading".
func TestImageDataStage(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, time.Minute)
	img := createImage(t, ctx, c, images.CreateOpts{})
	err := imagedata.Stage(ctx, c, img.ID, bytes.NewReader(bytes.Repeat([]byte("s"), 1<<20)), imagedata.UploadOpts{}).ExtractErr()
	if errors.Is(err, gophercloud.ErrNotFound) || errors.Is(err, gophercloud.ErrForbidden) || errors.Is(err, gophercloud.ErrConflict) {
		t.Skipf("this Glance does not stage data (glance-direct disabled?): %v", err)
	}
	if err != nil {
		t.Fatalf("stage: %v", err)
	}
	got, err := images.Get(ctx, c, img.ID).Extract()
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != "uploading" {
		t.Errorf("status after stage %q, want uploading", got.Status)
	}
}
