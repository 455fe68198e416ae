package servers

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osservers "github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/networks"
)

// Options, the same as OpenStack's.
type (
	// ListOpts filters and pages List.
	ListOpts = osservers.ListOpts
	// CreateOpts describes a new server; it implements CreateOptsBuilder.
	CreateOpts = osservers.CreateOpts
	// CreateOptsBuilder is what Create takes: CreateOpts or a wrapper of it
	// (bootfromvolume.CreateOpts, diskconfig.CreateOptsExt).
	CreateOptsBuilder = osservers.CreateOptsBuilder
	// Network is one NIC of a new server.
	Network = osservers.Network
	// UpdateOpts renames a server or changes its access addresses.
	UpdateOpts = osservers.UpdateOpts
	// RebootOpts says how to reboot.
	RebootOpts = osservers.RebootOpts
	// ResizeOpts names the new flavor.
	ResizeOpts = osservers.ResizeOpts
	// RebuildOpts describes a rebuild.
	RebuildOpts = osservers.RebuildOpts
	// CreateImageOpts names a snapshot.
	CreateImageOpts = osservers.CreateImageOpts
	// RescueOpts configures rescue mode.
	RescueOpts = osservers.RescueOpts
)

// Reboot methods.
const (
	SoftReboot = osservers.SoftReboot
	HardReboot = osservers.HardReboot
)

// Networks returns the NICs of a new server: PublicNet (Internet) when
// public is set, ServiceNet (Rackspace's internal network) when private
// is set, then the given isolated Cloud Networks.
func Networks(public, private bool, isolated ...string) []Network {
	var out []Network
	if public {
		out = append(out, Network{UUID: networks.PublicNetID})
	}
	if private {
		out = append(out, Network{UUID: networks.ServiceNetID})
	}
	for _, id := range isolated {
		out = append(out, Network{UUID: id})
	}
	return out
}

// List returns a Pager over the servers with their details; it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Server] {
	return osservers.List(c, opts)
}

// Get shows one server.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osservers.Get(ctx, c, id)
}

// Create boots a server; it starts in BUILD (see WaitForStatus), and
// Extract returns it with its AdminPass.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) CreateResult {
	return osservers.Create(ctx, c, opts)
}

// Update renames a server or changes its access addresses.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return osservers.Update(ctx, c, id, opts)
}

// Delete deletes a server (asynchronously; wait for StatusDeleted).
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return osservers.Delete(ctx, c, id)
}

// Reboot restarts a server, softly or by power cycle.
func Reboot(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RebootOpts) ActionResult {
	return osservers.Reboot(ctx, c, id, opts)
}

// Resize moves a server to another flavor; confirm or revert it once it
// is VERIFY_RESIZE (Rackspace confirms automatically after 24 hours).
func Resize(ctx context.Context, c *gophercloud.ServiceClient, id string, opts osservers.ResizeOptsBuilder) ActionResult {
	return osservers.Resize(ctx, c, id, opts)
}

// ConfirmResize keeps a resized server on its new flavor.
func ConfirmResize(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return osservers.ConfirmResize(ctx, c, id)
}

// RevertResize returns a resized server to its old flavor.
func RevertResize(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return osservers.RevertResize(ctx, c, id)
}

// Rebuild reinstalls a server from an image, keeping its ID and addresses.
func Rebuild(ctx context.Context, c *gophercloud.ServiceClient, id string, opts osservers.RebuildOptsBuilder) RebuildResult {
	return osservers.Rebuild(ctx, c, id, opts)
}

// ChangeAdminPassword sets the root (or Administrator) password.
func ChangeAdminPassword(ctx context.Context, c *gophercloud.ServiceClient, id, newPassword string) ActionResult {
	return osservers.ChangeAdminPassword(ctx, c, id, newPassword)
}

// CreateImage snapshots a server; ExtractImageID returns the image's ID.
func CreateImage(ctx context.Context, c *gophercloud.ServiceClient, id string, opts CreateImageOpts) CreateImageResult {
	return osservers.CreateImage(ctx, c, id, opts)
}

// Rescue boots a server into rescue mode; Extract returns the rescue
// password.
func Rescue(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RescueOpts) RescueResult {
	return osservers.Rescue(ctx, c, id, opts)
}

// Unrescue leaves rescue mode.
func Unrescue(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return osservers.Unrescue(ctx, c, id)
}

// ListMetadata returns a server's metadata.
func ListMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string) MetadataResult {
	return osservers.ListMetadata(ctx, c, id)
}

// SetMetadata replaces a server's metadata.
func SetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return osservers.SetMetadata(ctx, c, id, md)
}

// UpdateMetadata adds or changes metadata items.
func UpdateMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return osservers.UpdateMetadata(ctx, c, id, md)
}

// GetMetadatum returns one metadata item.
func GetMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) MetadatumResult {
	return osservers.GetMetadatum(ctx, c, id, key)
}

// SetMetadatum sets one metadata item.
func SetMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key, value string) MetadatumResult {
	return osservers.SetMetadatum(ctx, c, id, key, value)
}

// DeleteMetadatum deletes one metadata item.
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return osservers.DeleteMetadatum(ctx, c, id, key)
}

// GetAddresses returns a server's addresses by network label ("public",
// "private", isolated networks' labels).
func GetAddresses(ctx context.Context, c *gophercloud.ServiceClient, id string) AddressesResult {
	return osservers.GetAddresses(ctx, c, id)
}

// GetNetworkAddresses returns a server's addresses on one network.
func GetNetworkAddresses(ctx context.Context, c *gophercloud.ServiceClient, id, network string) NetworkAddressesResult {
	return osservers.GetNetworkAddresses(ctx, c, id, network)
}

// WaitForStatus polls a server until it reaches status, fails (ERROR) or
// ctx ends, and returns (*Server, error); see the OpenStack package.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) (*Server, error) {
	return osservers.WaitForStatus(ctx, c, id, status, opts)
}
