package fakeoned

import (
	"fmt"
	"strconv"
	"strings"

	one "github.com/cloudsdk/gophercloud/opennebula"
)

func (s *Server) register(prefix string, h handler, poolMethods ...string) {
	s.kinds[prefix] = h
	for _, m := range poolMethods {
		s.pools[m] = h
	}
}

func need(t *one.Template, keys ...string) *oneErr {
	for _, k := range keys {
		if v, ok := t.Get(k); !ok || v == "" {
			return errf(one.OneAllocate, "No %s in template.", k)
		}
	}
	return nil
}

func getOr(t *one.Template, key, def string) string {
	if v, ok := t.Get(key); ok {
		return v
	}
	return def
}

func (s *Server) setup() {
	s.kinds, s.pools, s.acls = map[string]handler{}, map[string]handler{}, map[int]one.ACL{}
	s.setupUsersGroups()
	s.setupInfra()
	s.setupVMs()
	s.setupImagesTemplates()
	s.setupNetworks()
	s.setupServices()
	s.register("one.vm", s.vms, "one.vmpool.info", "one.vmpool.infoextended")
	// oned's initial objects.
	s.groups.add(&one.Group{Name: "oneadmin", Users: one.IDs{ID: []int{0}}})
	s.groups.add(&one.Group{Name: "users"})
	s.users.add(&one.User{Name: s.User, Password: hashPassword(s.Password), AuthDriver: "core", Enabled: 1,
		Groups: one.IDs{ID: []int{0}}, GName: "oneadmin"})
	s.clusters.add(&one.Cluster{Name: "default", Datastores: one.IDs{ID: []int{0, 1, 2}}})
	// Types: 0 image, 1 system, 2 files.
	for i, d := range []struct {
		name, dsMad, tmMad string
		typ                int
	}{{"system", "-", "ssh", 1}, {"default", "fs", "ssh", 0}, {"files", "fs", "ssh", 2}} {
		s.datastores.add(&one.Datastore{Name: d.name, DSMad: d.dsMad, TMMad: d.tmMad, Type: d.typ, BasePath: "/var/lib/one/datastores/" + strconv.Itoa(i),
			Clusters: one.IDs{ID: []int{0}}, TotalMB: 102400, FreeMB: 102400, Permissions: one.Permissions{OwnerU: 1, OwnerM: 1, GroupU: 1}})
	}
	s.zones.add(&one.Zone{Name: "OpenNebula", Template: one.NewTemplate().Set("ENDPOINT", "http://localhost:2633/RPC2")})
}

func (s *Server) setupUsersGroups() {
	u := newKind(s, "user", 0, acc[one.User]{
		id:   func(o *one.User) *int { return &o.ID },
		name: func(o *one.User) *string { return &o.Name },
		tmpl: func(o *one.User) **one.Template { return &o.Template },
	})
	s.users = u
	u.alloc = func(a []any) (*one.User, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		pass, e := argStr(a, 1)
		if e != nil {
			return nil, e
		}
		driver, _ := argStr(a, 2)
		if driver == "" {
			driver = "core"
		}
		if name == "" || strings.ContainsAny(name, ": ") {
			return nil, errf(one.OneAllocate, "Invalid NAME %q", name)
		}
		for _, x := range u.objs {
			if x.Name == name {
				return nil, errf(one.OneAllocate, "NAME is already taken by USER %d.", x.ID)
			}
		}
		gid := 1
		if len(a) > 3 {
			if gs, ok := a[3].([]any); ok && len(gs) > 0 {
				if g, ok := gs[0].(int64); ok {
					gid = int(g)
				}
			}
		}
		g, ok := s.groups.objs[gid]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting group [%d].", gid)
		}
		g.Users.ID = append(g.Users.ID, u.nextID)
		return &one.User{Name: name, Password: hashPassword(pass), AuthDriver: driver, Enabled: 1, GID: gid,
			GName: g.Name, Groups: one.IDs{ID: []int{gid}}}, nil
	}
	u.canDelete = func(o *one.User) *oneErr {
		if o.ID == 0 {
			return errf(one.OneAction, "oneadmin cannot be deleted")
		}
		return nil
	}
	u.pool = func(objs []*one.User) any {
		p := one.UserPool{}
		for _, o := range objs {
			p.Users = append(p.Users, one.UserShort{ID: o.ID, GID: o.GID, Groups: o.Groups, GName: o.GName, Name: o.Name,
				Password: o.Password, AuthDriver: o.AuthDriver, Enabled: o.Enabled, LoginTokens: o.LoginTokens, Template: o.Template})
		}
		return p
	}
	u.ops["passwd"] = func(o *one.User, a []any) (any, *oneErr) {
		p, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		o.Password = hashPassword(p)
		return o.ID, nil
	}
	u.ops["chauth"] = func(o *one.User, a []any) (any, *oneErr) {
		d, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		o.AuthDriver = d
		if p, _ := argStr(a, 1); p != "" {
			o.Password = hashPassword(p)
		}
		return o.ID, nil
	}
	groupOp := func(primary, add bool) opFunc[one.User] {
		return func(o *one.User, a []any) (any, *oneErr) {
			gid, e := argInt(a, 0)
			if e != nil {
				return nil, e
			}
			g, ok := s.groups.objs[gid]
			if !ok {
				return nil, errf(one.OneNoExists, "Error getting group [%d].", gid)
			}
			switch {
			case primary:
				o.GID, o.GName = gid, g.Name
				if !o.Groups.Has(gid) {
					o.Groups.ID = append(o.Groups.ID, gid)
				}
			case add:
				if !o.Groups.Has(gid) {
					o.Groups.ID = append(o.Groups.ID, gid)
				}
			default:
				if gid == o.GID {
					return nil, errf(one.OneAction, "Cannot remove the primary group")
				}
				o.Groups.ID = without(o.Groups.ID, gid)
			}
			return o.ID, nil
		}
	}
	u.ops["chgrp"] = groupOp(true, false)
	u.ops["addgroup"] = groupOp(false, true)
	u.ops["delgroup"] = groupOp(false, false)
	u.ops["quota"] = func(o *one.User, a []any) (any, *oneErr) {
		_, e := argTemplate(a, 0)
		return o.ID, e
	}
	s.register("one.user", u, "one.userpool.info")

	g := newKind(s, "group", 0, acc[one.Group]{
		id:   func(o *one.Group) *int { return &o.ID },
		name: func(o *one.Group) *string { return &o.Name },
		tmpl: func(o *one.Group) **one.Template { return &o.Template },
	})
	s.groups = g
	g.alloc = func(a []any) (*one.Group, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		for _, x := range g.objs {
			if x.Name == name {
				return nil, errf(one.OneAllocate, "NAME is already taken by GROUP %d.", x.ID)
			}
		}
		return &one.Group{Name: name}, nil
	}
	g.canDelete = func(o *one.Group) *oneErr {
		if len(o.Users.ID) > 0 {
			return errf(one.OneAction, "Group %d is not empty.", o.ID)
		}
		return nil
	}
	g.pool = func(objs []*one.Group) any {
		p := one.GroupPool{}
		for _, o := range objs {
			p.Groups = append(p.Groups, one.GroupShort{ID: o.ID, Name: o.Name, Template: o.Template, Users: o.Users, Admins: o.Admins})
		}
		return p
	}
	admin := func(add bool) opFunc[one.Group] {
		return func(o *one.Group, a []any) (any, *oneErr) {
			uid, e := argInt(a, 0)
			if e != nil {
				return nil, e
			}
			if _, ok := s.users.objs[uid]; !ok {
				return nil, errf(one.OneNoExists, "Error getting user [%d].", uid)
			}
			if add {
				if !o.Admins.Has(uid) {
					o.Admins.ID = append(o.Admins.ID, uid)
				}
			} else {
				o.Admins.ID = without(o.Admins.ID, uid)
			}
			return o.ID, nil
		}
	}
	g.ops["addadmin"] = admin(true)
	g.ops["deladmin"] = admin(false)
	g.ops["quota"] = func(o *one.Group, a []any) (any, *oneErr) {
		_, e := argTemplate(a, 0)
		return o.ID, e
	}
	s.register("one.group", g, "one.grouppool.info")
}

func without(ids []int, id int) []int {
	out := []int{}
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

func (s *Server) setupInfra() {
	h := newKind(s, "host", 0, acc[one.Host]{
		id:   func(o *one.Host) *int { return &o.ID },
		name: func(o *one.Host) *string { return &o.Name },
		tmpl: func(o *one.Host) **one.Template { return &o.Template },
	})
	s.hosts = h
	h.alloc = func(a []any) (*one.Host, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		im, e := argStr(a, 1)
		if e != nil {
			return nil, e
		}
		vm, e := argStr(a, 2)
		if e != nil {
			return nil, e
		}
		cid, e := argIntOr(a, 3, -1)
		if e != nil {
			return nil, e
		}
		if cid < 0 {
			cid = 0
		}
		c, ok := s.clusters.objs[cid]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting cluster [%d].", cid)
		}
		c.Hosts.ID = append(c.Hosts.ID, h.nextID)
		return &one.Host{Name: name, IMMad: im, VMMad: vm, ClusterID: cid, Cluster: c.Name, State: one.HostMonitored,
			HostShare: one.HostShare{TotalMem: 16 << 20, TotalCPU: 800, MaxMem: 16 << 20, MaxCPU: 800}}, nil
	}
	h.canDelete = func(o *one.Host) *oneErr {
		if len(o.VMs.ID) > 0 {
			return errf(one.OneAction, "Host %d has VMs.", o.ID)
		}
		if c, ok := s.clusters.objs[o.ClusterID]; ok {
			c.Hosts.ID = without(c.Hosts.ID, o.ID)
		}
		return nil
	}
	h.pool = func(objs []*one.Host) any { return one.HostPool{Hosts: deref(objs)} }
	h.ops["status"] = func(o *one.Host, a []any) (any, *oneErr) {
		st, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		next := map[int]one.HostState{0: one.HostMonitored, 1: one.HostDisabled, 2: one.HostOffline}
		n, ok := next[st]
		if !ok {
			return nil, errf(one.OneXMLRPCAPI, "unknown host status %d", st)
		}
		o.PrevState, o.State = o.State, n
		return o.ID, nil
	}
	s.register("one.host", h, "one.hostpool.info")

	d := newKind(s, "datastore", 0, acc[one.Datastore]{
		id:    func(o *one.Datastore) *int { return &o.ID },
		name:  func(o *one.Datastore) *string { return &o.Name },
		tmpl:  func(o *one.Datastore) **one.Template { return &o.Template },
		perms: func(o *one.Datastore) *one.Permissions { return &o.Permissions },
		owner: func(o *one.Datastore) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
	})
	s.datastores = d
	d.alloc = func(a []any) (*one.Datastore, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME", "TM_MAD"); e != nil {
			return nil, e
		}
		cid, e := argIntOr(a, 1, -1)
		if e != nil {
			return nil, e
		}
		if cid < 0 {
			cid = 0
		}
		c, ok := s.clusters.objs[cid]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting cluster [%d].", cid)
		}
		types := map[string]int{"IMAGE_DS": 0, "SYSTEM_DS": 1, "FILE_DS": 2}
		typ := types[getOr(t, "TYPE", "IMAGE_DS")]
		id := d.nextID
		c.Datastores.ID = append(c.Datastores.ID, id)
		name, _ := t.Get("NAME")
		t.Del("NAME")
		return &one.Datastore{Name: name, DSMad: getOr(t, "DS_MAD", "-"), TMMad: getOr(t, "TM_MAD", ""), Type: typ,
			BasePath: fmt.Sprintf("/var/lib/one/datastores/%d", id), Clusters: one.IDs{ID: []int{cid}},
			TotalMB: 102400, FreeMB: 102400, Template: t}, nil
	}
	d.canDelete = func(o *one.Datastore) *oneErr {
		if len(o.Images.ID) > 0 {
			return errf(one.OneAction, "Datastore %d is not empty.", o.ID)
		}
		return nil
	}
	d.pool = func(objs []*one.Datastore) any { return one.DatastorePool{Datastores: deref(objs)} }
	d.ops["enable"] = func(o *one.Datastore, a []any) (any, *oneErr) {
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
	s.register("one.datastore", d, "one.datastorepool.info")

	c := newKind(s, "cluster", 0, acc[one.Cluster]{
		id:   func(o *one.Cluster) *int { return &o.ID },
		name: func(o *one.Cluster) *string { return &o.Name },
		tmpl: func(o *one.Cluster) **one.Template { return &o.Template },
	})
	s.clusters = c
	c.alloc = func(a []any) (*one.Cluster, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		if name == "" {
			return nil, errf(one.OneAllocate, "Invalid NAME")
		}
		return &one.Cluster{Name: name}, nil
	}
	c.canDelete = func(o *one.Cluster) *oneErr {
		if len(o.Hosts.ID)+len(o.Datastores.ID)+len(o.VNets.ID) > 0 {
			return errf(one.OneAction, "Cluster %d is not empty.", o.ID)
		}
		return nil
	}
	c.pool = func(objs []*one.Cluster) any { return one.ClusterPool{Clusters: deref(objs)} }
	member := func(list func(*one.Cluster) *one.IDs, exists func(int) bool, add bool) opFunc[one.Cluster] {
		return func(o *one.Cluster, a []any) (any, *oneErr) {
			id, e := argInt(a, 0)
			if e != nil {
				return nil, e
			}
			if !exists(id) {
				return nil, errf(one.OneNoExists, "Error getting object [%d].", id)
			}
			l := list(o)
			if add {
				if !l.Has(id) {
					l.ID = append(l.ID, id)
				}
			} else {
				l.ID = without(l.ID, id)
			}
			return o.ID, nil
		}
	}
	hostsOf := func(o *one.Cluster) *one.IDs { return &o.Hosts }
	dsOf := func(o *one.Cluster) *one.IDs { return &o.Datastores }
	vnOf := func(o *one.Cluster) *one.IDs { return &o.VNets }
	hostExists := func(id int) bool { _, ok := s.hosts.objs[id]; return ok }
	dsExists := func(id int) bool { _, ok := s.datastores.objs[id]; return ok }
	vnExists := func(id int) bool { _, ok := s.vnets.objs[id]; return ok }
	c.ops["addhost"] = func(o *one.Cluster, a []any) (any, *oneErr) {
		id, e := argInt(a, 0)
		if e != nil {
			return nil, e
		}
		hst, ok := s.hosts.objs[id]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting host [%d].", id)
		}
		if old, ok := c.objs[hst.ClusterID]; ok {
			old.Hosts.ID = without(old.Hosts.ID, id)
		}
		hst.ClusterID, hst.Cluster = o.ID, o.Name
		if !o.Hosts.Has(id) {
			o.Hosts.ID = append(o.Hosts.ID, id)
		}
		return o.ID, nil
	}
	c.ops["delhost"] = member(hostsOf, hostExists, false)
	c.ops["adddatastore"] = member(dsOf, dsExists, true)
	c.ops["deldatastore"] = member(dsOf, dsExists, false)
	c.ops["addvnet"] = member(vnOf, vnExists, true)
	c.ops["delvnet"] = member(vnOf, vnExists, false)
	s.register("one.cluster", c, "one.clusterpool.info")
}

func deref[T any](objs []*T) []T {
	out := make([]T, len(objs))
	for i, o := range objs {
		out[i] = *o
	}
	return out
}

var imageTypes = map[string]int{"OS": 0, "CDROM": 1, "DATABLOCK": 2, "KERNEL": 3, "RAMDISK": 4, "CONTEXT": 5}

func (s *Server) newImage(name string, dsID int) *one.Image {
	img := &one.Image{Name: name, State: one.ImageReady, RegTime: s.now(), ModTime: s.now(), DatastoreID: dsID,
		Snapshots: one.ImageSnapshots{AllowOrphans: "NO", CurrentBase: -1, NextSnapshot: "0"}, CloningID: -1, TargetSnapshot: -1}
	if ds, ok := s.datastores.objs[dsID]; ok {
		img.Datastore = ds.Name
		ds.Images.ID = append(ds.Images.ID, s.images.nextID)
	}
	img.Source = fmt.Sprintf("/var/lib/one/datastores/%d/%d", dsID, s.images.nextID)
	return img
}

func (s *Server) setupImagesTemplates() {
	im := newKind(s, "image", 0, acc[one.Image]{
		id:    func(o *one.Image) *int { return &o.ID },
		name:  func(o *one.Image) *string { return &o.Name },
		tmpl:  func(o *one.Image) **one.Template { return &o.Template },
		perms: func(o *one.Image) *one.Permissions { return &o.Permissions },
		owner: func(o *one.Image) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.Image) **one.Lock { return &o.Lock },
	})
	s.images = im
	im.rangeArgs = true
	im.alloc = func(a []any) (*one.Image, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		dsID, e := argInt(a, 1)
		if e != nil {
			return nil, e
		}
		ds, ok := s.datastores.objs[dsID]
		if !ok {
			return nil, errf(one.OneNoExists, "Error getting datastore [%d].", dsID)
		}
		if ds.Type != 0 {
			return nil, errf(one.OneAllocate, "Datastore %d is not an image datastore.", dsID)
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		for _, x := range im.objs {
			if x.Name == must(t.Get("NAME")) {
				return nil, errf(one.OneAllocate, "NAME is already taken by IMAGE %d.", x.ID)
			}
		}
		img := s.newImage(must(t.Get("NAME")), dsID)
		img.Type = imageTypes[strings.ToUpper(getOr(t, "TYPE", "OS"))]
		img.Path = getOr(t, "PATH", "")
		img.Format = getOr(t, "FORMAT", "raw")
		img.FS = getOr(t, "FS", "")
		img.Size, _ = strconv.ParseInt(getOr(t, "SIZE", "0"), 10, 64)
		if p := strings.ToUpper(getOr(t, "PERSISTENT", "NO")); p == "YES" || p == "1" {
			img.Persistent = 1
		}
		t.Del("NAME")
		img.Template = t
		return img, nil
	}
	im.canDelete = func(o *one.Image) *oneErr {
		if o.RunningVMs > 0 {
			return errf(one.OneAction, "Image %d is in use.", o.ID)
		}
		if ds, ok := s.datastores.objs[o.DatastoreID]; ok {
			ds.Images.ID = without(ds.Images.ID, o.ID)
		}
		return nil
	}
	im.pool = func(objs []*one.Image) any { return one.ImagePool{Images: deref(objs)} }
	im.ops["clone"] = func(o *one.Image, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		ds, e := argIntOr(a, 1, -1)
		if e != nil {
			return nil, e
		}
		if ds < 0 {
			ds = o.DatastoreID
		}
		c := s.newImage(name, ds)
		c.Type, c.Size, c.Format, c.Template = o.Type, o.Size, o.Format, o.Template.Clone()
		o.Clones.ID = append(o.Clones.ID, im.nextID)
		return im.add(c), nil
	}
	im.ops["enable"] = func(o *one.Image, a []any) (any, *oneErr) {
		en, e := argBool(a, 0, true)
		if e != nil {
			return nil, e
		}
		if o.State != one.ImageReady && o.State != one.ImageDisabled && o.State != one.ImageError {
			return nil, errf(one.OneAction, "Image %d cannot be enabled or disabled in its state.", o.ID)
		}
		o.PrevState = o.State
		o.State = one.ImageReady
		if !en {
			o.State = one.ImageDisabled
		}
		return o.ID, nil
	}
	im.ops["persistent"] = func(o *one.Image, a []any) (any, *oneErr) {
		p, e := argBool(a, 0, true)
		if e != nil {
			return nil, e
		}
		o.Persistent = 0
		if p {
			o.Persistent = 1
		}
		return o.ID, nil
	}
	im.ops["chtype"] = func(o *one.Image, a []any) (any, *oneErr) {
		ts, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		t, ok := imageTypes[strings.ToUpper(ts)]
		if !ok {
			return nil, errf(one.OneAction, "Unknown image type %q.", ts)
		}
		o.Type = t
		return o.ID, nil
	}
	for _, op := range []string{"snapshotdelete", "snapshotrevert", "snapshotflatten"} {
		op := op
		im.ops[op] = func(o *one.Image, a []any) (any, *oneErr) {
			id, e := argInt(a, 0)
			if e != nil {
				return nil, e
			}
			for i, sn := range o.Snapshots.Snapshots {
				if sn.ID == id {
					if op == "snapshotdelete" {
						o.Snapshots.Snapshots = append(o.Snapshots.Snapshots[:i], o.Snapshots.Snapshots[i+1:]...)
					} else {
						o.Snapshots.CurrentBase = id
					}
					return o.ID, nil
				}
			}
			return nil, errf(one.OneNoExists, "Image %d has no snapshot %d.", o.ID, id)
		}
	}
	s.register("one.image", im, "one.imagepool.info")

	tp := newKind(s, "template", 0, acc[one.VMTemplate]{
		id:    func(o *one.VMTemplate) *int { return &o.ID },
		name:  func(o *one.VMTemplate) *string { return &o.Name },
		tmpl:  func(o *one.VMTemplate) **one.Template { return &o.Template },
		perms: func(o *one.VMTemplate) *one.Permissions { return &o.Permissions },
		owner: func(o *one.VMTemplate) (*int, *int, *string, *string) { return &o.UID, &o.GID, &o.UName, &o.GName },
		lock:  func(o *one.VMTemplate) **one.Lock { return &o.Lock },
	})
	s.templates = tp
	tp.rangeArgs = true
	tp.alloc = func(a []any) (*one.VMTemplate, *oneErr) {
		t, e := argTemplate(a, 0)
		if e != nil {
			return nil, e
		}
		if e := need(t, "NAME"); e != nil {
			return nil, e
		}
		name := must(t.Get("NAME"))
		return &one.VMTemplate{Name: name, RegTime: s.now(), Template: t}, nil
	}
	tp.pool = func(objs []*one.VMTemplate) any { return one.VMTemplatePool{Templates: deref(objs)} }
	tp.ops["instantiate"] = func(o *one.VMTemplate, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		hold, e := argBool(a, 1, false)
		if e != nil {
			return nil, e
		}
		t := o.Template.Clone()
		if extra, _ := argStr(a, 2); extra != "" {
			x, e := argTemplate(a, 2)
			if e != nil {
				return nil, e
			}
			t.Merge(x)
		}
		t.Del("NAME")
		if name != "" {
			t.Set("NAME", name)
		}
		t.Set("TEMPLATE_ID", strconv.Itoa(o.ID))
		vm := s.newVM(t, hold)
		vm.UID, vm.GID, vm.UName, vm.GName = o.UID, o.GID, o.UName, o.GName
		return s.vms.add(vm), nil
	}
	tp.ops["clone"] = func(o *one.VMTemplate, a []any) (any, *oneErr) {
		name, e := argStr(a, 0)
		if e != nil {
			return nil, e
		}
		t := o.Template.Clone().Set("NAME", name)
		return tp.add(&one.VMTemplate{Name: name, RegTime: s.now(), Template: t}), nil
	}
	s.register("one.template", tp, "one.templatepool.info")
}
