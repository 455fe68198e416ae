package images_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const imageID = "1bea47ed-f6a9-463b-b423-14b9cca9ad27"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /images", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "tag": {"a", "b"}, "sort": {"name:asc"}, "os_hidden": {"false"}})
			testhelper.WriteJSON(w, http.StatusOK, listPage1)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listPage2)
	})
	f := false
	all, err := images.List(th.ServiceClient(), images.ListOpts{Limit: 1, Tags: []string{"a", "b"}, Sort: "name:asc", Hidden: &f}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	img := all[0]
	assert.Equal(t, imageID, img.ID)
	assert.Equal(t, int64(13167616), *img.Size)
	assert.Nil(t, img.VirtualSize)
	assert.Equal(t, "sha512", img.HashAlgo)
	assert.Equal(t, time.Date(2014, 5, 5, 17, 15, 10, 0, time.UTC), img.CreatedAt.Time)
	assert.Equal(t, map[string]string{"hw_disk_bus": "scsi", "os_glance_importing_to_stores": "", "os_sha_count": "3"}, img.Properties)
	assert.Nil(t, all[1].Size)
	assert.Nil(t, all[1].Properties)

	_, err = images.List(th.ServiceClient(), images.ListOpts{Sort: "name", SortKey: "name"}).Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "GET /images", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.List(c, images.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/{id}", http.StatusOK, imageJSON)
	img, err := images.Get(t.Context(), th.ServiceClient(), imageID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "cirros-0.3.2-x86_64-disk", img.Name)
	assert.Equal(t, "64d7c1cd2b6f60c92c14662941cb7913", img.Checksum)
	testhelper.CheckFailures(t, "GET /images/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.Get(ctx, c, imageID).Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /images", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequest)
		testhelper.WriteJSON(w, http.StatusCreated, createResponse)
	})
	tr := true
	img, err := images.Create(t.Context(), th.ServiceClient(), images.CreateOpts{
		Name: "Ubuntu", ID: "b2173dd3-7ad6-4362-baa6-a68bce3565cb", Visibility: images.Private,
		Tags: []string{"ubuntu", "quantal"}, ContainerFormat: "bare", DiskFormat: "raw", Hidden: &tr,
		Properties: map[string]string{"hw_disk_bus": "scsi"},
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "queued", img.Status)
	assert.True(t, img.Hidden)
	assert.Equal(t, "scsi", img.Properties["hw_disk_bus"])

	for name, opts := range map[string]images.CreateOpts{
		"visibility":        {Visibility: "everyone"},
		"property is field": {Properties: map[string]string{"name": "x"}},
	} {
		assert.ErrorIs(t, images.Create(t.Context(), th.ServiceClient(), opts).Err, gophercloud.ErrInvalidOptions, name)
	}
	testhelper.CheckFailures(t, "POST /images", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.Create(ctx, c, images.CreateOpts{Name: "x"}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PATCH /images/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "Content-Type", images.PatchContentType)
		r.Header.Set("Content-Type", "application/json") // for TestJSONRequest
		testhelper.TestJSONRequest(t, r, updateRequest)
		testhelper.WriteJSON(w, http.StatusOK, imageJSON)
	})
	_, err := images.Update(t.Context(), th.ServiceClient(), imageID, images.UpdateOpts{
		images.Replace("name", "Fedora 17"),
		images.Add("a/b", "1"),
		images.Remove("hw_disk_bus"),
		images.Replace("tags", []string{"fedora", "beefy"}),
	}).Extract()
	require.NoError(t, err)

	for name, opts := range map[string]images.UpdateOpts{
		"empty":   {},
		"bad op":  {{Op: "move", Path: "/name"}},
		"no path": {{Op: images.OpReplace, Path: "name"}},
	} {
		err := images.Update(t.Context(), th.ServiceClient(), imageID, opts).Err
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
	testhelper.CheckFailures(t, "PATCH /images/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := images.Update(ctx, c, imageID, images.UpdateOpts{images.Replace("name", "x")}).Extract()
		return err
	})
}

func TestNoBodyCalls(t *testing.T) {
	type call = func(context.Context, *gophercloud.ServiceClient) error
	for _, tc := range []struct {
		pattern string
		call    call
	}{
		{"DELETE /images/{id}", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return images.Delete(ctx, c, imageID).ExtractErr()
		}},
		{"PUT /images/{id}/tags/{tag}", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return images.AddTag(ctx, c, imageID, "x y").ExtractErr()
		}},
		{"DELETE /images/{id}/tags/{tag}", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return images.DeleteTag(ctx, c, imageID, "x y").ExtractErr()
		}},
		{"POST /images/{id}/actions/deactivate", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return images.Deactivate(ctx, c, imageID).ExtractErr()
		}},
		{"POST /images/{id}/actions/reactivate", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return images.Reactivate(ctx, c, imageID).ExtractErr()
		}},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, imageID, r.PathValue("id"))
				if tag := r.PathValue("tag"); tag != "" {
					assert.Equal(t, "x y", tag)
				}
				w.WriteHeader(http.StatusNoContent)
			})
			require.NoError(t, tc.call(t.Context(), th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, http.StatusNoContent, false, tc.call)
		})
	}
}

func TestWaitForStatus(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/{id}", http.StatusOK, `{"id": "`+imageID+`", "status": "killed", "os_glance_failed_import": "fast"}`)
	err := images.WaitForStatus(t.Context(), th.ServiceClient(), imageID, "active", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *images.ErrStatus
	require.True(t, errors.As(err, &se), "%v", err)
	assert.Equal(t, "fast", se.FailedImport)
}
