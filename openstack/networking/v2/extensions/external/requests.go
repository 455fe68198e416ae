package external

import (
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
)

// ListOptsExt adds the router:external filter to a networks list.
type ListOptsExt struct {
	networks.ListOptsBuilder `json:"-"`
	// External keeps external (true) or internal (false) networks.
	External *bool `q:"router:external"`
}

// ToNetworkListQuery implements networks.ListOptsBuilder.
func (opts ListOptsExt) ToNetworkListQuery() (string, error) {
	base, err := opts.ListOptsBuilder.ToNetworkListQuery()
	if err != nil {
		return "", err
	}
	return common.JoinQuery(base, opts)
}

// CreateOptsExt sets router:external on a new network.
type CreateOptsExt struct {
	networks.CreateOptsBuilder `json:"-"`
	External                   *bool `json:"router:external,omitempty"`
}

// ToNetworkCreateMap implements networks.CreateOptsBuilder.
func (opts CreateOptsExt) ToNetworkCreateMap() (map[string]any, error) {
	base, err := opts.CreateOptsBuilder.ToNetworkCreateMap()
	if err != nil {
		return nil, err
	}
	return common.MergeBody(base, "network", opts)
}

// UpdateOptsExt changes router:external of a network.
type UpdateOptsExt struct {
	networks.UpdateOptsBuilder `json:"-"`
	External                   *bool `json:"router:external,omitempty"`
}

// ToNetworkUpdateMap implements networks.UpdateOptsBuilder.
func (opts UpdateOptsExt) ToNetworkUpdateMap() (map[string]any, error) {
	base, err := opts.UpdateOptsBuilder.ToNetworkUpdateMap()
	if err != nil {
		return nil, err
	}
	return common.MergeBody(base, "network", opts)
}
