//go:build acceptance

package compute_test

import (
	"cmp"
	"context"
	"errors"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// srvFixture is what every server test needs from the environment.
type srvFixture struct {
	image, flavor, network string
}

func srvEnv(t *testing.T) srvFixture {
	t.Helper()
	return srvFixture{
		image:   clients.Env(t, "OS_IMAGE_ID"),
		flavor:  clients.Env(t, "OS_FLAVOR_ID"),
		network: clients.Env(t, "OS_NETWORK_ID"),
	}
}

// srvWithMicroversion returns a copy of c speaking microversion mv.
func srvWithMicroversion(c *gophercloud.ServiceClient, mv string) *gophercloud.ServiceClient {
	return c.WithMicroversion(mv)
}

// srvBoot creates a server and registers its deletion (unlocking it
// first, in case the test failed while it was locked) with t.Cleanup.
func srvBoot(t *testing.T, ctx context.Context, c *gophercloud.ServiceClient, opts servers.CreateOpts) *servers.Server {
	t.Helper()
	s, err := servers.Create(ctx, c, opts).Extract()
	require.NoError(t, err, "creating server %s", opts.Name)
	require.NotEmpty(t, s.ID)
	t.Cleanup(func() { srvDelete(t, c, s.ID) })
	return s
}

// srvDeleteAll deletes servers concurrently, for a cleanup that does not
// wait for one server after another.
func srvDeleteAll(t *testing.T, c *gophercloud.ServiceClient, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		if id != "" {
			wg.Add(1)
			go func() {
				defer wg.Done()
				srvDelete(t, c, id)
			}()
		}
	}
	wg.Wait()
}

// srvDelete deletes a server and waits until it is gone; a server already
// gone is fine. It uses its own context: the test's may have run out.
func srvDelete(t *testing.T, c *gophercloud.ServiceClient, id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_ = servers.Unlock(ctx, c, id).ExtractErr()
	err := servers.Delete(ctx, c, id).ExtractErr()
	if errors.Is(err, gophercloud.ErrNotFound) {
		return
	}
	if err != nil {
		t.Errorf("cleanup: deleting server %s: %v", id, err)
		return
	}
	if _, err := servers.WaitForStatus(ctx, c, id, servers.StatusDeleted, gophercloud.WaitOpts{}); err != nil {
		t.Errorf("cleanup: %v", err)
	}
}

// srvDeleteImage deletes an image through Nova's image proxy (DELETE
// /images/{id}, microversions before 2.36), so these tests need no image
// package.
func srvDeleteImage(t *testing.T, c *gophercloud.ServiceClient, id string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	proxy := srvWithMicroversion(c, "")
	r := proxy.Delete(ctx, proxy.ServiceURL("images", id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})
	if r.Err != nil && !errors.Is(r.Err, gophercloud.ErrNotFound) {
		t.Errorf("cleanup: deleting image %s: %v", id, r.Err)
	}
}

// srvWait waits for status and returns the server.
func srvWait(t *testing.T, ctx context.Context, c *gophercloud.ServiceClient, id, status string) *servers.Server {
	t.Helper()
	s, err := servers.WaitForStatus(ctx, c, id, status, gophercloud.WaitOpts{})
	require.NoError(t, err)
	return s
}

// TestServersLifecycle boots one server at microversion 2.79 (with tags and
// a description) and takes it through get, list filters, update,
// metadata, addresses, console output, the power, pause, suspend, lock,
// rescue and password actions, and deletion.
func TestServersLifecycle(t *testing.T) {
	t.Parallel()
	env := srvEnv(t)
	base := clients.Service(t, openstack.NewComputeV2)
	c := srvWithMicroversion(base, "2.79")
	ctx := clients.Context(t, 5*time.Minute)
	started := time.Now().Add(-time.Minute) // the cloud's clock may differ a little

	name := clients.RandomName("server")
	tag := strings.TrimPrefix(name, "acc-")
	created := srvBoot(t, ctx, c, servers.CreateOpts{
		Name:        name,
		ImageRef:    env.image,
		FlavorRef:   env.flavor,
		Networks:    []servers.Network{{UUID: env.network}},
		Metadata:    map[string]string{"purpose": "acceptance", "stage": "boot"},
		UserData:    []byte("#cloud-config\nhostname: acc\n"),
		Tags:        []string{"acc", tag},
		Description: "acceptance test server",
	})
	assert.NotEmpty(t, created.AdminPass, "Nova generates a password when none is given")
	id := created.ID

	s := srvWait(t, ctx, c, id, servers.StatusActive)
	t.Run("boot", func(t *testing.T) {
		assert.Equal(t, name, s.Name)
		assert.Equal(t, env.image, s.Image.ID)
		assert.NotZero(t, s.Flavor.RAM, "2.47+: the flavor is embedded")
		if want := os.Getenv("OS_FLAVOR_NAME"); want != "" {
			assert.Equal(t, want, s.Flavor.OriginalName)
		}
		assert.ElementsMatch(t, []string{"acc", tag}, s.Tags)
		assert.Equal(t, "acceptance test server", s.Description)
		assert.Equal(t, map[string]string{"purpose": "acceptance", "stage": "boot"}, s.Metadata)
		assert.Equal(t, servers.PowerRunning, s.PowerState)
		assert.Equal(t, "active", s.VMState)
		assert.False(t, s.Locked)
		assert.False(t, s.Created.Time.IsZero())
		assert.False(t, s.LaunchedAt.Time.IsZero())
		assert.NotEmpty(t, s.Addresses, "an ACTIVE server on a network has an address")
	})

	t.Run("get at 2.1 and 2.79", func(t *testing.T) {
		old, err := servers.Get(ctx, base, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, env.flavor, old.Flavor.ID, "before 2.47 the flavor is a reference")
		assert.Empty(t, old.Flavor.OriginalName)
		assert.Empty(t, old.Tags)
		cur, err := servers.Get(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.Empty(t, cur.Flavor.ID)
		assert.Equal(t, s.Flavor, cur.Flavor)
	})

	t.Run("list filters", func(t *testing.T) {
		byTag, err := servers.List(c, servers.ListOpts{Tags: servers.TagList{tag}}).Collect(ctx)
		require.NoError(t, err)
		require.Len(t, byTag, 1)
		assert.Equal(t, id, byTag[0].ID)

		var found bool
		for srv, err := range servers.List(c, servers.ListOpts{ChangesSince: started, Name: "^" + name + "$"}).All(ctx) {
			require.NoError(t, err)
			found = found || srv.ID == id
		}
		assert.True(t, found, "changes-since lists the new server")
	})

	t.Run("update", func(t *testing.T) {
		desc := "renamed by the acceptance test"
		u, err := servers.Update(ctx, c, id, servers.UpdateOpts{Name: name + "-renamed", Description: &desc, AccessIPv4: "192.0.2.10"}).Extract()
		require.NoError(t, err)
		assert.Equal(t, name+"-renamed", u.Name)
		assert.Equal(t, desc, u.Description)
		got, err := servers.Get(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, name+"-renamed", got.Name)
		assert.Equal(t, "192.0.2.10", got.AccessIPv4)
	})

	t.Run("metadata", func(t *testing.T) {
		md, err := servers.ListMetadata(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"purpose": "acceptance", "stage": "boot"}, md)

		md, err = servers.UpdateMetadata(ctx, c, id, map[string]string{"stage": "metadata", "owner": "acc"}).Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"purpose": "acceptance", "stage": "metadata", "owner": "acc"}, md)

		item, err := servers.SetMetadatum(ctx, c, id, "color", "blue").Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"color": "blue"}, item)
		item, err = servers.GetMetadatum(ctx, c, id, "color").Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"color": "blue"}, item)

		require.NoError(t, servers.DeleteMetadatum(ctx, c, id, "color").ExtractErr())
		_, err = servers.GetMetadatum(ctx, c, id, "color").Extract()
		assert.ErrorIs(t, err, gophercloud.ErrNotFound)

		md, err = servers.SetMetadata(ctx, c, id, map[string]string{"only": "this"}).Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"only": "this"}, md)
		md, err = servers.ListMetadata(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"only": "this"}, md)
	})

	t.Run("addresses", func(t *testing.T) {
		all, err := servers.GetAddresses(ctx, c, id).Extract()
		require.NoError(t, err)
		require.NotEmpty(t, all)
		for network, addrs := range all {
			require.NotEmpty(t, addrs)
			one, err := servers.GetNetworkAddresses(ctx, c, id, network).Extract()
			require.NoError(t, err)
			assert.Equal(t, addrs, one)
		}
		if network := os.Getenv("OS_NETWORK_NAME"); network != "" {
			assert.Contains(t, all, network)
		}
		_, err = servers.GetNetworkAddresses(ctx, c, id, "no-such-network").Extract()
		assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	})

	t.Run("console output", func(t *testing.T) {
		out, err := servers.GetConsoleOutput(ctx, c, id, servers.ConsoleOutputOpts{}).Extract()
		require.NoError(t, err)
		assert.NotEmpty(t, out)
		last, err := servers.GetConsoleOutput(ctx, c, id, servers.ConsoleOutputOpts{Length: 1}).Extract()
		require.NoError(t, err)
		assert.LessOrEqual(t, strings.Count(last, "\n"), 1)
		assert.True(t, strings.HasSuffix(out, last), "the last line is the end of the log")
	})

	step := func(name string, act func() error, status string, check func(*servers.Server)) {
		srvStep(t, ctx, c, id, name, act, status, check)
	}
	step("reboot soft", func() error {
		return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.SoftReboot}).ExtractErr()
	}, servers.StatusActive, nil)
	step("reboot hard", func() error {
		return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.HardReboot}).ExtractErr()
	}, servers.StatusActive, nil)
	step("stop", func() error { return servers.Stop(ctx, c, id).ExtractErr() }, servers.StatusShutoff, func(s *servers.Server) {
		assert.Equal(t, servers.PowerShutdown, s.PowerState)
	})
	step("start", func() error { return servers.Start(ctx, c, id).ExtractErr() }, servers.StatusActive, nil)
	step("pause", func() error { return servers.Pause(ctx, c, id).ExtractErr() }, servers.StatusPaused, nil)
	step("unpause", func() error { return servers.Unpause(ctx, c, id).ExtractErr() }, servers.StatusActive, nil)
	step("suspend", func() error { return servers.Suspend(ctx, c, id).ExtractErr() }, servers.StatusSuspended, nil)
	step("resume", func() error { return servers.Resume(ctx, c, id).ExtractErr() }, servers.StatusActive, nil)

	t.Run("lock with reason and unlock", func(t *testing.T) {
		require.NoError(t, servers.Lock(ctx, c, id, servers.LockOpts{Reason: "acceptance test"}).ExtractErr())
		s, err := servers.Get(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.True(t, s.Locked)
		assert.Equal(t, "acceptance test", s.LockedReason)
		locked, err := servers.List(c, servers.ListOpts{Locked: new(bool), Name: "^" + name}).Collect(ctx)
		require.NoError(t, err)
		assert.Empty(t, locked, "locked=false does not list it")

		require.NoError(t, servers.Unlock(ctx, c, id).ExtractErr())
		s, err = servers.Get(ctx, c, id).Extract()
		require.NoError(t, err)
		assert.False(t, s.Locked)
		assert.Empty(t, s.LockedReason)
	})

	t.Run("rescue and unrescue", func(t *testing.T) {
		pw, err := servers.Rescue(ctx, c, id, servers.RescueOpts{}).Extract()
		require.NoError(t, err)
		assert.NotEmpty(t, pw)
		srvWait(t, ctx, c, id, servers.StatusRescue)
		require.NoError(t, servers.Unrescue(ctx, c, id).ExtractErr())
		srvWait(t, ctx, c, id, servers.StatusActive)
	})

	t.Run("change password", func(t *testing.T) {
		err := servers.ChangeAdminPassword(ctx, c, id, "Acc3ptance-"+tag).ExtractErr()
		if gophercloud.ResponseCodeIs(err, http.StatusNotImplemented) || gophercloud.ResponseCodeIs(err, http.StatusConflict) {
			t.Skipf("the virt driver cannot set passwords: %v", err)
		}
		require.NoError(t, err)
		srvWait(t, ctx, c, id, servers.StatusActive)
	})

	t.Run("delete", func(t *testing.T) {
		require.NoError(t, servers.Delete(ctx, c, id).ExtractErr())
		gone, err := servers.WaitForStatus(ctx, c, id, servers.StatusDeleted, gophercloud.WaitOpts{})
		require.NoError(t, err)
		if gone != nil { // Nova may still show it as DELETED before answering 404
			assert.Equal(t, servers.StatusDeleted, gone.Status)
		}
		left, err := servers.List(c, servers.ListOpts{Name: "^" + name}).Collect(ctx)
		require.NoError(t, err)
		for _, s := range left { // until Nova purges it, it is listed as DELETED
			assert.Equal(t, servers.StatusDeleted, s.Status)
		}
	})
}

// srvStep runs an action as a subtest and waits for the status it leads to.
func srvStep(t *testing.T, ctx context.Context, c *gophercloud.ServiceClient, id, name string, act func() error, status string, check func(*servers.Server)) {
	t.Run(name, func(t *testing.T) {
		require.NoError(t, act())
		s := srvWait(t, ctx, c, id, status)
		if check != nil {
			check(s)
		}
	})
}

// TestServersResizeRebuildSnapshot takes a second server, in parallel with
// TestServersLifecycle, through the long actions: resize with confirm and
// with revert, rebuild, createImage at 2.1 and 2.79, shelve and unshelve.
func TestServersResizeRebuildSnapshot(t *testing.T) {
	t.Parallel()
	env := srvEnv(t)
	base := clients.Service(t, openstack.NewComputeV2)
	c := srvWithMicroversion(base, "2.79")
	ctx := clients.Context(t, 5*time.Minute)
	name := clients.RandomName("server-mv")
	id := srvBoot(t, ctx, c, servers.CreateOpts{
		Name: name, ImageRef: env.image, FlavorRef: env.flavor,
		Networks: []servers.Network{{UUID: env.network}},
	}).ID
	srvWait(t, ctx, c, id, servers.StatusActive)
	step := func(name string, act func() error, status string, check func(*servers.Server)) {
		srvStep(t, ctx, c, id, name, act, status, check)
	}

	resizeFlavor := os.Getenv("OS_FLAVOR_ID_RESIZE")
	t.Run("resize and confirm", func(t *testing.T) {
		if resizeFlavor == "" {
			t.Skip("OS_FLAVOR_ID_RESIZE is not set")
		}
		require.NoError(t, servers.Resize(ctx, c, id, servers.ResizeOpts{FlavorRef: resizeFlavor}).ExtractErr())
		srvWait(t, ctx, c, id, servers.StatusVerifyResize)
		require.NoError(t, servers.ConfirmResize(ctx, c, id).ExtractErr())
		s := srvWait(t, ctx, c, id, servers.StatusActive)
		if want := os.Getenv("OS_FLAVOR_NAME_RESIZE"); want != "" {
			assert.Equal(t, want, s.Flavor.OriginalName)
		}
		old, err := servers.Get(ctx, base, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, resizeFlavor, old.Flavor.ID)
	})
	t.Run("resize and revert", func(t *testing.T) {
		if resizeFlavor == "" {
			t.Skip("OS_FLAVOR_ID_RESIZE is not set")
		}
		require.NoError(t, servers.Resize(ctx, c, id, servers.ResizeOpts{FlavorRef: env.flavor}).ExtractErr())
		srvWait(t, ctx, c, id, servers.StatusVerifyResize)
		require.NoError(t, servers.RevertResize(ctx, c, id).ExtractErr())
		srvWait(t, ctx, c, id, servers.StatusActive)
		old, err := servers.Get(ctx, base, id).Extract()
		require.NoError(t, err)
		assert.Equal(t, resizeFlavor, old.Flavor.ID, "reverted to the flavor before the resize")
	})

	t.Run("rebuild", func(t *testing.T) {
		desc := "rebuilt"
		r, err := servers.Rebuild(ctx, c, id, servers.RebuildOpts{
			ImageRef: env.image, Name: name + "-rebuilt", Description: &desc,
			Metadata: map[string]string{"stage": "rebuilt"},
		}).Extract()
		require.NoError(t, err)
		assert.Equal(t, id, r.ID)
		assert.Equal(t, name+"-rebuilt", r.Name)
		s := srvWait(t, ctx, c, id, servers.StatusActive)
		assert.Equal(t, name+"-rebuilt", s.Name)
		assert.Equal(t, "rebuilt", s.Description)
		assert.Equal(t, map[string]string{"stage": "rebuilt"}, s.Metadata)
	})

	for _, mv := range []string{"", "2.79"} { // Location header before 2.45, image_id in the body after
		t.Run("createImage at microversion "+cmp.Or(mv, "2.1"), func(t *testing.T) {
			imageID, err := servers.CreateImage(ctx, srvWithMicroversion(c, mv), id, servers.CreateImageOpts{
				Name: name + "-snap", Metadata: map[string]string{"acc_source": "servers_test"},
			}).ExtractImageID()
			require.NoError(t, err)
			require.NotEmpty(t, imageID)
			t.Cleanup(func() { srvDeleteImage(t, base, imageID) })
			srvWait(t, ctx, c, id, servers.StatusActive)                  // until the snapshot task is over
			img := base.Get(ctx, base.ServiceURL("images", imageID), nil) // Nova's image proxy (2.1)
			require.NoError(t, img.Err)
			assert.Contains(t, string(img.Body), name+"-snap")
		})
	}

	step("shelve", func() error { return servers.Shelve(ctx, c, id).ExtractErr() }, servers.StatusShelvedOffloaded, nil)
	step("unshelve", func() error {
		return servers.Unshelve(ctx, c, id, servers.UnshelveOpts{}).ExtractErr()
	}, servers.StatusActive, nil)
}

// srvCountingTransport counts the list requests a client sends.
type srvCountingTransport struct {
	base  http.RoundTripper
	lists atomic.Int32
}

func (ct *srvCountingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/servers/detail") {
		ct.lists.Add(1)
	}
	return ct.base.RoundTrip(r)
}

// TestServersPaging boots five servers with one multiple create
// (min/max_count, return_reservation_id), walks them two per page, and
// checks that breaking out of All stops fetching pages.
func TestServersPaging(t *testing.T) {
	t.Parallel()
	env := srvEnv(t)
	c := clients.Service(t, openstack.NewComputeV2)
	counter := &srvCountingTransport{base: gophercloud.NewHTTPClient().Transport}
	c.ProviderClient.HTTPClient = &http.Client{Transport: counter}
	ctx := clients.Context(t, 4*time.Minute)

	// One multiple create boots all five: prefix-1 … prefix-5.
	prefix := clients.RandomName("page")
	const n = 5
	rid, err := servers.ExtractReservationID(servers.Create(ctx, c, servers.CreateOpts{
		Name: prefix, ImageRef: env.image, FlavorRef: env.flavor,
		Networks: []servers.Network{{UUID: env.network}},
		MinCount: n, MaxCount: n, ReturnReservationID: true,
	}))
	require.NoError(t, err)
	require.NotEmpty(t, rid)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		left, err := servers.List(c, servers.ListOpts{ReservationID: rid}).Collect(ctx)
		if err != nil {
			t.Errorf("cleanup: listing reservation %s: %v", rid, err)
		}
		ids := make([]string, len(left))
		for i, s := range left {
			ids[i] = s.ID
		}
		srvDeleteAll(t, c, ids)
	})
	booted, err := servers.List(c, servers.ListOpts{ReservationID: rid}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, booted, n, "the reservation ID finds every server of the multiple create")
	ids := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i, s := range booted {
		ids[i] = s.ID
		wg.Add(1)
		go func() { // wait for all of them at once
			defer wg.Done()
			_, errs[i] = servers.WaitForStatus(ctx, c, s.ID, servers.StatusActive, gophercloud.WaitOpts{})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}

	opts := servers.ListOpts{Name: "^" + prefix + "-", Limit: 2}
	t.Run("EachPage walks all pages", func(t *testing.T) {
		counter.lists.Store(0)
		var sizes []int
		var got []string
		err := servers.List(c, opts).EachPage(ctx, func(_ context.Context, p pagination.Page[servers.Server]) (bool, error) {
			page, err := servers.ExtractServers(p)
			sizes = append(sizes, len(page))
			for _, s := range page {
				got = append(got, s.ID)
			}
			return true, err
		})
		require.NoError(t, err)
		assert.Equal(t, []int{2, 2, 1}, sizes)
		assert.ElementsMatch(t, ids, got)
		assert.Equal(t, int32(3), counter.lists.Load())
	})
	t.Run("All yields every server across pages", func(t *testing.T) {
		var got []string
		for s, err := range servers.List(c, opts).All(ctx) {
			require.NoError(t, err)
			got = append(got, s.ID)
		}
		assert.ElementsMatch(t, ids, got)
		assert.Equal(t, n, len(slices.Compact(slices.Sorted(slices.Values(got)))), "no server twice")
	})
	t.Run("breaking out of All stops fetching", func(t *testing.T) {
		counter.lists.Store(0)
		seen := 0
		for _, err := range servers.List(c, opts).All(ctx) {
			require.NoError(t, err)
			seen++
			if seen == 3 { // the first item of the second page
				break
			}
		}
		assert.Equal(t, 3, seen)
		assert.Equal(t, int32(2), counter.lists.Load(), "the third page is never requested")
	})
}
