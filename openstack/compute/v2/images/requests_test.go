package images_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /images/detail", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{
				"limit": {"2"}, "status": {"ACTIVE"}, "type": {"SERVER"}, "minRam": {"256"},
				"changes-since": {"2011-01-01T00:00:00Z"},
			})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
		case "155d900f-4e14-4e4c-a73d-069cbf4541e6":
			testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
		default:
			t.Errorf("unexpected marker in %s", r.URL)
		}
	})
	opts := images.ListOpts{
		Limit: 2, Status: "ACTIVE", Type: "SERVER", MinRAM: 256,
		ChangesSince: time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	page, err := images.List(th.ServiceClient(), opts).AllPages(t.Context())
	require.NoError(t, err)
	all, err := images.ExtractImages(page)
	require.NoError(t, err)
	require.Len(t, all, 3)

	assert.Nil(t, all[0].Server)
	assert.Equal(t, "True", all[0].Metadata["auto_disk_config"])
	snap := all[1]
	assert.Equal(t, "snap-of-web-1", snap.Name)
	assert.Equal(t, int64(74185822), snap.Size)
	assert.Equal(t, 512, snap.MinRAM)
	assert.Equal(t, 1, snap.MinDisk)
	require.NotNil(t, snap.Server)
	assert.Equal(t, "aa1c6a6b-a7b0-4a27-9b8e-1b3c3a1d1f7c", snap.Server.ID)
	assert.IsType(t, []any{}, snap.Metadata["block_device_mapping"])
	assert.Equal(t, time.Date(2011, 1, 1, 1, 2, 3, 0, time.UTC), snap.Created.Time)
	assert.Equal(t, "SAVING", all[2].Status)
	assert.Equal(t, 25, all[2].Progress)
}

func TestListOpts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    images.ListOpts
		want    string
		wantErr string
	}{
		{"zero", images.ListOpts{}, "", ""},
		{"name and server", images.ListOpts{Name: "cirros", Server: "srv-1"}, "?name=cirros&server=srv-1", ""},
		{"base", images.ListOpts{Type: "BASE"}, "?type=BASE", ""},
		{"bad type", images.ListOpts{Type: "snapshot"}, "", "images.ListOpts.Type"},
		{"negative", images.ListOpts{Limit: -3}, "", "must not be negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := gophercloud.BuildQueryString(tc.opts)
			if tc.wantErr != "" {
				assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
				assert.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, u.String())
		})
	}
	th := testhelper.Setup(t) // bad options: no request at all
	_, err := images.List(th.ServiceClient(), images.ListOpts{Type: "x"}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /images/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.List(c, images.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/70a599e0-31e7-49b7-b260-868f441e862b", http.StatusOK, getJSON)
	img, err := images.Get(t.Context(), th.ServiceClient(), "70a599e0-31e7-49b7-b260-868f441e862b").Extract()
	require.NoError(t, err)
	assert.Equal(t, "fakeimage7", img.Name)
	assert.Equal(t, "ACTIVE", img.Status)
	assert.Equal(t, int64(25165824), img.Size)
	assert.Equal(t, map[string]any{"architecture": "x86_64", "kernel_id": "nokernel"}, img.Metadata)

	testhelper.CheckFailures(t, "GET /images/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestGetAfterProxyRemoval(t *testing.T) {
	// At microversion 2.36 and later Nova answers the proxy with 404.
	th := testhelper.Setup(t)
	th.Handle("GET /images/x", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.36")
		testhelper.WriteJSON(w, http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "The resource could not be found."))
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.36")
	_, err := images.Get(t.Context(), c, "x").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	deleted := false
	th.Handle("DELETE /images/x", func(w http.ResponseWriter, r *http.Request) {
		deleted = true
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, images.Delete(t.Context(), th.ServiceClient(), "x").ExtractErr())
	assert.True(t, deleted)

	testhelper.CheckFailures(t, "DELETE /images/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return images.Delete(ctx, c, "x").ExtractErr()
	})
}
