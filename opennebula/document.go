package opennebula

import (
	"context"
	"encoding/xml"
)

// Document is the DOCUMENT document (document.xsd): a generic object with
// a type number and a template, which OneFlow and other tools build on.
type Document struct {
	XMLName     xml.Name    `xml:"DOCUMENT"`
	ID          int         `xml:"ID"`
	UID         int         `xml:"UID"`
	GID         int         `xml:"GID"`
	UName       string      `xml:"UNAME"`
	GName       string      `xml:"GNAME"`
	Name        string      `xml:"NAME"`
	Type        string      `xml:"TYPE"`
	Permissions Permissions `xml:"PERMISSIONS"`
	Lock        *Lock       `xml:"LOCK,omitempty"`
	Template    *Template   `xml:"TEMPLATE"`
}

// DocumentPool is the DOCUMENT_POOL document.
type DocumentPool struct {
	XMLName   xml.Name   `xml:"DOCUMENT_POOL"`
	Documents []Document `xml:"DOCUMENT"`
}

// DocumentsController handles the documents of one type.
type DocumentsController struct {
	PoolOps[DocumentPool]
	c       *Controller
	docType int
}

// Documents returns the controller of the documents of type docType.
func (c *Controller) Documents(docType int) *DocumentsController {
	return &DocumentsController{PoolOps: newPool[DocumentPool](c, "one.documentpool.info", poolRange, docType), c: c, docType: docType}
}

// Create allocates a document of the controller's type and returns its ID.
func (p *DocumentsController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.document.allocate", tplString(tpl), p.docType)
}

// DocumentController handles one document.
type DocumentController struct {
	ID int
	InfoOps[Document]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// Document returns the controller of document id.
func (c *Controller) Document(id int) *DocumentController {
	r := c.ref("one.document", id)
	return &DocumentController{ID: id, InfoOps: InfoOps[Document]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Clone copies the document to one named name and returns its ID.
func (dc *DocumentController) Clone(ctx context.Context, name string) (int, error) {
	resp, err := dc.r.callID(ctx, "clone", name)
	if err != nil {
		return -1, err
	}
	return intResult("one.document.clone", resp)
}
