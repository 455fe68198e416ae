package opennebula

import (
	"context"
	"encoding/xml"
)

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
