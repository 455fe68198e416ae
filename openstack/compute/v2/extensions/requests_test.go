package extensions_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions", http.StatusOK, listJSON)
	page, err := extensions.List(th.ServiceClient()).AllPages(t.Context())
	require.NoError(t, err)
	exts, err := extensions.ExtractExtensions(page)
	require.NoError(t, err)
	require.Len(t, exts, 3)
	assert.Equal(t, extensions.Extension{
		Alias: "OS-DCF", Name: "DiskConfig", Description: "Disk Management Extension.",
		Namespace: "http://docs.openstack.org/compute/ext/fake_xml",
		Updated:   gophercloud.NewJSONTime(time.Date(2014, 12, 3, 0, 0, 0, 0, time.UTC)),
		Links:     []gophercloud.Link{},
	}, exts[1])

	testhelper.CheckFailures(t, "GET /extensions", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.List(c).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/os-agents", http.StatusOK, getJSON)
	ext, err := extensions.Get(t.Context(), th.ServiceClient(), "os-agents").Extract()
	require.NoError(t, err)
	assert.Equal(t, "Agents", ext.Name)
	assert.Equal(t, "os-agents", ext.Alias)

	testhelper.CheckFailures(t, "GET /extensions/os-agents", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.Get(ctx, c, "os-agents").Extract()
		return err
	})
}

func TestGetUnknown(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/os-nope", http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "Extension os-nope could not be found."))
	_, err := extensions.Get(t.Context(), th.ServiceClient(), "os-nope").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
