package tags_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/tags"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tagsJSON is the body of GET and PUT /{resource}/{id}/tags in the
// Networking API reference.
const tagsJSON = `{"tags": ["red", "blue"]}`

func TestListAndReplaceAll(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /networks/n1/tags", http.StatusOK, tagsJSON)
	th.Handle("PUT /networks/n1/tags", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, tagsJSON)
		testhelper.WriteJSON(w, http.StatusOK, tagsJSON)
	})
	got, err := tags.List(t.Context(), th.ServiceClient(), "networks", "n1").Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{"red", "blue"}, got)
	got, err = tags.ReplaceAll(t.Context(), th.ServiceClient(), "networks", "n1", []string{"red", "blue"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{"red", "blue"}, got)
	testhelper.CheckFailures(t, "GET /networks/x/tags", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tags.List(ctx, c, "networks", "x").Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /networks/x/tags", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tags.ReplaceAll(ctx, c, "networks", "x", nil).Extract()
		return err
	})
}

func TestReplaceAllNilClears(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /ports/p1/tags", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"tags": []}`)
		testhelper.WriteJSON(w, http.StatusOK, `{"tags": []}`)
	})
	got, err := tags.ReplaceAll(t.Context(), th.ServiceClient(), "ports", "p1", nil).Extract()
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestOneTagCalls(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		status  int
		call    func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"PUT /ports/p1/tags/web", http.StatusCreated, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return tags.Add(ctx, c, "ports", "p1", "web").ExtractErr()
		}},
		{"GET /ports/p1/tags/web", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			has, err := tags.Check(ctx, c, "ports", "p1", "web").Extract()
			if err == nil && !has {
				return errors.New("a 204 is a tag the port has")
			}
			return err
		}},
		{"DELETE /ports/p1/tags/web", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return tags.Delete(ctx, c, "ports", "p1", "web").ExtractErr()
		}},
		{"DELETE /ports/p1/tags", http.StatusNoContent, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return tags.DeleteAll(ctx, c, "ports", "p1").ExtractErr()
		}},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tc.status) })
			require.NoError(t, tc.call(t.Context(), th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, false, tc.call)
		})
	}
	th := testhelper.Setup(t)
	th.HandleJSON("GET /ports/p1/tags/web", http.StatusNotFound, `{"NeutronError": {"type": "TagNotFound", "message": "Tag web could not be found.", "detail": ""}}`)
	has, err := tags.Check(t.Context(), th.ServiceClient(), "ports", "p1", "web").Extract()
	require.NoError(t, err, "Neutron's 404 is an answer: the port does not have the tag")
	assert.False(t, has)
	for _, bad := range []string{"", "a/b", "a,b", strings.Repeat("x", tags.MaxLength+1)} {
		assert.ErrorIs(t, tags.Add(t.Context(), th.ServiceClient(), "ports", "p1", bad).ExtractErr(), gophercloud.ErrInvalidOptions, "tag %q", bad)
	}
	_, err = tags.ReplaceAll(t.Context(), th.ServiceClient(), "ports", "p1", []string{"ok", "no,comma"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
