package bulk_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/bulk"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		name, path, wire string
	}{
		{"account", "", "/"},
		{"container", "www", "/www"},
		{"prefix", "www/2024 site", "/www/2024%20site"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT /", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tc.wire, r.URL.EscapedPath())
				assert.Equal(t, "tar.gz", r.URL.Query().Get("extract-archive"))
				testhelper.TestHeader(t, r, "Accept", "application/json")
				testhelper.TestBody(t, r, "archive bytes")
				testhelper.WriteJSON(w, http.StatusCreated, extractOK)
			})
			rep, err := bulk.Extract(t.Context(), th.ServiceClient(), tc.path, bulk.TarGz, strings.NewReader("archive bytes"))
			require.NoError(t, err)
			assert.Equal(t, 13, rep.NumberFilesCreated)
			assert.Equal(t, 201, rep.StatusCode())
		})
	}
}

func TestExtractReportsFailures(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("PUT /www", http.StatusCreated, extractFailed)
	rep, err := bulk.Extract(t.Context(), th.ServiceClient(), "www", bulk.Tar, strings.NewReader("x"))
	var ee *bulk.ExtractError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.Equal(t, rep, ee.Response)
	assert.Equal(t, []bulk.ExtractFailure{{Name: "www/a%20b.html", Status: "413 Request Entity Too Large"}, {Name: "www/c.css", Status: "400 Bad Request"}}, rep.Errors)
	assert.Contains(t, err.Error(), "Invalid Tar File")
}

func TestExtractBadInput(t *testing.T) {
	th := testhelper.Setup(t)
	c, ctx := th.ServiceClient(), t.Context()
	for name, err := range map[string]error{
		"format":      func() error { _, err := bulk.Extract(ctx, c, "", "zip", strings.NewReader("x")); return err }(),
		"nil archive": func() error { _, err := bulk.Extract(ctx, c, "", bulk.Tar, nil); return err }(),
		"dot path":    func() error { _, err := bulk.Extract(ctx, c, "../x", bulk.Tar, strings.NewReader("x")); return err }(),
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
	for name, body := range map[string]string{"no status": `{"Number Files Created": 1}`, "bad error entry": `{"Response Status": "201 Created", "Errors": [["only-name"]]}`} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("PUT /www", http.StatusCreated, body)
			_, err := bulk.Extract(t.Context(), th.ServiceClient(), "www", bulk.Tar, strings.NewReader("x"))
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
		})
	}
	testhelper.CheckFailures(t, "PUT /www", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := bulk.Extract(ctx, c, "www", bulk.Tar, strings.NewReader("x"))
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) { testhelper.WriteJSON(w, http.StatusOK, bulkInfo) })
	var bodies []string
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		assert.NoError(t, err)
		bodies = append(bodies, string(body))
		switch {
		case strings.HasPrefix(string(body), "/www/"):
			testhelper.WriteJSON(w, http.StatusOK, `{"Number Deleted": 2, "Number Not Found": 0, "Response Status": "200 OK", "Response Body": "", "Errors": []}`)
		default:
			testhelper.WriteJSON(w, http.StatusOK, `{"Number Deleted": 0, "Number Not Found": 0, "Response Status": "400 Bad Request", "Response Body": "", "Errors": [["/scratch", "409 Conflict"]]}`)
		}
	})
	rep, err := bulk.Delete(t.Context(), th.ServiceClient(), []string{"www/index.html", "scratch", "www/old.css"})
	var be *swift.BulkDeleteError
	require.True(t, errors.As(err, &be), "%v", err)
	assert.Equal(t, []string{"/www/index.html\n/www/old.css\n", "/scratch\n"}, bodies)
	assert.Equal(t, 2, rep.NumberDeleted)
	assert.Equal(t, []swift.BulkDeleteFailure{{Name: "scratch", Status: "409 Conflict"}}, rep.Errors)

	none, err := bulk.Delete(t.Context(), th.ServiceClient(), nil)
	require.NoError(t, err)
	assert.Equal(t, "200 OK", none.ResponseStatus)
}

func TestDeleteServerError(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) { testhelper.WriteJSON(w, http.StatusOK, bulkInfo) })
	th.HandleJSON("POST /{$}", http.StatusInternalServerError, testhelper.Fault("computeFault", 500, "boom"))
	_, err := bulk.Delete(t.Context(), th.ServiceClient(), []string{"www/a"})
	assert.ErrorIs(t, err, gophercloud.ErrServerError)
	_, err = bulk.Delete(t.Context(), th.ServiceClient(), []string{"www"})
	assert.ErrorIs(t, err, gophercloud.ErrServerError)
}
