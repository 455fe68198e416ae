package containers_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{"format": {"json"}})
			testhelper.WriteJSON(w, http.StatusOK, listJSON)
		default: // without a limit, the pager asks once more after the last name
			testhelper.TestQuery(t, r, url.Values{"format": {"json"}, "marker": {"marktwain"}})
			testhelper.WriteJSON(w, http.StatusOK, `[]`)
		}
	})
	all, err := containers.List(th.ServiceClient(), containers.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []containers.Container{
		{Name: "janeausten", Count: 0, Bytes: 0, LastModified: gophercloud.NewJSONTime(time.Date(2013, 11, 19, 20, 8, 13, 283452000, time.UTC))},
		{Name: "marktwain", Count: 1, Bytes: 14, LastModified: gophercloud.NewJSONTime(time.Date(2016, 4, 29, 16, 23, 50, 460230000, time.UTC))},
	}, all)
}

func TestListPagesByMarker(t *testing.T) {
	th := testhelper.Setup(t)
	var queries []url.Values
	list := fakeListing([]string{"c1", "c2", "c3", "c4", "c5", "other"})
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		queries = append(queries, r.URL.Query())
		list(w, r)
	})
	var names []string
	for c, err := range containers.List(th.ServiceClient(), containers.ListOpts{Limit: 2, Prefix: "c"}).All(t.Context()) {
		require.NoError(t, err)
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"c1", "c2", "c3", "c4", "c5"}, names)
	assert.Equal(t, []url.Values{
		{"format": {"json"}, "limit": {"2"}, "prefix": {"c"}},
		{"format": {"json"}, "limit": {"2"}, "prefix": {"c"}, "marker": {"c2"}},
		{"format": {"json"}, "limit": {"2"}, "prefix": {"c"}, "marker": {"c4"}},
	}, queries, "the short third page ends the walk")
}

func TestListAllOptions(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{
			"format": {"json"}, "limit": {"10"}, "marker": {"a b"}, "end_marker": {"z+z"},
			"prefix": {"p/"}, "delimiter": {"/"}, "reverse": {"true"},
		})
		testhelper.WriteJSON(w, http.StatusOK, `[{"subdir": "p/x/"}, {"name": "p/y", "count": 1, "bytes": 2, "last_modified": "2016-04-29T16:23:50.460230"}]`)
	})
	all, err := containers.List(th.ServiceClient(), containers.ListOpts{
		Limit: 10, Marker: "a b", EndMarker: "z+z", Prefix: "p/", Delimiter: "/", Reverse: true,
	}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "p/x/", all[0].Subdir)
	assert.Equal(t, "p/y", all[1].Name)
}

func TestListNames(t *testing.T) {
	th := testhelper.Setup(t)
	var calls atomic.Int32
	list := fakeListing([]string{"a", "b", "c"})
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		testhelper.TestHeader(t, r, "Accept", "text/plain")
		assert.Empty(t, r.URL.Query().Get("format"))
		list(w, r)
	})
	names, err := containers.ListNames(th.ServiceClient(), containers.ListOpts{Limit: 2}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, names)
	assert.Equal(t, int32(2), calls.Load())

	// Without a limit, the walk ends on the empty (204) page after the last.
	calls.Store(0)
	names, err = containers.ListNames(th.ServiceClient(), containers.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, names)
	assert.Equal(t, int32(2), calls.Load())
}

func TestListEmpty(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	all, err := containers.List(th.ServiceClient(), containers.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	assert.Empty(t, all)
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	status := http.StatusCreated
	th.Handle("PUT /{container}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/my%20photos%3F", r.URL.EscapedPath())
		testhelper.TestHeader(t, r, "X-Container-Read", ".r:*,.rlistings")
		testhelper.TestHeader(t, r, "X-Container-Write", "demo:*")
		testhelper.TestHeader(t, r, "X-Container-Meta-Owner", "web")
		testhelper.TestHeader(t, r, "X-Storage-Policy", "gold")
		testhelper.TestHeader(t, r, "X-Versions-Enabled", "true")
		testhelper.TestHeader(t, r, "X-Container-Meta-Temp-Url-Key", "ck")
		testhelper.TestHeader(t, r, "X-Container-Meta-Quota-Bytes", "1024")
		testhelper.TestHeaderUnset(t, r, "X-Versions-Location")
		w.Header().Set("X-Trans-Id", "tx06021f10fc8642b2901e7-0052d58f37")
		w.Header().Set("Date", "Tue, 14 Jan 2014 19:25:43 GMT")
		w.WriteHeader(status)
	})
	on := true
	opts := containers.CreateOpts{
		Read: ".r:*,.rlistings", Write: "demo:*", Metadata: map[string]string{"Owner": "web"},
		StoragePolicy: "gold", VersionsEnabled: &on, TempURLKey: "ck", QuotaBytes: 1024,
	}
	h, err := containers.Create(t.Context(), th.ServiceClient(), "my photos?", opts).Extract()
	require.NoError(t, err)
	assert.True(t, h.Created)
	assert.Equal(t, "tx06021f10fc8642b2901e7-0052d58f37", h.TransID)

	status = http.StatusAccepted
	h, err = containers.Create(t.Context(), th.ServiceClient(), "my photos?", opts).Extract()
	require.NoError(t, err)
	assert.False(t, h.Created, "202: the container existed")
}

func TestBadOptions(t *testing.T) {
	on := true
	cases := map[string]func(context.Context, *gophercloud.ServiceClient) error{
		"empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Create(ctx, c, "", containers.CreateOpts{}).Err
		},
		"slash in name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Get(ctx, c, "a/b", containers.GetOpts{}).Err
		},
		"two legacy modes": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Create(ctx, c, "x", containers.CreateOpts{VersionsLocation: "a", HistoryLocation: "b"}).Err
		},
		"versioning and legacy": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Update(ctx, c, "x", containers.UpdateOpts{VersionsEnabled: &on, HistoryLocation: "b"}).Err
		},
		"set and remove read": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Update(ctx, c, "x", containers.UpdateOpts{Read: "a", RemoveRead: true}).Err
		},
		"set and remove history": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Update(ctx, c, "x", containers.UpdateOpts{HistoryLocation: "a", RemoveHistoryLocation: true}).Err
		},
		"header injection": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Create(ctx, c, "x", containers.CreateOpts{Metadata: map[string]string{"a": "b\nX-Evil: 1"}}).Err
		},
		"bad remove key": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Update(ctx, c, "x", containers.UpdateOpts{RemoveMetadata: []string{"a b"}}).Err
		},
		"delete empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Delete(ctx, c, "").Err
		},
		"negative limit": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.List(c, containers.ListOpts{Limit: -1}).Collect(ctx)
			return err
		},
		"negative limit, names": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.ListNames(c, containers.ListOpts{Limit: -1}).Collect(ctx)
			return err
		},
		"bulk slash": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.BulkDelete(ctx, c, []string{"ok", "a/b"})
			return err
		},
	}
	for name, call := range cases {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t) // any request fails the test
			err := call(t.Context(), th.ServiceClient())
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		})
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /{container}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/marktwain", r.URL.EscapedPath())
		testhelper.TestHeader(t, r, "X-Newest", "true")
		containerHeaders(w)
	})
	h, err := containers.Get(t.Context(), th.ServiceClient(), "marktwain", containers.GetOpts{Newest: true}).Extract()
	require.NoError(t, err)
	quota := int64(1048576)
	assert.Equal(t, &containers.GetHeader{
		ObjectCount: 1, BytesUsed: 14, Read: ".r:*,.rlistings", Write: "demo:*",
		Metadata:      map[string]string{"book": "TomSawyer"},
		StoragePolicy: "Policy-0", VersionsEnabled: true, HistoryLocation: "archive",
		TempURLKey: "ckey", QuotaBytes: &quota,
		LastModified: time.Date(2014, 1, 17, 16, 10, 1, 0, time.UTC),
		Date:         time.Date(2014, 1, 14, 23, 18, 50, 0, time.UTC),
		TransID:      "tx93c6e9d8d3414a68b0b9b-0052d5c9ba",
	}, h)
	md, err := containers.Get(t.Context(), th.ServiceClient(), "marktwain", containers.GetOpts{Newest: true}).ExtractMetadata()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"book": "TomSawyer"}, md)
}

func TestGetNotFoundAndMalformed(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) })
	th.Handle("HEAD /odd", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Container-Bytes-Used", "-x-")
		w.WriteHeader(http.StatusNoContent)
	})
	_, err := containers.Get(t.Context(), th.ServiceClient(), "gone", containers.GetOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
	_, err = containers.Get(t.Context(), th.ServiceClient(), "odd", containers.GetOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /{container}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Container-Write", "demo:alice")
		testhelper.TestHeader(t, r, "X-Remove-Container-Read", "true")
		testhelper.TestHeader(t, r, "X-Container-Meta-Author", "MarkTwain")
		testhelper.TestHeader(t, r, "X-Remove-Container-Meta-Century", "x")
		testhelper.TestHeader(t, r, "X-Remove-Versions-Location", "true")
		testhelper.TestHeader(t, r, "X-Versions-Enabled", "false")
		w.Header().Set("X-Trans-Id", "tx05dbd434c651429193139-0052d82635")
		w.WriteHeader(http.StatusNoContent)
	})
	off := false
	h, err := containers.Update(t.Context(), th.ServiceClient(), "marktwain", containers.UpdateOpts{
		Write: "demo:alice", RemoveRead: true,
		Metadata: map[string]string{"Author": "MarkTwain"}, RemoveMetadata: []string{"Century"},
		RemoveVersionsLocation: true, VersionsEnabled: &off,
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "tx05dbd434c651429193139-0052d82635", h.TransID)
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /empty", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	th.Handle("DELETE /full", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusConflict)
		_, _ = io.WriteString(w, "<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>")
	})
	require.NoError(t, containers.Delete(t.Context(), th.ServiceClient(), "empty").ExtractErr())
	err := containers.Delete(t.Context(), th.ServiceClient(), "full").ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrConflict), "got %v", err)
	assert.Contains(t, err.Error(), "There was a conflict")
}

func TestBulkDelete(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfo(th, swifttest.InfoJSON)
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "bulk-delete", r.URL.RawQuery)
		testhelper.TestHeader(t, r, "Content-Type", "text/plain")
		testhelper.TestHeader(t, r, "Accept", "application/json")
		testhelper.TestBody(t, r, "/a\n/b%20c\n/full\n/%C3%BC%3F\n")
		testhelper.WriteJSON(w, http.StatusOK, `{"Number Not Found": 1, "Response Status": "400 Bad Request", "Response Body": "", "Errors": [["/full", "409 Conflict"]], "Number Deleted": 2}`)
	})
	rep, err := containers.BulkDelete(t.Context(), th.ServiceClient(), []string{"a", "b c", "full", "ü?"})
	var bde *containers.BulkDeleteError
	require.ErrorAs(t, err, &bde)
	assert.True(t, errors.Is(err, gophercloud.ErrConflict), "got %v", err)
	assert.Contains(t, err.Error(), "full: 409 Conflict")
	assert.Equal(t, &containers.BulkDeleteResponse{
		NumberDeleted: 2, NumberNotFound: 1, ResponseStatus: "400 Bad Request",
		Errors: []containers.BulkDeleteFailure{{Name: "full", Status: "409 Conflict"}},
	}, rep)
}

func TestBulkDeleteBatches(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfo(th, `{"bulk_delete": {"max_deletes_per_request": 2}}`)
	var bodies []string
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		n := strings.Count(string(b), "\n")
		testhelper.WriteJSON(w, http.StatusOK, `  {"Number Not Found": 0, "Response Status": "200 OK", "Response Body": "", "Errors": [], "Number Deleted": `+string(rune('0'+n))+`}`)
	})
	rep, err := containers.BulkDelete(t.Context(), th.ServiceClient(), []string{"c1", "c2", "c3", "c4", "c5"})
	require.NoError(t, err)
	assert.Equal(t, 5, rep.NumberDeleted)
	assert.Equal(t, "200 OK", rep.ResponseStatus)
	assert.Equal(t, []string{"/c1\n/c2\n", "/c3\n/c4\n", "/c5\n"}, bodies)
}

func TestBulkDeleteWithoutMiddleware(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfo(th, `{"swift": {"version": "2.30.1"}}`)
	var deleted atomic.Int32
	th.Handle("DELETE /{container}", func(w http.ResponseWriter, r *http.Request) {
		switch r.PathValue("container") {
		case "gone":
			w.WriteHeader(http.StatusNotFound)
		case "full":
			w.WriteHeader(http.StatusConflict)
		default:
			deleted.Add(1)
			w.WriteHeader(http.StatusNoContent)
		}
	})
	rep, err := containers.BulkDelete(t.Context(), th.ServiceClient(), []string{"a", "b", "gone", "full"})
	assert.True(t, errors.Is(err, gophercloud.ErrConflict), "got %v", err)
	assert.Equal(t, int32(2), deleted.Load())
	assert.Equal(t, 2, rep.NumberDeleted)
	assert.Equal(t, 1, rep.NumberNotFound)
	assert.Equal(t, []containers.BulkDeleteFailure{{Name: "full", Status: "409 Conflict"}}, rep.Errors)
	assert.Equal(t, "400 Bad Request", rep.ResponseStatus)
}

func TestBulkDeleteNothing(t *testing.T) {
	th := testhelper.Setup(t) // no request
	rep, err := containers.BulkDelete(t.Context(), th.ServiceClient(), nil)
	require.NoError(t, err)
	assert.Equal(t, 0, rep.NumberDeleted)
}

func TestFailures(t *testing.T) {
	noInfo := func(call func(context.Context, *gophercloud.ServiceClient) error) func(context.Context, *gophercloud.ServiceClient) error {
		return func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return call(ctx, swifttest.WithoutInfo(c))
		}
	}
	cases := []struct {
		name, pattern string
		status        int
		decodes       bool
		call          func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"List", "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.List(c, containers.ListOpts{}).Collect(ctx)
			return err
		}},
		{"ListNames", "GET /{$}", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.ListNames(c, containers.ListOpts{}).Collect(ctx)
			return err
		}},
		{"Create", "PUT /c", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.Create(ctx, c, "c", containers.CreateOpts{}).Extract()
			return err
		}},
		{"Update", "POST /c", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.Update(ctx, c, "c", containers.UpdateOpts{Read: "x"}).Extract()
			return err
		}},
		{"Delete", "DELETE /c", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return containers.Delete(ctx, c, "c").ExtractErr()
		}},
		{"BulkDelete", "POST /{$}", http.StatusOK, true, noInfo(func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := containers.BulkDelete(ctx, c, []string{"c"})
			return err
		})},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			testhelper.CheckFailures(t, tc.pattern, tc.status, tc.decodes, tc.call)
		})
	}
	t.Run("Get", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("HEAD /c", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
		_, err := containers.Get(t.Context(), th.ServiceClient(), "c", containers.GetOpts{}).Extract()
		assert.True(t, errors.Is(err, gophercloud.ErrServerError), "got %v", err)
	})
}

func TestListPagesAfterSubdir(t *testing.T) {
	th := testhelper.Setup(t)
	var markers []string
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		markers = append(markers, r.URL.Query().Get("marker"))
		if r.URL.Query().Get("marker") == "" {
			testhelper.WriteJSON(w, http.StatusOK, `[{"name": "a", "count": 1, "bytes": 1}, {"subdir": "logs-"}]`)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, `[]`)
	})
	var got []containers.Container
	err := containers.List(th.ServiceClient(), containers.ListOpts{Delimiter: "-"}).EachPage(t.Context(), func(_ context.Context, p pagination.Page[containers.Container]) (bool, error) {
		cs, err := containers.ExtractContainers(p)
		got = append(got, cs...)
		return true, err
	})
	require.NoError(t, err)
	assert.Equal(t, []containers.Container{{Name: "a", Count: 1, Bytes: 1}, {Subdir: "logs-"}}, got)
	assert.Equal(t, []string{"", "logs-"}, markers, "the next page starts after the subdir")
}

// TestDotContainerNames: Swift cannot address a container named "." or
// "..", even percent-encoded; every call refuses them before sending.
func TestDotContainerNames(t *testing.T) {
	c := testhelper.Setup(t).ServiceClient()
	c.Endpoint = "http://127.0.0.1:1/v1/AUTH_t/" // a request would fail otherwise
	for _, name := range []string{".", ".."} {
		calls := map[string]error{
			"Create": containers.Create(t.Context(), c, name, containers.CreateOpts{}).Err,
			"Get":    containers.Get(t.Context(), c, name, containers.GetOpts{}).Err,
			"Update": containers.Update(t.Context(), c, name, containers.UpdateOpts{}).Err,
			"Delete": containers.Delete(t.Context(), c, name).ExtractErr(),
		}
		_, calls["BulkDelete"] = containers.BulkDelete(t.Context(), c, []string{"ok", name})
		for call, err := range calls {
			var inv *gophercloud.ErrInvalidInput
			require.ErrorAs(t, err, &inv, "%s(%q)", call, name)
			assert.Equal(t, name, inv.Value, call)
		}
	}
}
