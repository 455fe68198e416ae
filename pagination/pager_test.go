package pagination_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// linkedServer serves 3 pages of 2 items in the shape selected by style.
func linkedServer(t *testing.T, style string) (*gophercloud.ServiceClient, *atomic.Int64) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("GET /items", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		items := fmt.Sprintf(`[{"id": "%d-a"}, {"id": "%d-b"}]`, page, page)
		next := ""
		if page < 2 {
			next = fmt.Sprintf("%sitems?page=%d", s.Endpoint(), page+1)
		}
		var body string
		switch style {
		case "array":
			links := `[]`
			if next != "" {
				links = fmt.Sprintf(`[{"rel": "next", "href": %q}, {"rel": "self", "href": "x"}]`, next)
			}
			body = fmt.Sprintf(`{"items": %s, "items_links": %s}`, items, links)
		case "object":
			n := "null"
			if next != "" {
				n = strconv.Quote(next)
			}
			body = fmt.Sprintf(`{"items": %s, "links": {"self": "x", "next": %s, "previous": null}}`, items, n)
		case "relative":
			if next != "" {
				next = fmt.Sprintf(`, "next": "/items?page=%d"`, page+1)
			}
			body = fmt.Sprintf(`{"items": %s%s}`, items, next)
		}
		th.WriteJSON(w, http.StatusOK, body)
	})
	return s.ServiceClient(), &hits
}

func TestLinkedStyles(t *testing.T) {
	for style, strategy := range map[string]pagination.Linked[item]{
		"array":    {ItemsKey: "items", LinksKey: "items_links"},
		"object":   {ItemsKey: "items", LinksKey: "links"},
		"relative": {ItemsKey: "items", NextKey: "next"},
	} {
		t.Run(style, func(t *testing.T) {
			c, hits := linkedServer(t, style)
			pager := pagination.New[item](c, c.ServiceURL("items"), strategy, nil)
			all, err := pager.Collect(t.Context())
			require.NoError(t, err)
			var ids []string
			for _, it := range all {
				ids = append(ids, it.ID)
			}
			assert.Equal(t, []string{"0-a", "0-b", "1-a", "1-b", "2-a", "2-b"}, ids)
			assert.Equal(t, int64(3), hits.Load())
		})
	}
}

func TestEachPageStopsWhenAsked(t *testing.T) {
	c, hits := linkedServer(t, "array")
	pager := pagination.New[item](c, c.ServiceURL("items"), pagination.Linked[item]{ItemsKey: "items", LinksKey: "items_links"}, nil)
	pages := 0
	err := pager.EachPage(t.Context(), func(_ context.Context, p pagination.Page[item]) (bool, error) {
		pages++
		assert.Len(t, p.Items, 2)
		assert.NotEmpty(t, p.Body)
		return pages < 2, nil
	})
	require.NoError(t, err)
	assert.Equal(t, 2, pages)
	assert.Equal(t, int64(2), hits.Load())

	boom := fmt.Errorf("boom")
	err = pager.EachPage(t.Context(), func(context.Context, pagination.Page[item]) (bool, error) { return true, boom })
	require.ErrorIs(t, err, boom)
}

// Breaking out of All stops fetching: a caller that wants the first match
// pays for one page, not all of them.
func TestAllBreakStopsFetching(t *testing.T) {
	c, hits := linkedServer(t, "array")
	pager := pagination.New[item](c, c.ServiceURL("items"), pagination.Linked[item]{ItemsKey: "items", LinksKey: "items_links"}, nil)
	for it, err := range pager.All(t.Context()) {
		require.NoError(t, err)
		if it.ID == "0-b" {
			break
		}
	}
	assert.Equal(t, int64(1), hits.Load())
}

func TestAllPagesMergesItems(t *testing.T) {
	c, _ := linkedServer(t, "object")
	pager := pagination.New[item](c, c.ServiceURL("items"), pagination.Linked[item]{ItemsKey: "items", LinksKey: "links"}, nil)
	page, err := pager.AllPages(t.Context())
	require.NoError(t, err)
	assert.Len(t, page.Items, 6)
	assert.Nil(t, page.Body)
}

func TestMarker(t *testing.T) {
	s := th.Setup(t)
	names := []string{"a", "b", "c", "d", "e"}
	var hits atomic.Int64
	s.Handle("GET /c", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		marker := r.URL.Query().Get("marker")
		var out []string
		for _, n := range names {
			if n > marker && len(out) < limit {
				out = append(out, fmt.Sprintf(`{"name": %q}`, n))
			}
		}
		if len(out) == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		th.WriteJSON(w, http.StatusOK, "["+join(out)+"]")
	})
	c := s.ServiceClient()
	strategy := pagination.Marker[item]{MarkerOf: func(i item) string { return i.Name }}

	got, err := pagination.New[item](c, c.ServiceURL("c")+"?limit=2", strategy, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 5)
	assert.Equal(t, int64(3), hits.Load(), "a short page ends the walk without asking for an empty one")

	hits.Store(0)
	got, err = pagination.New[item](c, c.ServiceURL("c")+"?limit=5", strategy, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 5)
	assert.Equal(t, int64(2), hits.Load(), "a full last page costs one more request, answered 204")
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

func TestSingleAndErrors(t *testing.T) {
	s := th.Setup(t)
	s.HandleJSON("GET /one", http.StatusOK, `{"items": [{"id": "1"}]}`)
	s.HandleJSON("GET /bad", http.StatusOK, `{"items": [{"id": 1}]}`)
	s.HandleJSON("GET /shape", http.StatusOK, `{"nope": []}`)
	s.HandleJSON("GET /fail", http.StatusInternalServerError, `{"computeFault": {"message": "down"}}`)
	s.HandleJSON("GET /loop", http.StatusOK, `{"items": [{"id": "1"}], "items_links": [{"rel": "next", "href": "/loop"}]}`)
	c := s.ServiceClient()
	c.Retry.MaxRetries = 0
	single := pagination.Single[item]{ItemsKey: "items"}
	linked := pagination.Linked[item]{ItemsKey: "items", LinksKey: "items_links"}

	got, err := pagination.New[item](c, c.ServiceURL("one"), single, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 1)

	_, err = pagination.New[item](c, c.ServiceURL("bad"), single, nil).Collect(t.Context())
	require.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
	_, err = pagination.New[item](c, c.ServiceURL("shape"), linked, nil).Collect(t.Context())
	require.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
	_, err = pagination.New[item](c, c.ServiceURL("fail"), linked, nil).Collect(t.Context())
	require.ErrorIs(t, err, gophercloud.ErrServerError)

	got, err = pagination.New[item](c, c.ServiceURL("loop"), linked, nil).Collect(t.Context())
	require.NoError(t, err, "a next link back to the same page ends the walk")
	assert.Len(t, got, 1)

	optsErr := &gophercloud.ErrMissingInput{Argument: "ListOpts.X"}
	failed := pagination.Fail[item](optsErr)
	_, err = failed.Collect(t.Context())
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, failed.EachPage(t.Context(), func(context.Context, pagination.Page[item]) (bool, error) { return true, nil }), gophercloud.ErrInvalidOptions)
	for _, err := range failed.All(t.Context()) {
		require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	}
}

func FuzzLinkedParse(f *testing.F) {
	f.Add([]byte(`{"items": [{"id": "1"}], "items_links": [{"rel": "next", "href": "http://x/?m=1"}]}`))
	f.Add([]byte(`{"items": [], "items_links": {"next": null}}`))
	f.Add([]byte(`{"items": null, "items_links": "x"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		u := mustURL("http://example.com/items")
		_, _, _ = pagination.Linked[item]{ItemsKey: "items", LinksKey: "items_links", NextKey: "next"}.Parse(u, nil, body)
	})
}

func TestOffset(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("GET /groups", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		if limit == 0 {
			limit = 1000 // the service's own maximum
		}
		offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		var out []string
		for i := offset; i < 5 && i < offset+limit; i++ {
			out = append(out, fmt.Sprintf(`{"id": "g%d"}`, i))
		}
		th.WriteJSON(w, http.StatusOK, `{"server_groups": [`+join(out)+`]}`)
	})
	c := s.ServiceClient()
	got, err := pagination.New[item](c, c.ServiceURL("groups")+"?limit=2", pagination.Offset[item]{ItemsKey: "server_groups"}, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 5)
	assert.Equal(t, "g4", got[4].ID)
	assert.Equal(t, int64(3), hits.Load())

	hits.Store(0)
	got, err = pagination.New[item](c, c.ServiceURL("groups"), pagination.Offset[item]{ItemsKey: "server_groups"}, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 5, "without a limit the service's one page is all there is")
	assert.Equal(t, int64(1), hits.Load())
}

// A server that ignores ?offset= answers every page alike: the walk ends
// after the first instead of looping.
func TestRepeatedPageEndsTheWalk(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("GET /groups", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		th.WriteJSON(w, http.StatusOK, `{"server_groups": [{"id": "a"}, {"id": "b"}]}`)
	})
	c := s.ServiceClient()
	got, err := pagination.New[item](c, c.ServiceURL("groups")+"?limit=2", pagination.Offset[item]{ItemsKey: "server_groups"}, nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 2)
	assert.Equal(t, int64(2), hits.Load())
}

func TestBadSegmentFailsBeforeAnyRequest(t *testing.T) {
	s := th.Setup(t) // fails the test on any request
	c := s.ServiceClient()
	_, err := pagination.New(c, c.ServiceURL("servers", "", "os-volume_attachments"), pagination.Single[item]{ItemsKey: "x"}, nil).AllPages(t.Context())
	var inv *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &inv)
}
