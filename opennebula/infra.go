package opennebula

import (
	"context"
	"encoding/xml"
)

// HostState is a host's STATE.
type HostState int

// Host states.
const (
	HostInit                HostState = 0
	HostMonitoringMonitored HostState = 1
	HostMonitored           HostState = 2
	HostError               HostState = 3
	HostDisabled            HostState = 4
	HostMonitoringError     HostState = 5
	HostMonitoringInit      HostState = 6
	HostMonitoringDisabled  HostState = 7
	HostOffline             HostState = 8
)

// Host is the HOST document (host.xsd).
type Host struct {
	XMLName    xml.Name       `xml:"HOST"`
	ID         int            `xml:"ID"`
	Name       string         `xml:"NAME"`
	State      HostState      `xml:"STATE"`
	PrevState  HostState      `xml:"PREV_STATE"`
	IMMad      string         `xml:"IM_MAD"`
	VMMad      string         `xml:"VM_MAD"`
	ClusterID  int            `xml:"CLUSTER_ID"`
	Cluster    string         `xml:"CLUSTER"`
	HostShare  HostShare      `xml:"HOST_SHARE"`
	VMs        IDs            `xml:"VMS"`
	Template   *Template      `xml:"TEMPLATE"`
	Monitoring HostMonitoring `xml:"MONITORING"`
}

// HostShare is the HOST_SHARE element: the host's capacity and usage.
type HostShare struct {
	MemUsage   int64          `xml:"MEM_USAGE"`
	CPUUsage   int64          `xml:"CPU_USAGE"`
	TotalMem   int64          `xml:"TOTAL_MEM"`
	TotalCPU   int64          `xml:"TOTAL_CPU"`
	MaxMem     int64          `xml:"MAX_MEM"`
	MaxCPU     int64          `xml:"MAX_CPU"`
	RunningVMs int            `xml:"RUNNING_VMS"`
	VMsThread  int            `xml:"VMS_THREAD"`
	Datastores HostDatastores `xml:"DATASTORES"`
	PCIDevices HostPCIDevices `xml:"PCI_DEVICES"`
	NUMANodes  HostNUMANodes  `xml:"NUMA_NODES"`
}

// HostDatastores is the DATASTORES element of HOST_SHARE.
type HostDatastores struct {
	DiskUsage  int64    `xml:"DISK_USAGE"`
	Datastores []HostDS `xml:"DS"`
	FreeDisk   int64    `xml:"FREE_DISK"`
	MaxDisk    int64    `xml:"MAX_DISK"`
	UsedDisk   int64    `xml:"USED_DISK"`
}

// HostDS is one DS element: a datastore as the host sees it.
type HostDS struct {
	FreeMB  int64 `xml:"FREE_MB"`
	ID      int   `xml:"ID"`
	TotalMB int64 `xml:"TOTAL_MB"`
	UsedMB  int64 `xml:"USED_MB"`
}

// HostPCIDevices is the PCI_DEVICES element; each PCI is kept as a
// template, since the attributes vary by device.
type HostPCIDevices struct {
	PCI []*Template `xml:"PCI"`
}

// HostNUMANodes is the NUMA_NODES element, kept as templates.
type HostNUMANodes struct {
	Nodes []*Template `xml:"NODE"`
}

// HostMonitoring is the host's MONITORING element.
type HostMonitoring struct {
	Timestamp int64         `xml:"TIMESTAMP,omitempty"`
	ID        int           `xml:"ID,omitempty"`
	Capacity  *HostCapacity `xml:"CAPACITY,omitempty"`
}

// HostCapacity is the CAPACITY element of a host's monitoring data.
type HostCapacity struct {
	FreeCPU    int64 `xml:"FREE_CPU,omitempty"`
	FreeMemory int64 `xml:"FREE_MEMORY,omitempty"`
	UsedCPU    int64 `xml:"USED_CPU,omitempty"`
	UsedMemory int64 `xml:"USED_MEMORY,omitempty"`
}

// HostPool is the HOST_POOL document.
type HostPool struct {
	XMLName xml.Name `xml:"HOST_POOL"`
	Hosts   []Host   `xml:"HOST"`
}

// HostsController handles the host pool.
type HostsController struct {
	PoolOps[HostPool]
	c *Controller
}

// Hosts returns the controller of the host pool.
func (c *Controller) Hosts() *HostsController {
	return &HostsController{PoolOps: newPool[HostPool](c, "one.hostpool.info", poolPlain), c: c}
}

// Create adds host name with its information and virtualization drivers
// to cluster clusterID (-1: the default) and returns its ID.
func (p *HostsController) Create(ctx context.Context, name, imMad, vmMad string, clusterID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.host.allocate", name, imMad, vmMad, clusterID)
}

// HostController handles one host.
type HostController struct {
	ID int
	InfoOps[Host]
	DeleteOps
	UpdateOps
	RenameOps
	r *ref
}

// Host returns the controller of host id.
func (c *Controller) Host(id int) *HostController {
	r := c.ref("one.host", id)
	return &HostController{ID: id, InfoOps: InfoOps[Host]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, r: r}
}

// HostStatus is what Status sets.
type HostStatus int

// Host statuses for Status.
const (
	HostStatusEnabled  HostStatus = 0
	HostStatusDisabled HostStatus = 1
	HostStatusOffline  HostStatus = 2
)

// Status enables, disables or offlines the host.
func (hc *HostController) Status(ctx context.Context, s HostStatus) error {
	_, err := hc.r.callID(ctx, "status", int(s))
	return err
}

// Datastore is the DATASTORE document (datastore.xsd).
type Datastore struct {
	XMLName     xml.Name    `xml:"DATASTORE"`
	ID          int         `xml:"ID"`
	UID         int         `xml:"UID"`
	GID         int         `xml:"GID"`
	UName       string      `xml:"UNAME"`
	GName       string      `xml:"GNAME"`
	Name        string      `xml:"NAME"`
	Permissions Permissions `xml:"PERMISSIONS"`
	DSMad       string      `xml:"DS_MAD"`
	TMMad       string      `xml:"TM_MAD"`
	BasePath    string      `xml:"BASE_PATH"`
	Type        int         `xml:"TYPE"`
	DiskType    int         `xml:"DISK_TYPE"`
	State       int         `xml:"STATE"`
	Clusters    IDs         `xml:"CLUSTERS"`
	TotalMB     int64       `xml:"TOTAL_MB"`
	FreeMB      int64       `xml:"FREE_MB"`
	UsedMB      int64       `xml:"USED_MB"`
	Images      IDs         `xml:"IMAGES"`
	Template    *Template   `xml:"TEMPLATE"`
}

// DatastorePool is the DATASTORE_POOL document.
type DatastorePool struct {
	XMLName    xml.Name    `xml:"DATASTORE_POOL"`
	Datastores []Datastore `xml:"DATASTORE"`
}

// DatastoresController handles the datastore pool.
type DatastoresController struct {
	PoolOps[DatastorePool]
	c *Controller
}

// Datastores returns the controller of the datastore pool.
func (c *Controller) Datastores() *DatastoresController {
	return &DatastoresController{PoolOps: newPool[DatastorePool](c, "one.datastorepool.info", poolPlain), c: c}
}

// Create allocates a datastore in cluster clusterID (-1: the default) and
// returns its ID.
func (p *DatastoresController) Create(ctx context.Context, tpl TemplateString, clusterID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.datastore.allocate", tplString(tpl), clusterID)
}

// DatastoreController handles one datastore.
type DatastoreController struct {
	ID int
	InfoOps[Datastore]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	r *ref
}

// Datastore returns the controller of datastore id.
func (c *Controller) Datastore(id int) *DatastoreController {
	r := c.ref("one.datastore", id)
	return &DatastoreController{ID: id, InfoOps: InfoOps[Datastore]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, r: r}
}

// Enable enables or disables the datastore.
func (dc *DatastoreController) Enable(ctx context.Context, enable bool) error {
	_, err := dc.r.callID(ctx, "enable", enable)
	return err
}

// Cluster is the CLUSTER document (cluster.xsd).
type Cluster struct {
	XMLName    xml.Name  `xml:"CLUSTER"`
	ID         int       `xml:"ID"`
	Name       string    `xml:"NAME"`
	Hosts      IDs       `xml:"HOSTS"`
	Datastores IDs       `xml:"DATASTORES"`
	VNets      IDs       `xml:"VNETS"`
	Template   *Template `xml:"TEMPLATE"`
}

// ClusterPool is the CLUSTER_POOL document.
type ClusterPool struct {
	XMLName  xml.Name  `xml:"CLUSTER_POOL"`
	Clusters []Cluster `xml:"CLUSTER"`
}

// ClustersController handles the cluster pool.
type ClustersController struct {
	PoolOps[ClusterPool]
	c *Controller
}

// Clusters returns the controller of the cluster pool.
func (c *Controller) Clusters() *ClustersController {
	return &ClustersController{PoolOps: newPool[ClusterPool](c, "one.clusterpool.info", poolPlain), c: c}
}

// Create allocates a cluster and returns its ID.
func (p *ClustersController) Create(ctx context.Context, name string) (int, error) {
	return callInt(ctx, p.c.caller, "one.cluster.allocate", name)
}

// ClusterController handles one cluster.
type ClusterController struct {
	ID int
	InfoOps[Cluster]
	DeleteOps
	UpdateOps
	RenameOps
	r *ref
}

// Cluster returns the controller of cluster id.
func (c *Controller) Cluster(id int) *ClusterController {
	r := c.ref("one.cluster", id)
	return &ClusterController{ID: id, InfoOps: InfoOps[Cluster]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, r: r}
}

func (cc *ClusterController) member(ctx context.Context, op string, id int) error {
	_, err := cc.r.callID(ctx, op, id)
	return err
}

// AddHost moves host hostID into the cluster.
func (cc *ClusterController) AddHost(ctx context.Context, hostID int) error {
	return cc.member(ctx, "addhost", hostID)
}

// DelHost removes host hostID from the cluster.
func (cc *ClusterController) DelHost(ctx context.Context, hostID int) error {
	return cc.member(ctx, "delhost", hostID)
}

// AddDatastore adds datastore dsID to the cluster.
func (cc *ClusterController) AddDatastore(ctx context.Context, dsID int) error {
	return cc.member(ctx, "adddatastore", dsID)
}

// DelDatastore removes datastore dsID from the cluster.
func (cc *ClusterController) DelDatastore(ctx context.Context, dsID int) error {
	return cc.member(ctx, "deldatastore", dsID)
}

// AddVNet adds virtual network vnetID to the cluster.
func (cc *ClusterController) AddVNet(ctx context.Context, vnetID int) error {
	return cc.member(ctx, "addvnet", vnetID)
}

// DelVNet removes virtual network vnetID from the cluster.
func (cc *ClusterController) DelVNet(ctx context.Context, vnetID int) error {
	return cc.member(ctx, "delvnet", vnetID)
}
