package opennebula

import (
	"context"
	"encoding/xml"
)

// VMTemplate is the VMTEMPLATE document (vmtemplate.xsd).
type VMTemplate struct {
	XMLName     xml.Name    `xml:"VMTEMPLATE"`
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

// VMTemplatePool is the VMTEMPLATE_POOL document.
type VMTemplatePool struct {
	XMLName   xml.Name     `xml:"VMTEMPLATE_POOL"`
	Templates []VMTemplate `xml:"VMTEMPLATE"`
}

// TemplatesController handles the VM template pool.
type TemplatesController struct {
	PoolOps[VMTemplatePool]
	c *Controller
}

// Templates returns the controller of the VM template pool.
func (c *Controller) Templates() *TemplatesController {
	return &TemplatesController{PoolOps: newPool[VMTemplatePool](c, "one.templatepool.info", poolRange), c: c}
}

// Create allocates a VM template and returns its ID.
func (p *TemplatesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.template.allocate", tplString(tpl))
}

// TemplateController handles one VM template.
type TemplateController struct {
	ID int
	InfoOps[VMTemplate]
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// Template returns the controller of VM template id.
func (c *Controller) Template(id int) *TemplateController {
	r := c.ref("one.template", id)
	return &TemplateController{ID: id, InfoOps: InfoOps[VMTemplate]{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Delete removes the template; recursive also deletes the images its
// disks use.
func (tc *TemplateController) Delete(ctx context.Context, recursive bool) error {
	_, err := tc.r.callID(ctx, "delete", recursive)
	return err
}

// Instantiate creates a VM named name (empty: oned picks one) from the
// template, with extra merged into it, and returns the VM ID. hold leaves
// the VM in HOLD; persistent gives it private copies of the images.
func (tc *TemplateController) Instantiate(ctx context.Context, name string, hold bool, extra TemplateString, persistent bool) (int, error) {
	resp, err := tc.r.callID(ctx, "instantiate", name, hold, tplString(extra), persistent)
	if err != nil {
		return -1, err
	}
	return intResult("one.template.instantiate", resp)
}

// Clone copies the template to one named name and returns its ID;
// recursive also clones the images.
func (tc *TemplateController) Clone(ctx context.Context, name string, recursive bool) (int, error) {
	resp, err := tc.r.callID(ctx, "clone", name, recursive)
	if err != nil {
		return -1, err
	}
	return intResult("one.template.clone", resp)
}
