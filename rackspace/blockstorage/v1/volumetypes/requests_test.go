package volumetypes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/blockstorage/v1/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /types", http.StatusOK, listJSON)
	all, err := volumetypes.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "SATA", all[0].Name)
	testhelper.CheckFailures(t, "GET /types", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumetypes.List(c).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /types/2", http.StatusOK, getJSON)
	vt, err := volumetypes.Get(t.Context(), th.ServiceClient(), "2").Extract()
	require.NoError(t, err)
	assert.Equal(t, volumetypes.VolumeType{ID: "2", Name: "SSD", ExtraSpecs: map[string]string{}}, *vt)
	testhelper.CheckFailures(t, "GET /types/2", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumetypes.Get(ctx, c, "2").Extract()
		return err
	})
}
