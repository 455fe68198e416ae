package opennebula

import (
	"context"
	"encoding/xml"
)

// MarketPlace is the MARKETPLACE document (marketplace.xsd).
type MarketPlace struct {
	XMLName         xml.Name    `xml:"MARKETPLACE"`
	ID              int         `xml:"ID"`
	UID             int         `xml:"UID"`
	GID             int         `xml:"GID"`
	UName           string      `xml:"UNAME"`
	GName           string      `xml:"GNAME"`
	Name            string      `xml:"NAME"`
	State           int         `xml:"STATE"`
	MarketMad       string      `xml:"MARKET_MAD"`
	ZoneID          string      `xml:"ZONE_ID"`
	TotalMB         int64       `xml:"TOTAL_MB"`
	FreeMB          int64       `xml:"FREE_MB"`
	UsedMB          int64       `xml:"USED_MB"`
	MarketPlaceApps IDs         `xml:"MARKETPLACEAPPS"`
	Permissions     Permissions `xml:"PERMISSIONS"`
	Template        *Template   `xml:"TEMPLATE"`
}

// MarketPlacePool is the MARKETPLACE_POOL document.
type MarketPlacePool struct {
	XMLName      xml.Name      `xml:"MARKETPLACE_POOL"`
	MarketPlaces []MarketPlace `xml:"MARKETPLACE"`
}

// MarketPlacesController handles the marketplace pool.
type MarketPlacesController struct {
	PoolOps[MarketPlacePool]
	c *Controller
}

// MarketPlaces returns the controller of the marketplace pool.
func (c *Controller) MarketPlaces() *MarketPlacesController {
	return &MarketPlacesController{PoolOps: newPool[MarketPlacePool](c, "one.marketpool.info", poolPlain), c: c}
}

// Create allocates a marketplace and returns its ID.
func (p *MarketPlacesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.market.allocate", tplString(tpl))
}

// MarketPlaceController handles one marketplace.
type MarketPlaceController struct {
	ID int
	InfoOps[MarketPlace]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	r *ref
}

// MarketPlace returns the controller of marketplace id.
func (c *Controller) MarketPlace(id int) *MarketPlaceController {
	r := c.ref("one.market", id)
	return &MarketPlaceController{ID: id, InfoOps: InfoOps[MarketPlace]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, r: r}
}

// Enable enables or disables the marketplace.
func (mc *MarketPlaceController) Enable(ctx context.Context, enable bool) error {
	_, err := mc.r.callID(ctx, "enable", enable)
	return err
}

// MarketPlaceApp is the MARKETPLACEAPP document (marketplaceapp.xsd).
type MarketPlaceApp struct {
	XMLName       xml.Name    `xml:"MARKETPLACEAPP"`
	ID            int         `xml:"ID"`
	UID           int         `xml:"UID"`
	GID           int         `xml:"GID"`
	UName         string      `xml:"UNAME"`
	GName         string      `xml:"GNAME"`
	Lock          *Lock       `xml:"LOCK,omitempty"`
	RegTime       int64       `xml:"REGTIME"`
	Name          string      `xml:"NAME"`
	ZoneID        string      `xml:"ZONE_ID"`
	OriginID      string      `xml:"ORIGIN_ID"`
	Source        string      `xml:"SOURCE"`
	MD5           string      `xml:"MD5"`
	Size          int64       `xml:"SIZE"`
	Description   string      `xml:"DESCRIPTION"`
	Version       string      `xml:"VERSION"`
	Format        string      `xml:"FORMAT"`
	AppTemplate64 string      `xml:"APPTEMPLATE64"`
	MarketPlaceID int         `xml:"MARKETPLACE_ID"`
	MarketPlace   string      `xml:"MARKETPLACE"`
	State         int         `xml:"STATE"`
	Type          int         `xml:"TYPE"`
	Permissions   Permissions `xml:"PERMISSIONS"`
	Template      *Template   `xml:"TEMPLATE"`
}

// MarketPlaceAppPool is the MARKETPLACEAPP_POOL document.
type MarketPlaceAppPool struct {
	XMLName xml.Name         `xml:"MARKETPLACEAPP_POOL"`
	Apps    []MarketPlaceApp `xml:"MARKETPLACEAPP"`
}

// MarketPlaceAppsController handles the marketplace app pool.
type MarketPlaceAppsController struct {
	PoolOps[MarketPlaceAppPool]
	c *Controller
}

// MarketPlaceApps returns the controller of the marketplace app pool.
func (c *Controller) MarketPlaceApps() *MarketPlaceAppsController {
	return &MarketPlaceAppsController{PoolOps: newPool[MarketPlaceAppPool](c, "one.marketapppool.info", poolRange), c: c}
}

// Create allocates an app in marketplace marketID and returns its ID.
func (p *MarketPlaceAppsController) Create(ctx context.Context, tpl TemplateString, marketID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.marketapp.allocate", tplString(tpl), marketID)
}

// MarketPlaceAppController handles one marketplace app.
type MarketPlaceAppController struct {
	ID int
	InfoOps[MarketPlaceApp]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// MarketPlaceApp returns the controller of marketplace app id.
func (c *Controller) MarketPlaceApp(id int) *MarketPlaceAppController {
	r := c.ref("one.marketapp", id)
	return &MarketPlaceAppController{ID: id, InfoOps: InfoOps[MarketPlaceApp]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Enable enables or disables the app.
func (ac *MarketPlaceAppController) Enable(ctx context.Context, enable bool) error {
	_, err := ac.r.callID(ctx, "enable", enable)
	return err
}

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

// VirtualRouter is the VROUTER document (vrouter.xsd).
type VirtualRouter struct {
	XMLName     xml.Name    `xml:"VROUTER"`
	ID          int         `xml:"ID"`
	UID         int         `xml:"UID"`
	GID         int         `xml:"GID"`
	UName       string      `xml:"UNAME"`
	GName       string      `xml:"GNAME"`
	Name        string      `xml:"NAME"`
	Permissions Permissions `xml:"PERMISSIONS"`
	Lock        *Lock       `xml:"LOCK,omitempty"`
	VMs         IDs         `xml:"VMS"`
	Template    *Template   `xml:"TEMPLATE"`
}

// VirtualRouterPool is the VROUTER_POOL document.
type VirtualRouterPool struct {
	XMLName  xml.Name        `xml:"VROUTER_POOL"`
	VRouters []VirtualRouter `xml:"VROUTER"`
}

// VirtualRoutersController handles the virtual router pool.
type VirtualRoutersController struct {
	PoolOps[VirtualRouterPool]
	c *Controller
}

// VirtualRouters returns the controller of the virtual router pool.
func (c *Controller) VirtualRouters() *VirtualRoutersController {
	return &VirtualRoutersController{PoolOps: newPool[VirtualRouterPool](c, "one.vrouterpool.info", poolRange), c: c}
}

// Create allocates a virtual router and returns its ID.
func (p *VirtualRoutersController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.vrouter.allocate", tplString(tpl))
}

// VirtualRouterController handles one virtual router.
type VirtualRouterController struct {
	ID int
	InfoOps[VirtualRouter]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// VirtualRouter returns the controller of virtual router id.
func (c *Controller) VirtualRouter(id int) *VirtualRouterController {
	r := c.ref("one.vrouter", id)
	return &VirtualRouterController{ID: id, InfoOps: InfoOps[VirtualRouter]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Instantiate creates n VMs for the router from VM template templateID
// (named after name, "%i" replaced by the index) and returns the ID of the
// first VM.
func (rc *VirtualRouterController) Instantiate(ctx context.Context, n, templateID int, name string, hold bool, extra TemplateString) (int, error) {
	resp, err := rc.r.callID(ctx, "instantiate", n, templateID, name, hold, tplString(extra))
	if err != nil {
		return -1, err
	}
	return intResult("one.vrouter.instantiate", resp)
}

// NICAttach adds a NIC to the router (and its VMs).
func (rc *VirtualRouterController) NICAttach(ctx context.Context, nic TemplateString) error {
	_, err := rc.r.callID(ctx, "attachnic", tplString(nic))
	return err
}

// NICDetach removes NIC nicID from the router.
func (rc *VirtualRouterController) NICDetach(ctx context.Context, nicID int) error {
	_, err := rc.r.callID(ctx, "detachnic", nicID)
	return err
}

// VMGroup is the VM_GROUP document (vm_group.xsd).
type VMGroup struct {
	XMLName     xml.Name      `xml:"VM_GROUP"`
	ID          int           `xml:"ID"`
	UID         int           `xml:"UID"`
	GID         int           `xml:"GID"`
	UName       string        `xml:"UNAME"`
	GName       string        `xml:"GNAME"`
	Name        string        `xml:"NAME"`
	Permissions Permissions   `xml:"PERMISSIONS"`
	Lock        *Lock         `xml:"LOCK,omitempty"`
	Roles       []VMGroupRole `xml:"ROLES>ROLE"`
	Template    *Template     `xml:"TEMPLATE"`
}

// VMGroupRole is one ROLE of a VM group.
type VMGroupRole struct {
	HostAffined     string `xml:"HOST_AFFINED,omitempty"`
	HostAntiAffined string `xml:"HOST_ANTI_AFFINED,omitempty"`
	ID              int    `xml:"ID"`
	Name            string `xml:"NAME"`
	Policy          string `xml:"POLICY,omitempty"`
	VMs             string `xml:"VMS,omitempty"`
}

// VMGroupPool is the VM_GROUP_POOL document.
type VMGroupPool struct {
	XMLName  xml.Name  `xml:"VM_GROUP_POOL"`
	VMGroups []VMGroup `xml:"VM_GROUP"`
}

// VMGroupsController handles the VM group pool.
type VMGroupsController struct {
	PoolOps[VMGroupPool]
	c *Controller
}

// VMGroups returns the controller of the VM group pool.
func (c *Controller) VMGroups() *VMGroupsController {
	return &VMGroupsController{PoolOps: newPool[VMGroupPool](c, "one.vmgrouppool.info", poolRange), c: c}
}

// Create allocates a VM group (NAME and ROLE vectors in tpl; at least one
// role) and returns its ID.
func (p *VMGroupsController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.vmgroup.allocate", tplString(tpl))
}

// VMGroupController handles one VM group.
type VMGroupController struct {
	ID int
	InfoOps[VMGroup]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// VMGroup returns the controller of VM group id.
func (c *Controller) VMGroup(id int) *VMGroupController {
	r := c.ref("one.vmgroup", id)
	return &VMGroupController{ID: id, InfoOps: InfoOps[VMGroup]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// VNTemplate is the VNTEMPLATE document (vntemplate.xsd).
type VNTemplate struct {
	XMLName     xml.Name    `xml:"VNTEMPLATE"`
	ID          int         `xml:"ID"`
	UID         int         `xml:"UID"`
	GID         int         `xml:"GID"`
	UName       string      `xml:"UNAME"`
	GName       string      `xml:"GNAME"`
	Name        string      `xml:"NAME"`
	Lock        *Lock       `xml:"LOCK,omitempty"`
	Permissions Permissions `xml:"PERMISSIONS"`
	RegTime     int64       `xml:"REGTIME"`
	Template    *Template   `xml:"TEMPLATE"`
}

// VNTemplatePool is the VNTEMPLATE_POOL document.
type VNTemplatePool struct {
	XMLName     xml.Name     `xml:"VNTEMPLATE_POOL"`
	VNTemplates []VNTemplate `xml:"VNTEMPLATE"`
}

// VNTemplatesController handles the virtual network template pool.
type VNTemplatesController struct {
	PoolOps[VNTemplatePool]
	c *Controller
}

// VNTemplates returns the controller of the virtual network template pool.
func (c *Controller) VNTemplates() *VNTemplatesController {
	return &VNTemplatesController{PoolOps: newPool[VNTemplatePool](c, "one.vntemplatepool.info", poolRange), c: c}
}

// Create allocates a virtual network template and returns its ID.
func (p *VNTemplatesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.vntemplate.allocate", tplString(tpl))
}

// VNTemplateController handles one virtual network template.
type VNTemplateController struct {
	ID int
	InfoOps[VNTemplate]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// VNTemplate returns the controller of virtual network template id.
func (c *Controller) VNTemplate(id int) *VNTemplateController {
	r := c.ref("one.vntemplate", id)
	return &VNTemplateController{ID: id, InfoOps: InfoOps[VNTemplate]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Instantiate creates a virtual network named name from the template, with
// extra merged in, and returns the network ID.
func (tc *VNTemplateController) Instantiate(ctx context.Context, name string, extra TemplateString) (int, error) {
	resp, err := tc.r.callID(ctx, "instantiate", name, tplString(extra))
	if err != nil {
		return -1, err
	}
	return intResult("one.vntemplate.instantiate", resp)
}

// Clone copies the template to one named name and returns its ID.
func (tc *VNTemplateController) Clone(ctx context.Context, name string) (int, error) {
	resp, err := tc.r.callID(ctx, "clone", name)
	if err != nil {
		return -1, err
	}
	return intResult("one.vntemplate.clone", resp)
}
