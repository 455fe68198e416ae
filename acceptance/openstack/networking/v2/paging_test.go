//go:build acceptance

package networking_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPortsPaging creates 120 ports (4 workers) and walks them 50 a page.
func TestPortsPaging(t *testing.T) {
	const total, workers, limit = 120, 4, 50
	c := network(t)
	ctx := clients.Context(t, 4*time.Minute)
	n, _ := createNetwork(t, c, "10.77.5.0/24")

	created := make(chan string, total)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < total; i += workers {
				p, err := ports.Create(ctx, c, ports.CreateOpts{NetworkID: n.ID, Name: "page-port", FixedIPs: &[]ports.IP{}}).Extract()
				if err != nil {
					errs <- err
					return
				}
				created <- p.ID
			}
		}()
	}
	wg.Wait()
	close(created)
	close(errs)
	want := map[string]bool{}
	for id := range created {
		want[id] = true
	}
	t.Cleanup(func() { deletePorts(t, c, want) })
	for err := range errs {
		require.NoError(t, err)
	}
	require.Len(t, want, total)

	seen := map[string]int{}
	pages := 0
	opts := ports.ListOpts{NetworkID: n.ID, Name: "page-port", Query: common.Query{
		Limit: limit, SortKeys: []string{"id"}, SortDirs: []string{common.SortAsc}, Fields: []string{"id", "name"},
	}}
	for p, err := range ports.List(c, opts).Pages(ctx) {
		require.NoError(t, err)
		pages++
		assert.LessOrEqual(t, len(p.Items), limit)
		for i, port := range p.Items {
			seen[port.ID]++
			assert.Empty(t, port.NetworkID, "fields=id,name leaves other attributes out")
			if i > 0 {
				assert.Less(t, p.Items[i-1].ID, port.ID, "sorted by id")
			}
		}
	}
	assert.GreaterOrEqual(t, pages, 3)
	assert.Len(t, seen, total)
	for id := range want {
		assert.Equal(t, 1, seen[id], "port %s seen once", id)
	}
}

func deletePorts(t *testing.T, c *gophercloud.ServiceClient, ids map[string]bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				if err := ports.Delete(ctx, c, id).ExtractErr(); err != nil && !gophercloud.ResponseCodeIs(err, 404) {
					t.Errorf("deleting port %s: %v", id, err)
				}
			}
		}()
	}
	for id := range ids {
		jobs <- id
	}
	close(jobs)
	wg.Wait()
}
