package opennebula

import (
	"context"
	"encoding/xml"
)

// SecurityGroup is the SECURITY_GROUP document (security_group.xsd).
type SecurityGroup struct {
	XMLName     xml.Name    `xml:"SECURITY_GROUP"`
	ID          int         `xml:"ID"`
	UID         int         `xml:"UID"`
	GID         int         `xml:"GID"`
	UName       string      `xml:"UNAME"`
	GName       string      `xml:"GNAME"`
	Name        string      `xml:"NAME"`
	Permissions Permissions `xml:"PERMISSIONS"`
	UpdatedVMs  IDs         `xml:"UPDATED_VMS"`
	OutdatedVMs IDs         `xml:"OUTDATED_VMS"`
	UpdatingVMs IDs         `xml:"UPDATING_VMS"`
	ErrorVMs    IDs         `xml:"ERROR_VMS"`
	Template    *Template   `xml:"TEMPLATE"`
}

// SecurityGroupPool is the SECURITY_GROUP_POOL document.
type SecurityGroupPool struct {
	XMLName        xml.Name        `xml:"SECURITY_GROUP_POOL"`
	SecurityGroups []SecurityGroup `xml:"SECURITY_GROUP"`
}

// SecurityGroupsController handles the security group pool.
type SecurityGroupsController struct {
	PoolOps[SecurityGroupPool]
	c *Controller
}

// SecurityGroups returns the controller of the security group pool.
func (c *Controller) SecurityGroups() *SecurityGroupsController {
	return &SecurityGroupsController{PoolOps: newPool[SecurityGroupPool](c, "one.secgrouppool.info", poolRange), c: c}
}

// Create allocates a security group and returns its ID.
func (p *SecurityGroupsController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.secgroup.allocate", tplString(tpl))
}

// SecurityGroupController handles one security group.
type SecurityGroupController struct {
	ID int
	InfoOps[SecurityGroup]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	r *ref
}

// SecurityGroup returns the controller of security group id.
func (c *Controller) SecurityGroup(id int) *SecurityGroupController {
	r := c.ref("one.secgroup", id)
	return &SecurityGroupController{ID: id, InfoOps: InfoOps[SecurityGroup]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, r: r}
}

// Clone copies the security group to one named name and returns its ID.
func (sc *SecurityGroupController) Clone(ctx context.Context, name string) (int, error) {
	resp, err := sc.r.callID(ctx, "clone", name)
	if err != nil {
		return -1, err
	}
	return intResult("one.secgroup.clone", resp)
}

// Commit pushes the rules to the VMs using the group; recovery retries
// only the VMs in error or still outdated.
func (sc *SecurityGroupController) Commit(ctx context.Context, recovery bool) error {
	_, err := sc.r.callID(ctx, "commit", recovery)
	return err
}
