package volumes_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const volID = "2402b902-0b7a-458c-9c07-7435a826f794"

var vol = volumes.Volume{
	ID: volID, Name: "vol-001", Description: "Another volume.", Status: "available", Size: 30,
	AvailabilityZone: "us-east1", CreatedAt: gophercloud.JSONTime{Time: time.Date(2013, 2, 20, 7, 36, 44, 893964000, time.UTC)},
	Attachments: []volumes.Attachment{}, VolumeType: "289da7f8-6440-407c-9fb4-7db01ec49164",
	Metadata: map[string]string{"contents": "junk"}, Bootable: "false",
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /volumes/detail", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"display_name": {"vol-001"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := volumes.List(th.ServiceClient(), volumes.ListOpts{Name: "vol-001"}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []volumes.Volume{vol}, all)
	testhelper.CheckFailures(t, "GET /volumes/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumes.List(c, volumes.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestCalls(t *testing.T) {
	self := func(v *volumes.Volume) any { return *v }
	bstest.Run(t, []bstest.Call{
		{Name: "create", Pattern: "POST /volumes", Status: http.StatusOK, Decodes: true,
			Request:  `{"volume": {"display_name": "vol-001", "display_description": "Another volume.", "size": 30, "volume_type": "289da7f8-6440-407c-9fb4-7db01ec49164", "metadata": {"contents": "junk"}, "availability_zone": "us-east1"}}`,
			Response: `{"volume": ` + volumeJSON + `}`, Want: vol,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(volumes.Create(ctx, c, volumes.CreateOpts{
					Name: "vol-001", Description: "Another volume.", Size: 30, VolumeType: "289da7f8-6440-407c-9fb4-7db01ec49164",
					Metadata: map[string]string{"contents": "junk"}, AvailabilityZone: "us-east1",
				}).Extract())
			}},
		{Name: "get", Pattern: "GET /volumes/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"volume": ` + volumeJSON + `}`, Want: vol,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(volumes.Get(ctx, c, volID).Extract())
			}},
		{Name: "update", Pattern: "PUT /volumes/{id}", Status: http.StatusOK, Decodes: true,
			Request: `{"volume": {"display_name": "vol-001"}}`, Response: `{"volume": ` + volumeJSON + `}`, Want: vol,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(volumes.Update(ctx, c, volID, volumes.UpdateOpts{Name: gophercloud.MaybeString("vol-001")}).Extract())
			}},
		{Name: "delete", Pattern: "DELETE /volumes/{id}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumes.Delete(ctx, c, volID).ExtractErr())
			}},
	})
}

func TestValidationAndWait(t *testing.T) {
	th := testhelper.Setup(t)
	c := th.ServiceClient()
	assert.ErrorIs(t, volumes.Create(t.Context(), c, volumes.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	assert.ErrorIs(t, volumes.Create(t.Context(), c, volumes.CreateOpts{SnapshotID: "s", ImageRef: "i"}).Err, gophercloud.ErrInvalidOptions)
	th.HandleJSON("GET /volumes/{id}", http.StatusOK, `{"volume": {"id": "x", "status": "error"}}`)
	th.HandleJSON("GET /messages", http.StatusNotFound, `{}`)
	err := volumes.WaitForStatus(t.Context(), c, volID, "available", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "error", se.Status)
}
