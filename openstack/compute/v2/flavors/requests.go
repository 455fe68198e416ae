package flavors

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// AccessType selects flavors by visibility in ListOpts.
type AccessType string

// The values Nova accepts for the is_public filter.
const (
	// PublicAccess lists public flavors only.
	PublicAccess AccessType = "true"
	// PrivateAccess lists private flavors only (admin, or the projects
	// that were given access).
	PrivateAccess AccessType = "false"
	// AllAccess lists public and private flavors alike; admin only.
	AllAccess AccessType = "None"
)

// ListOpts filters and sorts List. The zero value lists what Nova shows
// by default: public flavors plus the private ones the project may use.
type ListOpts struct {
	// MinDisk keeps flavors with at least this root disk, in GiB.
	MinDisk int `q:"minDisk"`
	// MinRAM keeps flavors with at least this much RAM, in MiB.
	MinRAM int `q:"minRam"`
	// AccessType filters by visibility; empty means Nova's default.
	AccessType AccessType `q:"is_public"`
	// SortKey is a flavor attribute to sort by ("memory_mb", "vcpus",
	// "name", "flavorid", …).
	SortKey string `q:"sort_key"`
	// SortDir is "asc" or "desc".
	SortDir string `q:"sort_dir"`
	// Limit is the page size; the pager follows flavors_links to the end.
	Limit int `q:"limit"`
	// Marker is the ID of the last flavor of the previous page.
	Marker string `q:"marker"`
}

// Validate checks the rules the tags cannot express; List calls it
// through the query builder.
func (opts ListOpts) Validate() error {
	switch opts.AccessType {
	case "", PublicAccess, PrivateAccess, AllAccess:
	default:
		return &gophercloud.ErrInvalidInput{Argument: "flavors.ListOpts.AccessType", Value: string(opts.AccessType),
			Reason: `must be flavors.PublicAccess ("true"), PrivateAccess ("false") or AllAccess ("None")`}
	}
	switch opts.SortDir {
	case "", "asc", "desc":
	default:
		return &gophercloud.ErrInvalidInput{Argument: "flavors.ListOpts.SortDir", Value: opts.SortDir, Reason: `must be "asc" or "desc"`}
	}
	if opts.MinDisk < 0 || opts.MinRAM < 0 || opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "flavors.ListOpts", Value: opts, Reason: "MinDisk, MinRAM and Limit must not be negative"}
	}
	return nil
}

// List returns a Pager over the flavors with their details
// (GET /flavors/detail), following flavors_links from page to page; the
// zero ListOpts lists them all. It does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-flavors-with-details
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Flavor] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Linked[Flavor]{ItemsKey: "flavors", LinksKey: "flavors_links"})
}

// Get shows one flavor. https://docs.openstack.org/api-ref/compute/#show-flavor-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, flavorURL(c, id), nil), Key: "flavor"}
}

// CreateOpts describes a new flavor. Name, RAM and VCPUs are required;
// Disk is always sent, 0 meaning "the image's size" (for servers that boot
// from a volume).
type CreateOpts struct {
	// ID is the flavor ID; empty lets Nova generate a UUID.
	ID string `json:"id,omitempty"`
	// Name must be unique.
	Name string `json:"name" required:"true"`
	// RAM is the memory size in MiB.
	RAM int `json:"ram" required:"true"`
	// VCPUs is the number of virtual CPUs.
	VCPUs int `json:"vcpus" required:"true"`
	// Disk is the root disk size in GiB.
	Disk int `json:"disk"`
	// Swap is the swap size in MiB; nil means none.
	Swap *int `json:"swap,omitempty"`
	// Ephemeral is the size of the ephemeral disk in GiB; nil means none.
	Ephemeral *int `json:"OS-FLV-EXT-DATA:ephemeral,omitempty"`
	// RxTxFactor scales the network bandwidth cap; 0 means Nova's 1.0.
	RxTxFactor float64 `json:"rxtx_factor,omitempty"`
	// IsPublic makes the flavor visible to all projects (Nova's default)
	// or, with false, only to the projects given access with AddAccess.
	IsPublic *bool `json:"os-flavor-access:is_public,omitempty"`
	// Description is free text; it needs microversion 2.55.
	Description string `json:"description,omitempty"`
}

// Validate refuses negative sizes; Create calls it through the body
// builder.
func (opts CreateOpts) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{
		{"RAM", float64(opts.RAM)}, {"VCPUs", float64(opts.VCPUs)}, {"Disk", float64(opts.Disk)},
		{"Swap", float64(deref(opts.Swap))}, {"Ephemeral", float64(deref(opts.Ephemeral))}, {"RxTxFactor", opts.RxTxFactor},
	} {
		if f.v < 0 {
			return &gophercloud.ErrInvalidInput{Argument: "flavors.CreateOpts." + f.name, Value: f.v, Reason: "must not be negative"}
		}
	}
	return nil
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// Create makes a new flavor; admin only by default.
// https://docs.openstack.org/api-ref/compute/#create-flavor
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "flavor")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, createURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "flavor"}
}

// UpdateOpts changes a flavor. Only the description can change; it needs
// microversion 2.55. An empty Description clears it.
type UpdateOpts struct {
	// Description replaces the flavor's description.
	Description string `json:"description"`
}

// Update changes a flavor's description; admin only. It needs a client
// with microversion 2.55 or later (c.WithMicroversion("2.55")).
// https://docs.openstack.org/api-ref/compute/#update-flavor-description
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "flavor")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, flavorURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "flavor"}
}

// Delete removes a flavor; servers already built from it keep running.
// https://docs.openstack.org/api-ref/compute/#delete-flavor
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, flavorURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}

// ListAccesses returns a Pager over the projects that may use a private
// flavor (one page). Nova refuses it for public flavors.
// https://docs.openstack.org/api-ref/compute/#list-flavor-access-information-for-given-flavor
func ListAccesses(c *gophercloud.ServiceClient, id string) pagination.Pager[FlavorAccess] {
	return pagination.New(c, accessURL(c, id), pagination.Single[FlavorAccess]{ItemsKey: "flavor_access"}, nil)
}

// AccessOpts names the project to give or take access to a private flavor.
type AccessOpts struct {
	// Tenant is the project ID.
	Tenant string `json:"tenant" required:"true"`
}

// AddAccess lets a project use a private flavor; the result holds the new
// access list. https://docs.openstack.org/api-ref/compute/#add-flavor-access-to-tenant-addtenantaccess-action
func AddAccess(ctx context.Context, c *gophercloud.ServiceClient, id string, opts AccessOpts) AccessResult {
	return accessAction(ctx, c, id, "addTenantAccess", opts)
}

// RemoveAccess takes a project's access to a private flavor away; the
// result holds the remaining access list.
// https://docs.openstack.org/api-ref/compute/#remove-flavor-access-from-tenant-removetenantaccess-action
func RemoveAccess(ctx context.Context, c *gophercloud.ServiceClient, id string, opts AccessOpts) AccessResult {
	return accessAction(ctx, c, id, "removeTenantAccess", opts)
}

func accessAction(ctx context.Context, c *gophercloud.ServiceClient, id, action string, opts AccessOpts) AccessResult {
	b, err := gophercloud.BuildRequestBody(opts, action)
	if err != nil {
		return AccessResult{Result: gophercloud.Result{Err: err}}
	}
	return AccessResult{Result: c.Post(ctx, actionURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "flavor_access"}
}

// ListExtraSpecs returns all extra specs of a flavor as a map.
// https://docs.openstack.org/api-ref/compute/#list-extra-specs-for-a-flavor
func ListExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string) ExtraSpecsResult {
	return ExtraSpecsResult{Result: c.Get(ctx, extraSpecsURL(c, id), nil), Key: "extra_specs"}
}

// GetExtraSpec returns one extra spec of a flavor.
// https://docs.openstack.org/api-ref/compute/#show-an-extra-spec-for-a-flavor
func GetExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) ExtraSpecResult {
	return ExtraSpecResult{Result: c.Get(ctx, extraSpecURL(c, id, key), nil), Key: key}
}

// ExtraSpecsOpts are extra specs to add to a flavor, key to value
// ("hw:cpu_policy": "dedicated").
type ExtraSpecsOpts map[string]string

// Validate refuses an empty set and empty keys.
func (opts ExtraSpecsOpts) Validate() error {
	if len(opts) == 0 {
		return &gophercloud.ErrMissingInput{Argument: "flavors.ExtraSpecsOpts"}
	}
	for k, v := range opts {
		if k == "" {
			return &gophercloud.ErrInvalidInput{Argument: "flavors.ExtraSpecsOpts", Value: v, Reason: "an extra spec key must not be empty"}
		}
	}
	return nil
}

// CreateExtraSpecs adds extra specs to a flavor, replacing the values of
// keys it already has; the result holds the specs sent.
// https://docs.openstack.org/api-ref/compute/#create-extra-specs-for-a-flavor
func CreateExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ExtraSpecsOpts) ExtraSpecsResult {
	if err := opts.Validate(); err != nil {
		return ExtraSpecsResult{Result: gophercloud.Result{Err: err}}
	}
	body := map[string]map[string]string{"extra_specs": opts}
	return ExtraSpecsResult{Result: c.Post(ctx, extraSpecsURL(c, id), body, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "extra_specs"}
}

// UpdateExtraSpec sets one extra spec of a flavor.
// https://docs.openstack.org/api-ref/compute/#update-an-extra-spec-for-a-flavor
func UpdateExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key, value string) ExtraSpecResult {
	return ExtraSpecResult{Result: c.Put(ctx, extraSpecURL(c, id, key), map[string]string{key: value},
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: key}
}

// DeleteExtraSpec removes one extra spec of a flavor.
// https://docs.openstack.org/api-ref/compute/#delete-an-extra-spec-for-a-flavor
func DeleteExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, extraSpecURL(c, id, key), &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}})}
}
