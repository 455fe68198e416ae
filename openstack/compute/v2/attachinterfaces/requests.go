package attachinterfaces

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the server's interfaces; it does
// no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-port-interfaces
func List(c *gophercloud.ServiceClient, serverID string) pagination.Pager[Interface] {
	return pagination.New(c, listURL(c, serverID), pagination.Single[Interface]{ItemsKey: "interfaceAttachments"}, nil)
}

// Get shows the server's interface on one port.
// https://docs.openstack.org/api-ref/compute/#show-port-interface-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, serverID, portID string) GetResult {
	return GetResult{Result: c.Get(ctx, interfaceURL(c, serverID, portID), nil), Key: "interfaceAttachment"}
}

// FixedIP asks for one address on the new port.
type FixedIP struct {
	// IPAddress is the address; Neutron picks the subnet it belongs to.
	IPAddress string `json:"ip_address" required:"true"`
}

// CreateOpts says what to attach: exactly one of PortID and NetworkID.
type CreateOpts struct {
	// PortID attaches an existing, unbound port.
	PortID string `json:"port_id,omitempty" xor:"NetworkID"`
	// NetworkID has Nova create a port on this network and attach it.
	NetworkID string `json:"net_id,omitempty" xor:"PortID"`
	// FixedIPs asks for addresses on the new port; only with NetworkID,
	// and Nova accepts one.
	FixedIPs []FixedIP `json:"fixed_ips,omitempty"`
	// Tag is a device tag the guest sees in its metadata; microversion
	// 2.49.
	Tag string `json:"tag,omitempty"`
}

// Validate refuses FixedIPs with an existing port, whose addresses are set
// on the port itself.
func (opts CreateOpts) Validate() error {
	if len(opts.FixedIPs) > 0 && opts.PortID != "" {
		return &gophercloud.ErrInvalidInput{Argument: "attachinterfaces.CreateOpts.FixedIPs", Value: opts.FixedIPs, Reason: "set the addresses on the port; FixedIPs needs NetworkID"}
	}
	return nil
}

// Create attaches a port to the server and returns the new interface.
// https://docs.openstack.org/api-ref/compute/#create-interface
func Create(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "interfaceAttachment")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c, serverID), b, nil), Key: "interfaceAttachment"}
}

// Delete detaches the port from the server. Nova answers 202 and detaches
// asynchronously; a port Nova created for the attachment is deleted with
// it.
// https://docs.openstack.org/api-ref/compute/#detach-interface
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, portID string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, interfaceURL(c, serverID, portID), nil)}
}
