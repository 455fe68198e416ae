package opennebula

import (
	"context"
	"encoding/xml"
)

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
