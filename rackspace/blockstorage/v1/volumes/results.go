package volumes

import osvolumes "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumes"

// Volume is a Cloud Block Storage volume.
type Volume = osvolumes.Volume

// Attachment is a volume's attachment to a server.
type Attachment = osvolumes.Attachment

// GetResult is the result of Get; Extract returns the *Volume.
type GetResult = osvolumes.GetResult

// CreateResult is the result of Create; Extract returns the *Volume.
type CreateResult = osvolumes.CreateResult

// UpdateResult is the result of Update; Extract returns the *Volume.
type UpdateResult = osvolumes.UpdateResult

// DeleteResult is the result of Delete.
type DeleteResult = osvolumes.DeleteResult
