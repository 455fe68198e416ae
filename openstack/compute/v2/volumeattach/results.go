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

type commonResult struct{ gophercloud.Result }

// Extract decodes the attachment of a Create or Get.
func (r commonResult) Extract() (*VolumeAttachment, error) {
	return gophercloud.Extract[VolumeAttachment](r.Result, "volumeAttachment")
}

// CreateResult is the result of Create.
type CreateResult struct{ commonResult }

// GetResult is the result of Get.
type GetResult struct{ commonResult }

// DeleteResult is the result of Delete.
type DeleteResult struct{ gophercloud.ErrResult }

// ExtractVolumeAttachments returns the attachments of a page (or of
// AllPages).
func ExtractVolumeAttachments(p pagination.Page[VolumeAttachment]) ([]VolumeAttachment, error) {
	return p.Items, nil
}
