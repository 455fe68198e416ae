package fakeoned_test

import (
	"context"
	"testing"

	one "github.com/cloudsdk/gophercloud/opennebula"
	"github.com/stretchr/testify/require"
)

// populate creates one of every resource, with the attributes that show
// up in the documents (disks, NICs, snapshots, address ranges, leases,
// locks, history), and returns their IDs by kind.
func populate(t *testing.T, ctx context.Context, ctrl *one.Controller) map[string]int {
	t.Helper()
	ids := map[string]int{}
	var err error
	must := func(id int, err error) int {
		t.Helper()
		require.NoError(t, err)
		return id
	}
	ids["cluster"] = must(ctrl.Clusters().Create(ctx, "c1"))
	ids["host"] = must(ctrl.Hosts().Create(ctx, "node1", "kvm", "kvm", ids["cluster"]))
	ids["datastore"] = must(ctrl.Datastores().Create(ctx, one.RawTemplate("NAME=ds1\nDS_MAD=fs\nTM_MAD=ssh"), -1))
	ids["group"] = must(ctrl.Groups().Create(ctx, "devs"))
	ids["user"] = must(ctrl.Users().Create(ctx, "alice", "s3cret", "", []int{ids["group"]}))
	require.NoError(t, ctrl.Group(ids["group"]).AddAdmin(ctx, ids["user"]))
	ids["image"] = must(ctrl.Images().Create(ctx, one.RawTemplate(`NAME="ubuntu"
PATH="/tmp/u.qcow2"
SIZE=2048
DESCRIPTION="desc"`), ids["datastore"]))
	require.NoError(t, ctrl.Image(ids["image"]).Lock(ctx, one.LockUse))
	tpl := one.NewTemplate().Set("NAME", "web").Set("CPU", "1").Set("MEMORY", "512").Set("LOGO", "x.png")
	tpl.AddVector("DISK", one.Pair{Key: "IMAGE_ID", Value: "0"})
	tpl.AddVector("NIC", one.Pair{Key: "NETWORK_ID", Value: "0"})
	tpl.AddVector("CONTEXT", one.Pair{Key: "NETWORK", Value: "YES"})
	ids["template"] = must(ctrl.Templates().Create(ctx, tpl))
	ids["vm"] = must(ctrl.Template(ids["template"]).Instantiate(ctx, "web-1", false, nil, false))
	vm := ctrl.VM(ids["vm"])
	require.NoError(t, vm.Deploy(ctx, ids["host"], false, -1))
	_ = must(vm.SnapshotCreate(ctx, "s1"))
	_ = must(vm.DiskSnapshotCreate(ctx, 0, "d1"))
	require.NoError(t, vm.Update(ctx, one.RawTemplate(`OWNER="team"`), one.UpdateMerge))
	ids["vnet"] = must(ctrl.VirtualNetworks().Create(ctx, one.RawTemplate(`NAME="net"
VN_MAD="bridge"
AR=[TYPE="IP4", IP="10.0.0.1", SIZE="10"]`), -1))
	require.NoError(t, ctrl.VirtualNetwork(ids["vnet"]).Hold(ctx, one.RawTemplate(`LEASES=[IP="10.0.0.5"]`)))
	require.NoError(t, ctrl.VirtualNetwork(ids["vnet"]).Lock(ctx, one.LockManage))
	_, err = ctrl.ACLs().CreateRule(ctx, "100000001", "2200000000", "3", "")
	require.NoError(t, err)
	ids["document"] = must(ctrl.Documents(100).Create(ctx, one.RawTemplate(`NAME="svc"
BODY="{}"`)))
	ids["hook"] = must(ctrl.Hooks().Create(ctx, one.RawTemplate(`NAME="h"
TYPE="api"
COMMAND="/bin/true"
CALL="one.vm.allocate"`)))
	ids["market"] = must(ctrl.MarketPlaces().Create(ctx, one.RawTemplate(`NAME="m"
MARKET_MAD="http"`)))
	ids["marketapp"] = must(ctrl.MarketPlaceApps().Create(ctx, one.RawTemplate(`NAME="app"
SIZE=10`), ids["market"]))
	ids["secgroup"] = must(ctrl.SecurityGroups().Create(ctx, one.RawTemplate(`NAME="sg"
DESCRIPTION="web"
RULE=[PROTOCOL="TCP", RULE_TYPE="inbound", RANGE="80"]`)))
	ids["vdc"] = must(ctrl.VDCs().Create(ctx, one.RawTemplate(`NAME="vdc1"`)))
	require.NoError(t, ctrl.VDC(ids["vdc"]).AddGroup(ctx, ids["group"]))
	require.NoError(t, ctrl.VDC(ids["vdc"]).AddCluster(ctx, 0, ids["cluster"]))
	require.NoError(t, ctrl.VDC(ids["vdc"]).AddHost(ctx, 0, ids["host"]))
	require.NoError(t, ctrl.VDC(ids["vdc"]).AddDatastore(ctx, 0, ids["datastore"]))
	require.NoError(t, ctrl.VDC(ids["vdc"]).AddVNet(ctx, 0, ids["vnet"]))
	ids["vrouter"] = must(ctrl.VirtualRouters().Create(ctx, one.RawTemplate(`NAME="vr"
NIC=[NETWORK_ID="0"]`)))
	ids["vmgroup"] = must(ctrl.VMGroups().Create(ctx, one.RawTemplate(`NAME="g"
ROLE=[NAME="db", POLICY="AFFINED"]`)))
	ids["vntemplate"] = must(ctrl.VNTemplates().Create(ctx, one.RawTemplate(`NAME="vnt"
VN_MAD="bridge"`)))
	ids["zone"] = must(ctrl.Zones().Create(ctx, one.RawTemplate(`NAME="z2"
ENDPOINT="http://z2:2633/RPC2"`)))
	return ids
}
