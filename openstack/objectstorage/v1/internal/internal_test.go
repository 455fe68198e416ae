package internal_test

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSwiftPath(t *testing.T) {
	cases := []struct{ endpoint, path, info string }{
		{"http://h:8080/v1/AUTH_abc/", "/v1/AUTH_abc", "http://h:8080/info"},
		{"http://h:8080/v1/AUTH_abc", "/v1/AUTH_abc", "http://h:8080/info"},
		{"https://h/swift/v1/AUTH_a%20b/", "/v1/AUTH_a b", "https://h/swift/info"},
		{"http://h/object-store/", "/object-store", "http://h/info"},
	}
	for _, tc := range cases {
		c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: tc.endpoint}
		p, ok, err := internal.SwiftPath(c)
		require.NoError(t, err)
		assert.Equal(t, tc.path, p, tc.endpoint)
		assert.Equal(t, strings.Contains(tc.endpoint, "/v1/"), ok, tc.endpoint)
	}
}

func TestEscapePath(t *testing.T) {
	assert.Equal(t, "c/a%20b/%3F%23%25+/%C3%BC//x", internal.EscapePath("c/a b/?#%+/ü//x"))
}

func TestParseBulkReport(t *testing.T) {
	rep, err := internal.ParseBulkReport([]byte(" \n {\"Number Not Found\": 1, \"Response Status\": \"400 Bad Request\", \"Response Body\": \"Invalid bulk delete.\", \"Errors\": [[\"/c/a%20b\", \"409 Conflict\"]], \"Number Deleted\": 0}"))
	require.NoError(t, err, "Swift may send whitespace first to keep the connection alive")
	assert.Equal(t, 400, rep.StatusCode())
	assert.Equal(t, []swift.BulkDeleteFailure{{Name: "c/a b", Status: "409 Conflict"}}, rep.Errors)
	err = rep.Err()
	var bde *swift.BulkDeleteError
	require.ErrorAs(t, err, &bde)
	assert.True(t, errors.Is(err, gophercloud.ErrConflict))
	assert.Equal(t, "bulk delete: 400 Bad Request: Invalid bulk delete.: 1 not deleted (c/a b: 409 Conflict)", err.Error())

	for _, body := range []string{``, `{`, `{"Number Deleted": 1}`, `{"Response Status": "200 OK", "Errors": [["only-name"]]}`, `[]`} {
		_, err := internal.ParseBulkReport([]byte(body))
		assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "%q: %v", body, err)
	}

	ok, err := internal.ParseBulkReport([]byte(`{"Response Status": "200 OK", "Number Deleted": 3, "Errors": []}`))
	require.NoError(t, err)
	assert.NoError(t, ok.Err())
}

func TestCapabilitiesCache(t *testing.T) {
	th := testhelper.Setup(t)
	var calls atomic.Int32
	status := http.StatusOK
	th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
		if status != http.StatusOK {
			w.WriteHeader(status)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, `{"bulk_delete": {"max_deletes_per_request": 7}}`)
	})
	c := th.ServiceClient()
	c.Retry.MaxRetries = 0

	t.Run("errors are not cached", func(t *testing.T) {
		internal.ForgetCapabilities(c)
		status = http.StatusInternalServerError
		_, err := internal.Capabilities(t.Context(), c)
		assert.True(t, errors.Is(err, gophercloud.ErrServerError), "got %v", err)
		_, err = internal.Capabilities(t.Context(), c)
		assert.Error(t, err)
		assert.Equal(t, int32(2), calls.Load())
	})
	t.Run("a hidden /info is remembered", func(t *testing.T) {
		internal.ForgetCapabilities(c)
		calls.Store(0)
		status = http.StatusNotFound
		for range 3 {
			info, err := internal.Capabilities(t.Context(), c)
			assert.ErrorIs(t, err, internal.ErrNoInfo)
			assert.Equal(t, internal.DefaultMaxDeletesPerRequest, info.MaxDeletes())
		}
		assert.Equal(t, int32(1), calls.Load())
	})
	t.Run("a document is remembered", func(t *testing.T) {
		internal.ForgetCapabilities(c)
		calls.Store(0)
		status = http.StatusOK
		for range 3 {
			info, err := internal.Capabilities(t.Context(), c)
			require.NoError(t, err)
			assert.Equal(t, 7, info.MaxDeletes())
		}
		assert.Equal(t, int32(1), calls.Load())
	})
}

// TestCapabilitiesPerClient: /info is cached in the client, not in the
// process. Two clients of two clusters each see their own; a copy made by
// WithMicroversion shares its original's cache; a new client asks again.
func TestCapabilitiesPerClient(t *testing.T) {
	serve := func(max int) (*testhelper.Server, *atomic.Int32) {
		th := testhelper.Setup(t)
		calls := new(atomic.Int32)
		th.HandleNoAuth("GET /info", func(w http.ResponseWriter, r *http.Request) {
			calls.Add(1)
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(`{"bulk_delete": {"max_deletes_per_request": %d}}`, max))
		})
		return th, calls
	}
	thA, callsA := serve(7)
	thB, callsB := serve(9)
	a, b := thA.ServiceClient(), thB.ServiceClient()
	for range 2 {
		ia, err := internal.Capabilities(t.Context(), a)
		require.NoError(t, err)
		ib, err := internal.Capabilities(t.Context(), b)
		require.NoError(t, err)
		assert.Equal(t, 7, ia.MaxDeletes())
		assert.Equal(t, 9, ib.MaxDeletes())
	}
	assert.Equal(t, int32(1), callsA.Load())
	assert.Equal(t, int32(1), callsB.Load())

	_, err := internal.Capabilities(t.Context(), a.WithMicroversion("1"))
	require.NoError(t, err)
	assert.Equal(t, int32(1), callsA.Load(), "a WithMicroversion copy shares the cache")

	_, err = internal.Capabilities(t.Context(), thA.ServiceClient())
	require.NoError(t, err)
	assert.Equal(t, int32(2), callsA.Load(), "another client has a cache of its own")
}
