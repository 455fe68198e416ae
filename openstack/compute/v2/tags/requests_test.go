package tags_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/tags"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const base = "/servers/" + serverID + "/tags"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET "+base, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.26")
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	got, err := tags.List(t.Context(), th.ServiceClientOf("compute").WithMicroversion("2.26"), serverID).Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{"tag1", "tag2"}, got)

	testhelper.CheckFailures(t, "GET "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tags.List(ctx, c, serverID).Extract()
		return err
	})
}

func TestReplaceAll(t *testing.T) {
	for name, tc := range map[string]struct {
		opts tags.ReplaceAllOpts
		body string
	}{
		"two":   {tags.ReplaceAllOpts{Tags: []string{"tag3", "tag4"}}, replaceRequestJSON},
		"empty": {tags.ReplaceAllOpts{}, `{"tags": []}`},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT "+base, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, tc.body)
			})
			got, err := tags.ReplaceAll(t.Context(), th.ServiceClient(), serverID, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.opts.Tags == nil, len(got) == 0)
		})
	}
	testhelper.CheckFailures(t, "PUT "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tags.ReplaceAll(ctx, c, serverID, tags.ReplaceAllOpts{Tags: []string{"a"}}).Extract()
		return err
	})
}

func TestBadTagsRefusedBeforeRequest(t *testing.T) {
	th := testhelper.Setup(t) // no handler: any request fails the test
	c := th.ServiceClient()
	for _, bad := range []string{"", "a/b", "a,b", strings.Repeat("x", 61)} {
		_, err := tags.ReplaceAll(t.Context(), c, serverID, tags.ReplaceAllOpts{Tags: []string{"ok", bad}}).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%q", bad)
		assert.ErrorIs(t, tags.Add(t.Context(), c, serverID, bad).ExtractErr(), gophercloud.ErrInvalidOptions)
		assert.ErrorIs(t, tags.Delete(t.Context(), c, serverID, bad).ExtractErr(), gophercloud.ErrInvalidOptions)
		_, err = tags.Check(t.Context(), c, serverID, bad).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	}
	assert.ErrorIs(t, tags.DeleteAll(t.Context(), c, "").ExtractErr(), gophercloud.ErrInvalidOptions)
}

func TestDeleteAll(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE "+base, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, tags.DeleteAll(t.Context(), th.ServiceClient(), serverID).ExtractErr())
	testhelper.CheckFailures(t, "DELETE "+base, http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tags.DeleteAll(ctx, c, serverID).ExtractErr()
	})
}

func TestCheck(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET "+base+"/{tag}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("tag") == "tag1" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		testhelper.WriteJSON(w, http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "Server "+serverID+" doesn't have tag nope"))
	})
	ok, err := tags.Check(t.Context(), th.ServiceClient(), serverID, "tag1").Extract()
	require.NoError(t, err)
	assert.True(t, ok)
	ok, err = tags.Check(t.Context(), th.ServiceClient(), serverID, "nope").Extract()
	require.NoError(t, err)
	assert.False(t, ok)

	testhelper.CheckFailures(t, "GET "+base+"/tag1", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tags.Check(ctx, c, serverID, "tag1").Extract()
		return err
	})
}

func TestAdd(t *testing.T) {
	for _, status := range []int{http.StatusCreated, http.StatusNoContent} {
		th := testhelper.Setup(t)
		th.Handle("PUT "+base+"/web", func(w http.ResponseWriter, r *http.Request) {
			assert.Empty(t, r.Header.Get("Content-Type"), "Add sends no body")
			w.WriteHeader(status)
		})
		require.NoError(t, tags.Add(t.Context(), th.ServiceClient(), serverID, "web").ExtractErr())
	}
	th := testhelper.Setup(t)
	th.Handle("PUT "+base+"/web", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	assert.Error(t, tags.Add(t.Context(), th.ServiceClient(), serverID, "web").ExtractErr(), "200 is not an answer Add documents")

	testhelper.CheckFailures(t, "PUT "+base+"/web", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tags.Add(ctx, c, serverID, "web").ExtractErr()
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE "+base+"/web", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, tags.Delete(t.Context(), th.ServiceClient(), serverID, "web").ExtractErr())
	testhelper.CheckFailures(t, "DELETE "+base+"/web", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tags.Delete(ctx, c, serverID, "web").ExtractErr()
	})
}
