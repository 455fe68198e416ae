package imageimport_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imageimport"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetInfo(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /info/import", http.StatusOK, infoJSON)
	info, err := imageimport.GetInfo(t.Context(), th.ServiceClient()).Extract()
	require.NoError(t, err)
	assert.Equal(t, imageimport.ImportInfo{ImportMethods: imageimport.ImportMethods{
		Description: "Import methods available.",
		Type:        "array",
		Value:       []string{imageimport.GlanceDirectMethod, imageimport.WebDownloadMethod, imageimport.CopyImageMethod},
	}}, info)
	testhelper.CheckFailures(t, "GET /info/import", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := imageimport.GetInfo(ctx, c).Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	no := false
	cases := []struct {
		name string
		opts imageimport.CreateOpts
		body string
	}{
		{"glance-direct", imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod},
			`{"method": {"name": "glance-direct"}}`},
		{"web-download", imageimport.CreateOpts{Name: imageimport.WebDownloadMethod, URI: "https://download.example.com/cirros.img"},
			`{"method": {"name": "web-download", "uri": "https://download.example.com/cirros.img"}}`},
		{"copy-image to stores", imageimport.CreateOpts{Name: imageimport.CopyImageMethod, Stores: []string{"common", "cheap"}, AllStoresMustSucceed: &no},
			`{"method": {"name": "copy-image"}, "stores": ["common", "cheap"], "all_stores_must_succeed": false}`},
		{"copy-image all stores", imageimport.CreateOpts{Name: imageimport.CopyImageMethod, AllStores: true},
			`{"method": {"name": "copy-image"}, "all_stores": true}`},
		{"glance-download", imageimport.CreateOpts{Name: imageimport.GlanceDownloadMethod},
			`{"method": {"name": "glance-download"}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /images/{id}/import", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, imageID, r.PathValue("id"))
				testhelper.TestJSONRequest(t, r, tc.body)
				w.WriteHeader(http.StatusAccepted)
			})
			require.NoError(t, imageimport.Create(t.Context(), th.ServiceClient(), imageID, tc.opts).ExtractErr())
		})
	}
	testhelper.CheckFailures(t, "POST /images/{id}/import", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return imageimport.Create(ctx, c, imageID, imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr()
	})
}

func TestCreateWants202(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST /images/{id}/import", http.StatusOK, `{}`)
	err := imageimport.Create(t.Context(), th.ServiceClient(), imageID, imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr()
	var unexpected *gophercloud.ErrUnexpectedResponseCode
	require.ErrorAs(t, err, &unexpected)
}

func TestCreateRejectsBadOpts(t *testing.T) {
	th := testhelper.Setup(t)
	cases := map[string]struct {
		opts    imageimport.CreateOpts
		missing bool
	}{
		"no method":                {imageimport.CreateOpts{}, true},
		"web-download without URI": {imageimport.CreateOpts{Name: imageimport.WebDownloadMethod}, true},
		"glance-direct with URI":   {imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod, URI: "https://example.com/x"}, false},
		"unknown method":           {imageimport.CreateOpts{Name: "ftp"}, false},
		"stores and all stores":    {imageimport.CreateOpts{Name: imageimport.CopyImageMethod, Stores: []string{"a"}, AllStores: true}, false},
	}
	for name, tc := range cases {
		err := imageimport.Create(t.Context(), th.ServiceClient(), imageID, tc.opts).ExtractErr()
		if tc.missing {
			var missing *gophercloud.ErrMissingInput
			assert.ErrorAs(t, err, &missing, name)
		} else {
			var invalid *gophercloud.ErrInvalidInput
			assert.ErrorAs(t, err, &invalid, name)
		}
	}
	err := imageimport.Create(t.Context(), th.ServiceClient(), "", imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr()
	require.Error(t, err)
}
