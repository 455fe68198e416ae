package flavors_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/general1-1", http.StatusOK, getJSON)
	r := flavors.Get(t.Context(), th.ServiceClient(), "general1-1")
	f, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, "1 GB General Purpose v1", f.Name)
	assert.Equal(t, 1024, f.RAM)
	assert.Equal(t, 0, f.Swap)
	assert.Equal(t, 200.0, f.RxTxFactor)
	specs, err := flavors.ExtractExtraSpecs(r.Result)
	require.NoError(t, err)
	assert.Equal(t, flavors.ExtraSpecs{Class: "general1", PolicyClass: "general_flavor", ResizePolicyClass: "general_flavor", DiskIOIndex: 40}, *specs)

	testhelper.CheckFailures(t, "GET /flavors/f", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.Get(ctx, c, "f").Extract()
		return err
	})
	testhelper.CheckFailures(t, "GET /flavors/f", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.ExtractExtraSpecs(flavors.Get(ctx, c, "f").Result)
		return err
	})
}

func TestExtraSpecsMissingOrBad(t *testing.T) {
	for name, body := range map[string]string{
		"missing":       `{"flavor": {"id": "2", "name": "512MB Standard Instance"}}`,
		"not a number":  `{"flavor": {"OS-FLV-WITH-EXT-SPECS:extra_specs": {"number_of_data_disks": "many"}}}`,
		"not an object": `{"flavor": {"OS-FLV-WITH-EXT-SPECS:extra_specs": []}}`,
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /flavors/2", http.StatusOK, body)
			_, err := flavors.ExtractExtraSpecs(flavors.Get(t.Context(), th.ServiceClient(), "2").Result)
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
		})
	}
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /flavors/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"minRam": {"2048"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := flavors.List(th.ServiceClient(), flavors.ListOpts{MinRAM: 2048}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "io1-15", all[1].ID)
	assert.Equal(t, 150, all[1].Ephemeral)
	testhelper.CheckFailures(t, "GET /flavors/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.List(c, flavors.ListOpts{}).Collect(ctx)
		return err
	})
}
