package volumeattach

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// VolumeAttachment is a volume attached to a server.
type VolumeAttachment struct {
	// ID is the attachment's ID, the volume ID; not sent from 2.89.
	ID string `json:"id"`
	// Device is the device name inside the server ("/dev/vdb"); it may be
	// empty or differ from the guest's view on some hypervisors.
	Device   string `json:"device"`
	ServerID string `json:"serverId"`
	VolumeID string `json:"volumeId"`
	// Tag is the device role tag; shown from microversion 2.70.
	Tag string `json:"tag"`
	// DeleteOnTermination is shown from microversion 2.79.
	DeleteOnTermination bool `json:"delete_on_termination"`
	// AttachmentID is the Block Storage attachment ID; shown from 2.89.
	AttachmentID string `json:"attachment_id"`
	// BDMUUID is Nova's block device mapping UUID; shown from 2.89.
	BDMUUID string `json:"bdm_uuid"`
}

// CreateResult is the result of Create; Extract returns the
// *VolumeAttachment, or gophercloud.ErrNoBody from microversion 2.101 on,
// where Nova accepts the attach (202) without a body.
type CreateResult = gophercloud.ItemResult[VolumeAttachment]

// GetResult is the result of Get; Extract returns the *VolumeAttachment.
type GetResult = gophercloud.ItemResult[VolumeAttachment]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractVolumeAttachments returns the attachments of a page (or of
// AllPages).
func ExtractVolumeAttachments(p pagination.Page[VolumeAttachment]) ([]VolumeAttachment, error) {
	return p.Items, nil
}
