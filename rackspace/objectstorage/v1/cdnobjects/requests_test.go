package cdnobjects_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdnobjects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDelete(t *testing.T) {
	for _, tc := range []struct {
		name, object, path, email string
	}{
		{"plain", "cat.jpg", "/photos/cat.jpg", ""},
		{"pseudo-directory, space, notify", "2024/my cat.jpg", "/photos/2024/my%20cat.jpg", "ops@example.com, me@example.com"},
		{"dot segment", "a/../b", "/photos/a/%2E%2E/b", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("DELETE /photos/", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tc.path, r.URL.EscapedPath())
				testhelper.TestHeader(t, r, "X-Purge-Email", tc.email)
				w.WriteHeader(http.StatusNoContent)
			})
			err := cdnobjects.Delete(t.Context(), th.ServiceClient(), "photos", tc.object, cdnobjects.DeleteOpts{Email: tc.email}).ExtractErr()
			require.NoError(t, err)
		})
	}
	testhelper.CheckFailures(t, "DELETE /c/o", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return cdnobjects.Delete(ctx, c, "c", "o", cdnobjects.DeleteOpts{}).ExtractErr()
	})
}

func TestDeleteBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	c, ctx := th.ServiceClient(), t.Context()
	for name, err := range map[string]error{
		"bad email":      cdnobjects.Delete(ctx, c, "c", "o", cdnobjects.DeleteOpts{Email: "not an address"}).Err,
		"header inject":  cdnobjects.Delete(ctx, c, "c", "o", cdnobjects.DeleteOpts{Email: "a@example.com\r\nX-Evil: 1"}).Err,
		"no object":      cdnobjects.Delete(ctx, c, "c", "", cdnobjects.DeleteOpts{}).Err,
		"no container":   cdnobjects.Delete(ctx, c, "", "o", cdnobjects.DeleteOpts{}).Err,
		"container dots": cdnobjects.Delete(ctx, c, ".", "o", cdnobjects.DeleteOpts{}).Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestURL(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /photos", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Cdn-Enabled", "True")
		w.Header().Set("X-Cdn-Uri", cdnURI)
		w.Header().Set("X-Cdn-Ssl-Uri", cdnSSLURI)
		w.WriteHeader(http.StatusNoContent)
	})
	th.Handle("HEAD /private", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Cdn-Enabled", "False")
		w.Header().Set("X-Cdn-Uri", cdnURI)
		w.WriteHeader(http.StatusNoContent)
	})
	u, err := cdnobjects.URL(t.Context(), th.ServiceClient(), "photos", "2024/my cat.jpg", false)
	require.NoError(t, err)
	assert.Equal(t, cdnURI+"/2024/my%20cat.jpg", u)
	u, err = cdnobjects.URL(t.Context(), th.ServiceClient(), "photos", "cat.jpg", true)
	require.NoError(t, err)
	assert.Equal(t, cdnSSLURI+"/cat.jpg", u)
	_, err = cdnobjects.URL(t.Context(), th.ServiceClient(), "private", "cat.jpg", false)
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = cdnobjects.URL(t.Context(), th.ServiceClient(), "photos", "", false)
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "HEAD /c", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := cdnobjects.URL(ctx, c, "c", "o", false)
		return err
	})
}
