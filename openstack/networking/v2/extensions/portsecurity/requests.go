package portsecurity

import (
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
)

// CreateOptsExt sets port_security_enabled on a new network.
type CreateOptsExt struct {
	networks.CreateOptsBuilder `json:"-"`
	// PortSecurityEnabled is the default for the network's ports; nil
	// leaves Neutron's default (true).
	PortSecurityEnabled *bool `json:"port_security_enabled,omitempty"`
}

// ToNetworkCreateMap implements networks.CreateOptsBuilder.
func (opts CreateOptsExt) ToNetworkCreateMap() (map[string]any, error) {
	base, err := opts.CreateOptsBuilder.ToNetworkCreateMap()
	if err != nil {
		return nil, err
	}
	return common.MergeBody(base, "network", opts)
}

// UpdateOptsExt changes port_security_enabled of a network.
type UpdateOptsExt struct {
	networks.UpdateOptsBuilder `json:"-"`
	PortSecurityEnabled        *bool `json:"port_security_enabled,omitempty"`
}

// ToNetworkUpdateMap implements networks.UpdateOptsBuilder.
func (opts UpdateOptsExt) ToNetworkUpdateMap() (map[string]any, error) {
	base, err := opts.UpdateOptsBuilder.ToNetworkUpdateMap()
	if err != nil {
		return nil, err
	}
	return common.MergeBody(base, "network", opts)
}
