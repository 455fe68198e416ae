package servers

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ---------------------------------------------------------------- list

// TagList is a list of tags sent as one comma-separated query parameter,
// the form Nova's tag filters expect ("tags=a,b").
type TagList = gophercloud.CommaList

// ListOpts filters, sorts and pages List. Zero fields are not sent.
// Non-administrators may use ChangesSince, ChangesBefore, Flavor, Image,
// IP, IP6, Name, Status, ReservationID, the tag filters, AllTenants
// (ignored unless allowed), Limit, Marker and the sort options; Nova
// silently ignores the other filters for them.
// https://docs.openstack.org/api-ref/compute/#list-servers-detailed
type ListOpts struct {
	// ChangesSince lists only servers changed at or after this time,
	// deleted ones included (with status DELETED).
	ChangesSince time.Time `q:"changes-since"`
	// ChangesBefore lists only servers changed at or before this time
	// (microversion 2.66).
	ChangesBefore time.Time `q:"changes-before"`
	// Image is an image ID.
	Image string `q:"image"`
	// Flavor is a flavor ID.
	Flavor string `q:"flavor"`
	// IP is a regular expression matched against the servers' IPv4
	// addresses.
	IP string `q:"ip"`
	// IP6 is a regular expression matched against the IPv6 addresses
	// (2.5; administrators only before 2.5).
	IP6 string `q:"ip6"`
	// Name is a regular expression matched against server names.
	Name string `q:"name"`
	// Status is a server status such as ACTIVE.
	Status string `q:"status"`
	// ReservationID lists the servers of one multiple create.
	ReservationID string `q:"reservation_id"`
	// Tags lists servers that have all of these tags (2.26).
	Tags TagList `q:"tags"`
	// TagsAny lists servers that have at least one of these tags (2.26).
	TagsAny TagList `q:"tags-any"`
	// NotTags lists servers that lack at least one of these tags (2.26).
	NotTags TagList `q:"not-tags"`
	// NotTagsAny lists servers that have none of these tags (2.26).
	NotTagsAny TagList `q:"not-tags-any"`

	// AllTenants lists the servers of every project (administrators).
	AllTenants bool `q:"all_tenants"`
	// ProjectID lists the servers of one project (administrators, with
	// AllTenants).
	ProjectID string `q:"project_id"`
	// UserID lists the servers of one user (administrators).
	UserID string `q:"user_id"`
	// Host is a compute host name (administrators).
	Host string `q:"host"`
	// Node is a hypervisor node name (administrators).
	Node string `q:"node"`
	// Hostname is a regular expression matched against guest host names
	// (administrators).
	Hostname string `q:"hostname"`
	// Description is a regular expression matched against descriptions
	// (administrators; 2.19).
	Description string `q:"description"`
	// AvailabilityZone is a zone name (administrators).
	AvailabilityZone string `q:"availability_zone"`
	// KeyName is a keypair name (administrators).
	KeyName string `q:"key_name"`
	// AccessIPv4 is a regular expression matched against accessIPv4
	// (administrators).
	AccessIPv4 string `q:"access_ip_v4"`
	// AccessIPv6 is a regular expression matched against accessIPv6
	// (administrators).
	AccessIPv6 string `q:"access_ip_v6"`
	// UUID is a server ID (administrators).
	UUID string `q:"uuid"`
	// VMState is an OS-EXT-STS:vm_state value (administrators).
	VMState string `q:"vm_state"`
	// TaskState is an OS-EXT-STS:task_state value (administrators).
	TaskState string `q:"task_state"`
	// PowerState is an OS-EXT-STS:power_state value, sent even when 0
	// (administrators).
	PowerState *int `q:"power_state"`
	// Locked lists locked (true) or unlocked (false) servers (2.73).
	Locked *bool `q:"locked"`
	// LockedBy is "admin" or "owner" (administrators).
	LockedBy string `q:"locked_by"`
	// ConfigDrive is "True" or "False" (administrators).
	ConfigDrive string `q:"config_drive"`
	// AutoDiskConfig is "True" or "False" (administrators).
	AutoDiskConfig string `q:"auto_disk_config"`
	// KernelID is a kernel image ID (administrators).
	KernelID string `q:"kernel_id"`
	// RamdiskID is a ramdisk image ID (administrators).
	RamdiskID string `q:"ramdisk_id"`
	// RootDeviceName is a root device name (administrators).
	RootDeviceName string `q:"root_device_name"`
	// LaunchIndex is an index within a multiple create (administrators).
	LaunchIndex *int `q:"launch_index"`
	// Progress is a build progress in percent (administrators).
	Progress *int `q:"progress"`
	// CreatedAt, LaunchedAt and TerminatedAt are timestamps in ISO 8601
	// (administrators).
	CreatedAt    string `q:"created_at"`
	LaunchedAt   string `q:"launched_at"`
	TerminatedAt string `q:"terminated_at"`
	// Deleted lists deleted servers only (administrators).
	Deleted bool `q:"deleted"`
	// SoftDeleted also lists SOFT_DELETED servers (with Deleted).
	SoftDeleted bool `q:"soft_deleted"`

	// SortKey sorts by these server attributes, in order (the default is
	// created_at).
	SortKey []string `q:"sort_key"`
	// SortDir is "asc" or "desc" for each SortKey (default desc).
	SortDir []string `q:"sort_dir"`
	// Limit caps the servers per page; Nova also caps it (osapi_max_limit).
	// The Pager follows the next links, so it only sets the page size.
	Limit int `q:"limit"`
	// Marker starts the listing after the server with this ID.
	Marker string `q:"marker"`
}

// Validate refuses a negative Limit and sort directions other than "asc"
// and "desc"; List calls it through the query builder.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "servers.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	for _, d := range opts.SortDir {
		if d != "asc" && d != "desc" {
			return &gophercloud.ErrInvalidInput{Argument: "servers.ListOpts.SortDir", Value: d, Reason: `must be "asc" or "desc"`}
		}
	}
	return nil
}

// List returns a Pager over the servers with their details
// (GET /servers/detail), following Nova's servers_links from page to page;
// the zero ListOpts lists them all.
// It does no I/O, so it takes no ctx:
//
//	for s, err := range servers.List(c, servers.ListOpts{Status: "ACTIVE"}).All(ctx) { … }
//
// https://docs.openstack.org/api-ref/compute/#list-servers-detailed
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Server] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Linked[Server]{ItemsKey: "servers", LinksKey: "servers_links"})
}

// ---------------------------------------------------------------- get, create, update, delete

// Get retrieves one server.
// https://docs.openstack.org/api-ref/compute/#show-server-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, serverURL(c, id), nil), Key: "server"}
}

// CreateOptsBuilder builds the body of Create. CreateOpts implements it;
// wrap it to add extension attributes.
type CreateOptsBuilder interface {
	ToServerCreateMap() (map[string]any, error)
}

// Network allocation policies for CreateOpts.NetworkAllocation
// (microversion 2.37).
const (
	// NetworkAuto lets Nova pick or create a network for the project.
	NetworkAuto = "auto"
	// NetworkNone boots the server without any network.
	NetworkNone = "none"
)

// Network is one NIC of a new server: a network (UUID), an existing port
// (Port) or both, optionally with a fixed IP and a device tag.
type Network struct {
	// UUID is the network's ID.
	UUID string `json:"uuid,omitempty" or:"Port"`
	// Port is an existing port's ID; the NIC uses it as is.
	Port string `json:"port,omitempty"`
	// FixedIP requests this address on the network.
	FixedIP string `json:"fixed_ip,omitempty"`
	// Tag is a device tag the guest sees in its metadata (2.32).
	Tag string `json:"tag,omitempty"`
}

// BlockDevice is one entry of block_device_mapping_v2: how to build a
// disk of the new server, for instance its root disk from a volume.
// https://docs.openstack.org/nova/latest/user/block-device-mapping.html
type BlockDevice struct {
	// SourceType is "image", "volume", "snapshot" or "blank".
	SourceType string `json:"source_type" required:"true"`
	// DestinationType is "volume" or "local".
	DestinationType string `json:"destination_type,omitempty"`
	// UUID is the ID of the source image, volume or snapshot.
	UUID string `json:"uuid,omitempty"`
	// BootIndex orders the boot devices: 0 is the boot disk. nil (or a
	// negative value) marks a device that is not bootable. Write
	// BootIndex: new(int) for the boot disk.
	BootIndex *int `json:"boot_index,omitempty"`
	// VolumeSize is the size in GiB of a volume to create.
	VolumeSize int `json:"volume_size,omitempty"`
	// DeleteOnTermination deletes the volume with the server.
	DeleteOnTermination bool `json:"delete_on_termination,omitempty"`
	// DeviceName is a device name hint such as "vdb".
	DeviceName string `json:"device_name,omitempty"`
	// DeviceType is "disk" or "cdrom".
	DeviceType string `json:"device_type,omitempty"`
	// DiskBus is the bus, such as "virtio" or "scsi".
	DiskBus string `json:"disk_bus,omitempty"`
	// GuestFormat is a file system for a local blank disk, or "swap".
	GuestFormat string `json:"guest_format,omitempty"`
	// NoDevice suppresses a device the image or flavor would add.
	NoDevice bool `json:"no_device,omitempty"`
	// Tag is a device tag the guest sees in its metadata (2.42).
	Tag string `json:"tag,omitempty"`
	// VolumeType is the volume type of a volume to create (2.67).
	VolumeType string `json:"volume_type,omitempty"`
}

// File is a file to inject into the server (personality). Deprecated by
// Nova from microversion 2.57 on; use UserData.
type File struct {
	// Path is the absolute path in the guest.
	Path string `json:"path" required:"true"`
	// Contents are the file's bytes; the SDK base64-encodes them.
	Contents []byte `json:"contents"`
}

// SchedulerHints steer the scheduler's filters for a new server; they
// are sent as the top-level "os:scheduler_hints" object, beside "server".
// https://docs.openstack.org/api-ref/compute/#create-server
type SchedulerHints struct {
	// Group is a server group ID, for (anti-)affinity.
	Group string `json:"group,omitempty"`
	// DifferentHost lists servers the new one must not share a host with.
	DifferentHost []string `json:"different_host,omitempty"`
	// SameHost lists servers the new one must share a host with.
	SameHost []string `json:"same_host,omitempty"`
	// Query is a JsonFilter expression, as JSON text.
	Query string `json:"query,omitempty"`
	// TargetCell is a cell name (cells v1 clouds).
	TargetCell string `json:"target_cell,omitempty"`
	// DifferentCell lists cells the server must not be built in.
	DifferentCell []string `json:"different_cell,omitempty"`
	// BuildNearHostIP and CIDR pick a host in a subnet
	// (SimpleCIDRAffinityFilter).
	BuildNearHostIP string `json:"build_near_host_ip,omitempty"`
	CIDR            string `json:"cidr,omitempty"`
	// Additional holds hints for the cloud's own filters.
	Additional map[string]any `json:"-"`
}

// CreateOpts describes a new server. Name and FlavorRef are required;
// ImageRef too unless the root disk comes from BlockDevice.
// https://docs.openstack.org/api-ref/compute/#create-server
type CreateOpts struct {
	// Name is the server's display name.
	Name string `json:"name" required:"true"`
	// ImageRef is the image to boot; leave it empty to boot from a
	// volume given in BlockDevice.
	ImageRef string `json:"imageRef,omitempty"`
	// FlavorRef is the flavor's ID.
	FlavorRef string `json:"flavorRef" required:"true"`
	// Networks lists the NICs. From microversion 2.37 Nova requires either
	// Networks or NetworkAllocation.
	Networks []Network `json:"-"`
	// NetworkAllocation is NetworkAuto or NetworkNone (2.37); it cannot be
	// combined with Networks.
	NetworkAllocation string `json:"-"`
	// BlockDevice describes the server's disks (block_device_mapping_v2).
	BlockDevice []BlockDevice `json:"block_device_mapping_v2,omitempty"`
	// Metadata holds user key/value pairs (each at most 255 bytes).
	Metadata map[string]string `json:"metadata,omitempty"`
	// Personality lists files to inject (deprecated from 2.57).
	Personality []File `json:"personality,omitempty"`
	// UserData is passed to the guest, typically a cloud-init script; the
	// SDK base64-encodes it.
	UserData []byte `json:"user_data,omitempty"`
	// KeyName is a keypair to inject.
	KeyName string `json:"key_name,omitempty"`
	// SecurityGroups are security group names (or IDs) for the ports Nova
	// creates.
	SecurityGroups []string `json:"-"`
	// AvailabilityZone places the server ("zone", "zone:host" or
	// "zone:host:node" for administrators).
	AvailabilityZone string `json:"availability_zone,omitempty"`
	// ConfigDrive asks for a config drive.
	ConfigDrive *bool `json:"config_drive,omitempty"`
	// MinCount and MaxCount create several servers at once.
	MinCount int `json:"min_count,omitempty"`
	MaxCount int `json:"max_count,omitempty"`
	// ReturnReservationID makes Nova answer with the reservation ID of a
	// multiple create instead of the first server (see
	// CreateResult.ExtractReservationID).
	ReturnReservationID bool `json:"return_reservation_id,omitempty"`
	// Tags are the server's tags (2.52).
	Tags []string `json:"tags,omitempty"`
	// Description is the server's description (2.19).
	Description string `json:"description,omitempty"`
	// AdminPass sets the administrator password instead of a generated one.
	AdminPass string `json:"adminPass,omitempty"`
	// AccessIPv4 and AccessIPv6 set the advertised access addresses.
	AccessIPv4 string `json:"accessIPv4,omitempty"`
	AccessIPv6 string `json:"accessIPv6,omitempty"`
	// DiskConfig is AUTO or MANUAL partitioning of the root disk.
	DiskConfig string `json:"OS-DCF:diskConfig,omitempty"`
	// TrustedImageCertificates validate a signed image (2.63).
	TrustedImageCertificates []string `json:"trusted_image_certificates,omitempty"`
	// Hostname sets the guest's host name (2.90).
	Hostname string `json:"hostname,omitempty"`
	// SchedulerHints are sent as "os:scheduler_hints".
	SchedulerHints *SchedulerHints `json:"-"`
}

// ToServerCreateMap checks the options and builds the request body.
func (opts CreateOpts) ToServerCreateMap() (map[string]any, error) {
	server, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return nil, err
	}
	switch opts.NetworkAllocation {
	case "":
		if len(opts.Networks) > 0 {
			server["networks"] = opts.Networks
		}
	case NetworkAuto, NetworkNone:
		if len(opts.Networks) > 0 {
			return nil, &gophercloud.ErrInvalidInput{Argument: "servers.CreateOpts.NetworkAllocation", Value: opts.NetworkAllocation,
				Reason: "cannot be combined with Networks"}
		}
		server["networks"] = opts.NetworkAllocation
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: "servers.CreateOpts.NetworkAllocation", Value: opts.NetworkAllocation,
			Reason: `must be "auto" or "none"`}
	}
	if len(opts.SecurityGroups) > 0 {
		groups := make([]SecurityGroup, len(opts.SecurityGroups))
		for i, name := range opts.SecurityGroups {
			groups[i].Name = name
		}
		server["security_groups"] = groups
	}
	body := map[string]any{"server": server}
	if opts.SchedulerHints != nil {
		hints, err := opts.SchedulerHints.toMap()
		if err != nil {
			return nil, err
		}
		body["os:scheduler_hints"] = hints
	}
	return body, nil
}

func (h *SchedulerHints) toMap() (map[string]any, error) {
	m, err := gophercloud.BuildRequestBody(h, "")
	if err != nil {
		return nil, err
	}
	for k, v := range h.Additional {
		if _, dup := m[k]; dup {
			return nil, &gophercloud.ErrInvalidInput{Argument: "servers.SchedulerHints.Additional", Value: k,
				Reason: "hint is also set by a typed field"}
		}
		m[k] = v
	}
	return m, nil
}

// Create boots a new server. The response holds only its ID, links and
// generated password; use WaitForStatus to wait until it is ACTIVE.
// https://docs.openstack.org/api-ref/compute/#create-server
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) CreateResult {
	if opts == nil {
		return CreateResult{Result: refused(&gophercloud.ErrMissingInput{Argument: "servers.CreateOptsBuilder"})}
	}
	b, err := opts.ToServerCreateMap()
	if err != nil {
		return CreateResult{Result: refused(err)}
	}
	return CreateResult{Result: c.Post(ctx, createURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}}), Key: "server"}
}

// refused is the Result of a call whose options were refused before any
// request.
func refused(err error) gophercloud.Result { return gophercloud.Result{Err: err} }

// UpdateOpts changes a server's editable attributes; zero fields are left
// as they are.
// https://docs.openstack.org/api-ref/compute/#update-server
type UpdateOpts struct {
	// Name renames the server.
	Name string `json:"name,omitempty"`
	// Description sets the description (2.19); a pointer to "" clears it.
	Description *string `json:"description,omitempty"`
	// AccessIPv4 and AccessIPv6 change the advertised access addresses.
	AccessIPv4 string `json:"accessIPv4,omitempty"`
	AccessIPv6 string `json:"accessIPv6,omitempty"`
	// Hostname changes the guest's host name (2.90).
	Hostname string `json:"hostname,omitempty"`
	// DiskConfig is AUTO or MANUAL.
	DiskConfig string `json:"OS-DCF:diskConfig,omitempty"`
	// PinnedAvailabilityZone pins the server to a zone, or with a pointer
	// to "" unpins it (microversion 2.104).
	PinnedAvailabilityZone *string `json:"pinned_availability_zone,omitempty"`
}

// Update changes a server's name, description or access addresses and
// returns the updated server.
// https://docs.openstack.org/api-ref/compute/#update-server
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "server")
	if err != nil {
		return UpdateResult{Result: refused(err)}
	}
	return UpdateResult{Result: c.Put(ctx, serverURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "server"}
}

// Delete deletes a server. Deletion is asynchronous: wait for
// StatusDeleted with WaitForStatus.
// https://docs.openstack.org/api-ref/compute/#delete-server
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, serverURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// ForceDelete deletes a SOFT_DELETED server at once, on clouds that defer
// deletes (reclaim_instance_interval > 0).
// https://docs.openstack.org/api-ref/compute/#force-delete-server-forcedelete-action
func ForceDelete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: action(ctx, c, id, "forceDelete", nil, http.StatusAccepted)}
}

// ---------------------------------------------------------------- actions

// action posts {name: arg} to /servers/{id}/action; a nil arg sends
// {name: null}, the form Nova wants for actions without arguments.
func action(ctx context.Context, c *gophercloud.ServiceClient, id, name string, arg any, okCodes ...int) gophercloud.Result {
	return c.Post(ctx, actionURL(c, id), map[string]any{name: arg}, &gophercloud.RequestOpts{OkCodes: okCodes})
}

// optsAction checks opts and posts {name: opts} to /servers/{id}/action.
func optsAction(ctx context.Context, c *gophercloud.ServiceClient, id, name string, opts any, okCodes ...int) gophercloud.Result {
	b, err := gophercloud.BuildRequestBody(opts, name)
	if err != nil {
		return gophercloud.Result{Err: err}
	}
	return c.Post(ctx, actionURL(c, id), b, &gophercloud.RequestOpts{OkCodes: okCodes})
}

// RebootMethod is how Reboot restarts a server.
type RebootMethod string

const (
	// SoftReboot asks the guest OS to restart.
	SoftReboot RebootMethod = "SOFT"
	// HardReboot power-cycles the server.
	HardReboot RebootMethod = "HARD"
)

// RebootOpts says how to reboot.
type RebootOpts struct {
	// Type is SoftReboot or HardReboot.
	Type RebootMethod `json:"type" required:"true"`
}

// Validate checks Type; Reboot calls it through the body builder.
func (opts RebootOpts) Validate() error {
	if opts.Type != "" && !strings.EqualFold(string(opts.Type), string(SoftReboot)) && !strings.EqualFold(string(opts.Type), string(HardReboot)) {
		return &gophercloud.ErrInvalidInput{Argument: "servers.RebootOpts.Type", Value: string(opts.Type), Reason: "must be SOFT or HARD"}
	}
	return nil
}

// Reboot restarts a server; it goes through REBOOT or HARD_REBOOT back to
// ACTIVE.
// https://docs.openstack.org/api-ref/compute/#reboot-server-reboot-action
func Reboot(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RebootOpts) ActionResult {
	return ActionResult{Result: optsAction(ctx, c, id, "reboot", opts, http.StatusAccepted)}
}

// ResizeOptsBuilder builds the body of Resize. ResizeOpts implements it;
// diskconfig.ResizeOptsExt wraps it.
type ResizeOptsBuilder interface {
	ToServerResizeMap() (map[string]any, error)
}

// ResizeOpts names the new flavor.
type ResizeOpts struct {
	// FlavorRef is the new flavor's ID.
	FlavorRef string `json:"flavorRef" required:"true"`
	// DiskConfig is AUTO or MANUAL.
	DiskConfig string `json:"OS-DCF:diskConfig,omitempty"`
}

// ToServerResizeMap checks the options and builds the request body.
func (opts ResizeOpts) ToServerResizeMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "resize")
}

// Resize moves a server to another flavor. It ends in VERIFY_RESIZE; then
// ConfirmResize or RevertResize it (clouds may confirm automatically).
// https://docs.openstack.org/api-ref/compute/#resize-server-resize-action
func Resize(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ResizeOptsBuilder) ActionResult {
	if opts == nil {
		return ActionResult{Result: refused(&gophercloud.ErrMissingInput{Argument: "servers.ResizeOptsBuilder"})}
	}
	b, err := opts.ToServerResizeMap()
	if err != nil {
		return ActionResult{Result: refused(err)}
	}
	return ActionResult{Result: c.Post(ctx, actionURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}

// ConfirmResize keeps a resized server on its new flavor.
// https://docs.openstack.org/api-ref/compute/#confirm-resized-server-confirmresize-action
func ConfirmResize(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "confirmResize", nil, http.StatusNoContent)}
}

// RevertResize returns a resized server to its old flavor.
// https://docs.openstack.org/api-ref/compute/#revert-resized-server-revertresize-action
func RevertResize(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "revertResize", nil, http.StatusAccepted)}
}

// RebuildOptsBuilder builds the body of Rebuild.
type RebuildOptsBuilder interface {
	ToServerRebuildMap() (map[string]any, error)
}

// RebuildOpts describes how to rebuild a server; only ImageRef is required
// (it may be the server's current image).
// https://docs.openstack.org/api-ref/compute/#rebuild-server-rebuild-action
type RebuildOpts struct {
	// ImageRef is the image to rebuild from.
	ImageRef string `json:"imageRef" required:"true"`
	// Name renames the server.
	Name string `json:"name,omitempty"`
	// AdminPass sets the new administrator password.
	AdminPass string `json:"adminPass,omitempty"`
	// AccessIPv4 and AccessIPv6 change the advertised access addresses.
	AccessIPv4 string `json:"accessIPv4,omitempty"`
	AccessIPv6 string `json:"accessIPv6,omitempty"`
	// Metadata replaces the server's metadata when not empty.
	Metadata map[string]string `json:"metadata,omitempty"`
	// Personality lists files to inject (deprecated from 2.57).
	Personality []File `json:"personality,omitempty"`
	// PreserveEphemeral keeps the ephemeral disk.
	PreserveEphemeral *bool `json:"preserve_ephemeral,omitempty"`
	// Description sets the description (2.19).
	Description *string `json:"description,omitempty"`
	// KeyName sets the keypair (2.54).
	KeyName *string `json:"key_name,omitempty"`
	// UserData replaces the user data (2.57); the SDK base64-encodes it.
	UserData []byte `json:"user_data,omitempty"`
	// TrustedImageCertificates validate a signed image (2.63).
	TrustedImageCertificates []string `json:"trusted_image_certificates,omitempty"`
	// Hostname sets the guest's host name (2.90).
	Hostname string `json:"hostname,omitempty"`
	// DiskConfig is AUTO or MANUAL.
	DiskConfig string `json:"OS-DCF:diskConfig,omitempty"`
}

// ToServerRebuildMap builds the request body.
func (opts RebuildOpts) ToServerRebuildMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "rebuild")
}

// Rebuild reinstalls a server from an image, keeping its ID and addresses.
// https://docs.openstack.org/api-ref/compute/#rebuild-server-rebuild-action
func Rebuild(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RebuildOptsBuilder) RebuildResult {
	if opts == nil {
		return RebuildResult{Result: refused(&gophercloud.ErrMissingInput{Argument: "servers.RebuildOptsBuilder"})}
	}
	b, err := opts.ToServerRebuildMap()
	if err != nil {
		return RebuildResult{Result: refused(err)}
	}
	return RebuildResult{Result: c.Post(ctx, actionURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}}), Key: "server"}
}

// ChangeAdminPassword sets the administrator password of a running
// server. Hypervisors that cannot do it answer 501 (ErrUnexpectedResponseCode).
// https://docs.openstack.org/api-ref/compute/#change-administrative-password-changepassword-action
func ChangeAdminPassword(ctx context.Context, c *gophercloud.ServiceClient, id, newPassword string) ActionResult {
	if newPassword == "" {
		return ActionResult{Result: refused(&gophercloud.ErrMissingInput{Argument: "servers.ChangeAdminPassword newPassword"})}
	}
	return ActionResult{Result: action(ctx, c, id, "changePassword", map[string]string{"adminPass": newPassword}, http.StatusAccepted)}
}

// CreateImageOpts names the snapshot image.
type CreateImageOpts struct {
	// Name is the new image's name.
	Name string `json:"name" required:"true"`
	// Metadata are image properties.
	Metadata map[string]string `json:"metadata,omitempty"`
}

// CreateImage snapshots a server into a new image; ExtractImageID returns
// the image's ID whatever the microversion. The image becomes active in
// the Image service later.
// https://docs.openstack.org/api-ref/compute/#create-image-createimage-action
func CreateImage(ctx context.Context, c *gophercloud.ServiceClient, id string, opts CreateImageOpts) CreateImageResult {
	return CreateImageResult{Result: optsAction(ctx, c, id, "createImage", opts, http.StatusAccepted)}
}

// Start powers on a SHUTOFF server.
// https://docs.openstack.org/api-ref/compute/#start-server-os-start-action
func Start(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "os-start", nil, http.StatusAccepted)}
}

// Stop powers off a server (SHUTOFF); its disks are kept.
// https://docs.openstack.org/api-ref/compute/#stop-server-os-stop-action
func Stop(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "os-stop", nil, http.StatusAccepted)}
}

// Pause freezes a server in memory (PAUSED).
// https://docs.openstack.org/api-ref/compute/#pause-server-pause-action
func Pause(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "pause", nil, http.StatusAccepted)}
}

// Unpause resumes a PAUSED server.
// https://docs.openstack.org/api-ref/compute/#unpause-server-unpause-action
func Unpause(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "unpause", nil, http.StatusAccepted)}
}

// Suspend saves a server's memory to disk and stops it (SUSPENDED).
// https://docs.openstack.org/api-ref/compute/#suspend-server-suspend-action
func Suspend(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "suspend", nil, http.StatusAccepted)}
}

// Resume restarts a SUSPENDED server.
// https://docs.openstack.org/api-ref/compute/#resume-suspended-server-resume-action
func Resume(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "resume", nil, http.StatusAccepted)}
}

// LockOpts optionally says why a server is locked.
type LockOpts struct {
	// Reason is recorded as the server's locked_reason (2.73); leave it
	// empty for older microversions.
	Reason string `json:"locked_reason,omitempty"`
}

// Lock prevents non-administrators from acting on a server until Unlock.
// https://docs.openstack.org/api-ref/compute/#lock-server-lock-action
func Lock(ctx context.Context, c *gophercloud.ServiceClient, id string, opts LockOpts) ActionResult {
	if opts.Reason == "" {
		return ActionResult{Result: action(ctx, c, id, "lock", nil, http.StatusAccepted)}
	}
	return ActionResult{Result: optsAction(ctx, c, id, "lock", opts, http.StatusAccepted)}
}

// Unlock unlocks a locked server.
// https://docs.openstack.org/api-ref/compute/#unlock-server-unlock-action
func Unlock(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "unlock", nil, http.StatusAccepted)}
}

// RescueOpts configures the rescue system; all fields are optional.
type RescueOpts struct {
	// AdminPass is the rescue system's password; Nova generates one if
	// empty.
	AdminPass string `json:"adminPass,omitempty"`
	// RescueImageRef is the image to boot instead of the server's own.
	RescueImageRef string `json:"rescue_image_ref,omitempty"`
}

// Rescue boots a server into a rescue system with its disks attached
// (RESCUE); RescueResult.Extract returns the rescue password.
// https://docs.openstack.org/api-ref/compute/#rescue-server-rescue-action
func Rescue(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RescueOpts) RescueResult {
	return RescueResult{Result: optsAction(ctx, c, id, "rescue", opts, http.StatusOK)}
}

// Unrescue boots a RESCUE server back into its own system.
// https://docs.openstack.org/api-ref/compute/#unrescue-server-unrescue-action
func Unrescue(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "unrescue", nil, http.StatusAccepted)}
}

// Shelve stops a server and snapshots it (SHELVED, then
// SHELVED_OFFLOADED once its host resources are freed).
// https://docs.openstack.org/api-ref/compute/#shelve-server-shelve-action
func Shelve(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "shelve", nil, http.StatusAccepted)}
}

// ShelveOffload frees the host resources of a SHELVED server at once.
// https://docs.openstack.org/api-ref/compute/#shelf-offload-remove-server-shelveoffload-action
func ShelveOffload(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "shelveOffload", nil, http.StatusAccepted)}
}

// UnshelveOpts optionally places the unshelved server.
type UnshelveOpts struct {
	// AvailabilityZone to unshelve into (2.77).
	AvailabilityZone string `json:"availability_zone,omitempty"`
	// Host to unshelve onto (2.91, administrators).
	Host string `json:"host,omitempty"`
}

// Unshelve restores a shelved server (back to ACTIVE).
// https://docs.openstack.org/api-ref/compute/#unshelve-restore-shelved-server-unshelve-action
func Unshelve(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UnshelveOpts) ActionResult {
	if opts == (UnshelveOpts{}) {
		return ActionResult{Result: action(ctx, c, id, "unshelve", nil, http.StatusAccepted)}
	}
	return ActionResult{Result: optsAction(ctx, c, id, "unshelve", opts, http.StatusAccepted)}
}

// ConsoleOutputOpts limits the console log.
type ConsoleOutputOpts struct {
	// Length is the number of lines to return from the end of the log;
	// 0 returns all of it.
	Length int `json:"length,omitempty"`
}

// Validate refuses a negative Length.
func (opts ConsoleOutputOpts) Validate() error {
	if opts.Length < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "servers.ConsoleOutputOpts.Length", Value: opts.Length, Reason: "must not be negative (0 means all)"}
	}
	return nil
}

// GetConsoleOutput returns the server's console log.
// https://docs.openstack.org/api-ref/compute/#show-console-output-os-getconsoleoutput-action
func GetConsoleOutput(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ConsoleOutputOpts) ConsoleOutputResult {
	return ConsoleOutputResult{Result: optsAction(ctx, c, id, "os-getConsoleOutput", opts, http.StatusOK), Key: "output"}
}

// ---------------------------------------------------------------- metadata

// ListMetadata returns all of a server's metadata.
// https://docs.openstack.org/api-ref/compute/#list-all-metadata
func ListMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string) MetadataResult {
	return MetadataResult{Result: c.Get(ctx, metadataURL(c, id), nil), Key: "metadata"}
}

// SetMetadata replaces all of a server's metadata with md (an empty md
// removes it all).
// https://docs.openstack.org/api-ref/compute/#replace-metadata-items
func SetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	if md == nil {
		md = map[string]string{}
	}
	return MetadataResult{Result: c.Put(ctx, metadataURL(c, id), map[string]any{"metadata": md},
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "metadata"}
}

// UpdateMetadata merges md into a server's metadata: keys in md are added
// or overwritten, others kept. The result holds all metadata.
// https://docs.openstack.org/api-ref/compute/#create-or-update-metadata-items
func UpdateMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	if len(md) == 0 {
		return MetadataResult{Result: refused(&gophercloud.ErrMissingInput{Argument: "servers.UpdateMetadata md"})}
	}
	return MetadataResult{Result: c.Post(ctx, metadataURL(c, id), map[string]any{"metadata": md},
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "metadata"}
}

// GetMetadatum returns one metadata item as a one-entry map.
// https://docs.openstack.org/api-ref/compute/#show-metadata-item-details
func GetMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) MetadatumResult {
	return MetadatumResult{Result: c.Get(ctx, metadatumURL(c, id, key), nil), Key: "meta"}
}

// SetMetadatum creates or replaces one metadata item.
// https://docs.openstack.org/api-ref/compute/#create-or-update-metadata-item
func SetMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key, value string) MetadatumResult {
	return MetadatumResult{Result: c.Put(ctx, metadatumURL(c, id, key), map[string]any{"meta": map[string]string{key: value}},
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "meta"}
}

// DeleteMetadatum removes one metadata item.
// https://docs.openstack.org/api-ref/compute/#delete-metadata-item
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, metadatumURL(c, id, key), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// ---------------------------------------------------------------- addresses

// GetAddresses returns a server's addresses by network name
// (GET /servers/{id}/ips). Nova does not page it, hence no Pager.
// https://docs.openstack.org/api-ref/compute/#list-ips
func GetAddresses(ctx context.Context, c *gophercloud.ServiceClient, id string) AddressesResult {
	return AddressesResult{Result: c.Get(ctx, addressesURL(c, id), nil), Key: "addresses"}
}

// GetNetworkAddresses returns a server's addresses on one network, named
// by its label (GET /servers/{id}/ips/{network}).
// https://docs.openstack.org/api-ref/compute/#show-ip-details
func GetNetworkAddresses(ctx context.Context, c *gophercloud.ServiceClient, id, network string) NetworkAddressesResult {
	return NetworkAddressesResult{Result: c.Get(ctx, networkAddressesURL(c, id, network), nil), Key: network}
}

// ---------------------------------------------------------------- more listing and administration

// ListSimple returns a Pager over the servers with only their ID, name and
// links (GET /servers), following servers_links; it takes the same
// filters as List and does no I/O until iterated.
// https://docs.openstack.org/api-ref/compute/#list-servers
func ListSimple(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[ServerRef] {
	return pagination.NewWithQuery(c, createURL(c), opts, pagination.Linked[ServerRef]{ItemsKey: "servers", LinksKey: "servers_links"})
}

// GetPassword returns the server's encrypted administrator password, as
// the guest's metadata agent stored it (base64; decrypt it with the key
// pair's private key). Extract returns "" when none is set.
// https://docs.openstack.org/api-ref/compute/#show-server-password
func GetPassword(ctx context.Context, c *gophercloud.ServiceClient, id string) PasswordResult {
	return PasswordResult{Result: c.Get(ctx, passwordURL(c, id), nil), Key: "password"}
}

// ClearPassword removes the stored encrypted password; the guest's own
// password is not changed.
// https://docs.openstack.org/api-ref/compute/#clear-admin-password
func ClearPassword(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, passwordURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// MigrateOpts optionally names the target of a cold migration.
type MigrateOpts struct {
	// Host is the target compute host (microversion 2.56); empty lets the
	// scheduler choose.
	Host string `json:"host,omitempty"`
}

// Migrate cold-migrates a server to another host (admin only by default):
// it ends in VERIFY_RESIZE, to be confirmed with ConfirmResize or undone
// with RevertResize.
// https://docs.openstack.org/api-ref/compute/#migrate-server-migrate-action
func Migrate(ctx context.Context, c *gophercloud.ServiceClient, id string, opts MigrateOpts) ActionResult {
	if opts == (MigrateOpts{}) {
		return ActionResult{Result: action(ctx, c, id, "migrate", nil, http.StatusAccepted)}
	}
	return ActionResult{Result: optsAction(ctx, c, id, "migrate", opts, http.StatusAccepted)}
}

// Block migration choices for LiveMigrateOpts.BlockMigration.
const (
	// BlockMigrationAuto lets Nova decide from the storage (2.25; the
	// default of the zero LiveMigrateOpts).
	BlockMigrationAuto = "auto"
	// BlockMigrationTrue copies the disks to the target host.
	BlockMigrationTrue = "true"
	// BlockMigrationFalse expects shared storage.
	BlockMigrationFalse = "false"
)

// LiveMigrateOpts places a live migration.
type LiveMigrateOpts struct {
	// Host is the target compute host; empty (sent as null) lets the
	// scheduler choose.
	Host string
	// BlockMigration is BlockMigrationAuto (the default; microversion
	// 2.25), BlockMigrationTrue or BlockMigrationFalse (the only choices
	// before 2.25).
	BlockMigration string
}

// Validate checks BlockMigration.
func (opts LiveMigrateOpts) Validate() error {
	switch opts.BlockMigration {
	case "", BlockMigrationAuto, BlockMigrationTrue, BlockMigrationFalse:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "servers.LiveMigrateOpts.BlockMigration", Value: opts.BlockMigration,
		Reason: `must be "auto", "true" or "false"`}
}

// LiveMigrate moves a running server to another host without stopping it
// (admin only by default); the zero LiveMigrateOpts sends host null and
// block_migration "auto", which needs a client with microversion 2.25 or
// later (c.WithMicroversion("2.25")).
// https://docs.openstack.org/api-ref/compute/#live-migrate-server-os-migratelive-action
func LiveMigrate(ctx context.Context, c *gophercloud.ServiceClient, id string, opts LiveMigrateOpts) ActionResult {
	if err := opts.Validate(); err != nil {
		return ActionResult{Result: refused(err)}
	}
	body := struct {
		Host           *string `json:"host"`
		BlockMigration any     `json:"block_migration"`
	}{Host: gophercloud.MaybeString(opts.Host), BlockMigration: BlockMigrationAuto}
	switch opts.BlockMigration {
	case BlockMigrationTrue:
		body.BlockMigration = true
	case BlockMigrationFalse:
		body.BlockMigration = false
	}
	return ActionResult{Result: action(ctx, c, id, "os-migrateLive", body, http.StatusAccepted)}
}

// EvacuateOpts rebuilds a server of a failed host elsewhere.
type EvacuateOpts struct {
	// Host is the target host; empty lets the scheduler choose.
	Host string `json:"host,omitempty"`
	// AdminPass sets the rebuilt server's password.
	AdminPass string `json:"adminPass,omitempty"`
	// OnSharedStorage says the disks are on shared storage; required
	// before microversion 2.14, refused from it on.
	OnSharedStorage *bool `json:"onSharedStorage,omitempty"`
}

// Evacuate rebuilds a server whose compute host is down on another host
// (admin only by default). Before microversion 2.14 Extract returns the
// new administrator password; from 2.14 Nova sends no body and Extract
// returns gophercloud.ErrNoBody (check Err instead).
// https://docs.openstack.org/api-ref/compute/#evacuate-server-evacuate-action
func Evacuate(ctx context.Context, c *gophercloud.ServiceClient, id string, opts EvacuateOpts) EvacuateResult {
	return EvacuateResult{Result: optsAction(ctx, c, id, "evacuate", opts, http.StatusOK), Key: "adminPass"}
}

// Server states ResetState accepts.
const (
	StateActive = "active"
	StateError  = "error"
)

// ResetState sets a server's vm_state to StateActive or StateError
// without touching the hypervisor (admin only by default), to recover a
// server stuck in a task.
// https://docs.openstack.org/api-ref/compute/#reset-server-state-os-resetstate-action
func ResetState(ctx context.Context, c *gophercloud.ServiceClient, id, state string) ActionResult {
	if state != StateActive && state != StateError {
		return ActionResult{Result: refused(&gophercloud.ErrInvalidInput{Argument: "servers.ResetState state", Value: state,
			Reason: `must be "active" or "error"`})}
	}
	return ActionResult{Result: action(ctx, c, id, "os-resetState", map[string]string{"state": state}, http.StatusAccepted)}
}

// ResetNetwork asks the hypervisor to reset the server's networking (admin
// only by default). Only the long-removed XenServer driver implemented it;
// current Nova answers 410 Gone.
// https://docs.openstack.org/api-ref/compute/#reset-networking-on-a-server-resetnetwork-action
func ResetNetwork(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "resetNetwork", nil, http.StatusAccepted)}
}

// InjectNetworkInfo re-injects the server's network information into the
// guest (admin only by default).
// https://docs.openstack.org/api-ref/compute/#inject-network-information-injectnetworkinfo-action
func InjectNetworkInfo(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: action(ctx, c, id, "injectNetworkInfo", nil, http.StatusAccepted)}
}

// ---------------------------------------------------------------- waiting

// ErrServerInError is matched (errors.Is) by the error WaitForStatus
// returns when the server goes to ERROR; the message carries the server's
// fault message.
var ErrServerInError = errors.New("server is in ERROR state")

// WaitForStatus polls a server (one Get every opts.Interval, one second
// for the zero WaitOpts, so it sends several requests) until its status is status and no task is
// pending on it (OS-EXT-STS:task_state empty, so an ACTIVE server that is
// still taking a snapshot is not done yet), and returns it. It stops
// early when the server goes to ERROR (error matching ErrServerInError,
// with the fault message) and when ctx ends (error matching
// gophercloud.ErrTimeout); set a deadline on ctx. When waiting for
// StatusDeleted, the server disappearing (404) counts as done and the
// returned server is nil; Nova may first show it with status DELETED for a
// moment, which counts too (that server is returned). On error it returns
// the last server it saw, if any, so the caller can look at its Fault.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) (*Server, error) {
	var last *Server
	err := gophercloud.WaitFor(ctx, opts.Interval, func(ctx context.Context) (bool, error) {
		s, err := Get(ctx, c, id).Extract()
		switch {
		case err != nil && status == StatusDeleted && errors.Is(err, gophercloud.ErrNotFound):
			last = nil
			return true, nil
		case err != nil && ctx.Err() != nil:
			return false, fmt.Errorf("%w: %w", gophercloud.ErrTimeout, ctx.Err())
		case err != nil:
			return false, err
		}
		last = s
		switch {
		case s.Status == status && (s.TaskState == "" || status == StatusDeleted):
			return true, nil
		case s.Status == StatusError && status != StatusError:
			msg := "no fault recorded"
			if s.Fault != nil && s.Fault.Message != "" {
				msg = s.Fault.Message
			}
			return false, fmt.Errorf("%w: server %s: %s", ErrServerInError, id, msg)
		}
		return false, nil
	})
	if err != nil {
		lastStatus := "unknown"
		if last != nil {
			lastStatus = last.Status
			if last.TaskState != "" {
				lastStatus += "/" + last.TaskState
			}
		}
		return last, fmt.Errorf("waiting for server %s to be %s (last seen %s): %w", id, status, lastStatus, err)
	}
	return last, nil
}
