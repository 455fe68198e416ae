package volumeattach_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/volumeattach"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const collection = "/servers/" + serverID + "/os-volume_attachments"

func TestList(t *testing.T) {
	for _, tc := range []struct {
		name  string
		opts  volumeattach.ListOpts
		query url.Values
	}{
		{"all", volumeattach.ListOpts{}, nil},
		{"offset page", volumeattach.ListOpts{Limit: 2, Offset: 2}, url.Values{"limit": {"2"}, "offset": {"2"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			requests := 0
			th.Handle("GET "+collection, func(w http.ResponseWriter, r *http.Request) {
				requests++
				if requests > 1 { // the next offset page: past the end
					testhelper.TestQuery(t, r, url.Values{"limit": {"2"}, "offset": {"4"}})
					testhelper.WriteJSON(w, http.StatusOK, `{"volumeAttachments": []}`)
					return
				}
				testhelper.TestQuery(t, r, tc.query)
				testhelper.WriteJSON(w, http.StatusOK, listJSON)
			})
			page, err := volumeattach.List(th.ServiceClient(), serverID, tc.opts).AllPages(t.Context())
			require.NoError(t, err)
			got, err := volumeattach.ExtractVolumeAttachments(page)
			require.NoError(t, err)
			require.Len(t, got, 2)
			assert.Equal(t, volumeattach.VolumeAttachment{
				ID: "227cc671-f30b-4488-96fd-7d0bf13648d8", Device: "/dev/sdc", ServerID: serverID,
				VolumeID: "227cc671-f30b-4488-96fd-7d0bf13648d8",
			}, got[0])
			assert.True(t, got[1].DeleteOnTermination)
			assert.Equal(t, "foo", got[1].Tag)
		})
	}
	th := testhelper.Setup(t)
	_, err := volumeattach.List(th.ServiceClient(), serverID, volumeattach.ListOpts{Limit: -1}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "GET "+collection, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumeattach.List(c, serverID, volumeattach.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestCreate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    volumeattach.CreateOpts
		request string
	}{
		{"minimal", volumeattach.CreateOpts{VolumeID: volumeID}, `{"volumeAttachment": {"volumeId": "` + volumeID + `"}}`},
		{"every option at 2.79", volumeattach.CreateOpts{VolumeID: volumeID, Device: "/dev/sdb", Tag: "foo", DeleteOnTermination: true}, createRequestJSON},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST "+collection, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.request)
				testhelper.WriteJSON(w, http.StatusOK, attachmentJSON)
			})
			a, err := volumeattach.Create(t.Context(), th.ServiceClient(), serverID, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, volumeattach.VolumeAttachment{
				ID: volumeID, Device: "/dev/sdb", ServerID: serverID, VolumeID: volumeID, Tag: "foo", DeleteOnTermination: true,
			}, *a)
		})
	}
	th := testhelper.Setup(t)
	_, err := volumeattach.Create(t.Context(), th.ServiceClient(), serverID, volumeattach.CreateOpts{Device: "/dev/vdb"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.ErrorContains(t, err, "volumeattach.CreateOpts.VolumeID")
	testhelper.CheckFailures(t, "POST "+collection, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumeattach.Create(ctx, c, serverID, volumeattach.CreateOpts{VolumeID: volumeID}).Extract()
		return err
	})
}

func TestCreateVolumeInUse(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST "+collection, http.StatusBadRequest,
		testhelper.Fault("badRequest", 400, "Invalid volume: volume a26887c6 status must be 'available'. Currently in 'in-use'"))
	_, err := volumeattach.Create(t.Context(), th.ServiceClient(), serverID, volumeattach.CreateOpts{VolumeID: volumeID}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrBadRequest)
	assert.ErrorContains(t, err, "must be 'available'")
}

func TestGet(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want volumeattach.VolumeAttachment
	}{
		{"2.79", attachmentJSON, volumeattach.VolumeAttachment{
			ID: volumeID, Device: "/dev/sdb", ServerID: serverID, VolumeID: volumeID, Tag: "foo", DeleteOnTermination: true,
		}},
		{"2.89", attachment289JSON, volumeattach.VolumeAttachment{
			Device: "/dev/sdb", ServerID: serverID, VolumeID: volumeID, Tag: "foo", DeleteOnTermination: true,
			AttachmentID: "979ce4f8-033a-409d-85e6-6b5c0f6a6302", BDMUUID: "c088db45-92b8-49e8-81e2-a1b77a144b3b",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET "+collection+"/"+volumeID, http.StatusOK, tc.body)
			a, err := volumeattach.Get(t.Context(), th.ServiceClient(), serverID, volumeID).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.want, *a)
		})
	}
	testhelper.CheckFailures(t, "GET "+collection+"/"+volumeID, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumeattach.Get(ctx, c, serverID, volumeID).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	calls := 0
	th.Handle("DELETE "+collection+"/"+volumeID, func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.WriteHeader(http.StatusAccepted)
	})
	require.NoError(t, volumeattach.Delete(t.Context(), th.ServiceClient(), serverID, volumeID).ExtractErr())
	assert.Equal(t, 1, calls)
	testhelper.CheckFailures(t, "DELETE "+collection+"/"+volumeID, http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return volumeattach.Delete(ctx, c, serverID, volumeID).ExtractErr()
	})
}

// From microversion 2.101 Nova attaches asynchronously: 202 and no body.
// Up to 2.100 it answers 200 with the attachment.
func TestCreateByMicroversion(t *testing.T) {
	for _, tc := range []struct {
		mv     string
		status int
		body   string
	}{
		{"2.79", http.StatusOK, attachmentJSON},
		{"2.101", http.StatusAccepted, ""},
	} {
		t.Run(tc.mv, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST "+collection, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", tc.mv)
				testhelper.TestJSONRequest(t, r, `{"volumeAttachment": {"volumeId": "`+volumeID+`"}}`)
				if tc.body == "" {
					w.WriteHeader(tc.status)
					return
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			c := th.ServiceClientOf("compute").WithMicroversion(tc.mv)
			r := volumeattach.Create(t.Context(), c, serverID, volumeattach.CreateOpts{VolumeID: volumeID})
			require.NoError(t, r.Err, "the attach was accepted")
			assert.Equal(t, tc.status, r.StatusCode)
			a, err := r.Extract()
			if tc.body == "" {
				assert.ErrorIs(t, err, gophercloud.ErrNoBody)
				assert.ErrorContains(t, err, "no body")
				assert.Nil(t, a)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, volumeID, a.VolumeID)
		})
	}
}
