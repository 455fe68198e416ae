package images_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	osimages "github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetAndProperties(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/e19a734c-c7e6-443a-830c-242209c4d65d", http.StatusOK, getJSON)
	img, err := images.Get(t.Context(), th.ServiceClient(), "e19a734c-c7e6-443a-830c-242209c4d65d").Extract()
	require.NoError(t, err)
	assert.Equal(t, int64(1185138011), img.Size)
	assert.Equal(t, images.Properties{ImageType: "base", OSType: "linux", OSDistro: "org.ubuntu", OSVersion: "22.04", VisibleCore: true}, images.PropertiesOf(*img))
	assert.Equal(t, images.Properties{}, images.PropertiesOf(images.Image{Metadata: map[string]any{"os_type": []any{"odd"}}}))
	testhelper.CheckFailures(t, "GET /images/i", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.Get(ctx, c, "i").Extract()
		return err
	})
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /images/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"type": {"SNAPSHOT"}, "status": {"SAVING"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := images.List(th.ServiceClient(), images.ListOpts{ImageType: "SNAPSHOT", ListOpts: osimages.ListOpts{Status: "SAVING"}}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "snapshot", images.PropertiesOf(all[1]).ImageType)
	assert.Equal(t, "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5", all[1].Server.ID)
	for _, bad := range []images.ListOpts{{ImageType: "SERVER"}, {ListOpts: osimages.ListOpts{Type: "BASE"}}, {ListOpts: osimages.ListOpts{Limit: -1}}} {
		_, err := images.List(th.ServiceClient(), bad).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	}
	testhelper.CheckFailures(t, "GET /images/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.List(c, images.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /images/i", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, images.Delete(t.Context(), th.ServiceClient(), "i").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /images/i", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return images.Delete(ctx, c, "i").ExtractErr()
	})
}
