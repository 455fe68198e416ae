package volumetypes

import (
	"github.com/cloudsdk/gophercloud"
)

// VolumeType is a Cinder v2 volume type.
type VolumeType struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// IsPublic is false for a type only some projects may use.
	IsPublic bool `json:"is_public"`
	// ExtraSpecs are shown to admins.
	ExtraSpecs map[string]string `json:"extra_specs"`
}

// GetResult is the result of Get; Extract returns the *VolumeType.
type GetResult = gophercloud.ItemResult[VolumeType]

// CreateResult is the result of Create; Extract returns the *VolumeType.
type CreateResult = gophercloud.ItemResult[VolumeType]

// UpdateResult is the result of Update; Extract returns the *VolumeType.
type UpdateResult = gophercloud.ItemResult[VolumeType]

// DeleteResult is the result of Delete and DeleteExtraSpec.
type DeleteResult = gophercloud.ErrResult

// ExtraSpecsResult is the result of the extra-spec calls; Extract returns
// the map (one key for GetExtraSpec and UpdateExtraSpec).
type ExtraSpecsResult = gophercloud.ValueResult[map[string]string]
