package apiversions_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// computeClient is a client whose endpoint is the version URL with a
// project, as a catalog gives it.
func computeClient(th *testhelper.Server) *gophercloud.ServiceClient {
	c := th.ServiceClientOf("compute")
	c.Endpoint = th.Endpoint() + "v2.1/6f70656e737461636b20342065766572/"
	return c
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listJSON, th.Endpoint(), th.Endpoint()))
	})
	got, err := apiversions.List(t.Context(), computeClient(th)).Extract()
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, apiversions.Version{
		ID: "v2.1", Status: apiversions.StatusCurrent, Version: "2.93", MinVersion: "2.1",
		Updated: gophercloud.NewJSONTime(time.Date(2013, 7, 23, 11, 33, 21, 0, time.UTC)),
		Links:   []gophercloud.Link{{Href: th.Endpoint() + "v2.1/", Rel: "self"}},
	}, got[1])
	assert.Equal(t, apiversions.StatusSupported, got[0].Status)

	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := apiversions.List(ctx, c).Extract()
		return err
	})
}

func TestListMultipleChoices(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusMultipleChoices, fmt.Sprintf(listJSON, th.Endpoint(), th.Endpoint()))
	})
	got, err := apiversions.List(t.Context(), computeClient(th)).Extract()
	require.NoError(t, err, "300 Multiple Choices is how some deployments answer GET /")
	assert.Len(t, got, 2)
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /v2.1/", http.StatusOK, getJSON)
	v, err := apiversions.Get(t.Context(), computeClient(th), "v2.1").Extract()
	require.NoError(t, err)
	assert.Equal(t, "2.93", v.Version)
	assert.Equal(t, "2.1", v.MinVersion)
	assert.Equal(t, []apiversions.MediaType{{Base: "application/json", Type: "application/vnd.openstack.compute+json;version=2.1"}}, v.MediaTypes)
	assert.Len(t, v.Links, 2)

	testhelper.CheckFailures(t, "GET /v2.1/", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := apiversions.Get(ctx, c, "v2.1").Extract()
		return err
	})
	for _, bad := range []string{"", "..", "."} {
		_, err := apiversions.Get(t.Context(), computeClient(th), bad).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%q", bad)
	}
}

func TestRootUnderAPathPrefix(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /compute/v2.1/", http.StatusOK, getJSON)
	th.Handle("GET /compute/", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listJSON, th.Endpoint(), th.Endpoint()))
	})
	c := th.ServiceClientOf("compute")
	c.Endpoint = th.Endpoint() + "compute/v2.1/"
	_, err := apiversions.Get(t.Context(), c, "v2.1").Extract()
	require.NoError(t, err)
	_, err = apiversions.List(t.Context(), c).Extract()
	require.NoError(t, err)
}
