package apiversions_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, versionsJSON)
	})
	c := th.ServiceClient()
	c.ResourceBase = c.Endpoint + "v2.0/"
	vs, err := apiversions.List(t.Context(), c).Extract()
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "v2.0", vs[0].ID)
	assert.Equal(t, "CURRENT", vs[0].Status)
	assert.Equal(t, []gophercloud.Link{{Href: "http://23.253.228.211:9696/v2.0/", Rel: "self"}}, vs[0].Links)
	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := apiversions.List(ctx, c).Extract()
		return err
	})
}

func TestListResources(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v2.0/{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, resourcesJSON)
	})
	c := th.ServiceClient()
	c.ResourceBase = c.Endpoint + "v2.0/"
	rs, err := apiversions.ListResources(t.Context(), c).Extract()
	require.NoError(t, err)
	require.Len(t, rs, 3)
	assert.Equal(t, "network", rs[1].Name)
	assert.Equal(t, "networks", rs[1].Collection)
	assert.Equal(t, "http://23.253.228.211:9696/v2.0/ports", rs[2].Links[0].Href)
	testhelper.CheckFailures(t, "GET /v2.0/{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		c.ResourceBase = c.Endpoint + "v2.0/"
		_, err := apiversions.ListResources(ctx, c).Extract()
		return err
	})
}
