package fakeoned

import (
	"fmt"
	"strconv"
	"strings"

	one "github.com/cloudsdk/gophercloud/opennebula"
)

func (s *Server) setupNetworks() {
	vn := newKind(s, "virtual network", 0, acc[one.VirtualNetwork]{
		id:    func(o *one.VirtualNetwork) *int { return &o.ID },
		name:  func(o *one.VirtualNetwork) *string { return &o.Name },
		tmpl:  func(o *one.VirtualNetwork) **one.Template { return &o.Template },
		perms: func(o *one.VirtualNetwork) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VirtualNetwork) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VirtualNetwork) **one.Lock { return &o.Lock },
	})
	s.vnets = vn
	vn.rangeArgs = true
	newVNet := func(t *one.Template, cid int) (*one.VirtualNetwork, *oneErr) {
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		if cid < 0 {
			cid = 0
		}
		c, ok := s.clusters.objs[cid]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting cluster [%d].", cid)
		}
		c.VNets.ID = append(c.VNets.ID, vn.nextID)
		n := &one.VirtualNetwork{Name: must(t.Get("NAME")), Clusters: one.IDs{ID: []int{cid}},
			Bridge: getOr(t, "BRIDGE", fmt.Sprintf("onebr%d", vn.nextID)), VNMad: getOr(t, "VN_MAD", "bridge"),
			PhyDev: getOr(t, "PHYDEV", ""), ParentNetworkID: getOr(t, "PARENT_NETWORK_ID", ""), VlanIDAutomatic: "0",
			OuterVlanIDAutomatic: "0", State: 1}
		for _, ar := range t.Vectors("AR") {
			if e := addAR(n, ar); e != nil {
				return nil, e
			}
		}
		t.Del("AR")
		n.Template = t
		return n, nil
	}
	vn.alloc = func(a []any) (*one.VirtualNetwork, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		cid, e := argIntOr(a, 1, -1)
		if e != nil {
			return nil, e
		}
		return newVNet(t, cid)
	}
	vn.canDelete = func(o *one.VirtualNetwork) *oneErr {
		if o.UsedLeases > 0 {
			return errf(one.OneAction, "Network %d has leases in use.", o.ID)
		}
		for _, c := range s.clusters.objs {
			c.VNets.ID = without(c.VNets.ID, o.ID)
		}
		return nil
	}
	vn.pool = func(objs []*one.VirtualNetwork) any {
		// vnet_pool.xsd lists address ranges without their leases.
		p := one.VirtualNetworkPool{VNets: deref(objs)}
		for i := range p.VNets {
			ars := make([]one.AddressRange, len(p.VNets[i].ARPool.ARs))
			for j, ar := range p.VNets[i].ARPool.ARs {
				ar.UsedLeases, ar.Leases, ar.MACEnd, ar.IPEnd = "", nil, "", ""
				ars[j] = ar
			}
			p.VNets[i].ARPool.ARs = ars
		}
		return p
	}
	vn.ops["add_ar"] = func(o *one.VirtualNetwork, a []any) (any, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		ar := t.Vector("AR")
		if ar == nil {
			return nil, errf(one.OneAction, "No AR in template.")
		}
		return o.ID, addAR(o, ar)
	}
	vn.ops["rm_ar"] = func(o *one.VirtualNetwork, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		for i, ar := range o.ARPool.ARs {
			if ar.ARID == strconv.Itoa(id) {
				if ar.Leases != nil && len(ar.Leases.Leases) > 0 {
					return nil, errf(one.OneAction, "Address range %d has leases in use.", id)
				}
				o.ARPool.ARs = append(o.ARPool.ARs[:i], o.ARPool.ARs[i+1:]...)
				return o.ID, nil
			}
		}
		return nil, errf(one.OneNoExists, "Address range %d does not exist.", id)
	}
	vn.ops["update_ar"] = func(o *one.VirtualNetwork, a []any) (any, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		v := t.Vector("AR")
		if v == nil {
			return nil, errf(one.OneAction, "No AR in template.")
		}
		id, _ := v.Get("AR_ID")
		for i := range o.ARPool.ARs {
			if o.ARPool.ARs[i].ARID == id {
				if sz, ok := v.Get("SIZE"); ok {
					n, err := strconv.Atoi(sz)
					if err != nil || n <= 0 {
						return nil, errf(one.OneAction, "Invalid SIZE %q.", sz)
					}
					o.ARPool.ARs[i].Size = n
				}
				return o.ID, nil
			}
		}
		return nil, errf(one.OneNoExists, "Address range %s does not exist.", id)
	}
	lease := func(hold bool) opFunc[one.VirtualNetwork] {
		return func(o *one.VirtualNetwork, a []any) (any, *oneErr) {
			t, e := argTemplate(a, 0)
			if e != nil {
				return nil, e
			}
			v := t.Vector("LEASES")
			if v == nil {
				return nil, errf(one.OneAction, "No LEASES in template.")
			}
			ip, _ := v.Get("IP")
			for i := range o.ARPool.ARs {
				ar := &o.ARPool.ARs[i]
				if hold {
					if ar.Leases == nil {
						ar.Leases = &one.Leases{}
					}
					vm := -1
					ar.Leases.Leases = append(ar.Leases.Leases, one.Lease{IP: ip, VM: &vm})
					o.UsedLeases++
					ar.UsedLeases = strconv.Itoa(len(ar.Leases.Leases))
					return o.ID, nil
				}
				if ar.Leases == nil {
					continue
				}
				for j, l := range ar.Leases.Leases {
					if l.IP == ip {
						ar.Leases.Leases = append(ar.Leases.Leases[:j], ar.Leases.Leases[j+1:]...)
						if len(ar.Leases.Leases) == 0 {
							ar.Leases = nil
						}
						o.UsedLeases--
						ar.UsedLeases = strconv.Itoa(o.UsedLeases)
						return o.ID, nil
					}
				}
			}
			if hold {
				return nil, errf(one.OneAction, "Network %d has no address range.", o.ID)
			}
			return nil, errf(one.OneNoExists, "Lease %s is not on hold.", ip)
		}
	}
	vn.ops["hold"] = lease(true)
	vn.ops["release"] = lease(false)
	vn.ops["reserve"] = func(o *one.VirtualNetwork, a []any) (any, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		size, err := strconv.Atoi(getOr(t, "SIZE", "0"))
		if err != nil || size <= 0 {
			return nil, errf(one.OneAction, "Invalid SIZE.")
		}
		if len(o.ARPool.ARs) == 0 {
			return nil, errf(one.OneAction, "Network %d has no address range.", o.ID)
		}
		name := getOr(t, "NAME", o.Name+"-reservation")
		nt := one.NewTemplate().Set("NAME", name)
		nt.AddVector("AR", one.Pair{Key: "TYPE", Value: o.ARPool.ARs[0].Type}, one.Pair{Key: "SIZE", Value: strconv.Itoa(size)},
			one.Pair{Key: "IP", Value: o.ARPool.ARs[0].IP})
		r, e := newVNet(nt, o.Clusters.ID[0])
		if e != nil {
			return nil, e
		}
		r.ParentNetworkID = strconv.Itoa(o.ID)
		return vn.add(r), nil
	}
	s.register("one.vn", vn, "one.vnpool.info")

	sg := newKind(s, "security group", 0, acc[one.SecurityGroup]{
		id:    func(o *one.SecurityGroup) *int { return &o.ID },
		name:  func(o *one.SecurityGroup) *string { return &o.Name },
		tmpl:  func(o *one.SecurityGroup) **one.Template { return &o.Template },
		perms: func(o *one.SecurityGroup) *one.Permissions { return &o.Permissions },
		owner: func(o *one.SecurityGroup) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
	})
	sg.rangeArgs = true
	sg.alloc = func(a []any) (*one.SecurityGroup, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		for _, r := range t.Vectors("RULE") {
			if p, _ := r.Get("PROTOCOL"); p == "" {
				return nil, errf(one.OneAllocate, "RULE without PROTOCOL.")
			}
		}
		return &one.SecurityGroup{Name: must(t.Get("NAME")), Template: t}, nil
	}
	sg.render = func(o *one.SecurityGroup) any {
		c := *o
		c.Template = order(o.Template, []string{"DESCRIPTION", "RULE"}, true)
		for i, at := range c.Template.Attrs {
			if at.Vector != nil {
				c.Template.Attrs[i].Vector = orderVector(at.Vector, []string{"PROTOCOL", "RULE_TYPE"})
			}
		}
		return &c
	}
	sg.pool = func(objs []*one.SecurityGroup) any {
		p := one.SecurityGroupPool{}
		for _, o := range objs {
			p.SecurityGroups = append(p.SecurityGroups, *sg.render(o).(*one.SecurityGroup))
		}
		return p
	}
	sg.ops["clone"] = func(o *one.SecurityGroup, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		return sg.add(&one.SecurityGroup{Name: name, Template: o.Template.Clone().Set("NAME", name)}), nil
	}
	sg.ops["commit"] = func(o *one.SecurityGroup, a []any) (any, *oneErr) {
		if _, e := argBool(a, 0, false); e != nil {
			return nil, e
		}
		o.UpdatedVMs.ID = append(o.UpdatedVMs.ID, o.OutdatedVMs.ID...)
		o.OutdatedVMs.ID = nil
		return o.ID, nil
	}
	s.register("one.secgroup", sg, "one.secgrouppool.info")

	vt := newKind(s, "virtual network template", 0, acc[one.VNTemplate]{
		id:    func(o *one.VNTemplate) *int { return &o.ID },
		name:  func(o *one.VNTemplate) *string { return &o.Name },
		tmpl:  func(o *one.VNTemplate) **one.Template { return &o.Template },
		perms: func(o *one.VNTemplate) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VNTemplate) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VNTemplate) **one.Lock { return &o.Lock },
	})
	vt.rangeArgs = true
	vt.alloc = func(a []any) (*one.VNTemplate, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		return &one.VNTemplate{Name: must(t.Get("NAME")), RegTime: s.now(), Template: t}, nil
	}
	vt.pool = func(objs []*one.VNTemplate) any { return one.VNTemplatePool{VNTemplates: deref(objs)} }
	vt.ops["instantiate"] = func(o *one.VNTemplate, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		t := o.Template.Clone()
		if extra, _ := argStr(a, 1); extra != "" {
			x, e := argTemplate(a, 1)
			if e != nil {
				return nil, e
			}
			t.Merge(x)
		}
		if name != "" {
			t.Set("NAME", name)
		}
		n, e := newVNet(t, -1)
		if e != nil {
			return nil, e
		}
		n.TemplateID = strconv.Itoa(o.ID)
		return vn.add(n), nil
	}
	vt.ops["clone"] = func(o *one.VNTemplate, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		return vt.add(&one.VNTemplate{Name: name, RegTime: s.now(), Template: o.Template.Clone().Set("NAME", name)}), nil
	}
	s.register("one.vntemplate", vt, "one.vntemplatepool.info")

	vr := newKind(s, "virtual router", 0, acc[one.VirtualRouter]{
		id:    func(o *one.VirtualRouter) *int { return &o.ID },
		name:  func(o *one.VirtualRouter) *string { return &o.Name },
		tmpl:  func(o *one.VirtualRouter) **one.Template { return &o.Template },
		perms: func(o *one.VirtualRouter) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VirtualRouter) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VirtualRouter) **one.Lock { return &o.Lock },
	})
	vr.rangeArgs = true
	vr.alloc = func(a []any) (*one.VirtualRouter, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		for i, n := range t.Vectors("NIC") {
			n.Set("NIC_ID", strconv.Itoa(i))
		}
		return &one.VirtualRouter{Name: must(t.Get("NAME")), Template: t}, nil
	}
	vr.pool = func(objs []*one.VirtualRouter) any { return one.VirtualRouterPool{VRouters: deref(objs)} }
	vr.ops["instantiate"] = func(o *one.VirtualRouter, a []any) (any, *oneErr) {
		n, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		tid, e := argInt(a, 1)
		if e != nil {
			return nil, e
		}
		name, _ := argStr(a, 2)
		hold, _ := argBool(a, 3, false)
		tpl, e := s.templates.get(tid)
		if e != nil {
			return nil, e
		}
		if n < 1 {
			return nil, errf(one.OneXMLRPCAPI, "number of VMs must be positive")
		}
		first := -1
		for i := 0; i < n; i++ {
			t := tpl.Template.Clone()
			if name != "" {
				t.Set("NAME", strings.ReplaceAll(name, "%i", strconv.Itoa(i)))
			} else {
				t.Del("NAME")
			}
			t.Set("VROUTER_ID", strconv.Itoa(o.ID))
			id := s.vms.add(s.newVM(t, hold))
			o.VMs.ID = append(o.VMs.ID, id)
			if first < 0 {
				first = id
			}
		}
		return first, nil
	}
	vr.ops["attachnic"] = func(o *one.VirtualRouter, a []any) (any, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		v := t.Vector("NIC")
		if v == nil {
			return nil, errf(one.OneAction, "No NIC in template.")
		}
		v.Set("NIC_ID", strconv.Itoa(nextID(o.Template.Vectors("NIC"), "NIC_ID")))
		o.Template.Attrs = append(o.Template.Attrs, one.Attr{Key: "NIC", Vector: v})
		return o.ID, nil
	}
	vr.ops["detachnic"] = func(o *one.VirtualRouter, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		if !detach(o.Template, "NIC", "NIC_ID", id) {
			return nil, errf(one.OneNoExists, "Virtual router %d has no NIC %d.", o.ID, id)
		}
		return o.ID, nil
	}
	s.register("one.vrouter", vr, "one.vrouterpool.info")
}

func addAR(n *one.VirtualNetwork, v *one.Vector) *oneErr {
	typ, _ := v.Get("TYPE")
	switch typ {
	case "IP4", "IP6", "IP4_6", "ETHER":
	default:
		return errf(one.OneAction, "Invalid AR TYPE %q.", typ)
	}
	size, err := strconv.Atoi(must(v.Get("SIZE")))
	if err != nil || size <= 0 {
		return errf(one.OneAction, "Invalid AR SIZE.")
	}
	id := 0
	for _, ar := range n.ARPool.ARs {
		if x, _ := strconv.Atoi(ar.ARID); x >= id {
			id = x + 1
		}
	}
	ar := one.AddressRange{ARID: strconv.Itoa(id), Size: size, Type: typ, UsedLeases: "0",
		MAC: fmt.Sprintf("02:00:00:00:%02x:00", (n.ID*16+id)%256)}
	if ip, ok := v.Get("IP"); ok {
		ar.IP = ip
	}
	n.ARPool.ARs = append(n.ARPool.ARs, ar)
	return nil
}

func (s *Server) setupServices() {
	doc := newKind(s, "document", 0, acc[one.Document]{
		id:    func(o *one.Document) *int { return &o.ID },
		name:  func(o *one.Document) *string { return &o.Name },
		tmpl:  func(o *one.Document) **one.Template { return &o.Template },
		perms: func(o *one.Document) *one.Permissions { return &o.Permissions },
		owner: func(o *one.Document) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.Document) **one.Lock { return &o.Lock },
	})
	doc.rangeArgs = true
	doc.alloc = func(a []any) (*one.Document, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		typ, e := argInt(a, 1)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		return &one.Document{Name: must(t.Get("NAME")), Type: strconv.Itoa(typ), Template: t}, nil
	}
	doc.filter = func(args []any, objs []*one.Document) ([]*one.Document, *oneErr) {
		typ, e := argIntOr(args, 3, -1)
		if e != nil {
			return nil, e
		}
		var out []*one.Document
		for _, o := range objs {
			if typ < 0 || o.Type == strconv.Itoa(typ) {
				out = append(out, o)
			}
		}
		return out, nil
	}
	doc.pool = func(objs []*one.Document) any { return one.DocumentPool{Documents: deref(objs)} }
	doc.ops["clone"] = func(o *one.Document, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		return doc.add(&one.Document{Name: name, Type: o.Type, Template: o.Template.Clone().Set("NAME", name)}), nil
	}
	s.register("one.document", doc, "one.documentpool.info")

	hk := newKind(s, "hook", 0, acc[one.Hook]{
		id:   func(o *one.Hook) *int { return &o.ID },
		name: func(o *one.Hook) *string { return &o.Name },
		tmpl: func(o *one.Hook) **one.Template { return &o.Template },
		lock: func(o *one.Hook) **one.Lock { return &o.Lock },
	})
	hk.rangeArgs = true
	hookKeys := []string{"ARGUMENTS", "ARGUMENTS_STDIN", "CALL", "COMMAND", "LCM_STATE", "REMOTE", "RESOURCE", "STATE"}
	hk.alloc = func(a []any) (*one.Hook, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME", "TYPE", "COMMAND"); e != nil {
			return nil, e
		}
		typ := strings.ToLower(must(t.Get("TYPE")))
		if typ != "api" && typ != "state" {
			return nil, errf(one.OneAllocate, "Invalid hook TYPE %q.", typ)
		}
		return &one.Hook{Name: must(t.Get("NAME")), Type: typ, Template: t}, nil
	}
	hk.render = func(o *one.Hook) any {
		c := *o
		c.Template = order(o.Template, hookKeys, true)
		return &c
	}
	hk.pool = func(objs []*one.Hook) any {
		p := one.HookPool{}
		for _, o := range objs {
			p.Hooks = append(p.Hooks, *hk.render(o).(*one.Hook))
		}
		return p
	}
	hk.ops["retry"] = func(o *one.Hook, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		if o.HookLog != nil {
			for _, r := range o.HookLog.Records {
				if r.ExecutionID == id {
					return o.ID, nil
				}
			}
		}
		return nil, errf(one.OneNoExists, "Hook %d has no execution %d.", o.ID, id)
	}
	s.register("one.hook", hk, "one.hookpool.info")

	mk := newKind(s, "marketplace", 0, acc[one.MarketPlace]{
		id:    func(o *one.MarketPlace) *int { return &o.ID },
		name:  func(o *one.MarketPlace) *string { return &o.Name },
		tmpl:  func(o *one.MarketPlace) **one.Template { return &o.Template },
		perms: func(o *one.MarketPlace) *one.Permissions { return &o.Permissions },
		owner: func(o *one.MarketPlace) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
	})
	mk.alloc = func(a []any) (*one.MarketPlace, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME", "MARKET_MAD"); e != nil {
			return nil, e
		}
		return &one.MarketPlace{Name: must(t.Get("NAME")), MarketMad: must(t.Get("MARKET_MAD")), ZoneID: "0",
			TotalMB: 1 << 20, FreeMB: 1 << 20, Template: t}, nil
	}
	mk.canDelete = func(o *one.MarketPlace) *oneErr {
		if len(o.MarketPlaceApps.ID) > 0 {
			return errf(one.OneAction, "Marketplace %d is not empty.", o.ID)
		}
		return nil
	}
	mk.pool = func(objs []*one.MarketPlace) any { return one.MarketPlacePool{MarketPlaces: deref(objs)} }
	mk.ops["enable"] = func(o *one.MarketPlace, a []any) (any, *oneErr) {
		en, e := argBool(a, 0, true)
		if e != nil {
			return nil, e
		}
		o.State = 0
		if !en {
			o.State = 1
		}
		return o.ID, nil
	}
	s.register("one.market", mk, "one.marketpool.info")

	ma := newKind(s, "marketplace app", 0, acc[one.MarketPlaceApp]{
		id:    func(o *one.MarketPlaceApp) *int { return &o.ID },
		name:  func(o *one.MarketPlaceApp) *string { return &o.Name },
		tmpl:  func(o *one.MarketPlaceApp) **one.Template { return &o.Template },
		perms: func(o *one.MarketPlaceApp) *one.Permissions { return &o.Permissions },
		owner: func(o *one.MarketPlaceApp) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.MarketPlaceApp) **one.Lock { return &o.Lock },
	})
	ma.rangeArgs = true
	ma.alloc = func(a []any) (*one.MarketPlaceApp, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		mid, e := argInt(a, 1)
		if e != nil {
			return nil, e
		}
		m, e := mk.get(mid)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		m.MarketPlaceApps.ID = append(m.MarketPlaceApps.ID, ma.nextID)
		size, _ := strconv.ParseInt(getOr(t, "SIZE", "0"), 10, 64)
		return &one.MarketPlaceApp{Name: must(t.Get("NAME")), RegTime: s.now(), ZoneID: "0", OriginID: getOr(t, "ORIGIN_ID", "-1"),
			MD5: getOr(t, "MD5", ""), Size: size, Description: getOr(t, "DESCRIPTION", ""), Version: getOr(t, "VERSION", "0.0"),
			Format: getOr(t, "FORMAT", "raw"), MarketPlaceID: mid, MarketPlace: m.Name, State: 1, Template: t}, nil
	}
	ma.canDelete = func(o *one.MarketPlaceApp) *oneErr {
		if m, ok := mk.objs[o.MarketPlaceID]; ok {
			m.MarketPlaceApps.ID = without(m.MarketPlaceApps.ID, o.ID)
		}
		return nil
	}
	ma.pool = func(objs []*one.MarketPlaceApp) any { return one.MarketPlaceAppPool{Apps: deref(objs)} }
	ma.ops["enable"] = func(o *one.MarketPlaceApp, a []any) (any, *oneErr) {
		en, e := argBool(a, 0, true)
		if e != nil {
			return nil, e
		}
		o.State = 1
		if !en {
			o.State = 3
		}
		return o.ID, nil
	}
	s.register("one.marketapp", ma, "one.marketapppool.info")

	vdc := newKind(s, "VDC", 0, acc[one.VDC]{
		id:   func(o *one.VDC) *int { return &o.ID },
		name: func(o *one.VDC) *string { return &o.Name },
		tmpl: func(o *one.VDC) **one.Template { return &o.Template },
	})
	vdc.alloc = func(a []any) (*one.VDC, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		return &one.VDC{Name: must(t.Get("NAME")), Template: t}, nil
	}
	vdc.pool = func(objs []*one.VDC) any { return one.VDCPool{VDCs: deref(objs)} }
	vdc.ops["addgroup"] = func(o *one.VDC, a []any) (any, *oneErr) {
		gid, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		if _, e := s.groups.get(gid); e != nil {
			return nil, e
		}
		if o.Groups.Has(gid) {
			return nil, errf(one.OneAction, "Group %d is already in VDC %d.", gid, o.ID)
		}
		o.Groups.ID = append(o.Groups.ID, gid)
		return o.ID, nil
	}
	vdc.ops["delgroup"] = func(o *one.VDC, a []any) (any, *oneErr) {
		gid, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		if !o.Groups.Has(gid) {
			return nil, errf(one.OneNoExists, "Group %d is not in VDC %d.", gid, o.ID)
		}
		o.Groups.ID = without(o.Groups.ID, gid)
		return o.ID, nil
	}
	type zr struct{ zone, id int }
	vdcPair := func(a []any) (zr, *oneErr) {
		z, e := argInt(a, 0)
		if e != nil {
			return zr{}, e
		}
		id, e := argInt(a, 1)
		return zr{z, id}, e
	}
	vdcMember := func(get func(*one.VDC) *[]zr, exists func(int) bool) (opFunc[one.VDC], opFunc[one.VDC]) {
		add := func(o *one.VDC, a []any) (any, *oneErr) {
			p, e := vdcPair(a)
			if e != nil {
				return nil, e
			}
			if !exists(p.id) {
				return nil, errf(one.OneNoExists, "Error getting object [%d].", p.id)
			}
			l := get(o)
			*l = append(*l, p)
			return o.ID, nil
		}
		del := func(o *one.VDC, a []any) (any, *oneErr) {
			p, e := vdcPair(a)
			if e != nil {
				return nil, e
			}
			l := get(o)
			for i, x := range *l {
				if x == p {
					*l = append((*l)[:i], (*l)[i+1:]...)
					return o.ID, nil
				}
			}
			return nil, errf(one.OneNoExists, "Object [%d] is not in VDC %d.", p.id, o.ID)
		}
		return add, del
	}
	// The VDC struct keeps typed slices; these adapters map them to zr.
	lists := map[*one.VDC]*[4][]zr{}
	sync := func(o *one.VDC) {
		l := lists[o]
		o.Clusters.Clusters, o.Hosts.Hosts, o.Datastores.Datastores, o.VNets.VNets = nil, nil, nil, nil
		for _, x := range l[0] {
			o.Clusters.Clusters = append(o.Clusters.Clusters, one.VDCCluster{ZoneID: x.zone, ClusterID: x.id})
		}
		for _, x := range l[1] {
			o.Hosts.Hosts = append(o.Hosts.Hosts, one.VDCHost{ZoneID: x.zone, HostID: x.id})
		}
		for _, x := range l[2] {
			o.Datastores.Datastores = append(o.Datastores.Datastores, one.VDCDatastore{ZoneID: x.zone, DatastoreID: x.id})
		}
		for _, x := range l[3] {
			o.VNets.VNets = append(o.VNets.VNets, one.VDCVNet{ZoneID: x.zone, VNetID: x.id})
		}
	}
	for i, m := range []struct {
		name   string
		exists func(int) bool
	}{
		{"cluster", func(id int) bool { _, ok := s.clusters.objs[id]; return ok }},
		{"host", func(id int) bool { _, ok := s.hosts.objs[id]; return ok }},
		{"datastore", func(id int) bool { _, ok := s.datastores.objs[id]; return ok }},
		{"vnet", func(id int) bool { _, ok := s.vnets.objs[id]; return ok }},
	} {
		i := i
		get := func(o *one.VDC) *[]zr {
			if lists[o] == nil {
				lists[o] = &[4][]zr{}
			}
			return &lists[o][i]
		}
		add, del := vdcMember(get, m.exists)
		vdc.ops["add"+m.name] = func(o *one.VDC, a []any) (any, *oneErr) {
			r, e := add(o, a)
			sync(o)
			return r, e
		}
		vdc.ops["del"+m.name] = func(o *one.VDC, a []any) (any, *oneErr) {
			r, e := del(o, a)
			sync(o)
			return r, e
		}
	}
	s.register("one.vdc", vdc, "one.vdcpool.info")

	vg := newKind(s, "VM group", 0, acc[one.VMGroup]{
		id:    func(o *one.VMGroup) *int { return &o.ID },
		name:  func(o *one.VMGroup) *string { return &o.Name },
		tmpl:  func(o *one.VMGroup) **one.Template { return &o.Template },
		perms: func(o *one.VMGroup) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VMGroup) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VMGroup) **one.Lock { return &o.Lock },
	})
	vg.rangeArgs = true
	vg.alloc = func(a []any) (*one.VMGroup, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		roles := t.Vectors("ROLE")
		if len(roles) == 0 {
			return nil, errf(one.OneAllocate, "A VM group needs at least one ROLE.")
		}
		g := &one.VMGroup{Name: must(t.Get("NAME")), Template: t}
		for i, r := range roles {
			name, _ := r.Get("NAME")
			if name == "" {
				return nil, errf(one.OneAllocate, "ROLE %d has no NAME.", i)
			}
			g.Roles = append(g.Roles, one.VMGroupRole{ID: i, Name: name, Policy: getOrV(r, "POLICY", "NONE")})
		}
		return g, nil
	}
	vg.pool = func(objs []*one.VMGroup) any { return one.VMGroupPool{VMGroups: deref(objs)} }
	s.register("one.vmgroup", vg, "one.vmgrouppool.info")

	z := newKind(s, "zone", 0, acc[one.Zone]{
		id:   func(o *one.Zone) *int { return &o.ID },
		name: func(o *one.Zone) *string { return &o.Name },
		tmpl: func(o *one.Zone) **one.Template { return &o.Template },
	})
	s.zones = z
	z.alloc = func(a []any) (*one.Zone, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME", "ENDPOINT"); e != nil {
			return nil, e
		}
		return &one.Zone{Name: must(t.Get("NAME")), Template: t}, nil
	}
	z.update = func(o *one.Zone, t *one.Template, merge bool) {
		updateTemplate(&o.Template, t, merge)
		if _, ok := o.Template.Get("ENDPOINT"); !ok {
			o.Template.Set("ENDPOINT", "")
		}
	}
	z.canDelete = func(o *one.Zone) *oneErr {
		if o.ID == 0 {
			return errf(one.OneAction, "The local zone cannot be deleted.")
		}
		return nil
	}
	z.render = func(o *one.Zone) any {
		c := *o
		c.Template = order(o.Template, []string{"ENDPOINT"}, true)
		return &c
	}
	z.pool = func(objs []*one.Zone) any {
		p := one.ZonePool{}
		for _, o := range objs {
			p.Zones = append(p.Zones, *z.render(o).(*one.Zone))
		}
		return p
	}
	s.register("one.zone", z, "one.zonepool.info")
}

func getOrV(v *one.Vector, key, def string) string {
	if x, ok := v.Get(key); ok && x != "" {
		return x
	}
	return def
}

// acl implements one.acl.addrule, delrule and info.
func (s *Server) acl(method string, args []any) (any, *oneErr) {
	switch method {
	case "one.acl.addrule":
		var parts [3]string
		for i := range parts {
			p, e := argStr(args, i)
			if e != nil {
				return nil, e
			}
			if _, err := strconv.ParseUint(p, 16, 64); err != nil {
				return nil, errf(one.OneAction, "Error parsing rule: %q is not a hexadecimal mask.", p)
			}
			parts[i] = p
		}
		zone := "1000000"
		if len(args) > 3 {
			zone, _ = argStr(args, 3)
		}
		id := s.nextACL
		s.nextACL++
		s.acls[id] = one.ACL{ID: id, User: parts[0], Resource: parts[1], Rights: parts[2], Zone: zone,
			String: fmt.Sprintf("%s %s %s %s", parts[0], parts[1], parts[2], zone)}
		return id, nil
	case "one.acl.delrule":
		id, e := argInt(args, 0)
		if e != nil {
			return nil, e
		}
		if _, ok := s.acls[id]; !ok {
			return nil, errf(one.OneNoExists, "Error getting ACL rule [%d].", id)
		}
		delete(s.acls, id)
		return id, nil
	}
	p := one.ACLPool{}
	for id := 0; id < s.nextACL; id++ {
		if a, ok := s.acls[id]; ok {
			p.ACLs = append(p.ACLs, a)
		}
	}
	return marshal(p)
}

// login implements one.user.login(name, token, ttl, egid).
func (s *Server) login(args []any) (any, *oneErr) {
	name, e := argStr(args, 0)
	if e != nil {
		return nil, e
	}
	token, _ := argStr(args, 1)
	ttl, e := argIntOr(args, 2, 36000)
	if e != nil {
		return nil, e
	}
	egid, e := argIntOr(args, 3, -1)
	if e != nil {
		return nil, e
	}
	for _, u := range s.users.objs {
		if u.Name != name {
			continue
		}
		if token == "" {
			token = hashPassword(fmt.Sprintf("%s-%d-%d", name, s.now(), len(u.LoginTokens)))[:40]
		}
		u.LoginTokens = append(u.LoginTokens, one.LoginToken{Token: token, ExpirationTime: s.now() + int64(ttl), EGID: egid})
		return token, nil
	}
	return nil, errf(one.OneNoExists, "Error getting user %s.", name)
}
