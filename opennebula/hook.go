package opennebula

import (
	"context"
	"encoding/xml"
)

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
