package provider

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
)

// Segment is one segment of a network: its type (flat, vlan, vxlan,
// geneve, gre, local), physical network and segmentation ID (VLAN ID or
// tunnel ID). It is both sent (Segments in CreateOptsExt) and read back.
type Segment struct {
	NetworkType     string `json:"provider:network_type,omitempty"`
	PhysicalNetwork string `json:"provider:physical_network,omitempty"`
	SegmentationID  int    `json:"provider:segmentation_id,omitempty"`
}

// ListOptsExt adds the provider filters to a networks list.
type ListOptsExt struct {
	networks.ListOptsBuilder `json:"-"`
	NetworkType              string `q:"provider:network_type"`
	PhysicalNetwork          string `q:"provider:physical_network"`
	SegmentationID           int    `q:"provider:segmentation_id"`
}

// ToNetworkListQuery implements networks.ListOptsBuilder.
func (opts ListOptsExt) ToNetworkListQuery() (string, error) {
	base, err := opts.ListOptsBuilder.ToNetworkListQuery()
	if err != nil {
		return "", err
	}
	return common.JoinQuery(base, opts)
}

// CreateOptsExt sets the provider attributes of a new network: either
// the single-segment fields or Segments, not both.
type CreateOptsExt struct {
	networks.CreateOptsBuilder `json:"-"`
	NetworkType                string    `json:"provider:network_type,omitempty"`
	PhysicalNetwork            string    `json:"provider:physical_network,omitempty"`
	SegmentationID             int       `json:"provider:segmentation_id,omitempty"`
	Segments                   []Segment `json:"segments,omitempty"`
}

// Validate rejects a negative segmentation ID and mixing Segments with
// the single-segment fields.
func (opts CreateOptsExt) Validate() error {
	single := opts.NetworkType != "" || opts.PhysicalNetwork != "" || opts.SegmentationID != 0
	if single && len(opts.Segments) > 0 {
		return fmt.Errorf("%w: provider: Segments cannot be combined with NetworkType, PhysicalNetwork or SegmentationID", gophercloud.ErrInvalidOptions)
	}
	if opts.SegmentationID < 0 {
		return fmt.Errorf("%w: provider: SegmentationID must not be negative", gophercloud.ErrInvalidOptions)
	}
	for i, s := range opts.Segments {
		if s.SegmentationID < 0 {
			return fmt.Errorf("%w: provider: Segments[%d].SegmentationID must not be negative", gophercloud.ErrInvalidOptions, i)
		}
	}
	return nil
}

// ToNetworkCreateMap implements networks.CreateOptsBuilder.
func (opts CreateOptsExt) ToNetworkCreateMap() (map[string]any, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	base, err := opts.CreateOptsBuilder.ToNetworkCreateMap()
	if err != nil {
		return nil, err
	}
	return common.MergeBody(base, "network", opts)
}
