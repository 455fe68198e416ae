//go:build acceptance

package v2

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imageimport"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
)

// GetInfo lists the import methods; the devcloud offers glance-direct.
func TestImageImportGetInfo(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, 30*time.Second)
	info, err := imageimport.GetInfo(ctx, c).Extract()
	if err != nil {
		t.Fatalf("get import info: %v", err)
	}
	t.Logf("import methods: %v", info.ImportMethods.Value)
	if !slices.Contains(info.ImportMethods.Value, imageimport.GlanceDirectMethod) {
		t.Errorf("import methods %v lack glance-direct", info.ImportMethods.Value)
	}
}

// glance-direct end to end: stage 1 MiB, import it, wait for active,
// download the same bytes.
func TestImageImportGlanceDirect(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, 2*time.Minute)
	info, err := imageimport.GetInfo(ctx, c).Extract()
	if err != nil {
		t.Fatalf("get import info: %v", err)
	}
	if !slices.Contains(info.ImportMethods.Value, imageimport.GlanceDirectMethod) {
		t.Skipf("this Glance does not offer glance-direct (offers %v)", info.ImportMethods.Value)
	}
	img := createImage(t, ctx, c, images.CreateOpts{})
	data := bytes.Repeat([]byte("import-me "), 1<<20/10+1)[:1<<20]
	if err := imagedata.Stage(ctx, c, img.ID, bytes.NewReader(data), imagedata.UploadOpts{}).ExtractErr(); err != nil {
		t.Fatalf("stage: %v", err)
	}
	if err := imageimport.Create(ctx, c, img.ID, imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr(); err != nil {
		t.Fatalf("import: %v", err)
	}
	waitCtx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := images.WaitForStatus(waitCtx, c, img.ID, "active", gophercloud.WaitOpts{}); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			if got, gerr := images.Get(ctx, c, img.ID).Extract(); gerr == nil && got.Status == "importing" {
				t.Skipf("the import stayed in importing for 60 s (Glance's import task did not finish): %v", err)
			}
		}
		t.Fatalf("wait for active: %v", err)
	}
	d, err := imagedata.Download(ctx, c, img.ID, imagedata.DownloadOpts{})
	if err != nil {
		t.Fatalf("download: %v", err)
	}
	defer d.Body.Close()
	got, err := io.ReadAll(d.Body)
	if err != nil {
		t.Fatalf("read download: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("downloaded %d bytes, not the %d staged", len(got), len(data))
	}
}

// web-download makes Glance fetch a URL; the devcloud reaches only
// loopback, and Glance refuses loopback URIs by default.
func TestImageImportWebDownload(t *testing.T) {
	t.Skip("web-download needs an outbound URL Glance can fetch; this cloud reaches only 127.0.0.1")
}
