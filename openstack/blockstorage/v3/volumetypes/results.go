package volumetypes

import "github.com/cloudsdk/gophercloud"

// VolumeType is a class of volumes with its back-end requirements.
type VolumeType struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// IsPublic is false for a type only some projects may use (AddAccess).
	IsPublic bool `json:"is_public"`
	// PublicAccess is the same flag under its extension name.
	PublicAccess bool `json:"os-volume-type-access:is_public"`
	// ExtraSpecs are shown to admins.
	ExtraSpecs map[string]string `json:"extra_specs"`
	QoSSpecsID string            `json:"qos_specs_id"`
}

// Access is one project allowed to use a private volume type.
type Access struct {
	VolumeTypeID string `json:"volume_type_id"`
	ProjectID    string `json:"project_id"`
}

// GetResult is the result of Get; Extract returns the *VolumeType.
type GetResult = gophercloud.ItemResult[VolumeType]

// CreateResult is the result of Create; Extract returns the *VolumeType.
type CreateResult = gophercloud.ItemResult[VolumeType]

// UpdateResult is the result of Update; Extract returns the *VolumeType.
type UpdateResult = gophercloud.ItemResult[VolumeType]

// DeleteResult is the result of Delete and DeleteExtraSpec.
type DeleteResult = gophercloud.ErrResult

// ExtraSpecsResult is the result of ListExtraSpecs and CreateExtraSpecs;
// Extract returns the map.
type ExtraSpecsResult = gophercloud.ValueResult[map[string]string]

// ExtraSpecResult is the result of GetExtraSpec and UpdateExtraSpec;
// Extract returns a map with the one key.
type ExtraSpecResult = gophercloud.ValueResult[map[string]string]

// AccessResult is the result of ListAccess; Extract returns the projects.
type AccessResult = gophercloud.ValueResult[[]Access]

// AccessActionResult is the result of AddAccess and RemoveAccess.
type AccessActionResult = gophercloud.ErrResult
