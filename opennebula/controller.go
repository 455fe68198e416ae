package opennebula

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
)

// Controller is the entry point of the API: it hands out one controller per
// resource (ctrl.VM(id), ctrl.Images() …), all calling through one
// RPCCaller.
//
//	ctrl := opennebula.NewController(client)
//	vm, err := ctrl.VM(42).Info(ctx, false)
//	err = ctrl.VM(42).Poweroff(ctx)
type Controller struct {
	caller RPCCaller
}

// NewController returns a controller calling through c (a *Client or any
// other RPCCaller).
func NewController(c RPCCaller) *Controller { return &Controller{caller: c} }

// Caller returns the RPCCaller the controller uses.
func (c *Controller) Caller() RPCCaller { return c.caller }

// ref names one resource: the method prefix ("one.vm") and its ID.
type ref struct {
	caller RPCCaller
	prefix string
	id     int
}

func (c *Controller) ref(prefix string, id int) *ref {
	return &ref{caller: c.caller, prefix: prefix, id: id}
}

func (r *ref) call(ctx context.Context, op string, args ...any) (*Response, error) {
	return call(ctx, r.caller, r.prefix+"."+op, args...)
}

// callID calls prefix.op with the resource ID first.
func (r *ref) callID(ctx context.Context, op string, args ...any) (*Response, error) {
	return r.call(ctx, op, append([]any{r.id}, args...)...)
}

// call makes one call and normalises what any RPCCaller returns: a
// failure is always a *ClientError or a *ResponseError.
func call(ctx context.Context, c RPCCaller, method string, args ...any) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, &ClientError{Code: ClientNetwork, Method: method, Msg: "context done before the call", Err: err}
	}
	resp, err := c.Call(ctx, method, args...)
	if err != nil {
		var ce *ClientError
		var re *ResponseError
		if errors.As(err, &ce) || errors.As(err, &re) {
			return resp, err
		}
		return resp, &ClientError{Code: ClientRPCCall, Method: method, Err: err}
	}
	if resp == nil {
		return nil, &ClientError{Code: ClientRPCCall, Method: method, Msg: "caller returned no response and no error"}
	}
	if !resp.OK {
		code := resp.Code
		if code == OneSuccess {
			code = OneInternal
		}
		return resp, &ResponseError{Code: code, Method: method, Msg: resp.Body}
	}
	return resp, nil
}

// decodeDoc decodes the XML document of a successful info call into T.
func decodeDoc[T any](method string, resp *Response) (*T, error) {
	if resp.IsInt {
		return nil, &ClientError{Code: ClientRespONeParse, Method: method, Msg: "info returned an integer, want an XML document"}
	}
	v := new(T)
	if err := xml.Unmarshal([]byte(resp.Body), v); err != nil {
		return nil, &ClientError{Code: ClientRespONeParse, Method: method, Msg: "decoding the XML document", Err: err}
	}
	return v, nil
}

// intResult returns the integer result of an allocate-like call.
func intResult(method string, resp *Response) (int, error) {
	if !resp.IsInt {
		return -1, &ClientError{Code: ClientRespONeParse, Method: method, Msg: fmt.Sprintf("result %q is not an integer", excerpt([]byte(resp.Body)))}
	}
	return resp.ID, nil
}

// callInt calls method and returns its integer result.
func callInt(ctx context.Context, c RPCCaller, method string, args ...any) (int, error) {
	resp, err := call(ctx, c, method, args...)
	if err != nil {
		return -1, err
	}
	return intResult(method, resp)
}

// callDoc calls method and decodes the XML document it returns.
func callDoc[T any](ctx context.Context, c RPCCaller, method string, args ...any) (*T, error) {
	resp, err := call(ctx, c, method, args...)
	if err != nil {
		return nil, err
	}
	return decodeDoc[T](method, resp)
}

// UpdateType says how Update combines the new template with the old.
type UpdateType int

// Update modes.
const (
	// UpdateReplace replaces the whole template.
	UpdateReplace UpdateType = 0
	// UpdateMerge merges the new attributes into the template.
	UpdateMerge UpdateType = 1
)

// InfoOps is the Info call every resource has, decoding the XML document
// into T. Resource controllers embed it.
type InfoOps[T any] struct{ r *ref }

// Info retrieves the resource. decrypt asks oned to decrypt encrypted
// attributes (admin only).
func (o InfoOps[T]) Info(ctx context.Context, decrypt bool) (*T, error) {
	return callDoc[T](ctx, o.r.caller, o.r.prefix+".info", o.r.id, decrypt)
}

// DeleteOps is the Delete call; resource controllers embed it.
type DeleteOps struct{ r *ref }

// Delete removes the resource.
func (o DeleteOps) Delete(ctx context.Context) error {
	_, err := o.r.callID(ctx, "delete")
	return err
}

// UpdateOps is the Update call; resource controllers embed it.
type UpdateOps struct{ r *ref }

// Update replaces or merges the resource's template (for a VM: its user
// template).
func (o UpdateOps) Update(ctx context.Context, tpl TemplateString, mode UpdateType) error {
	_, err := o.r.callID(ctx, "update", tplString(tpl), int(mode))
	return err
}

// RenameOps is the Rename call; resource controllers embed it.
type RenameOps struct{ r *ref }

// Rename changes the resource's name.
func (o RenameOps) Rename(ctx context.Context, name string) error {
	_, err := o.r.callID(ctx, "rename", name)
	return err
}

// OwnershipOps are the Chown and Chmod calls; resource controllers embed
// them.
type OwnershipOps struct{ r *ref }

// Chown changes the owner and group; -1 leaves either unchanged.
func (o OwnershipOps) Chown(ctx context.Context, uid, gid int) error {
	_, err := o.r.callID(ctx, "chown", uid, gid)
	return err
}

// Chmod changes the permission bits; -1 in a field leaves that bit (see
// Unchanged).
func (o OwnershipOps) Chmod(ctx context.Context, p Permissions) error {
	_, err := o.r.callID(ctx, "chmod", p.args()...)
	return err
}

// LockOps are the Lock and Unlock calls; resource controllers embed them.
type LockOps struct{ r *ref }

// Lock locks the resource at level.
func (o LockOps) Lock(ctx context.Context, level LockLevel) error {
	_, err := o.r.callID(ctx, "lock", int(level), false)
	return err
}

// Unlock removes the resource's lock.
func (o LockOps) Unlock(ctx context.Context) error {
	_, err := o.r.callID(ctx, "unlock")
	return err
}

// Who selects whose resources a pool listing returns.
type Who int

// Pool filters, as OpenNebula defines them; a value ≥ 0 is a user ID.
const (
	WhoPrimaryGroup Who = -4 // resources of the user's primary group
	WhoMine         Who = -3 // the connected user's resources
	WhoAll          Who = -2 // every resource
	WhoMineAndGroup Who = -1 // the user's and their groups' resources
)

// PoolOption narrows a pool listing.
type PoolOption func(*poolArgs)

type poolArgs struct {
	who        Who
	start, end int
	state      int
}

// Owner lists the resources matched by w (WhoAll by default, or a user ID
// as Who(uid)).
func Owner(w Who) PoolOption { return func(a *poolArgs) { a.who = w } }

// Range lists only IDs from start to end (both -1 by default: no range).
func Range(start, end int) PoolOption { return func(a *poolArgs) { a.start, a.end = start, end } }

// InState lists only VMs in state s (VM pools only; by default every state
// but DONE).
func InState(s VMState) PoolOption { return func(a *poolArgs) { a.state = int(s) } }

type poolStyle int

const (
	poolPlain poolStyle = iota // method(session)
	poolRange                  // method(session, who, start, end)
	poolVM                     // method(session, who, start, end, state)
)

// PoolOps is the Info call of a pool; pool controllers embed it.
type PoolOps[P any] struct {
	caller RPCCaller
	method string
	style  poolStyle
	extra  []any
}

func newPool[P any](c *Controller, method string, style poolStyle, extra ...any) PoolOps[P] {
	return PoolOps[P]{caller: c.caller, method: method, style: style, extra: extra}
}

// Info lists the pool. Options apply to pools that filter (VMs, images,
// templates, networks …) and are ignored by the others.
func (p PoolOps[P]) Info(ctx context.Context, opts ...PoolOption) (*P, error) {
	return p.info(ctx, p.method, opts)
}

func (p PoolOps[P]) info(ctx context.Context, method string, opts []PoolOption) (*P, error) {
	a := poolArgs{who: WhoAll, start: -1, end: -1, state: -1}
	for _, o := range opts {
		o(&a)
	}
	var args []any
	switch p.style {
	case poolRange:
		args = []any{int(a.who), a.start, a.end}
	case poolVM:
		args = []any{int(a.who), a.start, a.end, a.state}
	}
	args = append(args, p.extra...)
	return callDoc[P](ctx, p.caller, method, args...)
}
