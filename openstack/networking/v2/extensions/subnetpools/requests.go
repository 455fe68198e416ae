package subnetpools

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every pool the caller can see.
type ListOpts struct {
	ID               string `q:"id"`
	Name             string `q:"name"`
	Description      string `q:"description"`
	ProjectID        string `q:"project_id"`
	IPVersion        int    `q:"ip_version"`
	AddressScopeID   string `q:"address_scope_id"`
	DefaultPrefixLen int    `q:"default_prefixlen"`
	MinPrefixLen     int    `q:"min_prefixlen"`
	MaxPrefixLen     int    `q:"max_prefixlen"`
	Shared           *bool  `q:"shared"`
	IsDefault        *bool  `q:"is_default"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// List returns a Pager over subnet pools, following subnetpools_links; it
// does no I/O. https://docs.openstack.org/api-ref/network/v2/#list-subnet-pools
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[SubnetPool] {
	q, err := common.ListQuery(opts)
	return common.List[SubnetPool](c, listURL(c), "subnetpools", q, err)
}

// Get shows one subnet pool. https://docs.openstack.org/api-ref/network/v2/#show-subnet-pool
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[SubnetPool](ctx, c, poolURL(c, id), "subnetpool")
}

// CreateOpts describes a new subnet pool; Name and Prefixes are required.
type CreateOpts struct {
	Name        string `json:"name" required:"true"`
	Description string `json:"description,omitempty"`
	// Prefixes are the CIDRs the pool hands out, all of one IP version.
	Prefixes []string `json:"prefixes" required:"true"`
	// DefaultPrefixLen is the size of a subnet that asks for none;
	// MinPrefixLen and MaxPrefixLen bound what a subnet may ask for.
	DefaultPrefixLen int    `json:"default_prefixlen,omitempty"`
	MinPrefixLen     int    `json:"min_prefixlen,omitempty"`
	MaxPrefixLen     int    `json:"max_prefixlen,omitempty"`
	AddressScopeID   string `json:"address_scope_id,omitempty"`
	// Shared pools are usable by every project; admin only.
	Shared *bool `json:"shared,omitempty"`
	// IsDefault makes this the pool for subnets that ask for the default
	// pool of their IP version; admin only.
	IsDefault *bool `json:"is_default,omitempty"`
	// DefaultQuota limits the addresses one project may take (prefixes
	// for IPv4, /64 blocks for IPv6).
	DefaultQuota int `json:"default_quota,omitempty"`
	// ProjectID creates the pool for another project; admin only.
	ProjectID string `json:"project_id,omitempty"`
}

// Validate checks the prefix lengths are in range and ordered.
func (opts CreateOpts) Validate() error {
	return validPrefixLens(opts.MinPrefixLen, opts.DefaultPrefixLen, opts.MaxPrefixLen)
}

// validPrefixLens rejects a length outside 0..128 and, among those set
// (non-zero), min > default, default > max or min > max.
func validPrefixLens(minLen, def, maxLen int) error {
	for _, l := range []int{minLen, def, maxLen} {
		if l < 0 || l > 128 {
			return fmt.Errorf("%w: subnetpools: prefix length %d is not within 0..128", gophercloud.ErrInvalidOptions, l)
		}
	}
	le := func(a, b int) bool { return a == 0 || b == 0 || a <= b }
	if !le(minLen, def) || !le(def, maxLen) || !le(minLen, maxLen) {
		return fmt.Errorf("%w: subnetpools: need min_prefixlen (%d) <= default_prefixlen (%d) <= max_prefixlen (%d)", gophercloud.ErrInvalidOptions, minLen, def, maxLen)
	}
	return nil
}

// Create creates a subnet pool. https://docs.openstack.org/api-ref/network/v2/#create-subnet-pool
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "subnetpool")
	return common.Create[SubnetPool](ctx, c, listURL(c), "subnetpool", b, err)
}

// UpdateOpts changes a subnet pool; nil and empty fields are left as they
// are. Prefixes replaces the list and must keep every existing prefix.
type UpdateOpts struct {
	Name             *string  `json:"name,omitempty"`
	Description      *string  `json:"description,omitempty"`
	Prefixes         []string `json:"prefixes,omitempty"`
	DefaultPrefixLen int      `json:"default_prefixlen,omitempty"`
	MinPrefixLen     int      `json:"min_prefixlen,omitempty"`
	MaxPrefixLen     int      `json:"max_prefixlen,omitempty"`
	// AddressScopeID moves the pool to a scope; a pointer to "" removes
	// it from its scope (sent as null).
	AddressScopeID *string `json:"-"`
	IsDefault      *bool   `json:"is_default,omitempty"`
	DefaultQuota   int     `json:"default_quota,omitempty"`
	// IfMatch makes the update conditional on the pool's revision.
	common.IfMatch
}

// Validate checks the prefix lengths as CreateOpts does.
func (opts UpdateOpts) Validate() error {
	return validPrefixLens(opts.MinPrefixLen, opts.DefaultPrefixLen, opts.MaxPrefixLen)
}

// Update changes a subnet pool. https://docs.openstack.org/api-ref/network/v2/#update-subnet-pool
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "subnetpool")
	if err == nil && opts.AddressScopeID != nil {
		var scope any
		if *opts.AddressScopeID != "" {
			scope = *opts.AddressScopeID
		}
		if m, ok := b["subnetpool"].(map[string]any); ok {
			m["address_scope_id"] = scope
		}
	}
	return common.Update[SubnetPool](ctx, c, poolURL(c, id), "subnetpool", opts, b, err)
}

// Delete deletes a subnet pool; it fails with 409 while subnets use it.
// https://docs.openstack.org/api-ref/network/v2/#delete-subnet-pool
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, poolURL(c, id))
}
