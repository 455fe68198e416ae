package containers_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.URL.Query().Get("format") == "json" {
			testhelper.WriteJSON(w, http.StatusOK, listJSON)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("backups\nphotos\n"))
	})
	all, err := containers.List(th.ServiceClient(), containers.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, int64(2248463), all[1].Bytes)
	names, err := containers.ListNames(th.ServiceClient(), containers.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"backups", "photos"}, names)
	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := containers.List(c, containers.ListOpts{}).Collect(ctx)
		return err
	})
	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := containers.ListNames(c, containers.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestCalls(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, pattern string
		status        int
		run           func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"create", "PUT /photos", http.StatusCreated, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.Create(ctx, c, "photos", containers.CreateOpts{Metadata: map[string]string{"owner": "ops"}}).Extract()
			return err
		}},
		{"get", "HEAD /photos", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.Get(ctx, c, "photos", containers.GetOpts{}).Extract()
			return err
		}},
		{"update", "POST /photos", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.Update(ctx, c, "photos", containers.UpdateOpts{Read: ".r:*"}).Extract()
			return err
		}},
		{"delete", "DELETE /photos", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Delete(ctx, c, "photos").ExtractErr()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tc.status) })
			require.NoError(t, tc.run(ctx, th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, false, tc.run)
		})
	}
	th := testhelper.Setup(t)
	assert.ErrorIs(t, containers.Create(ctx, th.ServiceClient(), "a/b", containers.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
}

func TestBulkDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"swift": {"version": "2.31.1"}, "bulk_delete": {"max_deletes_per_request": 10000, "max_failed_deletes": 1000}}`)
	})
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "", r.URL.Query().Get("bulk-delete"))
		assert.True(t, r.URL.Query().Has("bulk-delete"))
		testhelper.TestBody(t, r, "/backups\n/old\n")
		testhelper.WriteJSON(w, http.StatusOK, `{"Number Not Found": 1, "Response Status": "200 OK", "Errors": [], "Number Deleted": 1, "Response Body": ""}`)
	})
	rep, err := containers.BulkDelete(t.Context(), th.ServiceClient(), []string{"backups", "old"})
	require.NoError(t, err)
	assert.Equal(t, 1, rep.NumberDeleted)
	assert.Equal(t, 1, rep.NumberNotFound)
}
