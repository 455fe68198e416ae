package opennebula

import (
	"context"
	"encoding/xml"
)

// VDC is the VDC document (vdc.xsd).
type VDC struct {
	XMLName    xml.Name      `xml:"VDC"`
	ID         int           `xml:"ID"`
	Name       string        `xml:"NAME"`
	Groups     IDs           `xml:"GROUPS"`
	Clusters   VDCClusters   `xml:"CLUSTERS"`
	Hosts      VDCHosts      `xml:"HOSTS"`
	Datastores VDCDatastores `xml:"DATASTORES"`
	VNets      VDCVNets      `xml:"VNETS"`
	Template   *Template     `xml:"TEMPLATE"`
}

// VDCClusters is the CLUSTERS element of a VDC.
type VDCClusters struct {
	Clusters []VDCCluster `xml:"CLUSTER"`
}

// VDCHosts is the HOSTS element of a VDC.
type VDCHosts struct {
	Hosts []VDCHost `xml:"HOST"`
}

// VDCDatastores is the DATASTORES element of a VDC.
type VDCDatastores struct {
	Datastores []VDCDatastore `xml:"DATASTORE"`
}

// VDCVNets is the VNETS element of a VDC.
type VDCVNets struct {
	VNets []VDCVNet `xml:"VNET"`
}

// VDCCluster is a cluster of a VDC.
type VDCCluster struct {
	ZoneID    int `xml:"ZONE_ID"`
	ClusterID int `xml:"CLUSTER_ID"`
}

// VDCHost is a host of a VDC.
type VDCHost struct {
	ZoneID int `xml:"ZONE_ID"`
	HostID int `xml:"HOST_ID"`
}

// VDCDatastore is a datastore of a VDC.
type VDCDatastore struct {
	ZoneID      int `xml:"ZONE_ID"`
	DatastoreID int `xml:"DATASTORE_ID"`
}

// VDCVNet is a virtual network of a VDC.
type VDCVNet struct {
	ZoneID int `xml:"ZONE_ID"`
	VNetID int `xml:"VNET_ID"`
}

// VDCPool is the VDC_POOL document.
type VDCPool struct {
	XMLName xml.Name `xml:"VDC_POOL"`
	VDCs    []VDC    `xml:"VDC"`
}

// VDCsController handles the VDC pool.
type VDCsController struct {
	PoolOps[VDCPool]
	c *Controller
}

// VDCs returns the controller of the VDC pool.
func (c *Controller) VDCs() *VDCsController {
	return &VDCsController{PoolOps: newPool[VDCPool](c, "one.vdcpool.info", poolPlain), c: c}
}

// Create allocates a VDC and returns its ID.
func (p *VDCsController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.vdc.allocate", tplString(tpl))
}

// VDCController handles one VDC.
type VDCController struct {
	ID int
	InfoOps[VDC]
	DeleteOps
	UpdateOps
	RenameOps
	r *ref
}

// VDC returns the controller of VDC id.
func (c *Controller) VDC(id int) *VDCController {
	r := c.ref("one.vdc", id)
	return &VDCController{ID: id, InfoOps: InfoOps[VDC]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, r: r}
}

// AddGroup adds group gid to the VDC.
func (vc *VDCController) AddGroup(ctx context.Context, gid int) error {
	_, err := vc.r.callID(ctx, "addgroup", gid)
	return err
}

// DelGroup removes group gid from the VDC.
func (vc *VDCController) DelGroup(ctx context.Context, gid int) error {
	_, err := vc.r.callID(ctx, "delgroup", gid)
	return err
}

// AddCluster adds cluster clusterID of zone zoneID.
func (vc *VDCController) AddCluster(ctx context.Context, zoneID, clusterID int) error {
	_, err := vc.r.callID(ctx, "addcluster", zoneID, clusterID)
	return err
}

// DelCluster removes cluster clusterID of zone zoneID.
func (vc *VDCController) DelCluster(ctx context.Context, zoneID, clusterID int) error {
	_, err := vc.r.callID(ctx, "delcluster", zoneID, clusterID)
	return err
}

// AddHost adds host hostID of zone zoneID.
func (vc *VDCController) AddHost(ctx context.Context, zoneID, hostID int) error {
	_, err := vc.r.callID(ctx, "addhost", zoneID, hostID)
	return err
}

// DelHost removes host hostID of zone zoneID.
func (vc *VDCController) DelHost(ctx context.Context, zoneID, hostID int) error {
	_, err := vc.r.callID(ctx, "delhost", zoneID, hostID)
	return err
}

// AddDatastore adds datastore dsID of zone zoneID.
func (vc *VDCController) AddDatastore(ctx context.Context, zoneID, dsID int) error {
	_, err := vc.r.callID(ctx, "adddatastore", zoneID, dsID)
	return err
}

// DelDatastore removes datastore dsID of zone zoneID.
func (vc *VDCController) DelDatastore(ctx context.Context, zoneID, dsID int) error {
	_, err := vc.r.callID(ctx, "deldatastore", zoneID, dsID)
	return err
}

// AddVNet adds virtual network vnetID of zone zoneID.
func (vc *VDCController) AddVNet(ctx context.Context, zoneID, vnetID int) error {
	_, err := vc.r.callID(ctx, "addvnet", zoneID, vnetID)
	return err
}

// DelVNet removes virtual network vnetID of zone zoneID.
func (vc *VDCController) DelVNet(ctx context.Context, zoneID, vnetID int) error {
	_, err := vc.r.callID(ctx, "delvnet", zoneID, vnetID)
	return err
}
