package servers

import osservers "github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"

// Server is a Cloud Server.
type Server = osservers.Server

// Statuses a Cloud Server goes through.
const (
	StatusActive       = osservers.StatusActive
	StatusBuild        = osservers.StatusBuild
	StatusDeleted      = osservers.StatusDeleted
	StatusError        = osservers.StatusError
	StatusRescue       = osservers.StatusRescue
	StatusResize       = osservers.StatusResize
	StatusVerifyResize = osservers.StatusVerifyResize
)

// Results, the same as OpenStack's.
type (
	// GetResult is the result of Get; Extract returns the *Server.
	GetResult = osservers.GetResult
	// CreateResult is the result of Create; Extract returns the *Server.
	CreateResult = osservers.CreateResult
	// UpdateResult is the result of Update; Extract returns the *Server.
	UpdateResult = osservers.UpdateResult
	// RebuildResult is the result of Rebuild; Extract returns the *Server.
	RebuildResult = osservers.RebuildResult
	// DeleteResult is the result of Delete and DeleteMetadatum.
	DeleteResult = osservers.DeleteResult
	// ActionResult is the result of an action without an answer.
	ActionResult = osservers.ActionResult
	// CreateImageResult is the result of CreateImage.
	CreateImageResult = osservers.CreateImageResult
	// RescueResult is the result of Rescue.
	RescueResult = osservers.RescueResult
	// MetadataResult is the result of the metadata calls.
	MetadataResult = osservers.MetadataResult
	// MetadatumResult is the result of the one-item metadata calls.
	MetadatumResult = osservers.MetadatumResult
	// AddressesResult is the result of GetAddresses.
	AddressesResult = osservers.AddressesResult
	// NetworkAddressesResult is the result of GetNetworkAddresses.
	NetworkAddressesResult = osservers.NetworkAddressesResult
)
