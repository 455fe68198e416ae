package opennebula

import (
	"context"
	"encoding/xml"
)

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
