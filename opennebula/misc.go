package opennebula

import (
	"context"
	"encoding/xml"
)

// ACL is one ACL rule of the ACL_POOL document (acl_pool.xsd). USER,
// RESOURCE, RIGHTS and ZONE are hexadecimal bitmasks as oned prints them;
// STRING is the rule in the CLI's syntax ("#5 VM+IMAGE/* USE+MANAGE #0").
type ACL struct {
	ID       int    `xml:"ID"`
	User     string `xml:"USER"`
	Resource string `xml:"RESOURCE"`
	Rights   string `xml:"RIGHTS"`
	Zone     string `xml:"ZONE"`
	String   string `xml:"STRING"`
}

// ACLPool is the ACL_POOL document.
type ACLPool struct {
	XMLName xml.Name `xml:"ACL_POOL"`
	ACLs    []ACL    `xml:"ACL"`
}

// ACLsController handles the ACL rules.
type ACLsController struct {
	PoolOps[ACLPool]
	c *Controller
}

// ACLs returns the controller of the ACL rules.
func (c *Controller) ACLs() *ACLsController {
	return &ACLsController{PoolOps: newPool[ACLPool](c, "one.acl.info", poolPlain), c: c}
}

// CreateRule adds a rule; user, resource, rights and zone (empty: the
// current zone) are hexadecimal bitmask strings. It returns the rule ID.
func (p *ACLsController) CreateRule(ctx context.Context, user, resource, rights, zone string) (int, error) {
	args := []any{user, resource, rights}
	if zone != "" {
		args = append(args, zone)
	}
	return callInt(ctx, p.c.caller, "one.acl.addrule", args...)
}

// DeleteRule removes rule id.
func (p *ACLsController) DeleteRule(ctx context.Context, id int) error {
	_, err := call(ctx, p.c.caller, "one.acl.delrule", id)
	return err
}

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

// Hook is the HOOK document (hook.xsd). Its TEMPLATE holds COMMAND and,
// depending on the hook type, ARGUMENTS, CALL, RESOURCE, STATE …
type Hook struct {
	XMLName  xml.Name  `xml:"HOOK"`
	ID       int       `xml:"ID"`
	Name     string    `xml:"NAME"`
	Type     string    `xml:"TYPE"`
	Lock     *Lock     `xml:"LOCK,omitempty"`
	Template *Template `xml:"TEMPLATE"`
	HookLog  *HookLog  `xml:"HOOKLOG,omitempty"`
}

// HookLog is the HOOKLOG element: the hook's recent executions.
type HookLog struct {
	Records []HookExecution `xml:"HOOK_EXECUTION_RECORD"`
}

// HookExecution is one HOOK_EXECUTION_RECORD.
type HookExecution struct {
	HookID      int    `xml:"HOOK_ID"`
	ExecutionID int    `xml:"EXECUTION_ID"`
	Timestamp   int64  `xml:"TIMESTAMP"`
	Arguments   string `xml:"ARGUMENTS"`
	Result      struct {
		Command string `xml:"COMMAND"`
		Stdout  string `xml:"STDOUT"`
		Stderr  string `xml:"STDERR"`
		Code    string `xml:"CODE"`
	} `xml:"EXECUTION_RESULT"`
	RemoteHost string `xml:"REMOTE_HOST,omitempty"`
	Retry      string `xml:"RETRY,omitempty"`
}

// HookPool is the HOOK_POOL document.
type HookPool struct {
	XMLName xml.Name `xml:"HOOK_POOL"`
	Hooks   []Hook   `xml:"HOOK"`
}

// HooksController handles the hook pool.
type HooksController struct {
	PoolOps[HookPool]
	c *Controller
}

// Hooks returns the controller of the hook pool.
func (c *Controller) Hooks() *HooksController {
	return &HooksController{PoolOps: newPool[HookPool](c, "one.hookpool.info", poolRange), c: c}
}

// Create allocates a hook (NAME, TYPE, COMMAND … in tpl) and returns its ID.
func (p *HooksController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.hook.allocate", tplString(tpl))
}

// HookController handles one hook.
type HookController struct {
	ID int
	InfoOps[Hook]
	DeleteOps
	UpdateOps
	RenameOps
	LockOps
	r *ref
}

// Hook returns the controller of hook id.
func (c *Controller) Hook(id int) *HookController {
	r := c.ref("one.hook", id)
	return &HookController{ID: id, InfoOps: InfoOps[Hook]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, LockOps: LockOps{r}, r: r}
}

// Retry runs execution execID of the hook again.
func (hc *HookController) Retry(ctx context.Context, execID int) error {
	_, err := hc.r.callID(ctx, "retry", execID)
	return err
}

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

// Zone is the ZONE document (zone.xsd). Its TEMPLATE holds ENDPOINT.
type Zone struct {
	XMLName    xml.Name       `xml:"ZONE"`
	ID         int            `xml:"ID"`
	Name       string         `xml:"NAME"`
	State      int            `xml:"STATE"`
	Template   *Template      `xml:"TEMPLATE"`
	ServerPool ZoneServerPool `xml:"SERVER_POOL"`
}

// ZoneServerPool is the SERVER_POOL element: the zone's HA servers.
type ZoneServerPool struct {
	Servers []ZoneServer `xml:"SERVER"`
}

// ZoneServer is one SERVER of a zone.
type ZoneServer struct {
	Endpoint string `xml:"ENDPOINT"`
	ID       int    `xml:"ID"`
	Name     string `xml:"NAME"`
}

// ZonePool is the ZONE_POOL document.
type ZonePool struct {
	XMLName xml.Name `xml:"ZONE_POOL"`
	Zones   []Zone   `xml:"ZONE"`
}

// ZonesController handles the zone pool.
type ZonesController struct {
	PoolOps[ZonePool]
	c *Controller
}

// Zones returns the controller of the zone pool.
func (c *Controller) Zones() *ZonesController {
	return &ZonesController{PoolOps: newPool[ZonePool](c, "one.zonepool.info", poolPlain), c: c}
}

// Create allocates a zone (NAME, ENDPOINT in tpl) and returns its ID.
func (p *ZonesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.zone.allocate", tplString(tpl))
}

// ZoneController handles one zone.
type ZoneController struct {
	ID int
	InfoOps[Zone]
	DeleteOps
	UpdateOps
	RenameOps
	r *ref
}

// Zone returns the controller of zone id.
func (c *Controller) Zone(id int) *ZoneController {
	r := c.ref("one.zone", id)
	return &ZoneController{ID: id, InfoOps: InfoOps[Zone]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, r: r}
}
