package volumeattach

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts pages List. Nova pages attachments by offset, not by link: with
// a Limit, List asks for pages of that size starting at Offset until a short
// page; with neither, Nova returns all attachments at once.
type ListOpts struct {
	// Limit is the page size.
	Limit int `q:"limit"`
	// Offset skips that many attachments.
	Offset int `q:"offset"`
}

// ToVolumeAttachmentListQuery checks the options and encodes them as a
// query string.
func (opts *ListOpts) ToVolumeAttachmentListQuery() (string, error) {
	if opts == nil {
		return "", nil
	}
	if opts.Limit < 0 || opts.Offset < 0 {
		return "", &gophercloud.ErrInvalidInput{Argument: "volumeattach.ListOpts", Value: *opts, Reason: "Limit and Offset must not be negative"}
	}
	u, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// List returns a Pager over a server's volume attachments; with a Limit it
// walks every page by offset (pagination.Offset). opts may be nil.
// https://docs.openstack.org/api-ref/compute/#list-volume-attachments-for-an-instance
func List(c *gophercloud.ServiceClient, serverID string, opts *ListOpts) pagination.Pager[VolumeAttachment] {
	q, err := opts.ToVolumeAttachmentListQuery()
	if err != nil {
		return pagination.Fail[VolumeAttachment](err)
	}
	return pagination.New(c, listURL(c, serverID)+q, pagination.Offset[VolumeAttachment]{ItemsKey: "volumeAttachments"}, nil)
}

// CreateOpts describes an attachment.
type CreateOpts struct {
	// VolumeID is the Block Storage volume to attach; it must be
	// "available" (or multiattach).
	VolumeID string `json:"volumeId" required:"true"`
	// Device is a requested device name ("/dev/vdb"); most hypervisors
	// ignore it and pick the next free one. Empty lets Nova choose.
	Device string `json:"device,omitempty"`
	// Tag is a device role tag shown to the guest in its metadata;
	// microversion 2.49.
	Tag string `json:"tag,omitempty"`
	// DeleteOnTermination deletes the volume when the server is deleted;
	// microversion 2.79.
	DeleteOnTermination bool `json:"delete_on_termination,omitempty"`
}

// ToVolumeAttachmentCreateMap checks the options and builds the request body.
func (opts CreateOpts) ToVolumeAttachmentCreateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "volumeAttachment")
}

// Create attaches a volume to a server.
// https://docs.openstack.org/api-ref/compute/#attach-a-volume-to-an-instance
func Create(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts CreateOpts) (r CreateResult) {
	b, err := opts.ToVolumeAttachmentCreateMap()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Post(ctx, listURL(c, serverID), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}})
	return
}

// Get shows the attachment of a volume to a server.
// https://docs.openstack.org/api-ref/compute/#show-a-detail-of-a-volume-attachment
func Get(ctx context.Context, c *gophercloud.ServiceClient, serverID, volumeID string) (r GetResult) {
	r.Result = c.Get(ctx, attachmentURL(c, serverID, volumeID), nil)
	return
}

// Delete detaches a volume from a server; the detach finishes
// asynchronously. https://docs.openstack.org/api-ref/compute/#detach-a-volume-from-an-instance
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, volumeID string) (r DeleteResult) {
	r.Result = c.Delete(ctx, attachmentURL(c, serverID, volumeID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})
	return
}
