package opennebula_test

import (
	"context"
	"testing"

	one "github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVMLifecycle(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx := context.Background()
	ctrl := one.NewController(s.Client())
	host, err := ctrl.Hosts().Create(ctx, "node1", "kvm", "kvm", -1)
	require.NoError(t, err)
	tpl := one.NewTemplate().Set("NAME", "web").Set("CPU", "1").Set("MEMORY", "512")
	tpl.AddVector("DISK", one.Pair{Key: "IMAGE_ID", Value: "0"})
	id, err := ctrl.VMs().Create(ctx, tpl, true)
	require.NoError(t, err)
	vm := ctrl.VM(id)
	state := func(want one.VMState) {
		t.Helper()
		info, err := vm.Info(ctx, false)
		require.NoError(t, err)
		assert.Equal(t, want, info.State, info.StateString())
	}
	state(one.VMHold)
	require.NoError(t, vm.Release(ctx))
	state(one.VMPending)
	require.NoError(t, vm.Hold(ctx))
	require.NoError(t, vm.Deploy(ctx, host, false, -1))
	state(one.VMActive)
	steps := []struct {
		name string
		do   func(context.Context) error
		want one.VMState
	}{
		{"reboot", vm.Reboot, one.VMActive},
		{"reboot-hard", vm.RebootHard, one.VMActive},
		{"resched", vm.Resched, one.VMActive},
		{"unresched", vm.Unresched, one.VMActive},
		{"poweroff", vm.Poweroff, one.VMPoweroff},
		{"resume", vm.Resume, one.VMActive},
		{"poweroff-hard", vm.PoweroffHard, one.VMPoweroff},
		{"resume", vm.Resume, one.VMActive},
		{"suspend", vm.Suspend, one.VMSuspended},
		{"resume", vm.Resume, one.VMActive},
		{"stop", vm.Stop, one.VMStopped},
		{"resume", vm.Resume, one.VMPending},
		{"hold", vm.Hold, one.VMHold},
		{"release", vm.Release, one.VMPending},
	}
	for _, st := range steps {
		require.NoError(t, st.do(ctx), st.name)
		state(st.want)
	}
	require.ErrorIs(t, vm.Poweroff(ctx), one.ErrAction, "poweroff while pending")
	require.NoError(t, vm.Deploy(ctx, host, false, -1))

	require.NoError(t, vm.DiskAttach(ctx, one.RawTemplate(`DISK=[IMAGE_ID="1"]`)))
	require.NoError(t, vm.DiskResize(ctx, 1, 4096))
	require.NoError(t, vm.NICAttach(ctx, one.RawTemplate(`NIC=[NETWORK_ID="0"]`)))
	info, err := vm.Info(ctx, false)
	require.NoError(t, err)
	require.Len(t, info.Template.Vectors("DISK"), 2)
	size, _ := info.Template.Vectors("DISK")[1].Get("SIZE")
	assert.Equal(t, "4096", size)
	require.NoError(t, vm.DiskDetach(ctx, 1))
	require.NoError(t, vm.NICDetach(ctx, 0))
	assert.ErrorIs(t, vm.NICDetach(ctx, 0), one.ErrNoExists)

	snap, err := vm.SnapshotCreate(ctx, "before")
	require.NoError(t, err)
	require.NoError(t, vm.SnapshotRevert(ctx, snap))
	require.NoError(t, vm.SnapshotDelete(ctx, snap))
	assert.ErrorIs(t, vm.SnapshotDelete(ctx, snap), one.ErrNoExists)
	ds, err := vm.DiskSnapshotCreate(ctx, 0, "d")
	require.NoError(t, err)
	require.NoError(t, vm.DiskSnapshotRename(ctx, 0, ds, "d2"))
	require.NoError(t, vm.DiskSnapshotRevert(ctx, 0, ds))
	info, err = vm.Info(ctx, false)
	require.NoError(t, err)
	require.Len(t, info.Snapshots, 1)
	assert.Equal(t, "d2", info.Snapshots[0].Snapshots[0].Name)
	require.NoError(t, vm.DiskSnapshotDelete(ctx, 0, ds))
	img, err := vm.DiskSaveAs(ctx, 0, "saved", "", -1)
	require.NoError(t, err)
	_, err = ctrl.Image(img).Info(ctx, false)
	require.NoError(t, err)

	require.NoError(t, vm.Resize(ctx, one.RawTemplate("CPU=2\nMEMORY=1024"), false))
	require.NoError(t, vm.UpdateConf(ctx, one.RawTemplate(`GRAPHICS=[TYPE="VNC"]`), one.UpdateMerge))
	host2, err := ctrl.Hosts().Create(ctx, "node2", "kvm", "kvm", -1)
	require.NoError(t, err)
	require.NoError(t, vm.Migrate(ctx, host2, true, false, -1, 0))
	require.NoError(t, vm.Update(ctx, one.RawTemplate(`LABEL="x"`), one.UpdateMerge))
	require.NoError(t, vm.Rename(ctx, "web-renamed"))
	require.NoError(t, vm.Chmod(ctx, one.Permissions{OwnerU: 1, OwnerM: 1, OwnerA: 0, GroupU: 1, GroupM: -1, GroupA: -1, OtherU: -1, OtherM: -1, OtherA: -1}))
	require.NoError(t, vm.Chown(ctx, -1, 1))
	info, err = vm.Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, "web-renamed", info.Name)
	assert.Equal(t, 1, info.GID)
	assert.Equal(t, 1, info.Permissions.GroupU)
	assert.Len(t, info.HistoryRecords.History, 3, "deploy, deploy after stop, migrate")
	assert.Equal(t, "node2", info.HistoryRecords.History[2].Hostname)
	label, _ := info.UserTemplate.Get("LABEL")
	assert.Equal(t, "x", label)
	cpu, _ := info.Template.Get("CPU")
	assert.Equal(t, "2", cpu)

	h, err := ctrl.Host(host2).Info(ctx, false)
	require.NoError(t, err)
	assert.True(t, h.VMs.Has(id))

	require.NoError(t, vm.Lock(ctx, one.LockUse))
	assert.ErrorIs(t, vm.Poweroff(ctx), one.ErrLocked)
	require.NoError(t, vm.Unlock(ctx))

	pool, err := ctrl.VMs().Info(ctx, one.Owner(one.WhoAll))
	require.NoError(t, err)
	require.Len(t, pool.VMs, 1)
	ext, err := ctrl.VMs().InfoExtended(ctx)
	require.NoError(t, err)
	require.Len(t, ext.VMs, 1)
	require.NoError(t, vm.Undeploy(ctx))
	state(one.VMUndeployed)
	require.NoError(t, vm.Terminate(ctx))
	state(one.VMDone)
	pool, err = ctrl.VMs().Info(ctx)
	require.NoError(t, err)
	assert.Empty(t, pool.VMs, "DONE VMs are not listed by default")
	pool, err = ctrl.VMs().Info(ctx, one.InState(one.VMAnyState))
	require.NoError(t, err)
	assert.Len(t, pool.VMs, 1)
	id2, err := ctrl.VMs().Create(ctx, one.RawTemplate(`NAME="b"`), false)
	require.NoError(t, err)
	require.NoError(t, ctrl.VM(id2).TerminateHard(ctx))
	require.NoError(t, ctrl.VM(id2).Recover(ctx, one.RecoverDelete))
}

// common is the shared behaviour every object controller embeds.
type common interface {
	Delete(context.Context) error
	Update(context.Context, one.TemplateString, one.UpdateType) error
}

func TestResourceLifecycles(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx := context.Background()
	ctrl := one.NewController(s.Client())
	type res struct {
		name   string
		create func() (int, error)
		obj    func(id int) common
		info   func(id int) (string, error) // returns the name
		count  func() (int, error)
	}
	tests := []res{
		{"image", func() (int, error) { return ctrl.Images().Create(ctx, one.RawTemplate(`NAME="img"`), 1) },
			func(id int) common { return ctrl.Image(id) },
			func(id int) (string, error) {
				o, err := ctrl.Image(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Images().Info(ctx)
				return count(p, err, func() int { return len(p.Images) })
			}},
		{"vnet", func() (int, error) { return ctrl.VirtualNetworks().Create(ctx, one.RawTemplate(`NAME="n"`), -1) },
			func(id int) common { return ctrl.VirtualNetwork(id) },
			func(id int) (string, error) {
				o, err := ctrl.VirtualNetwork(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.VirtualNetworks().Info(ctx)
				return count(p, err, func() int { return len(p.VNets) })
			}},
		{"user", func() (int, error) { return ctrl.Users().Create(ctx, "bob", "pw", "", nil) },
			func(id int) common { return ctrl.User(id) },
			func(id int) (string, error) {
				o, err := ctrl.User(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Users().Info(ctx)
				return count(p, err, func() int { return len(p.Users) })
			}},
		{"group", func() (int, error) { return ctrl.Groups().Create(ctx, "g") },
			func(id int) common { return ctrl.Group(id) },
			func(id int) (string, error) {
				o, err := ctrl.Group(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Groups().Info(ctx)
				return count(p, err, func() int { return len(p.Groups) })
			}},
		{"host", func() (int, error) { return ctrl.Hosts().Create(ctx, "h", "kvm", "kvm", -1) },
			func(id int) common { return ctrl.Host(id) },
			func(id int) (string, error) {
				o, err := ctrl.Host(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Hosts().Info(ctx)
				return count(p, err, func() int { return len(p.Hosts) })
			}},
		{"datastore", func() (int, error) {
			return ctrl.Datastores().Create(ctx, one.RawTemplate("NAME=d\nTM_MAD=ssh"), -1)
		},
			func(id int) common { return ctrl.Datastore(id) },
			func(id int) (string, error) {
				o, err := ctrl.Datastore(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Datastores().Info(ctx)
				return count(p, err, func() int { return len(p.Datastores) })
			}},
		{"cluster", func() (int, error) { return ctrl.Clusters().Create(ctx, "c") },
			func(id int) common { return ctrl.Cluster(id) },
			func(id int) (string, error) {
				o, err := ctrl.Cluster(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Clusters().Info(ctx)
				return count(p, err, func() int { return len(p.Clusters) })
			}},
		{"document", func() (int, error) { return ctrl.Documents(7).Create(ctx, one.RawTemplate(`NAME="doc"`)) },
			func(id int) common { return ctrl.Document(id) },
			func(id int) (string, error) {
				o, err := ctrl.Document(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Documents(7).Info(ctx)
				return count(p, err, func() int { return len(p.Documents) })
			}},
		{"hook", func() (int, error) {
			return ctrl.Hooks().Create(ctx, one.RawTemplate("NAME=h\nTYPE=api\nCOMMAND=/bin/true"))
		},
			func(id int) common { return ctrl.Hook(id) },
			func(id int) (string, error) {
				o, err := ctrl.Hook(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Hooks().Info(ctx)
				return count(p, err, func() int { return len(p.Hooks) })
			}},
		{"marketplace", func() (int, error) {
			return ctrl.MarketPlaces().Create(ctx, one.RawTemplate("NAME=m\nMARKET_MAD=http"))
		},
			func(id int) common { return ctrl.MarketPlace(id) },
			func(id int) (string, error) {
				o, err := ctrl.MarketPlace(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.MarketPlaces().Info(ctx)
				return count(p, err, func() int { return len(p.MarketPlaces) })
			}},
		{"security group", func() (int, error) { return ctrl.SecurityGroups().Create(ctx, one.RawTemplate(`NAME="sg"`)) },
			func(id int) common { return ctrl.SecurityGroup(id) },
			func(id int) (string, error) {
				o, err := ctrl.SecurityGroup(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.SecurityGroups().Info(ctx)
				return count(p, err, func() int { return len(p.SecurityGroups) })
			}},
		{"vdc", func() (int, error) { return ctrl.VDCs().Create(ctx, one.RawTemplate(`NAME="v"`)) },
			func(id int) common { return ctrl.VDC(id) },
			func(id int) (string, error) {
				o, err := ctrl.VDC(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.VDCs().Info(ctx)
				return count(p, err, func() int { return len(p.VDCs) })
			}},
		{"vrouter", func() (int, error) { return ctrl.VirtualRouters().Create(ctx, one.RawTemplate(`NAME="r"`)) },
			func(id int) common { return ctrl.VirtualRouter(id) },
			func(id int) (string, error) {
				o, err := ctrl.VirtualRouter(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.VirtualRouters().Info(ctx)
				return count(p, err, func() int { return len(p.VRouters) })
			}},
		{"vm group", func() (int, error) { return ctrl.VMGroups().Create(ctx, one.RawTemplate("NAME=g\nROLE=[NAME=a]")) },
			func(id int) common { return ctrl.VMGroup(id) },
			func(id int) (string, error) {
				o, err := ctrl.VMGroup(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.VMGroups().Info(ctx)
				return count(p, err, func() int { return len(p.VMGroups) })
			}},
		{"vn template", func() (int, error) { return ctrl.VNTemplates().Create(ctx, one.RawTemplate(`NAME="t"`)) },
			func(id int) common { return ctrl.VNTemplate(id) },
			func(id int) (string, error) {
				o, err := ctrl.VNTemplate(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.VNTemplates().Info(ctx)
				return count(p, err, func() int { return len(p.VNTemplates) })
			}},
		{"zone", func() (int, error) { return ctrl.Zones().Create(ctx, one.RawTemplate("NAME=z\nENDPOINT=http://z")) },
			func(id int) common { return ctrl.Zone(id) },
			func(id int) (string, error) {
				o, err := ctrl.Zone(id).Info(ctx, false)
				return name(o, err, func() string { return o.Name })
			},
			func() (int, error) {
				p, err := ctrl.Zones().Info(ctx)
				return count(p, err, func() int { return len(p.Zones) })
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, err := tt.count()
			require.NoError(t, err)
			id, err := tt.create()
			require.NoError(t, err)
			_, err = tt.info(id)
			require.NoError(t, err)
			after, err := tt.count()
			require.NoError(t, err)
			assert.Equal(t, before+1, after)
			o := tt.obj(id)
			require.NoError(t, o.Update(ctx, one.RawTemplate(`NOTE="n"`), one.UpdateMerge))
			if r, ok := o.(interface {
				Rename(context.Context, string) error
			}); ok {
				require.NoError(t, r.Rename(ctx, "renamed"))
				n, err := tt.info(id)
				require.NoError(t, err)
				assert.Equal(t, "renamed", n)
			}
			if c, ok := o.(interface {
				Chown(context.Context, int, int) error
			}); ok {
				require.NoError(t, c.Chown(ctx, 0, 1))
			}
			if l, ok := o.(interface {
				Lock(context.Context, one.LockLevel) error
				Unlock(context.Context) error
			}); ok {
				require.NoError(t, l.Lock(ctx, one.LockAll))
				assert.ErrorIs(t, o.Delete(ctx), one.ErrLocked)
				require.NoError(t, l.Unlock(ctx))
			}
			require.NoError(t, o.Delete(ctx))
			_, err = tt.info(id)
			assert.ErrorIs(t, err, one.ErrNoExists)
			assert.ErrorIs(t, o.Delete(ctx), one.ErrNoExists)
		})
	}
}

func name[T any](o *T, err error, f func() string) (string, error) {
	if err != nil {
		return "", err
	}
	return f(), nil
}

func count[T any](p *T, err error, f func() int) (int, error) {
	if err != nil {
		return 0, err
	}
	return f(), nil
}

func TestSpecificCalls(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx := context.Background()
	ctrl := one.NewController(s.Client())

	img, err := ctrl.Images().Create(ctx, one.RawTemplate(`NAME="base"`), 1)
	require.NoError(t, err)
	clone, err := ctrl.Image(img).Clone(ctx, "copy", -1)
	require.NoError(t, err)
	require.NoError(t, ctrl.Image(clone).Enable(ctx, false))
	require.NoError(t, ctrl.Image(clone).Persistent(ctx, true))
	require.NoError(t, ctrl.Image(clone).Chtype(ctx, "DATABLOCK"))
	ci, err := ctrl.Image(clone).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, one.ImageDisabled, ci.State)
	assert.Equal(t, 1, ci.Persistent)
	assert.Equal(t, 2, ci.Type)
	assert.ErrorIs(t, ctrl.Image(clone).Chtype(ctx, "NOPE"), one.ErrAction)

	tid, err := ctrl.Templates().Create(ctx, one.RawTemplate("NAME=t\nCPU=1"))
	require.NoError(t, err)
	t2, err := ctrl.Template(tid).Clone(ctx, "t2", false)
	require.NoError(t, err)
	vmid, err := ctrl.Template(t2).Instantiate(ctx, "from-t2", false, one.RawTemplate("MEMORY=64"), false)
	require.NoError(t, err)
	vm, err := ctrl.VM(vmid).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, "from-t2", vm.Name)
	mem, _ := vm.Template.Get("MEMORY")
	assert.Equal(t, "64", mem)
	require.NoError(t, ctrl.Template(t2).Delete(ctx, false))

	vn, err := ctrl.VirtualNetworks().Create(ctx, one.RawTemplate(`NAME="n"`), -1)
	require.NoError(t, err)
	vnc := ctrl.VirtualNetwork(vn)
	require.NoError(t, vnc.AddAR(ctx, one.RawTemplate(`AR=[TYPE="IP4", IP="10.0.0.1", SIZE="8"]`)))
	require.NoError(t, vnc.UpdateAR(ctx, one.RawTemplate(`AR=[AR_ID="0", SIZE="16"]`)))
	require.NoError(t, vnc.Hold(ctx, one.RawTemplate(`LEASES=[IP="10.0.0.2"]`)))
	assert.ErrorIs(t, vnc.RmAR(ctx, 0), one.ErrAction)
	assert.ErrorIs(t, vnc.Delete(ctx), one.ErrAction)
	require.NoError(t, vnc.Release(ctx, one.RawTemplate(`LEASES=[IP="10.0.0.2"]`)))
	res, err := vnc.Reserve(ctx, one.RawTemplate("SIZE=2\nNAME=r"))
	require.NoError(t, err)
	rn, err := ctrl.VirtualNetwork(res).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, "r", rn.Name)
	ni, err := vnc.Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, 16, ni.ARPool.ARs[0].Size)
	require.NoError(t, vnc.RmAR(ctx, 0))

	uid, err := ctrl.Users().Create(ctx, "carol", "pw1", "", nil)
	require.NoError(t, err)
	_, err = ctrl.Users().Create(ctx, "carol", "pw1", "", nil)
	assert.ErrorIs(t, err, one.ErrAllocate)
	uc := ctrl.User(uid)
	require.NoError(t, uc.Passwd(ctx, "pw2"))
	carol, err := one.NewClient(one.Config{Endpoint: s.Endpoint(), User: "carol", Password: "pw2"})
	require.NoError(t, err)
	_, err = one.NewController(carol).VMs().Info(ctx)
	require.NoError(t, err, "the new password works")
	tok, err := ctrl.Users().Login(ctx, "carol", "", 60, -1)
	require.NoError(t, err)
	withToken, err := one.NewClient(one.Config{Endpoint: s.Endpoint(), User: "carol", Password: tok})
	require.NoError(t, err)
	_, err = one.NewController(withToken).Zones().Info(ctx)
	require.NoError(t, err, "the login token works")
	gid, err := ctrl.Groups().Create(ctx, "team")
	require.NoError(t, err)
	require.NoError(t, uc.AddGroup(ctx, gid))
	require.NoError(t, uc.Chgrp(ctx, gid))
	require.NoError(t, uc.DelGroup(ctx, 1))
	require.NoError(t, uc.Chauth(ctx, "ldap", ""))
	require.NoError(t, uc.Quota(ctx, one.RawTemplate(`VM=[VMS="3"]`)))
	u, err := uc.Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, gid, u.GID)
	assert.Equal(t, []int{gid}, u.Groups.ID)
	assert.Equal(t, "ldap", u.AuthDriver)
	require.NoError(t, ctrl.Group(gid).AddAdmin(ctx, uid))
	require.NoError(t, ctrl.Group(gid).DelAdmin(ctx, uid))
	require.NoError(t, ctrl.Group(gid).Quota(ctx, one.RawTemplate(`VM=[VMS="3"]`)))

	cid, err := ctrl.Clusters().Create(ctx, "c2")
	require.NoError(t, err)
	hid, err := ctrl.Hosts().Create(ctx, "h", "kvm", "kvm", -1)
	require.NoError(t, err)
	cc := ctrl.Cluster(cid)
	require.NoError(t, cc.AddHost(ctx, hid))
	require.NoError(t, cc.AddDatastore(ctx, 1))
	require.NoError(t, cc.AddVNet(ctx, vn))
	cl, err := cc.Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, []int{hid}, cl.Hosts.ID)
	assert.ErrorIs(t, cc.Delete(ctx), one.ErrAction)
	require.NoError(t, cc.DelHost(ctx, hid))
	require.NoError(t, cc.DelDatastore(ctx, 1))
	require.NoError(t, cc.DelVNet(ctx, vn))
	require.NoError(t, ctrl.Host(hid).Status(ctx, one.HostStatusDisabled))
	h, err := ctrl.Host(hid).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, one.HostDisabled, h.State)
	require.NoError(t, ctrl.Datastore(1).Enable(ctx, false))

	acl, err := ctrl.ACLs().CreateRule(ctx, "100000001", "2200000000", "3", "")
	require.NoError(t, err)
	_, err = ctrl.ACLs().CreateRule(ctx, "zz", "1", "1", "")
	assert.ErrorIs(t, err, one.ErrAction)
	acls, err := ctrl.ACLs().Info(ctx)
	require.NoError(t, err)
	require.Len(t, acls.ACLs, 1)
	require.NoError(t, ctrl.ACLs().DeleteRule(ctx, acl))
	assert.ErrorIs(t, ctrl.ACLs().DeleteRule(ctx, acl), one.ErrNoExists)

	st, err := ctrl.ServiceTemplates().Create(ctx, one.RawTemplate(`NAME="app"
BODY="{\"roles\":[]}"`))
	require.NoError(t, err)
	svc, err := ctrl.ServiceTemplate(st).Instantiate(ctx, "")
	require.NoError(t, err)
	services, err := ctrl.Services().Info(ctx)
	require.NoError(t, err)
	require.Len(t, services.Documents, 1)
	assert.Equal(t, svc, services.Documents[0].ID)
	body, _ := services.Documents[0].Template.Get("BODY")
	assert.Equal(t, `{"roles":[]}`, body)
	require.NoError(t, ctrl.Service(svc).Delete(ctx))
	dc, err := ctrl.Document(st).Clone(ctx, "app2")
	require.NoError(t, err)
	assert.NotEqual(t, st, dc)

	sg, err := ctrl.SecurityGroups().Create(ctx, one.RawTemplate(`NAME="sg"`))
	require.NoError(t, err)
	_, err = ctrl.SecurityGroup(sg).Clone(ctx, "sg2")
	require.NoError(t, err)
	require.NoError(t, ctrl.SecurityGroup(sg).Commit(ctx, false))

	m, err := ctrl.MarketPlaces().Create(ctx, one.RawTemplate("NAME=m\nMARKET_MAD=http"))
	require.NoError(t, err)
	app, err := ctrl.MarketPlaceApps().Create(ctx, one.RawTemplate("NAME=a"), m)
	require.NoError(t, err)
	require.NoError(t, ctrl.MarketPlaceApp(app).Enable(ctx, false))
	assert.ErrorIs(t, ctrl.MarketPlace(m).Delete(ctx), one.ErrAction)
	require.NoError(t, ctrl.MarketPlace(m).Enable(ctx, false))

	vdc, err := ctrl.VDCs().Create(ctx, one.RawTemplate(`NAME="v"`))
	require.NoError(t, err)
	vc := ctrl.VDC(vdc)
	require.NoError(t, vc.AddGroup(ctx, gid))
	assert.ErrorIs(t, vc.AddGroup(ctx, gid), one.ErrAction)
	require.NoError(t, vc.AddCluster(ctx, 0, cid))
	require.NoError(t, vc.AddHost(ctx, 0, hid))
	require.NoError(t, vc.AddDatastore(ctx, 0, 1))
	require.NoError(t, vc.AddVNet(ctx, 0, vn))
	v, err := vc.Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, cid, v.Clusters.Clusters[0].ClusterID)
	require.NoError(t, vc.DelCluster(ctx, 0, cid))
	require.NoError(t, vc.DelHost(ctx, 0, hid))
	require.NoError(t, vc.DelDatastore(ctx, 0, 1))
	require.NoError(t, vc.DelVNet(ctx, 0, vn))
	require.NoError(t, vc.DelGroup(ctx, gid))

	vr, err := ctrl.VirtualRouters().Create(ctx, one.RawTemplate(`NAME="vr"`))
	require.NoError(t, err)
	first, err := ctrl.VirtualRouter(vr).Instantiate(ctx, 2, tid, "vr-%i", false, nil)
	require.NoError(t, err)
	vrvm, err := ctrl.VM(first).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, "vr-0", vrvm.Name)
	require.NoError(t, ctrl.VirtualRouter(vr).NICAttach(ctx, one.RawTemplate(`NIC=[NETWORK_ID="0"]`)))
	require.NoError(t, ctrl.VirtualRouter(vr).NICDetach(ctx, 0))

	vnt, err := ctrl.VNTemplates().Create(ctx, one.RawTemplate(`NAME="vnt"`))
	require.NoError(t, err)
	_, err = ctrl.VNTemplate(vnt).Clone(ctx, "vnt2")
	require.NoError(t, err)
	nid, err := ctrl.VNTemplate(vnt).Instantiate(ctx, "from-vnt", nil)
	require.NoError(t, err)
	fromVNT, err := ctrl.VirtualNetwork(nid).Info(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, "from-vnt", fromVNT.Name)

	hk, err := ctrl.Hooks().Create(ctx, one.RawTemplate("NAME=h\nTYPE=api\nCOMMAND=/bin/true"))
	require.NoError(t, err)
	assert.ErrorIs(t, ctrl.Hook(hk).Retry(ctx, 0), one.ErrNoExists)
	assert.ErrorIs(t, ctrl.Zone(0).Delete(ctx), one.ErrAction)
}
