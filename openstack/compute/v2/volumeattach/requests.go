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

// Validate checks the rules the tags cannot express; List calls it
// through the query builder.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 || opts.Offset < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "volumeattach.ListOpts", Value: opts, Reason: "Limit and Offset must not be negative"}
	}
	return nil
}

// List returns a Pager over a server's volume attachments; with a Limit it
// walks every page by offset (pagination.Offset). The zero ListOpts lists
// them all in one page. It does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-volume-attachments-for-an-instance
func List(c *gophercloud.ServiceClient, serverID string, opts ListOpts) pagination.Pager[VolumeAttachment] {
	return pagination.NewWithQuery(c, listURL(c, serverID), opts, pagination.Offset[VolumeAttachment]{ItemsKey: "volumeAttachments"})
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

// Create attaches a volume to a server. Up to microversion 2.100 Nova
// answers 200 with the attachment; from 2.101 it attaches asynchronously
// and answers 202 with no body, so Extract returns gophercloud.ErrNoBody
// while r.Err is nil: check r.Err, then follow the volume's status in the
// Block Storage API or List the attachments.
// https://docs.openstack.org/api-ref/compute/#attach-a-volume-to-an-instance
func Create(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "volumeAttachment")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c, serverID), b,
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusAccepted}}), Key: "volumeAttachment"}
}

// Get shows the attachment of a volume to a server.
// https://docs.openstack.org/api-ref/compute/#show-a-detail-of-a-volume-attachment
func Get(ctx context.Context, c *gophercloud.ServiceClient, serverID, volumeID string) GetResult {
	return GetResult{Result: c.Get(ctx, attachmentURL(c, serverID, volumeID), nil), Key: "volumeAttachment"}
}

// Delete detaches a volume from a server; the detach finishes
// asynchronously. https://docs.openstack.org/api-ref/compute/#detach-a-volume-from-an-instance
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, volumeID string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, attachmentURL(c, serverID, volumeID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}
