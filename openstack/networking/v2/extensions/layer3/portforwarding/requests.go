package portforwarding

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every port forwarding of
// the floating IP.
type ListOpts struct {
	ID             string `q:"id"`
	InternalPortID string `q:"internal_port_id"`
	ExternalPort   int    `q:"external_port"`
	Protocol       string `q:"protocol"`
	// Query holds fields, sort and paging options.
	common.Query
}

// List returns a Pager over the port forwardings of a floating IP; it
// does no I/O. https://docs.openstack.org/api-ref/network/v2/#list-floating-ip-port-forwardings
func List(c *gophercloud.ServiceClient, fipID string, opts ListOpts) pagination.Pager[PortForwarding] {
	q, err := common.ListQuery(opts)
	return common.List[PortForwarding](c, listURL(c, fipID), "port_forwardings", q, err)
}

// Get shows one port forwarding. https://docs.openstack.org/api-ref/network/v2/#show-port-forwarding
func Get(ctx context.Context, c *gophercloud.ServiceClient, fipID, id string) GetResult {
	return common.Get[PortForwarding](ctx, c, pfURL(c, fipID, id), "port_forwarding")
}

// CreateOpts describes a new port forwarding. Protocol, InternalPortID
// and InternalIPAddress are required, and either the single ports or the
// port ranges.
type CreateOpts struct {
	// Protocol is "tcp" or "udp".
	Protocol          string `json:"protocol" required:"true"`
	InternalPortID    string `json:"internal_port_id" required:"true"`
	InternalIPAddress string `json:"internal_ip_address" required:"true"`
	ExternalPort      int    `json:"external_port,omitempty"`
	InternalPort      int    `json:"internal_port,omitempty"`
	// ExternalPortRange and InternalPortRange ("80:90") replace the
	// single ports.
	ExternalPortRange string `json:"external_port_range,omitempty"`
	InternalPortRange string `json:"internal_port_range,omitempty"`
	Description       string `json:"description,omitempty"`
}

// Validate checks the protocol, the port numbers, and that single ports
// and ranges are not mixed.
func (opts CreateOpts) Validate() error {
	if opts.Protocol != "tcp" && opts.Protocol != "udp" {
		return fmt.Errorf("%w: portforwarding: Protocol %q is not tcp or udp", gophercloud.ErrInvalidOptions, opts.Protocol)
	}
	single := opts.ExternalPort != 0 || opts.InternalPort != 0
	ranged := opts.ExternalPortRange != "" || opts.InternalPortRange != ""
	switch {
	case single && ranged:
		return fmt.Errorf("%w: portforwarding: ports and port ranges cannot be combined", gophercloud.ErrInvalidOptions)
	case single && (opts.ExternalPort == 0 || opts.InternalPort == 0):
		return fmt.Errorf("%w: portforwarding: ExternalPort and InternalPort go together", gophercloud.ErrInvalidOptions)
	case !single && !ranged:
		return fmt.Errorf("%w: portforwarding: need ExternalPort and InternalPort, or the port ranges", gophercloud.ErrInvalidOptions)
	}
	return validPorts(opts.ExternalPort, opts.InternalPort)
}

// validPorts rejects a port number outside 1..65535 (0 means unset).
func validPorts(ports ...int) error {
	for _, p := range ports {
		if p < 0 || p > 65535 {
			return fmt.Errorf("%w: portforwarding: port %d is not within 1..65535", gophercloud.ErrInvalidOptions, p)
		}
	}
	return nil
}

// Create adds a port forwarding to a floating IP. https://docs.openstack.org/api-ref/network/v2/#create-port-forwarding
func Create(ctx context.Context, c *gophercloud.ServiceClient, fipID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "port_forwarding")
	return common.Create[PortForwarding](ctx, c, listURL(c, fipID), "port_forwarding", b, err)
}

// UpdateOpts changes a port forwarding; empty fields are left as they are.
type UpdateOpts struct {
	Protocol          string  `json:"protocol,omitempty"`
	InternalPortID    string  `json:"internal_port_id,omitempty"`
	InternalIPAddress string  `json:"internal_ip_address,omitempty"`
	ExternalPort      int     `json:"external_port,omitempty"`
	InternalPort      int     `json:"internal_port,omitempty"`
	ExternalPortRange string  `json:"external_port_range,omitempty"`
	InternalPortRange string  `json:"internal_port_range,omitempty"`
	Description       *string `json:"description,omitempty"`
}

// Validate checks the protocol and port numbers when they are set.
func (opts UpdateOpts) Validate() error {
	if opts.Protocol != "" && opts.Protocol != "tcp" && opts.Protocol != "udp" {
		return fmt.Errorf("%w: portforwarding: Protocol %q is not tcp or udp", gophercloud.ErrInvalidOptions, opts.Protocol)
	}
	return validPorts(opts.ExternalPort, opts.InternalPort)
}

// Update changes a port forwarding. https://docs.openstack.org/api-ref/network/v2/#update-a-port-forwarding
func Update(ctx context.Context, c *gophercloud.ServiceClient, fipID, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "port_forwarding")
	return common.Update[PortForwarding](ctx, c, pfURL(c, fipID, id), "port_forwarding", opts, b, err)
}

// Delete removes a port forwarding. https://docs.openstack.org/api-ref/network/v2/#delete-a-floating-ip-port-forwarding
func Delete(ctx context.Context, c *gophercloud.ServiceClient, fipID, id string) DeleteResult {
	return common.Delete(ctx, c, pfURL(c, fipID, id))
}
