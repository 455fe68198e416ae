package apiversions_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Written from the Block Storage API reference (what Zed answers).
const versionsJSON = `{"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0",
  "updated": "2022-08-31T00:00:00Z", "links": [{"rel": "self", "href": "http://localhost:8776/v3/"}]}]}`

func TestList(t *testing.T) {
	bstest.Run(t, []bstest.Call{{Name: "list", Pattern: "GET /{$}", Response: versionsJSON, Status: http.StatusMultipleChoices, Decodes: true,
		Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
			c.Endpoint += "v3/0c2eba2c5af04d3f9e9d0d410b371fde/"
			vs, err := apiversions.List(ctx, c).Extract()
			if err != nil {
				return nil, err
			}
			return vs[0].ID + " " + vs[0].MinVersion + "-" + vs[0].Version, nil
		}, Want: "v3.0 3.0-3.70"}})
}

func TestMicroversions(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v3/p/", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusNotFound, `{}`)
	})
	th.Handle("GET /v3/", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0", "links": [{"rel": "self", "href": "`+th.URL+`/v3/"}]}]}`)
	})
	c := th.ServiceClientOf("block-storage")
	c.Endpoint += "v3/p/"
	r, err := apiversions.Microversions(t.Context(), c)
	require.NoError(t, err)
	assert.True(t, r.Supports(openstack.Microversion{Major: 3, Minor: 47}))
	assert.Equal(t, "3.0 to 3.70", r.String())
}
