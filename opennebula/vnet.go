package opennebula

import (
	"context"
	"encoding/xml"
)

// VirtualNetwork is the VNET document (vnet.xsd).
type VirtualNetwork struct {
	XMLName              xml.Name    `xml:"VNET"`
	ID                   int         `xml:"ID"`
	UID                  int         `xml:"UID"`
	GID                  int         `xml:"GID"`
	UName                string      `xml:"UNAME"`
	GName                string      `xml:"GNAME"`
	Name                 string      `xml:"NAME"`
	Lock                 *Lock       `xml:"LOCK,omitempty"`
	Permissions          Permissions `xml:"PERMISSIONS"`
	Clusters             IDs         `xml:"CLUSTERS"`
	Bridge               string      `xml:"BRIDGE"`
	BridgeType           string      `xml:"BRIDGE_TYPE,omitempty"`
	State                int         `xml:"STATE"`
	PrevState            int         `xml:"PREV_STATE"`
	ParentNetworkID      string      `xml:"PARENT_NETWORK_ID"`
	TemplateID           string      `xml:"TEMPLATE_ID"`
	VNMad                string      `xml:"VN_MAD"`
	PhyDev               string      `xml:"PHYDEV"`
	VlanID               string      `xml:"VLAN_ID,omitempty"`
	OuterVlanID          string      `xml:"OUTER_VLAN_ID,omitempty"`
	VlanIDAutomatic      string      `xml:"VLAN_ID_AUTOMATIC"`
	OuterVlanIDAutomatic string      `xml:"OUTER_VLAN_ID_AUTOMATIC"`
	UsedLeases           int         `xml:"USED_LEASES"`
	VRouters             IDs         `xml:"VROUTERS"`
	UpdatedVMs           IDs         `xml:"UPDATED_VMS"`
	OutdatedVMs          IDs         `xml:"OUTDATED_VMS"`
	UpdatingVMs          IDs         `xml:"UPDATING_VMS"`
	ErrorVMs             IDs         `xml:"ERROR_VMS"`
	Template             *Template   `xml:"TEMPLATE"`
	ARPool               ARPool      `xml:"AR_POOL"`
}

// ARPool is the AR_POOL element: the network's address ranges.
type ARPool struct {
	ARs []AddressRange `xml:"AR"`
}

// AddressRange is one AR element.
type AddressRange struct {
	ARID       string  `xml:"AR_ID"`
	GlobalPfx  string  `xml:"GLOBAL_PREFIX,omitempty"`
	IP         string  `xml:"IP,omitempty"`
	MAC        string  `xml:"MAC"`
	NextIndex  int     `xml:"NEXT_INDEX"`
	ParentARID string  `xml:"PARENT_NETWORK_AR_ID,omitempty"`
	Size       int     `xml:"SIZE"`
	Type       string  `xml:"TYPE"`
	ULAPfx     string  `xml:"ULA_PREFIX,omitempty"`
	MACEnd     string  `xml:"MAC_END,omitempty"`
	IPEnd      string  `xml:"IP_END,omitempty"`
	UsedLeases string  `xml:"USED_LEASES,omitempty"` // absent in pool listings
	Leases     *Leases `xml:"LEASES,omitempty"`
}

// Leases is the LEASES element of an address range.
type Leases struct {
	Leases []Lease `xml:"LEASE"`
}

// Lease is one address in use.
type Lease struct {
	IP      string `xml:"IP,omitempty"`
	MAC     string `xml:"MAC,omitempty"`
	VM      *int   `xml:"VM,omitempty"`
	VNet    *int   `xml:"VNET,omitempty"`
	VRouter *int   `xml:"VROUTER,omitempty"`
}

// VirtualNetworkPool is the VNET_POOL document.
type VirtualNetworkPool struct {
	XMLName xml.Name         `xml:"VNET_POOL"`
	VNets   []VirtualNetwork `xml:"VNET"`
}

// VirtualNetworksController handles the virtual network pool.
type VirtualNetworksController struct {
	PoolOps[VirtualNetworkPool]
	c *Controller
}

// VirtualNetworks returns the controller of the virtual network pool.
func (c *Controller) VirtualNetworks() *VirtualNetworksController {
	return &VirtualNetworksController{PoolOps: newPool[VirtualNetworkPool](c, "one.vnpool.info", poolRange), c: c}
}

// Create allocates a virtual network in cluster clusterID (-1: the
// default) and returns its ID.
func (p *VirtualNetworksController) Create(ctx context.Context, tpl TemplateString, clusterID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.vn.allocate", tplString(tpl), clusterID)
}

// VirtualNetworkController handles one virtual network.
type VirtualNetworkController struct {
	ID int
	InfoOps[VirtualNetwork]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// VirtualNetwork returns the controller of virtual network id.
func (c *Controller) VirtualNetwork(id int) *VirtualNetworkController {
	r := c.ref("one.vn", id)
	return &VirtualNetworkController{ID: id, InfoOps: InfoOps[VirtualNetwork]{r}, DeleteOps: DeleteOps{r},
		UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// AddAR adds the address range described by ar (AR=[TYPE=…, SIZE=…]).
func (vc *VirtualNetworkController) AddAR(ctx context.Context, ar TemplateString) error {
	_, err := vc.r.callID(ctx, "add_ar", tplString(ar))
	return err
}

// RmAR removes address range arID.
func (vc *VirtualNetworkController) RmAR(ctx context.Context, arID int) error {
	_, err := vc.r.callID(ctx, "rm_ar", arID)
	return err
}

// UpdateAR updates an address range (its AR_ID is in ar).
func (vc *VirtualNetworkController) UpdateAR(ctx context.Context, ar TemplateString) error {
	_, err := vc.r.callID(ctx, "update_ar", tplString(ar))
	return err
}

// Hold puts a lease on hold (LEASES=[IP=…]).
func (vc *VirtualNetworkController) Hold(ctx context.Context, lease TemplateString) error {
	_, err := vc.r.callID(ctx, "hold", tplString(lease))
	return err
}

// Release frees a held lease.
func (vc *VirtualNetworkController) Release(ctx context.Context, lease TemplateString) error {
	_, err := vc.r.callID(ctx, "release", tplString(lease))
	return err
}

// Reserve reserves addresses into a new or existing network and returns
// its ID.
func (vc *VirtualNetworkController) Reserve(ctx context.Context, tpl TemplateString) (int, error) {
	resp, err := vc.r.callID(ctx, "reserve", tplString(tpl))
	if err != nil {
		return -1, err
	}
	return intResult("one.vn.reserve", resp)
}
