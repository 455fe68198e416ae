//go:build acceptance

package ops_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/aggregates"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/apiversions"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/attachinterfaces"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/diagnostics"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/hypervisors"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/instanceactions"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/limits"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/migrations"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/quotasets"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/remoteconsoles"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/services"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/tags"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/usage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAPIVersionsAndExtensions(t *testing.T) {
	c := demo(t)
	ctx := clients.Context(t, time.Minute)
	all, err := apiversions.List(ctx, c).Extract()
	require.NoError(t, err)
	require.NotEmpty(t, all)
	v, err := apiversions.Get(ctx, c, "v2.1").Extract()
	require.NoError(t, err)
	assert.Equal(t, "2.1", v.MinVersion)
	t.Logf("Nova serves %s to %s", v.MinVersion, v.Version)

	exts, err := extensions.List(c).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, exts)
	e, err := extensions.Get(ctx, c, exts[0].Alias).Extract()
	require.NoError(t, err)
	assert.Equal(t, exts[0].Alias, e.Alias)
}

func TestLimitsAndQuotas(t *testing.T) {
	c := demo(t)
	ctx := clients.Context(t, time.Minute)
	l, err := limits.Get(ctx, c, limits.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.NotZero(t, l.Absolute.MaxTotalInstances)

	pid := projectID(t, clients.AuthOptions(t))
	q, err := quotasets.Get(ctx, c, pid, quotasets.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, pid, q.ID)
	d, err := quotasets.GetDetail(ctx, c, pid, quotasets.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, q.Instances, d.Instances.Limit)
	_, err = quotasets.GetDefaults(ctx, c, pid).Extract()
	require.NoError(t, err)

	more := q.KeyPairs + 1
	_, err = quotasets.Update(ctx, c, pid, quotasets.UpdateOpts{KeyPairs: &more}).Extract()
	requireForbidden(t, err)

	a := admin(t)
	orig := q.KeyPairs
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, err := quotasets.Update(ctx, a, pid, quotasets.UpdateOpts{KeyPairs: &orig}).Extract()
		assert.NoError(t, err, "restoring the key_pairs quota")
	})
	got, err := quotasets.Update(ctx, a, pid, quotasets.UpdateOpts{KeyPairs: &more}).Extract()
	require.NoError(t, err)
	assert.Equal(t, more, got.KeyPairs)
	l, err = limits.Get(ctx, c, limits.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, more, l.Absolute.MaxTotalKeypairs, "the demo user sees the new limit")
}

func TestUsage(t *testing.T) {
	ctx := clients.Context(t, time.Minute)
	window := usage.GetOpts{Start: time.Now().Add(-24 * time.Hour), End: time.Now()}
	all, err := usage.List(admin(t), usage.ListOpts{GetOpts: window, Detailed: true}).Collect(ctx)
	require.NoError(t, err)
	t.Logf("%d projects used Compute in the last day", len(all))

	c := demo(t)
	_, err = usage.List(c, usage.ListOpts{GetOpts: window}).Collect(ctx)
	requireForbidden(t, err)
	mine, err := usage.Get(c.WithMicroversion("2.40"), projectID(t, clients.AuthOptions(t)), usage.GetOpts{Start: window.Start, End: window.End, Limit: 5}).Collect(ctx)
	require.NoError(t, err)
	t.Logf("demo: %d usage pages", len(mine))
}

func TestHypervisorsAndServices(t *testing.T) {
	ctx := clients.Context(t, time.Minute)
	_, err := hypervisors.List(demo(t), hypervisors.ListOpts{}).Collect(ctx)
	requireForbidden(t, err)

	a := admin(t).WithMicroversion("2.53")
	hs, err := hypervisors.ListDetail(a, hypervisors.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, hs, "the fake driver has one hypervisor")
	h, err := hypervisors.Get(ctx, a, string(hs[0].ID), hypervisors.GetOpts{WithServers: true}).Extract()
	require.NoError(t, err)
	assert.Equal(t, hs[0].HypervisorHostname, h.HypervisorHostname)
	st, err := hypervisors.GetStatistics(ctx, a).Extract()
	require.NoError(t, err)
	assert.Equal(t, len(hs), st.Count)
	up, err := hypervisors.GetUptime(ctx, a, string(hs[0].ID)).Extract()
	if errors.Is(err, gophercloud.ErrNotFound) || gophercloud.ResponseCodeIs(err, http.StatusNotImplemented) {
		t.Logf("uptime: the fake driver has none: %v", err)
	} else {
		require.NoError(t, err)
		t.Logf("uptime: %q", up.Uptime)
	}

	svcs, err := services.List(a, services.ListOpts{Binary: "nova-compute"}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, svcs)
	assert.Equal(t, "nova-compute", svcs[0].Binary)
	_, err = services.List(demo(t), services.ListOpts{}).Collect(ctx)
	requireForbidden(t, err)

	_, err = migrations.List(a, migrations.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
}

func TestAggregates(t *testing.T) {
	ctx := clients.Context(t, time.Minute)
	a := admin(t)
	agg, err := aggregates.Create(ctx, a, aggregates.CreateOpts{Name: clients.RandomName("ops-agg-")}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		err := aggregates.Delete(ctx, a, agg.ID).ExtractErr()
		if err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("deleting aggregate %d: %v", agg.ID, err)
		}
	})
	all, err := aggregates.List(a).Collect(ctx)
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(all, func(x aggregates.Aggregate) bool { return x.ID == agg.ID }))

	newName := agg.Name + "-renamed"
	agg, err = aggregates.Update(ctx, a, agg.ID, aggregates.UpdateOpts{Name: newName}).Extract()
	require.NoError(t, err)
	assert.Equal(t, newName, agg.Name)

	agg, err = aggregates.SetMetadata(ctx, a, agg.ID, aggregates.SetMetadataOpts{Metadata: map[string]string{"disk": "ssd", "tmp": "1"}}).Extract()
	require.NoError(t, err)
	agg, err = aggregates.SetMetadata(ctx, a, agg.ID, aggregates.SetMetadataOpts{Delete: []string{"tmp"}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"disk": "ssd"}, agg.Metadata)

	svcs, err := services.List(a, services.ListOpts{Binary: "nova-compute"}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, svcs)
	host := svcs[0].Host
	agg, err = aggregates.AddHost(ctx, a, agg.ID, host).Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{host}, agg.Hosts)
	agg, err = aggregates.RemoveHost(ctx, a, agg.ID, host).Extract()
	require.NoError(t, err)
	assert.Empty(t, agg.Hosts)

	got, err := aggregates.Get(ctx, a, agg.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, newName, got.Name)

	_, err = aggregates.List(demo(t)).Collect(ctx)
	requireForbidden(t, err)
}

func TestServerOps(t *testing.T) {
	c := demo(t)
	s := bootServer(t, c)
	ctx := clients.Context(t, 3*time.Minute)

	t.Run("tags", func(t *testing.T) {
		tc := c.WithMicroversion("2.26")
		require.NoError(t, tags.Add(ctx, tc, s.ID, "web").ExtractErr())
		has, err := tags.Check(ctx, tc, s.ID, "web").Extract()
		require.NoError(t, err)
		assert.True(t, has)
		has, err = tags.Check(ctx, tc, s.ID, "nope").Extract()
		require.NoError(t, err)
		assert.False(t, has)
		all, err := tags.ReplaceAll(ctx, tc, s.ID, tags.ReplaceAllOpts{Tags: []string{"a", "b"}}).Extract()
		require.NoError(t, err)
		assert.ElementsMatch(t, []string{"a", "b"}, all)
		require.NoError(t, tags.Delete(ctx, tc, s.ID, "a").ExtractErr())
		all, err = tags.List(ctx, tc, s.ID).Extract()
		require.NoError(t, err)
		assert.Equal(t, []string{"b"}, all)
		require.NoError(t, tags.DeleteAll(ctx, tc, s.ID).ExtractErr())
		all, err = tags.List(ctx, tc, s.ID).Extract()
		require.NoError(t, err)
		assert.Empty(t, all)
	})

	t.Run("interfaces", func(t *testing.T) {
		before, err := attachinterfaces.List(c, s.ID).Collect(ctx)
		require.NoError(t, err)
		iface, err := attachinterfaces.Create(ctx, c, s.ID, attachinterfaces.CreateOpts{NetworkID: clients.Env(t, "OS_NETWORK_ID")}).Extract()
		require.NoError(t, err)
		assert.Equal(t, clients.Env(t, "OS_NETWORK_ID"), iface.NetworkID)
		got, err := attachinterfaces.Get(ctx, c, s.ID, iface.PortID).Extract()
		require.NoError(t, err)
		assert.Equal(t, iface.MACAddress, got.MACAddress)
		require.NoError(t, attachinterfaces.Delete(ctx, c, s.ID, iface.PortID).ExtractErr())
		// Detaching is asynchronous: wait until the port is gone.
		for {
			now, err := attachinterfaces.List(c, s.ID).Collect(ctx)
			require.NoError(t, err)
			if len(now) == len(before) {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("port %s still attached", iface.PortID)
			case <-time.After(time.Second):
			}
		}
	})

	t.Run("instance actions", func(t *testing.T) {
		ac := c.WithMicroversion("2.58")
		acts, err := instanceactions.List(ac, s.ID, instanceactions.ListOpts{Limit: 1}).Collect(ctx)
		require.NoError(t, err)
		require.NotEmpty(t, acts)
		var create *instanceactions.Action
		for i := range acts {
			if acts[i].Action == "create" {
				create = &acts[i]
			}
		}
		require.NotNil(t, create, "the server's create action, across pages of one")
		a, err := instanceactions.Get(ctx, ac, s.ID, create.RequestID).Extract()
		require.NoError(t, err)
		assert.NotEmpty(t, a.Events)
	})

	t.Run("remote console", func(t *testing.T) {
		// The devcloud's Nova enables no console proxy, so each type is
		// refused with a 400 ("Unavailable console type"); a cloud with
		// one enabled returns its URL.
		rcc := c.WithMicroversion("2.8")
		var refused []string
		for _, o := range []remoteconsoles.CreateOpts{
			{Protocol: remoteconsoles.ProtocolVNC, Type: remoteconsoles.TypeNoVNC},
			{Protocol: remoteconsoles.ProtocolSPICE, Type: remoteconsoles.TypeSPICEHTML5},
			{Protocol: remoteconsoles.ProtocolSerial, Type: remoteconsoles.TypeSerial},
			{Protocol: remoteconsoles.ProtocolRDP, Type: remoteconsoles.TypeRDPHTML5},
			{Protocol: remoteconsoles.ProtocolMKS, Type: remoteconsoles.TypeWebMKS},
		} {
			rc, err := remoteconsoles.Create(ctx, rcc, s.ID, o).Extract()
			var code *gophercloud.ErrUnexpectedResponseCode
			if errors.As(err, &code) && (code.Actual == http.StatusBadRequest || code.Actual == http.StatusNotImplemented) {
				refused = append(refused, o.Type+": "+code.Message)
				continue
			}
			require.NoError(t, err, o.Type)
			assert.Equal(t, o.Type, rc.Type)
			assert.NotEmpty(t, rc.URL)
			t.Logf("%s console served", o.Type)
			return
		}
		t.Skipf("this cloud serves no remote console: %v", refused)
	})

	t.Run("diagnostics", func(t *testing.T) {
		_, err := diagnostics.Get(ctx, c.WithMicroversion("2.48"), s.ID).Extract()
		requireForbidden(t, err)
		d, err := diagnostics.Get(ctx, admin(t).WithMicroversion("2.48"), s.ID).Extract()
		require.NoError(t, err)
		t.Logf("diagnostics: driver %q, state %q", d.Driver, d.State)
	})

	t.Run("server migrations", func(t *testing.T) {
		live, err := migrations.ListServer(admin(t).WithMicroversion("2.23"), s.ID).Collect(ctx)
		require.NoError(t, err)
		assert.Empty(t, live, "no live migration runs")
	})
}
