package opennebula

import "context"

// OneFlow stores its services and service templates as documents of these
// types; this package reaches them through the documents API (see the
// package documentation).
const (
	DocumentTypeService         = 100
	DocumentTypeServiceTemplate = 101
)

// ServicesController handles OneFlow services (documents of type
// DocumentTypeService).
type ServicesController struct{ *DocumentsController }

// Services returns the controller of OneFlow services.
func (c *Controller) Services() *ServicesController {
	return &ServicesController{c.Documents(DocumentTypeService)}
}

// ServiceController handles one OneFlow service.
type ServiceController struct{ *DocumentController }

// Service returns the controller of service id.
func (c *Controller) Service(id int) *ServiceController {
	return &ServiceController{c.Document(id)}
}

// ServiceTemplatesController handles OneFlow service templates (documents
// of type DocumentTypeServiceTemplate).
type ServiceTemplatesController struct{ *DocumentsController }

// ServiceTemplates returns the controller of OneFlow service templates.
func (c *Controller) ServiceTemplates() *ServiceTemplatesController {
	return &ServiceTemplatesController{c.Documents(DocumentTypeServiceTemplate)}
}

// ServiceTemplateController handles one OneFlow service template.
type ServiceTemplateController struct{ *DocumentController }

// ServiceTemplate returns the controller of service template id.
func (c *Controller) ServiceTemplate(id int) *ServiceTemplateController {
	return &ServiceTemplateController{c.Document(id)}
}

// Instantiate creates a service from the template: a new service document
// whose BODY is the template's BODY, named name (empty: the template's
// name). It returns the service ID. Unlike OneFlow's REST call it does not
// deploy the roles' VMs; it records the service the way OneFlow stores it.
func (tc *ServiceTemplateController) Instantiate(ctx context.Context, name string) (int, error) {
	doc, err := tc.Info(ctx, false)
	if err != nil {
		return -1, err
	}
	if name == "" {
		name = doc.Name
	}
	t := NewTemplate().Set("NAME", name)
	if body, ok := doc.Template.Get("BODY"); ok {
		t.Set("BODY", body)
	}
	t.Set("TEMPLATE_ID", itoa(tc.ID))
	return callInt(ctx, tc.r.caller, "one.document.allocate", t.String(), DocumentTypeService)
}
