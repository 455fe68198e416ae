package fakeoned

import (
	"fmt"
	"strconv"

	one "github.com/cloudsdk/gophercloud/opennebula"
)

// vmTemplateKeys is the order of the VM TEMPLATE children in vm.xsd.
var vmTemplateKeys = []string{"AUTOMATIC_DS_REQUIREMENTS", "AUTOMATIC_NIC_REQUIREMENTS", "AUTOMATIC_REQUIREMENTS",
	"CLONING_TEMPLATE_ID", "CONTEXT", "CPU", "CPU_COST", "DISK", "DISK_COST", "EMULATOR", "FEATURES", "HYPERV_OPTIONS",
	"GRAPHICS", "VIDEO", "IMPORTED", "INPUT", "MEMORY", "MEMORY_COST", "MEMORY_MAX", "MEMORY_SLOTS", "MEMORY_RESIZE_MODE",
	"NIC", "NIC_ALIAS", "NIC_DEFAULT", "NUMA_NODE", "OS", "PCI", "QEMU_GA_EXEC", "RAW", "SECURITY_GROUP_RULE", "SNAPSHOT",
	"SPICE_OPTIONS", "SUBMIT_ON_HOLD", "TEMPLATE_ID", "TM_MAD_SYSTEM", "TOPOLOGY", "TPM", "MEMORY_ENCRYPTION", "VCPU",
	"VCPU_MAX", "VMGROUP", "VMID", "VROUTER_ID", "VROUTER_KEEPALIVED_ID", "VROUTER_KEEPALIVED_PASSWORD"}

// vmPoolTemplateKeys is the order of the pool VM TEMPLATE in vm_pool.xsd.
var vmPoolTemplateKeys = []string{"CPU", "MEMORY", "VCPU", "DISK", "NIC", "GRAPHICS"}

var vmSnapshotKeys = []string{"ACTION", "ACTIVE", "HYPERVISOR_ID", "NAME", "SNAPSHOT_ID", "SYSTEM_DISK_SIZE", "TIME"}

func isVMKey(k string) bool {
	for _, x := range vmTemplateKeys {
		if x == k {
			return true
		}
	}
	return false
}

func (s *Server) setupVMs() {
	k := newKind(s, "VM", 0, acc[one.VM]{
		id:    func(o *one.VM) *int { return &o.ID },
		name:  func(o *one.VM) *string { return &o.Name },
		tmpl:  func(o *one.VM) **one.Template { return &o.Template },
		perms: func(o *one.VM) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VM) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VM) **one.Lock { return &o.Lock },
	})
	s.vms = k
	k.rangeArgs = true
	k.alloc = func(args []any) (*one.VM, *oneErr) {
		t, e := argTemplate(args, 0)
		if e != nil {
			return nil, e
		}
		hold, e := argBool(args, 1, false)
		if e != nil {
			return nil, e
		}
		return s.newVM(t, hold), nil
	}
	k.update = func(o *one.VM, t *one.Template, merge bool) { updateTemplate(&o.UserTemplate, t, merge) }
	k.render = func(o *one.VM) any {
		c := *o
		c.Template = order(o.Template, vmTemplateKeys, true)
		for i, a := range c.Template.Attrs {
			if a.Key == "SNAPSHOT" && a.Vector != nil {
				c.Template.Attrs[i].Vector = orderVector(a.Vector, vmSnapshotKeys)
			}
		}
		return &c
	}
	k.pool = func(objs []*one.VM) any {
		p := one.VMPool{}
		for _, o := range objs {
			sh := one.VMShort{ID: o.ID, UID: o.UID, GID: o.GID, UName: o.UName, GName: o.GName, Name: o.Name,
				LastPoll: o.LastPoll, State: o.State, LCMState: o.LCMState, Resched: o.Resched, STime: o.STime,
				ETime: o.ETime, DeployID: o.DeployID, Lock: o.Lock, Template: order(o.Template, vmPoolTemplateKeys, true),
				UserTemplate: o.UserTemplate}
			for _, h := range o.HistoryRecords.History {
				sh.HistoryRecords.History = append(sh.HistoryRecords.History, one.VMShortHist{OID: h.OID, Seq: h.Seq,
					Hostname: h.Hostname, HID: h.HID, CID: h.CID, DSID: h.DSID, VMMad: h.VMMad, TMMad: h.TMMad, Action: h.Action})
			}
			p.VMs = append(p.VMs, sh)
		}
		return p
	}
	k.poolExt = func(objs []*one.VM) any {
		p := one.VMPoolExtended{}
		for _, o := range objs {
			p.VMs = append(p.VMs, *k.render(o).(*one.VM))
		}
		return p
	}
	k.filter = func(args []any, objs []*one.VM) ([]*one.VM, *oneErr) {
		state, e := argIntOr(args, 3, -1)
		if e != nil {
			return nil, e
		}
		var out []*one.VM
		for _, o := range objs {
			if state == -1 && o.State != one.VMDone || state == -2 || state >= 0 && int(o.State) == state {
				out = append(out, o)
			}
		}
		return out, nil
	}
	s.vmOps(k)
}

func (s *Server) newVM(t *one.Template, hold bool) *one.VM {
	id := s.vms.nextID
	vm := &one.VM{Name: fmt.Sprintf("one-%d", id), State: one.VMPending, STime: s.now(),
		Template: one.NewTemplate(), UserTemplate: one.NewTemplate()}
	if hold {
		vm.State = one.VMHold
	}
	for _, a := range t.Attrs {
		switch {
		case a.Key == "NAME" && a.Vector == nil:
			vm.Name = a.Value
		case isVMKey(a.Key):
			vm.Template.Attrs = append(vm.Template.Attrs, a)
		default:
			vm.UserTemplate.Attrs = append(vm.UserTemplate.Attrs, a)
		}
	}
	for i, d := range vm.Template.Vectors("DISK") {
		d.Set("DISK_ID", strconv.Itoa(i))
	}
	for i, n := range vm.Template.Vectors("NIC") {
		n.Set("NIC_ID", strconv.Itoa(i))
	}
	vm.Template.Set("VMID", strconv.Itoa(id))
	vm.Template.Set("TM_MAD_SYSTEM", "")
	return vm
}

type vmState struct {
	st  one.VMState
	lcm one.LCMState
}

var running = vmState{one.VMActive, one.LCMRunning}

// vmTransitions: action → allowed states → resulting state.
var vmTransitions = map[string]struct {
	from []vmState
	to   vmState
}{
	"terminate":      {[]vmState{running, {one.VMPoweroff, 0}, {one.VMSuspended, 0}, {one.VMStopped, 0}, {one.VMUndeployed, 0}}, vmState{one.VMDone, 0}},
	"terminate-hard": {[]vmState{running, {one.VMPoweroff, 0}, {one.VMSuspended, 0}, {one.VMStopped, 0}, {one.VMUndeployed, 0}, {one.VMPending, 0}, {one.VMHold, 0}}, vmState{one.VMDone, 0}},
	"undeploy":       {[]vmState{running, {one.VMPoweroff, 0}}, vmState{one.VMUndeployed, 0}},
	"undeploy-hard":  {[]vmState{running, {one.VMPoweroff, 0}}, vmState{one.VMUndeployed, 0}},
	"poweroff":       {[]vmState{running}, vmState{one.VMPoweroff, 0}},
	"poweroff-hard":  {[]vmState{running}, vmState{one.VMPoweroff, 0}},
	"reboot":         {[]vmState{running}, running},
	"reboot-hard":    {[]vmState{running}, running},
	"hold":           {[]vmState{{one.VMPending, 0}}, vmState{one.VMHold, 0}},
	"release":        {[]vmState{{one.VMHold, 0}}, vmState{one.VMPending, 0}},
	"stop":           {[]vmState{running, {one.VMSuspended, 0}}, vmState{one.VMStopped, 0}},
	"suspend":        {[]vmState{running}, vmState{one.VMSuspended, 0}},
	"resume":         {[]vmState{{one.VMPoweroff, 0}, {one.VMSuspended, 0}, {one.VMStopped, 0}, {one.VMUndeployed, 0}}, running},
	"resched":        {[]vmState{running}, running},
	"unresched":      {[]vmState{running}, running},
}

func (s *Server) setState(o *one.VM, to vmState) {
	o.PrevState, o.PrevLCMState = o.State, o.LCMState
	o.State, o.LCMState = to.st, to.lcm
	if to.st == one.VMDone {
		o.ETime = s.now()
		s.leaveHost(o)
	}
	if to.st == one.VMUndeployed || to.st == one.VMStopped {
		s.leaveHost(o)
	}
}

func (s *Server) leaveHost(o *one.VM) {
	hs := o.HistoryRecords.History
	if len(hs) == 0 {
		return
	}
	if h, ok := s.hosts.objs[hs[len(hs)-1].HID]; ok {
		ids := h.VMs.ID[:0]
		for _, x := range h.VMs.ID {
			if x != o.ID {
				ids = append(ids, x)
			}
		}
		h.VMs.ID = ids
		h.HostShare.RunningVMs = len(ids)
	}
	hs[len(hs)-1].ETime = s.now()
}

func (s *Server) placeOn(o *one.VM, hostID, dsID int) *oneErr {
	h, ok := s.hosts.objs[hostID]
	if !ok {
		return errf(one.OneNoExists, "Error getting host [%d].", hostID)
	}
	if dsID < 0 {
		dsID = 0
	}
	s.leaveHost(o)
	seq := len(o.HistoryRecords.History)
	o.HistoryRecords.History = append(o.HistoryRecords.History, one.VMHistory{OID: o.ID, Seq: seq, Hostname: h.Name,
		HID: h.ID, CID: h.ClusterID, STime: s.now(), VMMad: h.VMMad, TMMad: "ssh", DSID: dsID, PlanID: -1, ActionID: -1,
		UID: o.UID, GID: o.GID, ReqID: "-1"})
	h.VMs.ID = append(h.VMs.ID, o.ID)
	h.HostShare.RunningVMs = len(h.VMs.ID)
	o.DeployID = fmt.Sprintf("one-%d", o.ID)
	o.Template.Set("TM_MAD_SYSTEM", "ssh")
	return nil
}

func is(o *one.VM, states ...vmState) bool {
	for _, st := range states {
		if o.State == st.st && (st.st != one.VMActive || o.LCMState == st.lcm) {
			return true
		}
	}
	return false
}

func wrongState(o *one.VM, op string) *oneErr {
	return errf(one.OneAction, "Could not %s VM %d, wrong state %s.", op, o.ID, o.StateString())
}

func nextID(vs []*one.Vector, key string) int {
	n := 0
	for _, v := range vs {
		if x, err := strconv.Atoi(must(v.Get(key))); err == nil && x >= n {
			n = x + 1
		}
	}
	return n
}

func must(s string, _ bool) string { return s }

func detach(t *one.Template, vecKey, idKey string, id int) bool {
	for i, a := range t.Attrs {
		if a.Vector != nil && a.Key == vecKey && must(a.Vector.Get(idKey)) == strconv.Itoa(id) {
			t.Attrs = append(t.Attrs[:i], t.Attrs[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Server) vmOps(k *kind[one.VM]) {
	ops := k.ops
	ops["deploy"] = func(o *one.VM, a []any) (any, *oneErr) {
		if !is(o, vmState{one.VMPending, 0}, vmState{one.VMHold, 0}) {
			return nil, wrongState(o, "deploy")
		}
		host, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		ds, e := argIntOr(a, 2, -1)
		if e != nil {
			return nil, e
		}
		if e := s.placeOn(o, host, ds); e != nil {
			return nil, e
		}
		s.setState(o, running)
		return o.ID, nil
	}
	ops["migrate"] = func(o *one.VM, a []any) (any, *oneErr) {
		if !is(o, running, vmState{one.VMPoweroff, 0}) {
			return nil, wrongState(o, "migrate")
		}
		host, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		ds, e := argIntOr(a, 3, -1)
		if e != nil {
			return nil, e
		}
		return o.ID, s.placeOn(o, host, ds)
	}
	hotplug := func(o *one.VM, op string) *oneErr {
		if !is(o, running, vmState{one.VMPoweroff, 0}) {
			return wrongState(o, op)
		}
		return nil
	}
	attach := func(vecKey, idKey string) opFunc[one.VM] {
		return func(o *one.VM, a []any) (any, *oneErr) {
			if e := hotplug(o, "attach to"); e != nil {
				return nil, e
			}
			t, e := argTemplate(a, 0)
			if e != nil {
				return nil, e
			}
			v := t.Vector(vecKey)
			if v == nil {
				return nil, errf(one.OneAction, "no %s vector in the template", vecKey)
			}
			v.Set(idKey, strconv.Itoa(nextID(o.Template.Vectors(vecKey), idKey)))
			o.Template.Attrs = append(o.Template.Attrs, one.Attr{Key: vecKey, Vector: v})
			return o.ID, nil
		}
	}
	detachOp := func(vecKey, idKey string) opFunc[one.VM] {
		return func(o *one.VM, a []any) (any, *oneErr) {
			if e := hotplug(o, "detach from"); e != nil {
				return nil, e
			}
			id, e := argInt(a, 0)
			if e != nil {
				return nil, e
			}
			if !detach(o.Template, vecKey, idKey, id) {
				return nil, errf(one.OneNoExists, "VM %d has no %s %d", o.ID, vecKey, id)
			}
			return o.ID, nil
		}
	}
	ops["attach"] = attach("DISK", "DISK_ID")
	ops["detach"] = detachOp("DISK", "DISK_ID")
	ops["attachnic"] = attach("NIC", "NIC_ID")
	ops["detachnic"] = detachOp("NIC", "NIC_ID")
	disk := func(o *one.VM, id int) *one.Vector {
		for _, d := range o.Template.Vectors("DISK") {
			if must(d.Get("DISK_ID")) == strconv.Itoa(id) {
				return d
			}
		}
		return nil
	}
	ops["diskresize"] = func(o *one.VM, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		size, e := argStr(a, 1)
		if e != nil {
			return nil, e
		}
		d := disk(o, id)
		if d == nil {
			return nil, errf(one.OneNoExists, "VM %d has no DISK %d", o.ID, id)
		}
		d.Set("SIZE", size)
		return o.ID, nil
	}
	ops["snapshotcreate"] = func(o *one.VM, a []any) (any, *oneErr) {
		if !is(o, running) {
			return nil, wrongState(o, "snapshot")
		}
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		id := nextID(o.Template.Vectors("SNAPSHOT"), "SNAPSHOT_ID")
		if name == "" {
			name = fmt.Sprintf("snapshot-%d", id)
		}
		o.Template.AddVector("SNAPSHOT", one.Pair{Key: "HYPERVISOR_ID", Value: fmt.Sprintf("snap-%d", id)},
			one.Pair{Key: "NAME", Value: name}, one.Pair{Key: "SNAPSHOT_ID", Value: strconv.Itoa(id)},
			one.Pair{Key: "SYSTEM_DISK_SIZE", Value: "0"}, one.Pair{Key: "TIME", Value: strconv.FormatInt(s.now(), 10)})
		return id, nil
	}
	ops["snapshotdelete"] = func(o *one.VM, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		if !detach(o.Template, "SNAPSHOT", "SNAPSHOT_ID", id) {
			return nil, errf(one.OneNoExists, "VM %d has no snapshot %d", o.ID, id)
		}
		return o.ID, nil
	}
	ops["snapshotrevert"] = func(o *one.VM, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		found := false
		for _, v := range o.Template.Vectors("SNAPSHOT") {
			if must(v.Get("SNAPSHOT_ID")) == strconv.Itoa(id) {
				v.Set("ACTIVE", "YES")
				found = true
			} else {
				v.Del("ACTIVE")
			}
		}
		if !found {
			return nil, errf(one.OneNoExists, "VM %d has no snapshot %d", o.ID, id)
		}
		return o.ID, nil
	}
	diskSnaps := func(o *one.VM, diskID int, create bool) *one.DiskSnapshot {
		for i := range o.Snapshots {
			if o.Snapshots[i].DiskID == diskID {
				return &o.Snapshots[i]
			}
		}
		if !create {
			return nil
		}
		o.Snapshots = append(o.Snapshots, one.DiskSnapshot{AllowOrphans: "NO", CurrentBase: -1, DiskID: diskID})
		return &o.Snapshots[len(o.Snapshots)-1]
	}
	findSnap := func(o *one.VM, a []any) (*one.DiskSnapshot, int, *oneErr) {
		diskID, e := argInt(a, 0)
		if e != nil {
			return nil, 0, e
		}
		snapID, e := argInt(a, 1)
		if e != nil {
			return nil, 0, e
		}
		ds := diskSnaps(o, diskID, false)
		if ds != nil {
			for i, it := range ds.Snapshots {
				if it.ID == snapID {
					return ds, i, nil
				}
			}
		}
		return nil, 0, errf(one.OneNoExists, "disk %d of VM %d has no snapshot %d", diskID, o.ID, snapID)
	}
	ops["disksnapshotcreate"] = func(o *one.VM, a []any) (any, *oneErr) {
		diskID, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		name, e := argStr(a, 1)
		if e != nil {
			return nil, e
		}
		if disk(o, diskID) == nil {
			return nil, errf(one.OneNoExists, "VM %d has no DISK %d", o.ID, diskID)
		}
		ds := diskSnaps(o, diskID, true)
		id := ds.NextSnapshot
		ds.NextSnapshot++
		ds.Snapshots = append(ds.Snapshots, one.DiskSnapshotItem{Date: s.now(), ID: id, Name: name, Parent: -1})
		return id, nil
	}
	ops["disksnapshotdelete"] = func(o *one.VM, a []any) (any, *oneErr) {
		ds, i, e := findSnap(o, a)
		if e != nil {
			return nil, e
		}
		ds.Snapshots = append(ds.Snapshots[:i], ds.Snapshots[i+1:]...)
		return o.ID, nil
	}
	ops["disksnapshotrevert"] = func(o *one.VM, a []any) (any, *oneErr) {
		ds, i, e := findSnap(o, a)
		if e != nil {
			return nil, e
		}
		for j := range ds.Snapshots {
			ds.Snapshots[j].Active = ""
		}
		ds.Snapshots[i].Active = "YES"
		ds.CurrentBase = ds.Snapshots[i].ID
		return o.ID, nil
	}
	ops["disksnapshotrename"] = func(o *one.VM, a []any) (any, *oneErr) {
		ds, i, e := findSnap(o, a)
		if e != nil {
			return nil, e
		}
		name, e := argStr(a, 2)
		if e != nil {
			return nil, e
		}
		ds.Snapshots[i].Name = name
		return o.ID, nil
	}
	ops["disksaveas"] = func(o *one.VM, a []any) (any, *oneErr) {
		diskID, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		name, e := argStr(a, 1)
		if e != nil {
			return nil, e
		}
		if disk(o, diskID) == nil {
			return nil, errf(one.OneNoExists, "VM %d has no DISK %d", o.ID, diskID)
		}
		img := s.newImage(name, 1)
		return s.images.add(img), nil
	}
	ops["resize"] = func(o *one.VM, a []any) (any, *oneErr) {
		if !is(o, running, vmState{one.VMPoweroff, 0}, vmState{one.VMUndeployed, 0}) {
			return nil, wrongState(o, "resize")
		}
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		for _, key := range []string{"CPU", "VCPU", "MEMORY"} {
			if v, ok := t.Get(key); ok {
				o.Template.Set(key, v)
			}
		}
		return o.ID, nil
	}
	ops["updateconf"] = func(o *one.VM, a []any) (any, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		for _, at := range t.Attrs {
			if !isVMKey(at.Key) || at.Key == "VMID" || at.Key == "DISK" || at.Key == "NIC" {
				return nil, errf(one.OneAction, "attribute %s cannot be updated", at.Key)
			}
		}
		o.Template.Merge(t)
		return o.ID, nil
	}
	ops["recover"] = func(o *one.VM, a []any) (any, *oneErr) {
		op, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		switch op {
		case 0, 1, 2:
		case 3, 5:
			s.setState(o, vmState{one.VMDone, 0})
		case 4:
			s.leaveHost(o)
			s.setState(o, vmState{one.VMPending, 0})
		default:
			return nil, errf(one.OneXMLRPCAPI, "unknown recover operation %d", op)
		}
		return o.ID, nil
	}
}

// vmAction runs one.vm.action(action, id).
func (s *Server) vmAction(args []any) (any, *oneErr) {
	action, e := argStr(args, 0)
	if e != nil {
		return nil, e
	}
	id, e := argInt(args, 1)
	if e != nil {
		return nil, e
	}
	o, e := s.vms.get(id)
	if e != nil {
		return nil, e
	}
	if o.Lock != nil {
		return nil, errf(one.OneLocked, "VM [%d] is locked.", id)
	}
	tr, ok := vmTransitions[action]
	if !ok {
		return nil, errf(one.OneXMLRPCAPI, "unknown action %q", action)
	}
	if !is(o, tr.from...) {
		return nil, wrongState(o, action)
	}
	to := tr.to
	if action == "resume" && (o.State == one.VMStopped || o.State == one.VMUndeployed) {
		// Without a host the VM goes back to the scheduler.
		to = vmState{one.VMPending, 0}
	}
	s.setState(o, to)
	switch action {
	case "resched":
		o.Resched = 1
	case "unresched":
		o.Resched = 0
	}
	return id, nil
}
