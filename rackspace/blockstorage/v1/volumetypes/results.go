package volumetypes

import osvolumetypes "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumetypes"

// VolumeType is a Cloud Block Storage volume type.
type VolumeType = osvolumetypes.VolumeType

// GetResult is the result of Get; Extract returns the *VolumeType.
type GetResult = osvolumetypes.GetResult
