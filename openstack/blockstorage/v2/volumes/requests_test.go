package volumes_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const volID = "6edbc2f4-1507-44f8-ac0d-eed1d2608d38"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /volumes/detail", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			testhelper.WriteJSON(w, http.StatusOK, listPage2)
			return
		}
		testhelper.TestQuery(t, r, url.Values{"name": {"test-volume"}, "limit": {"1"}})
		testhelper.WriteJSON(w, http.StatusOK, strings.Replace(listPage1, "{base}", th.URL, 1))
	})
	all, err := volumes.List(th.ServiceClient(), volumes.ListOpts{Name: "test-volume", Limit: 1}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 1)
	v := all[0]
	assert.Equal(t, volID, v.ID)
	assert.Equal(t, 2, v.Size)
	assert.Equal(t, "bab7d5c60cd041a0a36f7c4b6e1dd978", v.TenantID)
	assert.Equal(t, time.Date(2016, 2, 29, 19, 15, 5, 0, time.UTC), v.CreatedAt.Time)
	testhelper.CheckFailures(t, "GET /volumes/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.List(c, volumes.ListOpts{}).Collect(ctx)
		return err
	})
	_, err = volumes.List(th.ServiceClient(), volumes.ListOpts{Limit: -1}).Collect(t.Context())
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestCalls(t *testing.T) {
	name := func(v *volumes.Volume) any { return v.Name }
	bstest.Run(t, []bstest.Call{
		{Name: "create", Pattern: "POST /volumes", Status: http.StatusAccepted, Decodes: true,
			Request:  `{"volume": {"size": 2, "name": "test-volume", "metadata": {"readonly": "false"}}}`,
			Response: `{"volume": ` + volumeJSON + `}`, Want: "test-volume",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(volumes.Create(ctx, c, volumes.CreateOpts{Size: 2, Name: "test-volume", Metadata: map[string]string{"readonly": "false"}}).Extract())
			}},
		{Name: "get", Pattern: "GET /volumes/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"volume": ` + volumeJSON + `}`, Want: "test-volume",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(volumes.Get(ctx, c, volID).Extract())
			}},
		{Name: "update", Pattern: "PUT /volumes/{id}", Status: http.StatusOK, Decodes: true,
			Request: `{"volume": {"name": "test-volume"}}`, Response: `{"volume": ` + volumeJSON + `}`, Want: "test-volume",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(volumes.Update(ctx, c, volID, volumes.UpdateOpts{Name: gophercloud.MaybeString("test-volume")}).Extract())
			}},
		{Name: "delete", Pattern: "DELETE /volumes/{id}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumes.Delete(ctx, c, volID, volumes.DeleteOpts{Cascade: true}).ExtractErr())
			}},
		{Name: "get metadata", Pattern: "GET /volumes/{id}/metadata", Status: http.StatusOK, Decodes: true,
			Response: `{"metadata": {"a": "1"}}`, Want: map[string]string{"a": "1"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumes.GetMetadata(ctx, c, volID).Extract()
			}},
		{Name: "replace metadata", Pattern: "PUT /volumes/{id}/metadata", Status: http.StatusOK, Decodes: true,
			Request: `{"metadata": {"a": "1"}}`, Response: `{"metadata": {"a": "1"}}`, Want: map[string]string{"a": "1"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumes.ReplaceMetadata(ctx, c, volID, map[string]string{"a": "1"}).Extract()
			}},
		{Name: "update metadata", Pattern: "POST /volumes/{id}/metadata", Status: http.StatusOK, Decodes: true,
			Request: `{"metadata": {"b": "2"}}`, Response: `{"metadata": {"a": "1", "b": "2"}}`, Want: map[string]string{"a": "1", "b": "2"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumes.UpdateMetadata(ctx, c, volID, map[string]string{"b": "2"}).Extract()
			}},
		{Name: "delete metadatum", Pattern: "DELETE /volumes/{id}/metadata/{key}", Status: http.StatusOK,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumes.DeleteMetadatum(ctx, c, volID, "a").ExtractErr())
			}},
		{Name: "extend", Pattern: "POST /volumes/{id}/action", Status: http.StatusAccepted,
			Request: `{"os-extend": {"new_size": 3}}`,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumes.Extend(ctx, c, volID, volumes.ExtendOpts{NewSize: 3}).ExtractErr())
			}},
		{Name: "reset status", Pattern: "POST /volumes/{id}/action", Status: http.StatusAccepted,
			Request: `{"os-reset_status": {"status": "available"}}`,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumes.ResetStatus(ctx, c, volID, volumes.ResetStatusOpts{Status: "available"}).ExtractErr())
			}},
	})
}

func TestValidation(t *testing.T) {
	c := testhelper.Setup(t).ServiceClient()
	ctx := t.Context()
	for name, err := range map[string]error{
		"no size":        volumes.Create(ctx, c, volumes.CreateOpts{}).Err,
		"two sources":    volumes.Create(ctx, c, volumes.CreateOpts{SnapshotID: "s", SourceVolID: "v"}).Err,
		"negative size":  volumes.Create(ctx, c, volumes.CreateOpts{Size: -1}).Err,
		"no new size":    volumes.Extend(ctx, c, volID, volumes.ExtendOpts{}).Err,
		"no reset state": volumes.ResetStatus(ctx, c, volID, volumes.ResetStatusOpts{}).Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestWaitForStatus(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /volumes/{id}", http.StatusOK, `{"volume": {"id": "x", "status": "error_extending"}}`)
	th.HandleJSON("GET /messages", http.StatusNotFound, `{}`)
	err := volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "available", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error_extending", se.Status)
}
