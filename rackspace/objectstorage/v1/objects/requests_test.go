package objects_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /photos", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.URL.Query().Get("format") == "json" {
			testhelper.WriteJSON(w, http.StatusOK, listJSON)
			return
		}
		_, _ = w.Write([]byte("goodbye\nhelloworld\n"))
	})
	all, err := objects.List(th.ServiceClient(), "photos", objects.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, helloMD5, all[1].Hash)
	names, err := objects.ListNames(th.ServiceClient(), "photos", objects.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"goodbye", "helloworld"}, names)
	testhelper.CheckFailures(t, "GET /photos", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := objects.List(c, "photos", objects.ListOpts{}).Collect(ctx)
		return err
	})
	testhelper.CheckFailures(t, "GET /photos", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := objects.ListNames(c, "photos", objects.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestCreateDownloadGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /photos/helloworld", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestBody(t, r, "Hello World!")
		testhelper.TestHeader(t, r, "Content-Type", "text/plain")
		w.Header().Set("Etag", helloMD5)
		w.WriteHeader(http.StatusCreated)
	})
	th.Handle("GET /photos/helloworld", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Etag", helloMD5)
		_, _ = io.WriteString(w, "Hello World!")
	})
	th.Handle("HEAD /photos/helloworld", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Etag", helloMD5)
		w.Header().Set("Content-Length", "12")
		w.WriteHeader(http.StatusOK)
	})
	c := th.ServiceClient()
	h, err := objects.Create(t.Context(), c, "photos", "helloworld", strings.NewReader("Hello World!"), objects.CreateOpts{ContentType: "text/plain"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, helloMD5, h.ETag)

	d, err := objects.Download(t.Context(), c, "photos", "helloworld", objects.DownloadOpts{VerifyChecksum: true})
	require.NoError(t, err)
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	require.NoError(t, d.Close())
	assert.Equal(t, "Hello World!", string(b))

	g, err := objects.Get(t.Context(), c, "photos", "helloworld", objects.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, helloMD5, g.ETag)

	testhelper.CheckFailures(t, "PUT /photos/o", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := objects.Create(ctx, c, "photos", "o", strings.NewReader("x"), objects.CreateOpts{}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "GET /photos/o", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		d, err := objects.Download(ctx, c, "photos", "o", objects.DownloadOpts{})
		if err == nil {
			d.Close()
		}
		return err
	})
	testhelper.CheckFailures(t, "HEAD /photos/o", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := objects.Get(ctx, c, "photos", "o", objects.GetOpts{}).Extract()
		return err
	})
}

func TestUpdateCopyDelete(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, pattern string
		status        int
		run           func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"update", "POST /photos/o", http.StatusAccepted, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Update(ctx, c, "photos", "o", objects.UpdateOpts{Metadata: map[string]string{"a": "b"}}).Extract()
			return err
		}},
		{"copy", "PUT /photos/o2", http.StatusCreated, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Copy(ctx, c, "photos", "o", objects.CopyOpts{Destination: "o2"}).Extract()
			return err
		}},
		{"delete", "DELETE /photos/o", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Delete(ctx, c, "photos", "o").ExtractErr()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tc.status) })
			require.NoError(t, tc.run(ctx, th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, false, tc.run)
		})
	}
}

func TestBulkDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"bulk_delete": {"max_deletes_per_request": 10000}}`)
	})
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestBody(t, r, "/photos/a\n/photos/b\n")
		testhelper.WriteJSON(w, http.StatusOK, `{"Number Not Found": 0, "Response Status": "200 OK", "Errors": [], "Number Deleted": 2, "Response Body": ""}`)
	})
	rep, err := objects.BulkDelete(t.Context(), th.ServiceClient(), "photos", []string{"a", "b"})
	require.NoError(t, err)
	assert.Equal(t, 2, rep.NumberDeleted)
}

func TestCDNURL(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /photos", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Cdn-Enabled", "True")
		w.Header().Set("X-Cdn-Ssl-Uri", "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com")
		w.WriteHeader(http.StatusNoContent)
	})
	u, err := objects.CDNURL(t.Context(), th.ServiceClient(), "photos", "cat.jpg", true)
	require.NoError(t, err)
	assert.Equal(t, "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com/cat.jpg", u)
	testhelper.CheckFailures(t, "HEAD /photos", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := objects.CDNURL(ctx, c, "photos", "cat.jpg", true)
		return err
	})
}
