package networks

import (
	"context"
	"net/netip"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// IDs of the networks every Rackspace account has.
const (
	// PublicNetID is the Internet-facing network ("public").
	PublicNetID = "00000000-0000-0000-0000-000000000000"
	// ServiceNetID is Rackspace's internal network ("private").
	ServiceNetID = "11111111-1111-1111-1111-111111111111"
)

// List returns a Pager (of one page) over the account's networks,
// PublicNet and ServiceNet included; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Network] {
	return pagination.New(c, listURL(c), pagination.Single[Network]{ItemsKey: "networks"}, nil)
}

// Get shows one network.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, networkURL(c, id), nil), Key: "network"}
}

// CreateOpts describes an isolated network.
type CreateOpts struct {
	// Label names the network.
	Label string `json:"label" required:"true"`
	// CIDR is its IPv4 range ("192.168.0.0/24").
	CIDR string `json:"cidr" required:"true"`
}

// Validate checks that CIDR is an IPv4 prefix; Create calls it through the
// body builder.
func (opts CreateOpts) Validate() error {
	p, err := netip.ParsePrefix(opts.CIDR)
	if err != nil || !p.Addr().Is4() {
		return &gophercloud.ErrInvalidInput{Argument: "networks.CreateOpts.CIDR", Value: opts.CIDR, Reason: "must be an IPv4 CIDR such as 192.168.0.0/24"}
	}
	return nil
}

// Create creates an isolated network.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "network")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, nil), Key: "network"}
}

// Delete deletes an isolated network that no server uses.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, networkURL(c, id), nil)}
}
