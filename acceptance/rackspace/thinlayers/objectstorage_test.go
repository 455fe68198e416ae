//go:build acceptance

package thinlayers_test

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/bulk"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/objects"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestObjectStorageThinLayersAndBulk(t *testing.T) {
	c := clients.Service(t, openstack.NewObjectStorageV1)
	ctx := clients.Context(t, 2*time.Minute)
	name := clients.RandomName("rs-cont-")

	_, err := containers.Create(ctx, c, name, containers.CreateOpts{}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, time.Minute)
		if objs, err := objects.ListNames(c, name, objects.ListOpts{}).Collect(ctx); err == nil && len(objs) > 0 {
			_, _ = objects.BulkDelete(ctx, c, name, objs)
		}
		_ = containers.Delete(ctx, c, name).ExtractErr()
	})

	_, err = objects.Create(ctx, c, name, "hello.txt", strings.NewReader("Hello World!"), objects.CreateOpts{ContentType: "text/plain"}).Extract()
	require.NoError(t, err)
	d, err := objects.Download(ctx, c, name, "hello.txt", objects.DownloadOpts{VerifyChecksum: true})
	require.NoError(t, err)
	b, err := io.ReadAll(d.Body)
	require.NoError(t, d.Close())
	require.NoError(t, err)
	assert.Equal(t, "Hello World!", string(b))

	var archive bytes.Buffer
	tw := tar.NewWriter(&archive)
	for _, f := range []string{"site/index.html", "site/css/main.css"} {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: f, Mode: 0o644, Size: int64(len(f)), Typeflag: tar.TypeReg}))
		_, err := tw.Write([]byte(f))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	rep, err := bulk.Extract(ctx, c, name, bulk.Tar, bytes.NewReader(archive.Bytes()))
	if errors.Is(err, gophercloud.ErrNoBody) || errors.Is(err, gophercloud.ErrMalformedResponse) {
		// Without the bulk middleware Swift takes the PUT for a container
		// update and sends no report.
		t.Skipf("the cluster has no bulk upload middleware: %v", err)
	}
	require.NoError(t, err)
	assert.Equal(t, 2, rep.NumberFilesCreated)

	del, err := bulk.Delete(ctx, c, []string{name + "/site/index.html", name + "/site/css/main.css", name + "/hello.txt"})
	require.NoError(t, err)
	assert.Equal(t, 3, del.NumberDeleted)

	h, err := accounts.Get(ctx, c, accounts.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.NotZero(t, h.ContainerCount)
}
