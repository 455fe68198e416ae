package fakeoned

import (
	"slices"

	one "github.com/cloudsdk/gophercloud/opennebula"
)

// acc reaches the fields every kind shares; a nil func means the kind has
// no such field.
type acc[T any] struct {
	id    func(*T) *int
	name  func(*T) *string
	tmpl  func(*T) **one.Template
	perms func(*T) *one.Permissions
	owner func(*T) (uid, gid *int, uname, gname *string)
	lock  func(*T) **one.Lock
}

type opFunc[T any] func(o *T, args []any) (any, *oneErr)

// kind is one resource kind: its objects and the calls on them. The shared
// calls (info, delete, update, rename, chown, chmod, lock, unlock, pool
// info) are written here once.
type kind[T any] struct {
	s      *Server
	label  string // for messages: "VM", "Image" …
	objs   map[int]*T
	nextID int
	acc    acc[T]
	// alloc builds a new object from the allocate arguments.
	alloc func(args []any) (*T, *oneErr)
	// ops are the kind's own calls, by operation name.
	ops map[string]opFunc[T]
	// update replaces or merges a template; nil: the TEMPLATE.
	update func(o *T, t *one.Template, merge bool)
	// canDelete vetoes a delete.
	canDelete func(o *T) *oneErr
	// render prepares an object for output (ordering templates …).
	render func(o *T) any
	// pool builds the pool document.
	pool func(objs []*T) any
	// poolExt builds the extended pool document (VMs only).
	poolExt func(objs []*T) any
	// filter narrows a pool listing by kind-specific arguments.
	filter func(args []any, objs []*T) ([]*T, *oneErr)
	// rangeArgs says whether pool info takes (who, start, end).
	rangeArgs bool
}

func newKind[T any](s *Server, label string, first int, a acc[T]) *kind[T] {
	return &kind[T]{s: s, label: label, objs: map[int]*T{}, nextID: first, acc: a, ops: map[string]opFunc[T]{}}
}

func (k *kind[T]) get(id int) (*T, *oneErr) {
	o, ok := k.objs[id]
	if !ok {
		return nil, errf(one.OneNoExists, "Error getting %s [%d].", k.label, id)
	}
	return o, nil
}

func (k *kind[T]) add(o *T) int {
	id := k.nextID
	k.nextID++
	*k.acc.id(o) = id
	if k.acc.tmpl != nil && *k.acc.tmpl(o) == nil {
		*k.acc.tmpl(o) = one.NewTemplate()
	}
	if k.acc.perms != nil && *k.acc.perms(o) == (one.Permissions{}) {
		*k.acc.perms(o) = one.Permissions{OwnerU: 1, OwnerM: 1}
	}
	if k.acc.owner != nil {
		uid, gid, un, gn := k.acc.owner(o)
		if *un == "" {
			*uid, *gid, *un, *gn = 0, 0, "oneadmin", "oneadmin"
		}
	}
	k.objs[id] = o
	return id
}

func (k *kind[T]) sorted() []*T {
	ids := make([]int, 0, len(k.objs))
	for id := range k.objs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]*T, len(ids))
	for i, id := range ids {
		out[i] = k.objs[id]
	}
	return out
}

func (k *kind[T]) doc(o *T) (string, *oneErr) {
	if k.render != nil {
		return marshal(k.render(o))
	}
	return marshal(o)
}

// unlockedOps may run on a locked object.
var unlockedOps = map[string]bool{"info": true, "lock": true, "unlock": true, "monitoring": true}

func (k *kind[T]) call(op string, args []any) (any, *oneErr) {
	if op == "allocate" {
		if k.alloc == nil {
			return nil, errf(one.OneXMLRPCAPI, "%s cannot be allocated", k.label)
		}
		o, e := k.alloc(args)
		if e != nil {
			return nil, e
		}
		return k.add(o), nil
	}
	id, e := argInt(args, 0)
	if e != nil {
		return nil, e
	}
	o, e := k.get(id)
	if e != nil {
		return nil, e
	}
	if k.acc.lock != nil && *k.acc.lock(o) != nil && !unlockedOps[op] {
		return nil, errf(one.OneLocked, "%s [%d] is locked.", k.label, id)
	}
	rest := args[1:]
	if f, ok := k.ops[op]; ok {
		return f(o, rest)
	}
	switch op {
	case "info":
		return k.doc(o)
	case "delete":
		if k.canDelete != nil {
			if e := k.canDelete(o); e != nil {
				return nil, e
			}
		}
		delete(k.objs, id)
		return id, nil
	case "update":
		t, e := argTemplate(rest, 0)
		if e != nil {
			return nil, e
		}
		mode, e := argIntOr(rest, 1, 0)
		if e != nil {
			return nil, e
		}
		if k.update != nil {
			k.update(o, t, mode == 1)
		} else if k.acc.tmpl != nil {
			updateTemplate(k.acc.tmpl(o), t, mode == 1)
		}
		return id, nil
	case "rename":
		name, e := argStr(rest, 0)
		if e != nil {
			return nil, e
		}
		if name == "" {
			return nil, errf(one.OneAction, "Invalid NAME, it cannot be empty")
		}
		*k.acc.name(o) = name
		return id, nil
	case "chown":
		if k.acc.owner == nil {
			break
		}
		uid, e := argInt(rest, 0)
		if e != nil {
			return nil, e
		}
		gid, e := argInt(rest, 1)
		if e != nil {
			return nil, e
		}
		ou, og, un, gn := k.acc.owner(o)
		if uid >= 0 {
			u, ok := k.s.users.objs[uid]
			if !ok {
				return nil, errf(one.OneNoExists, "Error getting user [%d].", uid)
			}
			*ou, *un = uid, u.Name
		}
		if gid >= 0 {
			g, ok := k.s.groups.objs[gid]
			if !ok {
				return nil, errf(one.OneNoExists, "Error getting group [%d].", gid)
			}
			*og, *gn = gid, g.Name
		}
		return id, nil
	case "chmod":
		if k.acc.perms == nil {
			break
		}
		p := k.acc.perms(o)
		fields := []*int{&p.OwnerU, &p.OwnerM, &p.OwnerA, &p.GroupU, &p.GroupM, &p.GroupA, &p.OtherU, &p.OtherM, &p.OtherA}
		for i, f := range fields {
			v, e := argInt(rest, i)
			if e != nil {
				return nil, e
			}
			if v > 1 || v < -1 {
				return nil, errf(one.OneXMLRPCAPI, "permission bits are -1, 0 or 1")
			}
			if v >= 0 {
				*f = v
			}
		}
		return id, nil
	case "lock":
		if k.acc.lock == nil {
			break
		}
		level, e := argIntOr(rest, 0, 1)
		if e != nil {
			return nil, e
		}
		if level < 1 || level > 4 {
			return nil, errf(one.OneXMLRPCAPI, "lock level is 1 to 4")
		}
		if l := *k.acc.lock(o); l != nil {
			return nil, errf(one.OneLocked, "%s [%d] is already locked.", k.label, id)
		}
		*k.acc.lock(o) = &one.Lock{Locked: one.LockLevel(level), Owner: 0, Time: k.s.now(), ReqID: -1}
		return id, nil
	case "unlock":
		if k.acc.lock == nil {
			break
		}
		*k.acc.lock(o) = nil
		return id, nil
	}
	return nil, errf(one.OneXMLRPCAPI, "%s has no operation %s", k.label, op)
}

func (k *kind[T]) poolInfo(method string, args []any) (any, *oneErr) {
	objs := k.sorted()
	if k.rangeArgs && len(args) >= 3 {
		who, e := argInt(args, 0)
		if e != nil {
			return nil, e
		}
		start, e := argInt(args, 1)
		if e != nil {
			return nil, e
		}
		end, e := argInt(args, 2)
		if e != nil {
			return nil, e
		}
		objs = slices.DeleteFunc(objs, func(o *T) bool {
			id := *k.acc.id(o)
			if start >= 0 && id < start || end >= 0 && id > end {
				return true
			}
			if who >= 0 && k.acc.owner != nil {
				uid, _, _, _ := k.acc.owner(o)
				return *uid != who
			}
			return false
		})
	}
	if k.filter != nil {
		var e *oneErr
		if objs, e = k.filter(args, objs); e != nil {
			return nil, e
		}
	}
	if k.poolExt != nil && len(method) > 12 && method[len(method)-12:] == "infoextended" {
		return marshal(k.poolExt(objs))
	}
	return marshal(k.pool(objs))
}

func updateTemplate(dst **one.Template, t *one.Template, merge bool) {
	if merge && *dst != nil {
		(*dst).Merge(t)
		return
	}
	*dst = t
}

// order returns t's attributes sorted by the schema order in keys; with
// strict, attributes not in keys are dropped, otherwise they follow.
func order(t *one.Template, keys []string, strict bool) *one.Template {
	out := one.NewTemplate()
	if t == nil {
		return out
	}
	for _, k := range keys {
		for _, a := range t.Attrs {
			if a.Key == k {
				out.Attrs = append(out.Attrs, a)
			}
		}
	}
	if !strict {
		for _, a := range t.Attrs {
			if !slices.Contains(keys, a.Key) {
				out.Attrs = append(out.Attrs, a)
			}
		}
	}
	return out
}

// orderVector sorts a vector's pairs by keys, dropping the others.
func orderVector(v *one.Vector, keys []string) *one.Vector {
	out := &one.Vector{Key: v.Key}
	for _, k := range keys {
		for _, p := range v.Pairs {
			if p.Key == k {
				out.Pairs = append(out.Pairs, p)
			}
		}
	}
	return out
}
