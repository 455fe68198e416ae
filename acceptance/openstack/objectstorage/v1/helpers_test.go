//go:build acceptance

// Package objectstorage_test runs the Object Storage v1 packages against a
// real Swift (scripts/devcloud): accounts, containers, objects, large
// objects, temp URLs and bulk deletes.
package objectstorage_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/stretchr/testify/require"
)

// client returns an Object Storage client for the demo user.
func client(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	return clients.Service(t, openstack.NewObjectStorageV1)
}

// newContainer creates a container named after prefix and removes it, with
// everything in it, when the test ends.
func newContainer(t *testing.T, c *gophercloud.ServiceClient, prefix string, opts containers.CreateOpts) string {
	t.Helper()
	name := clients.RandomName(prefix)
	_, err := containers.Create(clients.Context(t, time.Minute), c, name, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { emptyAndDelete(t, c, name) })
	return name
}

// emptyAndDelete bulk-deletes every object of a container, then the
// container. A missing container is fine (the test may have deleted it).
func emptyAndDelete(t *testing.T, c *gophercloud.ServiceClient, name string) {
	t.Helper()
	ctx := clients.Context(t, 2*time.Minute)
	names, err := objects.ListNames(c, name, objects.ListOpts{}).Collect(ctx)
	if gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
		return
	}
	if err != nil {
		t.Errorf("cleanup: listing %s: %v", name, err)
		return
	}
	if len(names) > 0 {
		if _, err := objects.BulkDelete(ctx, c, name, names); err != nil {
			t.Errorf("cleanup: emptying %s: %v", name, err)
		}
	}
	if err := containers.Delete(ctx, c, name).ExtractErr(); err != nil && !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
		t.Errorf("cleanup: deleting %s: %v", name, err)
	}
}

// randomBytes returns n random bytes and their MD5.
func randomBytes(t *testing.T, n int) ([]byte, string) {
	t.Helper()
	b := make([]byte, n)
	_, err := rand.Read(b)
	require.NoError(t, err)
	sum := md5.Sum(b)
	return b, hex.EncodeToString(sum[:])
}

// createMany uploads n small objects named fmt.Sprintf(format, i) with a
// bounded pool of 16 goroutines.
func createMany(t *testing.T, ctx context.Context, c *gophercloud.ServiceClient, container, format string, n int) []string {
	t.Helper()
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf(format, i)
	}
	next := make(chan string)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range next {
				_, err := objects.Create(ctx, c, container, name, bytes.NewReader([]byte(name)), objects.CreateOpts{ContentType: "text/plain"}).Extract()
				if err != nil {
					errs <- fmt.Errorf("%s: %w", name, err)
				}
			}
		}()
	}
	for _, name := range names {
		next <- name
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	return names
}

// onlyReader hides every method of its reader but Read, so uploads cannot
// learn its size or seek it: what a pipe or a network stream looks like.
type onlyReader struct{ r *bytes.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }
