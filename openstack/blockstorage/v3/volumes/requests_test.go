package volumes_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const volID = "6edbc2f4-1507-44f8-ac0d-eed1d2608d38"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /volumes/detail", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "status": {"in-use"}, "metadata": {`{"purpose":"test"}`}, "sort": {"name:asc"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1, th.URL))
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listPage2)
	})
	all, err := volumes.List(th.ServiceClient(), volumes.ListOpts{
		Limit: 1, Status: "in-use", Metadata: volumes.MetadataFilter{"purpose": "test"}, Sort: "name:asc",
	}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	v := all[0]
	assert.Equal(t, volID, v.ID)
	assert.Equal(t, "in-use", v.Status)
	assert.Equal(t, 2, v.Size)
	assert.Equal(t, "/dev/vdb", v.Attachments[0].Device)
	assert.Equal(t, "f4fda93b-06e0-4743-8117-bc8bcecd651b", v.Attachments[0].ServerID)
	assert.Equal(t, time.Date(2016, 2, 16, 10, 0, 2, 0, time.UTC), v.Attachments[0].AttachedAt.Time)
	assert.Equal(t, "devstack@lvmdriver-1#lvmdriver-1", v.Host)
	assert.Equal(t, map[string]string{"purpose": "test"}, v.Metadata)
	assert.Equal(t, "second", all[1].Name)

	_, err = volumes.List(th.ServiceClient(), volumes.ListOpts{Limit: -1}).Collect(t.Context())
	var inv *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &inv)

	testhelper.CheckFailures(t, "GET /volumes/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.List(c, volumes.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /volumes/{id}", http.StatusOK, getJSON)
	v, err := volumes.Get(t.Context(), th.ServiceClient(), volID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "test-volume-attachments", v.Name)
	assert.Equal(t, "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d", v.VolumeTypeID)
	assert.True(t, v.ConsumesQuota)
	assert.Equal(t, "bab7d5c60cd041a0a36f7c4b6e1dd978", v.TenantID)

	_, err = volumes.Get(t.Context(), th.ServiceClient(), "").Extract()
	var inv *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &inv)

	testhelper.CheckFailures(t, "GET /volumes/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.Get(ctx, c, volID).Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /volumes", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequest)
		testhelper.WriteJSON(w, http.StatusAccepted, createResponse)
	})
	opts := volumes.CreateOpts{
		Size: 10, Name: "vol-001", Description: "Data for the web tier", AvailabilityZone: "nova",
		VolumeType: "lvmdriver-1", Metadata: map[string]string{"tier": "web"},
		SchedulerHints: map[string]any{"same_host": []string{"a0cf03a5-d921-4877-bb5c-86d26cf818e1"}},
	}
	v, err := volumes.Create(t.Context(), th.ServiceClient(), opts).Extract()
	require.NoError(t, err)
	assert.Equal(t, "creating", v.Status)
	assert.Equal(t, "2b955850-f177-45f7-9f49-ecb2c256d161", v.ID)

	testhelper.CheckFailures(t, "POST /volumes", http.StatusAccepted, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.Create(ctx, c, volumes.CreateOpts{Size: 1}).Extract()
		return err
	})
}

func TestCreateValidation(t *testing.T) {
	for name, opts := range map[string]volumes.CreateOpts{
		"no size":      {},
		"two sources":  {SnapshotID: "a", SourceVolID: "b"},
		"negative":     {Size: -1},
		"image+backup": {ImageRef: "i", BackupID: "b"},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t) // any request fails the test
			err := volumes.Create(t.Context(), th.ServiceClient(), opts).Err
			require.Error(t, err)
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "%v", err)
		})
	}
	// A source alone needs no size.
	th := testhelper.Setup(t)
	th.Handle("POST /volumes", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"volume": {"snapshot_id": "snap"}}`)
		testhelper.WriteJSON(w, http.StatusAccepted, createResponse)
	})
	require.NoError(t, volumes.Create(t.Context(), th.ServiceClient(), volumes.CreateOpts{SnapshotID: "snap"}).Err)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /volumes/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"volume": {"name": "renamed", "description": ""}}`)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	_, err := volumes.Update(t.Context(), th.ServiceClient(), volID, volumes.UpdateOpts{
		Name: gophercloud.MaybeString("renamed"), Description: new(string),
	}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /volumes/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.Update(ctx, c, volID, volumes.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /volumes/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"cascade": {"true"}})
		w.WriteHeader(http.StatusAccepted)
	})
	require.NoError(t, volumes.Delete(t.Context(), th.ServiceClient(), volID, volumes.DeleteOpts{Cascade: true}).ExtractErr())
	testhelper.CheckFailures(t, "DELETE /volumes/{id}", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return volumes.Delete(ctx, c, volID, volumes.DeleteOpts{}).ExtractErr()
	})
}

func TestMetadata(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /volumes/{id}/metadata", http.StatusOK, `{"metadata": {"a": "1"}}`)
	th.Handle("PUT /volumes/{id}/metadata", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"metadata": {"b": "2"}}`)
		testhelper.WriteJSON(w, http.StatusOK, `{"metadata": {"b": "2"}}`)
	})
	th.Handle("POST /volumes/{id}/metadata", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"metadata": {"c": "3"}}`)
		testhelper.WriteJSON(w, http.StatusOK, `{"metadata": {"b": "2", "c": "3"}}`)
	})
	th.Handle("DELETE /volumes/{id}/metadata/{key}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "b", r.PathValue("key"))
		w.WriteHeader(http.StatusOK)
	})
	ctx, c := t.Context(), th.ServiceClient()
	md, err := volumes.GetMetadata(ctx, c, volID).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"a": "1"}, md)
	md, err = volumes.ReplaceMetadata(ctx, c, volID, map[string]string{"b": "2"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"b": "2"}, md)
	md, err = volumes.UpdateMetadata(ctx, c, volID, map[string]string{"c": "3"}).Extract()
	require.NoError(t, err)
	assert.Len(t, md, 2)
	require.NoError(t, volumes.DeleteMetadatum(ctx, c, volID, "b").ExtractErr())

	testhelper.CheckFailures(t, "GET /volumes/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.GetMetadata(ctx, c, volID).Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /volumes/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.ReplaceMetadata(ctx, c, volID, nil).Extract()
		return err
	})
	testhelper.CheckFailures(t, "POST /volumes/{id}/metadata", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.UpdateMetadata(ctx, c, volID, nil).Extract()
		return err
	})
	testhelper.CheckFailures(t, "DELETE /volumes/{id}/metadata/{key}", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return volumes.DeleteMetadatum(ctx, c, volID, "k").ExtractErr()
	})
}

func TestActions(t *testing.T) {
	type call = func(context.Context, *gophercloud.ServiceClient) error
	cases := []struct {
		name string
		body string
		call call
	}{
		{"extend", `{"os-extend": {"new_size": 3}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Extend(ctx, c, volID, volumes.ExtendOpts{NewSize: 3}).ExtractErr()
		}},
		{"attach", `{"os-attach": {"instance_uuid": "srv", "mountpoint": "/dev/vdc", "mode": "rw"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Attach(ctx, c, volID, volumes.AttachOpts{InstanceUUID: "srv", MountPoint: "/dev/vdc", Mode: volumes.ModeReadWrite}).ExtractErr()
		}},
		{"detach", `{"os-detach": {"attachment_id": "att"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Detach(ctx, c, volID, volumes.DetachOpts{AttachmentID: "att"}).ExtractErr()
		}},
		{"reserve", `{"os-reserve": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Reserve(ctx, c, volID).ExtractErr()
		}},
		{"unreserve", `{"os-unreserve": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Unreserve(ctx, c, volID).ExtractErr()
		}},
		{"begin detaching", `{"os-begin_detaching": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.BeginDetaching(ctx, c, volID).ExtractErr()
		}},
		{"roll detaching", `{"os-roll_detaching": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.RollDetaching(ctx, c, volID).ExtractErr()
		}},
		{"readonly", `{"os-update_readonly_flag": {"readonly": false}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.SetReadOnly(ctx, c, volID, false).ExtractErr()
		}},
		{"bootable", `{"os-set_bootable": {"bootable": true}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.SetBootable(ctx, c, volID, true).ExtractErr()
		}},
		{"retype", `{"os-retype": {"new_type": "ssd", "migration_policy": "on-demand"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.Retype(ctx, c, volID, volumes.RetypeOpts{NewType: "ssd", MigrationPolicy: volumes.MigrationOnDemand}).ExtractErr()
		}},
		{"reset status", `{"os-reset_status": {"status": "available", "attach_status": "detached"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.ResetStatus(ctx, c, volID, volumes.ResetStatusOpts{Status: "available", AttachStatus: "detached"}).ExtractErr()
		}},
		{"force delete", `{"os-force_delete": {}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return volumes.ForceDelete(ctx, c, volID).ExtractErr()
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /volumes/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, volID, r.PathValue("id"))
				testhelper.TestJSONRequest(t, r, tc.body)
				w.WriteHeader(http.StatusAccepted)
			})
			require.NoError(t, tc.call(t.Context(), th.ServiceClient()))
			testhelper.CheckFailures(t, "POST /volumes/{id}/action", http.StatusAccepted, false, tc.call)
		})
	}
}

func TestActionValidation(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	for name, err := range map[string]error{
		"extend without size": volumes.Extend(ctx, c, volID, volumes.ExtendOpts{}).Err,
		"attach both":         volumes.Attach(ctx, c, volID, volumes.AttachOpts{MountPoint: "/dev/vdb", InstanceUUID: "a", HostName: "h"}).Err,
		"attach bad mode":     volumes.Attach(ctx, c, volID, volumes.AttachOpts{MountPoint: "/dev/vdb", InstanceUUID: "a", Mode: "rx"}).Err,
		"retype policy":       volumes.Retype(ctx, c, volID, volumes.RetypeOpts{NewType: "x", MigrationPolicy: "always"}).Err,
		"reset nothing":       volumes.ResetStatus(ctx, c, volID, volumes.ResetStatusOpts{}).Err,
		"upload without name": volumes.UploadImage(ctx, c, volID, volumes.UploadImageOpts{}).Err,
	} {
		assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "%s: %v", name, err)
	}
}

func TestUploadImage(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /volumes/{id}/action", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"os-volume_upload_image": {"image_name": "test", "force": true, "disk_format": "raw"}}`)
		testhelper.WriteJSON(w, http.StatusAccepted, uploadImageResponse)
	})
	img, err := volumes.UploadImage(t.Context(), th.ServiceClient(), volID, volumes.UploadImageOpts{ImageName: "test", Force: true, DiskFormat: "raw"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "ecb92d98-de08-45db-8235-bbafe317269c", img.ImageID)
	assert.Equal(t, "uploading", img.Status)
	testhelper.CheckFailures(t, "POST /volumes/{id}/action", http.StatusAccepted, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.UploadImage(ctx, c, volID, volumes.UploadImageOpts{ImageName: "x"}).Extract()
		return err
	})
}

func statusServer(t *testing.T, statuses ...string) *testhelper.Server {
	th := testhelper.Setup(t)
	var n atomic.Int32
	th.Handle("GET /volumes/{id}", func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i >= len(statuses) {
			i = len(statuses) - 1
		}
		if statuses[i] == "404" {
			testhelper.WriteJSON(w, http.StatusNotFound, `{"itemNotFound": {"code": 404, "message": "Volume could not be found."}}`)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(`{"volume": {"id": %q, "status": %q}}`, volID, statuses[i]))
	})
	return th
}

func TestWaitForStatus(t *testing.T) {
	fast := gophercloud.WaitOpts{Interval: time.Millisecond}
	t.Run("reaches", func(t *testing.T) {
		th := statusServer(t, "creating", "creating", "available")
		require.NoError(t, volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "available", fast))
	})
	t.Run("deleted", func(t *testing.T) {
		th := statusServer(t, "deleting", "404")
		require.NoError(t, volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "deleted", fast))
	})
	t.Run("error with reason", func(t *testing.T) {
		th := statusServer(t, "extending", "error_extending")
		th.Handle("GET /messages", func(w http.ResponseWriter, r *http.Request) {
			testhelper.TestHeader(t, r, "OpenStack-API-Version", "volume 3.5")
			assert.Equal(t, volID, r.URL.Query().Get("resource_uuid"))
			testhelper.WriteJSON(w, http.StatusOK, messagesJSON)
		})
		c := th.ServiceClientOf("block-storage")
		err := volumes.WaitForStatus(t.Context(), c, volID, "available", fast)
		var se *blockstorage.ErrStatus
		require.ErrorAs(t, err, &se)
		assert.Equal(t, "error_extending", se.Status)
		assert.Contains(t, err.Error(), "Compute service failed to extend volume")
	})
	t.Run("a message about another resource is no reason", func(t *testing.T) {
		th := statusServer(t, "error")
		// A Cinder that ignores the filter answers with any newest message.
		th.HandleJSON("GET /messages", http.StatusOK, strings.Replace(messagesJSON, volID, "00000000-0000-0000-0000-000000000000", 1))
		err := volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "available", fast)
		var se *blockstorage.ErrStatus
		require.ErrorAs(t, err, &se)
		assert.NotContains(t, err.Error(), "Compute service failed")
		assert.Contains(t, err.Error(), "no reason")
	})
	t.Run("error without messages", func(t *testing.T) {
		th := statusServer(t, "error")
		th.HandleJSON("GET /messages", http.StatusNotFound, `{}`)
		err := volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "available", fast)
		var se *blockstorage.ErrStatus
		require.ErrorAs(t, err, &se)
		assert.Contains(t, err.Error(), "no reason")
	})
	t.Run("timeout", func(t *testing.T) {
		th := statusServer(t, "creating")
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
		defer cancel()
		err := volumes.WaitForStatus(ctx, th.ServiceClient(), volID, "available", fast)
		require.ErrorIs(t, err, gophercloud.ErrTimeout)
		assert.Contains(t, err.Error(), `still "creating"`)
	})
	t.Run("get fails", func(t *testing.T) {
		th := statusServer(t, "404")
		err := volumes.WaitForStatus(t.Context(), th.ServiceClient(), volID, "available", fast)
		require.ErrorIs(t, err, gophercloud.ErrNotFound)
	})
}
