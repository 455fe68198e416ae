package volumetypes

import (
	"github.com/cloudsdk/gophercloud"
)

// VolumeType is a Cinder v1 volume type.
type VolumeType struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// ExtraSpecs are the back-end capabilities the type asks for.
	ExtraSpecs map[string]string `json:"extra_specs"`
}

// GetResult is the result of Get; Extract returns the *VolumeType.
type GetResult = gophercloud.ItemResult[VolumeType]

// CreateResult is the result of Create; Extract returns the *VolumeType.
type CreateResult = gophercloud.ItemResult[VolumeType]

// DeleteResult is the result of Delete and DeleteExtraSpec.
type DeleteResult = gophercloud.ErrResult

// ExtraSpecsResult is the result of ListExtraSpecs and CreateExtraSpecs;
// Extract returns the map.
type ExtraSpecsResult = gophercloud.ValueResult[map[string]string]
