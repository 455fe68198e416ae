package servers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// computeClient is the fake server's client, typed as compute so that a
// microversion goes out in Nova's headers.
func computeClient(th *testhelper.Server) *gophercloud.ServiceClient {
	return th.ServiceClientOf("compute")
}

// ---------------------------------------------------------------- list

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	var calls atomic.Int32
	th.Handle("GET /servers/detail", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{"limit": {"2"}, "status": {"ACTIVE"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.URL))
		case "7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968":
			testhelper.TestQuery(t, r, url.Values{"limit": {"2"}, "marker": {"7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968"}})
			testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
		default:
			t.Errorf("unexpected marker in %s", r.URL)
		}
	})
	c := computeClient(th)
	opts := servers.ListOpts{Limit: 2, Status: servers.StatusActive}

	page, err := servers.List(c, opts).AllPages(t.Context())
	require.NoError(t, err)
	all, err := servers.ExtractServers(page)
	require.NoError(t, err)
	require.Len(t, all, 3)
	assert.Equal(t, int32(2), calls.Load(), "two pages")
	assert.Equal(t, []string{"web-1", "db-1", "worker-1"}, []string{all[0].Name, all[1].Name, all[2].Name})
	assert.Equal(t, "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", all[0].Image.ID)
	assert.Equal(t, "10.1.0.5", all[0].Addresses["private"][0].Addr)
	assert.Equal(t, servers.Image{}, all[1].Image, "booted from volume")
	assert.Equal(t, "3", all[1].Flavor.ID)
	assert.Equal(t, servers.PowerShutdown, all[2].PowerState)

	t.Run("All breaks early without fetching the next page", func(t *testing.T) {
		calls.Store(0)
		var names []string
		for s, err := range servers.List(c, opts).All(t.Context()) {
			require.NoError(t, err)
			names = append(names, s.Name)
			if len(names) == 2 {
				break
			}
		}
		assert.Equal(t, []string{"web-1", "db-1"}, names)
		assert.Equal(t, int32(1), calls.Load())
	})

	t.Run("EachPage sees both pages", func(t *testing.T) {
		var sizes []int
		err := servers.List(c, opts).EachPage(t.Context(), func(_ context.Context, p pagination.Page[servers.Server]) (bool, error) {
			s, err := servers.ExtractServers(p)
			sizes = append(sizes, len(s))
			return true, err
		})
		require.NoError(t, err)
		assert.Equal(t, []int{2, 1}, sizes)
	})
}

func TestListOptsQuery(t *testing.T) {
	since := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	zero, no := 0, false
	tests := []struct {
		name string
		opts servers.ListOpts
		want url.Values
	}{
		{"empty", servers.ListOpts{}, url.Values{}},
		{"user filters", servers.ListOpts{
			ChangesSince: since, ChangesBefore: since.Add(time.Hour), Image: "img", Flavor: "2",
			IP: `10\.1\.`, IP6: "fd00:", Name: "^web-", Status: "ACTIVE", ReservationID: "r-1",
			Tags: servers.TagList{"prod", "web"}, TagsAny: servers.TagList{"a"}, NotTags: servers.TagList{"b", "c"}, NotTagsAny: servers.TagList{"d"},
			Limit: 50, Marker: "m-1", SortKey: []string{"display_name", "created_at"}, SortDir: []string{"asc", "desc"},
		}, url.Values{
			"changes-since": {"2024-03-05T10:00:00Z"}, "changes-before": {"2024-03-05T11:00:00Z"},
			"image": {"img"}, "flavor": {"2"}, "ip": {`10\.1\.`}, "ip6": {"fd00:"}, "name": {"^web-"},
			"status": {"ACTIVE"}, "reservation_id": {"r-1"},
			"tags": {"prod,web"}, "tags-any": {"a"}, "not-tags": {"b,c"}, "not-tags-any": {"d"},
			"limit": {"50"}, "marker": {"m-1"}, "sort_key": {"display_name", "created_at"}, "sort_dir": {"asc", "desc"},
		}},
		{"admin filters, zero values sent through pointers", servers.ListOpts{
			AllTenants: true, ProjectID: "p", UserID: "u", Host: "h", Node: "n", Hostname: "hn",
			Description: "d", AvailabilityZone: "az", KeyName: "k", AccessIPv4: "1.2", AccessIPv6: "::1",
			UUID: "id", VMState: "active", TaskState: "spawning", PowerState: &zero, Locked: &no,
			LockedBy: "owner", ConfigDrive: "True", AutoDiskConfig: "False", KernelID: "kid", RamdiskID: "rid",
			RootDeviceName: "/dev/vda", LaunchIndex: &zero, Progress: &zero, CreatedAt: "2024-03-05",
			LaunchedAt: "2024-03-06", TerminatedAt: "2024-03-07", Deleted: true, SoftDeleted: true,
		}, url.Values{
			"all_tenants": {"true"}, "project_id": {"p"}, "user_id": {"u"}, "host": {"h"}, "node": {"n"},
			"hostname": {"hn"}, "description": {"d"}, "availability_zone": {"az"}, "key_name": {"k"},
			"access_ip_v4": {"1.2"}, "access_ip_v6": {"::1"}, "uuid": {"id"}, "vm_state": {"active"},
			"task_state": {"spawning"}, "power_state": {"0"}, "locked": {"false"}, "locked_by": {"owner"},
			"config_drive": {"True"}, "auto_disk_config": {"False"}, "kernel_id": {"kid"}, "ramdisk_id": {"rid"},
			"root_device_name": {"/dev/vda"}, "launch_index": {"0"}, "progress": {"0"}, "created_at": {"2024-03-05"},
			"launched_at": {"2024-03-06"}, "terminated_at": {"2024-03-07"}, "deleted": {"true"}, "soft_deleted": {"true"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := gophercloud.BuildQueryString(tt.opts)
			require.NoError(t, err)
			assert.Equal(t, tt.want, u.Query())

			// The same query reaches the server.
			th := testhelper.Setup(t)
			th.Handle("GET /servers/detail", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestQuery(t, r, tt.want)
				testhelper.WriteJSON(w, http.StatusOK, `{"servers": []}`)
			})
			got, err := servers.List(computeClient(th), tt.opts).Collect(t.Context())
			require.NoError(t, err)
			assert.Empty(t, got)
		})
	}
}

func TestListBadOptionsSendNothing(t *testing.T) {
	th := testhelper.Setup(t) // any request fails the test
	for _, opts := range []servers.ListOpts{{Limit: -1}, {SortKey: []string{"name"}, SortDir: []string{"up"}}} {
		_, err := servers.List(computeClient(th), opts).AllPages(t.Context())
		require.Error(t, err)
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		assert.Contains(t, err.Error(), "servers.ListOpts.")
	}
}

// ---------------------------------------------------------------- get and decoding

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, serverID, r.PathValue("id"))
		testhelper.WriteJSON(w, http.StatusOK, getServerJSON)
	})
	s, err := servers.Get(t.Context(), computeClient(th), serverID).Extract()
	require.NoError(t, err)

	assert.Equal(t, serverID, s.ID)
	assert.Equal(t, "web-1", s.Name)
	assert.Equal(t, servers.StatusActive, s.Status)
	assert.Equal(t, "9f2a7c1de55b4f0f8a2c6d3b1e4f5a60", s.TenantID)
	assert.Equal(t, "2b8e0c4a7f9d4e1b8c3a5d6f7e8091a2", s.UserID)
	assert.Equal(t, "8d1f6e2c3b4a59687f0e1d2c3b4a5968e7f6d5c4b3a29180f7e6d5c4", s.HostID)
	assert.Equal(t, "203.0.113.10", s.AccessIPv4)
	assert.Equal(t, "2001:db8::10", s.AccessIPv6)
	assert.Equal(t, servers.Image{ID: "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", Links: []servers.Link{
		{Href: "http://compute.example.com/images/d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", Rel: "bookmark"},
	}}, s.Image)
	assert.Equal(t, servers.Flavor{OriginalName: "m1.small", VCPUs: 1, RAM: 2048, Disk: 20,
		ExtraSpecs: map[string]string{"hw:cpu_policy": "shared", "hw_rng:allowed": "True"}}, s.Flavor)
	require.Len(t, s.Addresses["private"], 3)
	assert.Equal(t, servers.Address{Addr: "fd00:1::5", Version: 6, Type: "fixed", MACAddr: "fa:16:3e:4a:0b:7c"}, s.Addresses["private"][1])
	assert.Equal(t, "floating", s.Addresses["private"][2].Type)
	assert.Equal(t, map[string]string{"role": "web", "owner": "team-a"}, s.Metadata)
	assert.Equal(t, "self", s.Links[0].Rel)
	assert.Equal(t, "deploy-key", s.KeyName)
	assert.Equal(t, []servers.SecurityGroup{{Name: "default"}, {Name: "web"}}, s.SecurityGroups)
	assert.Equal(t, time.Date(2024, 3, 5, 10, 15, 20, 0, time.UTC), s.Created.Time)
	assert.Equal(t, time.Date(2024, 3, 5, 10, 15, 41, 0, time.UTC), s.Updated.Time)
	assert.Equal(t, "True", s.ConfigDrive)
	assert.Equal(t, "MANUAL", s.DiskConfig)
	assert.Empty(t, s.AdminPass)

	assert.Equal(t, "nova", s.AvailabilityZone)
	assert.Equal(t, servers.PowerRunning, s.PowerState)
	assert.Equal(t, "RUNNING", s.PowerState.String())
	assert.Empty(t, s.TaskState)
	assert.Equal(t, "active", s.VMState)
	assert.Equal(t, time.Date(2024, 3, 5, 10, 15, 40, 123456000, time.UTC), s.LaunchedAt.Time)
	assert.True(t, s.TerminatedAt.Time.IsZero())
	assert.Equal(t, []servers.AttachedVolume{{ID: "0e7d1c2b-3a49-4f58-8e67-d5c4b3a29180", DeleteOnTermination: true}}, s.VolumesAttached)
	assert.Nil(t, s.Fault)

	assert.Equal(t, "compute-07", s.Host)
	assert.Equal(t, "compute-07.example.com", s.HypervisorHostname)
	assert.Equal(t, "instance-0000002a", s.InstanceName)
	assert.Equal(t, "web-1", s.Hostname)
	assert.Equal(t, "r-3k9x2m1q", s.ReservationID)
	assert.Equal(t, 0, s.LaunchIndex)
	assert.Equal(t, "/dev/vda", s.RootDeviceName)
	assert.Equal(t, "IyEvYmluL3NoCmVjaG8gaGVsbG8gPiAvdG1wL2hpCg==", s.UserData)

	assert.True(t, s.Locked)
	assert.Equal(t, "maintenance window", s.LockedReason)
	assert.Equal(t, "UP", s.HostStatus)
	assert.Equal(t, "front-end web server", s.Description)
	assert.Equal(t, []string{"prod", "web"}, s.Tags)
	assert.Nil(t, s.TrustedImageCertificates)
	assert.Equal(t, []string{"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}, s.ServerGroups)
}

func TestServerDecodingVariants(t *testing.T) {
	tests := []struct {
		name    string
		server  string
		check   func(*testing.T, *servers.Server)
		wantErr bool
	}{
		{"old microversion, boot from volume, ERROR with fault", bootFromVolumeServer, func(t *testing.T, s *servers.Server) {
			assert.Equal(t, servers.Image{}, s.Image)
			assert.Equal(t, servers.Flavor{ID: "3", Links: []servers.Link{{Href: "http://compute.example.com/flavors/3", Rel: "bookmark"}}}, s.Flavor)
			require.NotNil(t, s.Fault)
			assert.Equal(t, 500, s.Fault.Code)
			assert.Equal(t, "No valid host was found. There are not enough hosts available.", s.Fault.Message)
			assert.Equal(t, time.Date(2024, 3, 5, 11, 0, 9, 0, time.UTC), s.Fault.Created.Time)
			assert.Empty(t, s.KeyName)
			assert.True(t, s.LaunchedAt.Time.IsZero())
			assert.Equal(t, servers.PowerNoState, s.PowerState)
			assert.False(t, s.VolumesAttached[0].DeleteOnTermination)
			assert.Empty(t, s.Tags)
			assert.False(t, s.Locked)
		}, false},
		{"image null", `{"id": "x", "image": null}`, func(t *testing.T, s *servers.Server) {
			assert.Equal(t, servers.Image{}, s.Image)
		}, false},
		{"image as a bare ID", `{"id": "x", "image": "d7a4c3e2"}`, func(t *testing.T, s *servers.Server) {
			assert.Equal(t, "d7a4c3e2", s.Image.ID)
		}, false},
		{"task in progress", `{"id": "x", "status": "ACTIVE", "OS-EXT-STS:task_state": "image_snapshot"}`, func(t *testing.T, s *servers.Server) {
			assert.Equal(t, "image_snapshot", s.TaskState)
		}, false},
		{"image of the wrong type", `{"id": "x", "image": 42}`, nil, true},
		{"image object of the wrong shape", `{"id": "x", "image": {"id": 42}}`, nil, true},
		{"unparseable time", `{"id": "x", "created": "yesterday"}`, nil, true},
		{"flavor of the wrong type", `{"id": "x", "flavor": "2"}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /servers/{id}", http.StatusOK, `{"server": `+tt.server+`}`)
			s, err := servers.Get(t.Context(), computeClient(th), "x").Extract()
			if tt.wantErr {
				require.Error(t, err)
				assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
				return
			}
			require.NoError(t, err)
			tt.check(t, s)
		})
	}
}

func TestPowerStateString(t *testing.T) {
	for p, want := range map[servers.PowerState]string{
		servers.PowerNoState: "NOSTATE", servers.PowerRunning: "RUNNING", servers.PowerPaused: "PAUSED",
		servers.PowerShutdown: "SHUTDOWN", servers.PowerCrashed: "CRASHED", servers.PowerSuspended: "SUSPENDED",
		servers.PowerState(9): "PowerState(9)",
	} {
		assert.Equal(t, want, p.String())
	}
}

// ---------------------------------------------------------------- create

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createServerFullRequestJSON)
		w.Header().Set("Location", th.URL+"/servers/"+serverID)
		testhelper.WriteJSON(w, http.StatusAccepted, createServerResponseJSON)
	})
	yes := true
	opts := servers.CreateOpts{
		Name:      "web-1",
		ImageRef:  "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b",
		FlavorRef: "2",
		Networks: []servers.Network{
			{UUID: "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e", FixedIP: "10.1.0.5", Tag: "frontend"},
			{Port: "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"},
		},
		BlockDevice: []servers.BlockDevice{
			{SourceType: "image", DestinationType: "local", UUID: "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", BootIndex: new(int), DeleteOnTermination: true},
			{SourceType: "blank", DestinationType: "volume", VolumeSize: 10, Tag: "data", VolumeType: "ssd"},
		},
		Metadata:         map[string]string{"role": "web"},
		Personality:      []servers.File{{Path: "/etc/resolv.conf", Contents: []byte("nameserver 10.0.0.2\n")}},
		UserData:         []byte("#!/bin/sh\necho hello > /tmp/hi\n"),
		KeyName:          "deploy-key",
		SecurityGroups:   []string{"default", "web"},
		AvailabilityZone: "nova",
		ConfigDrive:      &yes,
		MinCount:         1,
		MaxCount:         1,
		Tags:             []string{"prod", "web"},
		Description:      "front-end web server",
		AdminPass:        "Vq7xPz3kLm9R",
		AccessIPv4:       "203.0.113.10",
		AccessIPv6:       "2001:db8::10",
		DiskConfig:       "MANUAL",
		SchedulerHints: &servers.SchedulerHints{
			Group:         "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
			DifferentHost: []string{"7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968"},
			Additional:    map[string]any{"custom_weigher": "low-latency"},
		},
	}
	s, err := servers.Create(t.Context(), computeClient(th), opts).Extract()
	require.NoError(t, err)
	assert.Equal(t, serverID, s.ID)
	assert.Equal(t, "Vq7xPz3kLm9R", s.AdminPass)
	assert.Equal(t, "MANUAL", s.DiskConfig)
	assert.Equal(t, []servers.SecurityGroup{{Name: "default"}, {Name: "web"}}, s.SecurityGroups)
	assert.Len(t, s.Links, 2)
}

func TestCreateNetworkAllocation(t *testing.T) {
	for _, alloc := range []string{servers.NetworkAuto, servers.NetworkNone} {
		t.Run(alloc, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, `{"server": {"name": "n", "flavorRef": "1", "imageRef": "i", "networks": "`+alloc+`"}}`)
				testhelper.WriteJSON(w, http.StatusAccepted, createServerResponseJSON)
			})
			c := computeClient(th).WithMicroversion("2.37")
			err := servers.Create(t.Context(), c, servers.CreateOpts{Name: "n", FlavorRef: "1", ImageRef: "i", NetworkAllocation: alloc}).Err
			require.NoError(t, err)
		})
	}
}

func TestCreateReservationID(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"server": {"name": "batch", "flavorRef": "1", "imageRef": "i", "min_count": 2, "max_count": 3, "return_reservation_id": true}}`)
		testhelper.WriteJSON(w, http.StatusAccepted, reservationIDJSON)
	})
	id, err := servers.ExtractReservationID(servers.Create(t.Context(), computeClient(th), servers.CreateOpts{
		Name: "batch", FlavorRef: "1", ImageRef: "i", MinCount: 2, MaxCount: 3, ReturnReservationID: true,
	}))
	require.NoError(t, err)
	assert.Equal(t, "r-3k9x2m1q", id)
}

// TestOptionErrors checks that bad options fail before any request (the
// fake server fails the test on any request) with an error naming the
// field.
func TestOptionErrors(t *testing.T) {
	valid := servers.CreateOpts{Name: "n", FlavorRef: "1", ImageRef: "i"}
	with := func(f func(*servers.CreateOpts)) servers.CreateOpts {
		o := valid
		f(&o)
		return o
	}
	type call = func(context.Context, *gophercloud.ServiceClient) error
	create := func(o servers.CreateOptsBuilder) call {
		return func(ctx context.Context, c *gophercloud.ServiceClient) error { return servers.Create(ctx, c, o).Err }
	}
	tests := []struct {
		name      string
		call      call
		wantField string
	}{
		{"create without name", create(with(func(o *servers.CreateOpts) { o.Name = "" })), "servers.CreateOpts.Name"},
		{"create without flavorRef", create(with(func(o *servers.CreateOpts) { o.FlavorRef = "" })), "servers.CreateOpts.FlavorRef"},
		{"create with nil options", create(nil), "servers.CreateOptsBuilder"},
		{"network without uuid or port", create(with(func(o *servers.CreateOpts) { o.Networks = []servers.Network{{FixedIP: "10.0.0.1"}} })),
			"servers.Network.UUID or servers.Network.Port"},
		{"unknown network allocation", create(with(func(o *servers.CreateOpts) { o.NetworkAllocation = "any" })), "servers.CreateOpts.NetworkAllocation"},
		{"networks and allocation together", create(with(func(o *servers.CreateOpts) {
			o.NetworkAllocation = servers.NetworkAuto
			o.Networks = []servers.Network{{UUID: "n"}}
		})), "servers.CreateOpts.NetworkAllocation"},
		{"block device without source type", create(with(func(o *servers.CreateOpts) { o.BlockDevice = []servers.BlockDevice{{UUID: "v"}} })),
			"servers.BlockDevice.SourceType"},
		{"file without path", create(with(func(o *servers.CreateOpts) { o.Personality = []servers.File{{Contents: []byte("x")}} })), "servers.File.Path"},
		{"hint set twice", create(with(func(o *servers.CreateOpts) {
			o.SchedulerHints = &servers.SchedulerHints{Group: "g", Additional: map[string]any{"group": "h"}}
		})), "servers.SchedulerHints.Additional"},
		{"resize without flavor", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resize(ctx, c, serverID, servers.ResizeOpts{}).Err
		}, "servers.ResizeOpts.FlavorRef"},
		{"resize with nil options", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resize(ctx, c, serverID, nil).Err
		}, "servers.ResizeOptsBuilder"},
		{"rebuild without image", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Rebuild(ctx, c, serverID, servers.RebuildOpts{Name: "x"}).Err
		}, "servers.RebuildOpts.ImageRef"},
		{"rebuild with nil options", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Rebuild(ctx, c, serverID, nil).Err
		}, "servers.RebuildOptsBuilder"},
		{"reboot without type", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Reboot(ctx, c, serverID, servers.RebootOpts{}).Err
		}, "servers.RebootOpts.Type"},
		{"reboot with unknown type", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Reboot(ctx, c, serverID, servers.RebootOpts{Type: "WARM"}).Err
		}, "servers.RebootOpts.Type"},
		{"resize without flavor", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resize(ctx, c, serverID, servers.ResizeOpts{}).Err
		}, "servers.ResizeOpts.FlavorRef"},
		{"createImage without name", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.CreateImage(ctx, c, serverID, servers.CreateImageOpts{}).Err
		}, "servers.CreateImageOpts.Name"},
		{"empty new password", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ChangeAdminPassword(ctx, c, serverID, "").Err
		}, "newPassword"},
		{"negative console length", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.GetConsoleOutput(ctx, c, serverID, servers.ConsoleOutputOpts{Length: -1}).Err
		}, "servers.ConsoleOutputOpts.Length"},
		{"empty metadata merge", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.UpdateMetadata(ctx, c, serverID, nil).Err
		}, "servers.UpdateMetadata md"},
		{"metadatum without key", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.SetMetadatum(ctx, c, serverID, "", "v").Err
		}, "empty ID or name"},
		{"delete metadatum without key", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.DeleteMetadatum(ctx, c, serverID, "").Err
		}, "empty ID or name"},
		{"addresses without network", func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.GetNetworkAddresses(ctx, c, serverID, "").Err
		}, "empty ID or name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			err := tt.call(t.Context(), computeClient(th))
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tt.wantField)
		})
	}
}

// ---------------------------------------------------------------- update, delete

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, serverID, r.PathValue("id"))
		testhelper.TestJSONRequest(t, r, `{"server": {"name": "web-1-renamed", "description": "renamed", "accessIPv4": "203.0.113.20"}}`)
		testhelper.WriteJSON(w, http.StatusOK, updateServerResponseJSON)
	})
	desc := "renamed"
	s, err := servers.Update(t.Context(), computeClient(th), serverID, servers.UpdateOpts{
		Name: "web-1-renamed", Description: &desc, AccessIPv4: "203.0.113.20",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "web-1-renamed", s.Name)
	assert.Equal(t, "renamed", s.Description)
	assert.Equal(t, "203.0.113.20", s.AccessIPv4)
}

func TestUpdateClearsDescription(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"server": {"description": ""}}`)
		testhelper.WriteJSON(w, http.StatusOK, updateServerResponseJSON)
	})
	empty := ""
	require.NoError(t, servers.Update(t.Context(), computeClient(th), serverID, servers.UpdateOpts{Description: &empty}).Err)
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, serverID, r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, servers.Delete(t.Context(), computeClient(th), serverID).ExtractErr())
}

func TestDeleteNotFound(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("DELETE /servers/{id}", http.StatusNotFound, serverNotFoundJSON)
	err := servers.Delete(t.Context(), computeClient(th), serverID).ExtractErr()
	require.Error(t, err)
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	assert.Contains(t, err.Error(), "could not be found")
}

// ---------------------------------------------------------------- actions

func TestActions(t *testing.T) {
	type call = func(context.Context, *gophercloud.ServiceClient, string) error
	tests := []struct {
		name   string
		call   call
		body   string
		status int
	}{
		{"reboot soft", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.SoftReboot}).ExtractErr()
		}, `{"reboot": {"type": "SOFT"}}`, 202},
		{"reboot hard", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.HardReboot}).ExtractErr()
		}, `{"reboot": {"type": "HARD"}}`, 202},
		{"resize", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Resize(ctx, c, id, servers.ResizeOpts{FlavorRef: "3"}).ExtractErr()
		}, `{"resize": {"flavorRef": "3"}}`, 202},
		{"confirmResize", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.ConfirmResize(ctx, c, id).ExtractErr()
		}, `{"confirmResize": null}`, 204},
		{"revertResize", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.RevertResize(ctx, c, id).ExtractErr()
		}, `{"revertResize": null}`, 202},
		{"changePassword", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.ChangeAdminPassword(ctx, c, id, "s3cret-Pass").ExtractErr()
		}, `{"changePassword": {"adminPass": "s3cret-Pass"}}`, 202},
		{"os-start", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Start(ctx, c, id).ExtractErr()
		}, `{"os-start": null}`, 202},
		{"os-stop", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Stop(ctx, c, id).ExtractErr()
		}, `{"os-stop": null}`, 202},
		{"pause", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Pause(ctx, c, id).ExtractErr()
		}, `{"pause": null}`, 202},
		{"unpause", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Unpause(ctx, c, id).ExtractErr()
		}, `{"unpause": null}`, 202},
		{"suspend", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Suspend(ctx, c, id).ExtractErr()
		}, `{"suspend": null}`, 202},
		{"resume", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Resume(ctx, c, id).ExtractErr()
		}, `{"resume": null}`, 202},
		{"lock", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Lock(ctx, c, id, servers.LockOpts{}).ExtractErr()
		}, `{"lock": null}`, 202},
		{"lock with reason (2.73)", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Lock(ctx, c, id, servers.LockOpts{Reason: "maintenance window"}).ExtractErr()
		}, `{"lock": {"locked_reason": "maintenance window"}}`, 202},
		{"unlock", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Unlock(ctx, c, id).ExtractErr()
		}, `{"unlock": null}`, 202},
		{"unrescue", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Unrescue(ctx, c, id).ExtractErr()
		}, `{"unrescue": null}`, 202},
		{"shelve", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Shelve(ctx, c, id).ExtractErr()
		}, `{"shelve": null}`, 202},
		{"shelveOffload", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.ShelveOffload(ctx, c, id).ExtractErr()
		}, `{"shelveOffload": null}`, 202},
		{"unshelve", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Unshelve(ctx, c, id, servers.UnshelveOpts{}).ExtractErr()
		}, `{"unshelve": null}`, 202},
		{"unshelve into a zone (2.77)", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Unshelve(ctx, c, id, servers.UnshelveOpts{AvailabilityZone: "az2"}).ExtractErr()
		}, `{"unshelve": {"availability_zone": "az2"}}`, 202},
		{"forceDelete", func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.ForceDelete(ctx, c, id).ExtractErr()
		}, `{"forceDelete": null}`, 202},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, serverID, r.PathValue("id"))
				testhelper.TestJSONRequest(t, r, tt.body)
				w.WriteHeader(tt.status)
			})
			require.NoError(t, tt.call(t.Context(), computeClient(th), serverID))

			t.Run("conflict", func(t *testing.T) {
				th := testhelper.Setup(t)
				th.HandleJSON("POST /servers/{id}/action", http.StatusConflict,
					testhelper.Fault("conflictingRequest", 409, "Cannot act on instance while it is in task_state spawning"))
				err := tt.call(t.Context(), computeClient(th), serverID)
				assert.ErrorIs(t, err, gophercloud.ErrConflict)
				assert.Contains(t, err.Error(), "task_state spawning")
			})
		})
	}
}

func TestRebuild(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"rebuild": {
			"imageRef": "e8b5d4f3-2c1a-4f6e-9d0b-8c7a6f5e4d3c", "name": "web-1-rebuilt", "adminPass": "n3wP4ssw0rd",
			"metadata": {"rebuilt": "yes"}, "preserve_ephemeral": false, "description": "again",
			"key_name": "other-key", "user_data": "IyEvYmluL3NoCmVjaG8gaGVsbG8gPiAvdG1wL2hpCg=="}}`)
		testhelper.WriteJSON(w, http.StatusAccepted, rebuildServerResponseJSON)
	})
	no, desc, key := false, "again", "other-key"
	s, err := servers.Rebuild(t.Context(), computeClient(th), serverID, servers.RebuildOpts{
		ImageRef: "e8b5d4f3-2c1a-4f6e-9d0b-8c7a6f5e4d3c", Name: "web-1-rebuilt", AdminPass: "n3wP4ssw0rd",
		Metadata: map[string]string{"rebuilt": "yes"}, PreserveEphemeral: &no, Description: &desc, KeyName: &key,
		UserData: []byte("#!/bin/sh\necho hello > /tmp/hi\n"),
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, servers.StatusRebuild, s.Status)
	assert.Equal(t, "n3wP4ssw0rd", s.AdminPass)
	assert.Equal(t, "e8b5d4f3-2c1a-4f6e-9d0b-8c7a6f5e4d3c", s.Image.ID)
}

func TestCreateImage(t *testing.T) {
	const imageID = "0f1e2d3c-4b5a-4697-8877-665544332211"
	tests := []struct {
		name    string
		respond func(w http.ResponseWriter)
		wantErr bool
	}{
		{"2.1: Location header, no body", func(w http.ResponseWriter) {
			w.Header().Set("Location", "http://image.example.com/v2/images/"+imageID)
			w.WriteHeader(http.StatusAccepted)
		}, false},
		{"2.45: image_id in the body", func(w http.ResponseWriter) {
			testhelper.WriteJSON(w, http.StatusAccepted, createImage245JSON)
		}, false},
		{"neither", func(w http.ResponseWriter) { w.WriteHeader(http.StatusAccepted) }, true},
		{"Location without an ID", func(w http.ResponseWriter) {
			w.Header().Set("Location", "http://image.example.com/v2/images/")
			w.WriteHeader(http.StatusAccepted)
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, `{"createImage": {"name": "web-1-snap", "metadata": {"purpose": "backup"}}}`)
				tt.respond(w)
			})
			id, err := servers.CreateImage(t.Context(), computeClient(th), serverID, servers.CreateImageOpts{
				Name: "web-1-snap", Metadata: map[string]string{"purpose": "backup"},
			}).ExtractImageID()
			if tt.wantErr {
				require.Error(t, err)
				assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, imageID, id)
		})
	}
}

func TestRescue(t *testing.T) {
	tests := []struct {
		name string
		opts servers.RescueOpts
		body string
	}{
		{"defaults", servers.RescueOpts{}, `{"rescue": {}}`},
		{"password and image", servers.RescueOpts{AdminPass: "r3scuePass", RescueImageRef: "img-rescue"},
			`{"rescue": {"adminPass": "r3scuePass", "rescue_image_ref": "img-rescue"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tt.body)
				testhelper.WriteJSON(w, http.StatusOK, rescueResponseJSON)
			})
			r := servers.Rescue(t.Context(), computeClient(th), serverID, tt.opts)
			require.NoError(t, r.ExtractErr())
			pw, err := r.Extract()
			require.NoError(t, err)
			assert.Equal(t, "r3scuePass", pw)
		})
	}
}

func TestRescueWithoutPassword(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST /servers/{id}/action", http.StatusOK, `{}`)
	r := servers.Rescue(t.Context(), computeClient(th), serverID, servers.RescueOpts{})
	assert.NoError(t, r.ExtractErr(), "the rescue itself succeeded")
	_, err := r.Extract()
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestGetConsoleOutput(t *testing.T) {
	for _, tt := range []struct {
		length int
		body   string
	}{{0, `{"os-getConsoleOutput": {}}`}, {50, `{"os-getConsoleOutput": {"length": 50}}`}} {
		t.Run(fmt.Sprint(tt.length), func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tt.body)
				testhelper.WriteJSON(w, http.StatusOK, consoleOutputJSON)
			})
			out, err := servers.GetConsoleOutput(t.Context(), computeClient(th), serverID, servers.ConsoleOutputOpts{Length: tt.length}).Extract()
			require.NoError(t, err)
			assert.Equal(t, "[    0.000000] Linux version 6.1.0\nlogin: \n", out)
		})
	}
}

// ---------------------------------------------------------------- metadata

func TestMetadata(t *testing.T) {
	want := map[string]string{"role": "web", "owner": "team-a"}
	t.Run("list", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.HandleJSON("GET /servers/{id}/metadata", http.StatusOK, metadataJSON)
		md, err := servers.ListMetadata(t.Context(), computeClient(th), serverID).Extract()
		require.NoError(t, err)
		assert.Equal(t, want, md)
	})
	t.Run("set replaces all", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("PUT /servers/{id}/metadata", func(w http.ResponseWriter, r *http.Request) {
			testhelper.TestJSONRequest(t, r, metadataJSON)
			testhelper.WriteJSON(w, http.StatusOK, metadataJSON)
		})
		md, err := servers.SetMetadata(t.Context(), computeClient(th), serverID, want).Extract()
		require.NoError(t, err)
		assert.Equal(t, want, md)
	})
	t.Run("set nil clears", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("PUT /servers/{id}/metadata", func(w http.ResponseWriter, r *http.Request) {
			testhelper.TestJSONRequest(t, r, `{"metadata": {}}`)
			testhelper.WriteJSON(w, http.StatusOK, `{"metadata": {}}`)
		})
		md, err := servers.SetMetadata(t.Context(), computeClient(th), serverID, nil).Extract()
		require.NoError(t, err)
		assert.Empty(t, md)
	})
	t.Run("update merges", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("POST /servers/{id}/metadata", func(w http.ResponseWriter, r *http.Request) {
			testhelper.TestJSONRequest(t, r, `{"metadata": {"owner": "team-a"}}`)
			testhelper.WriteJSON(w, http.StatusOK, metadataJSON)
		})
		md, err := servers.UpdateMetadata(t.Context(), computeClient(th), serverID, map[string]string{"owner": "team-a"}).Extract()
		require.NoError(t, err)
		assert.Equal(t, want, md)
	})
	t.Run("get item", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("GET /servers/{id}/metadata/{key}", func(w http.ResponseWriter, r *http.Request) {
			assert.Equal(t, "role", r.PathValue("key"))
			testhelper.WriteJSON(w, http.StatusOK, metadatumJSON)
		})
		md, err := servers.GetMetadatum(t.Context(), computeClient(th), serverID, "role").Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"role": "web"}, md)
	})
	t.Run("set item", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("PUT /servers/{id}/metadata/{key}", func(w http.ResponseWriter, r *http.Request) {
			assert.Equal(t, "role", r.PathValue("key"))
			testhelper.TestJSONRequest(t, r, metadatumJSON)
			testhelper.WriteJSON(w, http.StatusOK, metadatumJSON)
		})
		md, err := servers.SetMetadatum(t.Context(), computeClient(th), serverID, "role", "web").Extract()
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"role": "web"}, md)
	})
	t.Run("delete item with a key that needs escaping", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("DELETE /servers/{id}/metadata/{key}", func(w http.ResponseWriter, r *http.Request) {
			assert.Equal(t, "a/b c", r.PathValue("key"))
			w.WriteHeader(http.StatusNoContent)
		})
		require.NoError(t, servers.DeleteMetadatum(t.Context(), computeClient(th), serverID, "a/b c").ExtractErr())
	})
}

// ---------------------------------------------------------------- addresses

func TestAddresses(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /servers/{id}/ips", http.StatusOK, addressesJSON)
	th.Handle("GET /servers/{id}/ips/{network}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "private", r.PathValue("network"))
		testhelper.WriteJSON(w, http.StatusOK, networkAddressJSON)
	})
	c := computeClient(th)

	all, err := servers.GetAddresses(t.Context(), c, serverID).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string][]servers.Address{
		"private": {{Addr: "10.1.0.5", Version: 4}, {Addr: "fd00:1::5", Version: 6}},
		"public":  {{Addr: "203.0.113.10", Version: 4}},
	}, all)

	private, err := servers.GetNetworkAddresses(t.Context(), c, serverID, "private").Extract()
	require.NoError(t, err)
	assert.Equal(t, []servers.Address{{Addr: "10.1.0.5", Version: 4}, {Addr: "fd00:1::5", Version: 6}}, private)
}

// ---------------------------------------------------------------- microversions

func TestMicroversionHeaders(t *testing.T) {
	calls := map[string]func(context.Context, *gophercloud.ServiceClient) error{
		"GET /servers/{id}": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Get(ctx, c, serverID).Err
		},
		"GET /servers/detail": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.List(c, servers.ListOpts{}).AllPages(ctx)
			return err
		},
		"POST /servers": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Create(ctx, c, servers.CreateOpts{Name: "n", FlavorRef: "1", ImageRef: "i", Tags: []string{"t"}}).Err
		},
		"POST /servers/{id}/action": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Lock(ctx, c, serverID, servers.LockOpts{Reason: "r"}).Err
		},
	}
	bodies := map[string]string{
		"GET /servers/{id}": getServerJSON, "GET /servers/detail": `{"servers": []}`,
		"POST /servers": createServerResponseJSON, "POST /servers/{id}/action": "",
	}
	for pattern, call := range calls {
		t.Run(pattern, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(pattern, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.79")
				testhelper.TestHeader(t, r, "OpenStack-API-Version", "compute 2.79")
				if bodies[pattern] == "" {
					w.WriteHeader(http.StatusAccepted)
					return
				}
				status := http.StatusOK
				if r.Method == http.MethodPost {
					status = http.StatusAccepted
				}
				testhelper.WriteJSON(w, status, bodies[pattern])
			})
			c := computeClient(th).WithMicroversion("2.79")
			require.NoError(t, call(t.Context(), c))
		})
	}

	t.Run("no microversion, no header", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
			testhelper.TestHeaderUnset(t, r, "X-OpenStack-Nova-API-Version")
			testhelper.TestHeaderUnset(t, r, "OpenStack-API-Version")
			testhelper.WriteJSON(w, http.StatusOK, getServerJSON)
		})
		require.NoError(t, servers.Get(t.Context(), computeClient(th), serverID).Err)
	})
}

// ---------------------------------------------------------------- WaitForStatus

// statusSequence serves the server in the given states, one per GET, the
// last one repeated. A state is "STATUS", "STATUS/task" or "404".
func statusSequence(t *testing.T, th *testhelper.Server, fault string, states ...string) *atomic.Int32 {
	var n atomic.Int32
	th.Handle("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		state := states[min(i, len(states)-1)]
		if state == "404" {
			testhelper.WriteJSON(w, http.StatusNotFound, serverNotFoundJSON)
			return
		}
		status, task := state, "null"
		for j := range state {
			if state[j] == '/' {
				status, task = state[:j], fmt.Sprintf("%q", state[j+1:])
				break
			}
		}
		extra := ""
		if status == servers.StatusError && fault != "" {
			extra = `, "fault": {"code": 500, "created": "2024-03-05T11:00:09Z", "message": ` + fmt.Sprintf("%q", fault) + `}`
		}
		testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(serverStatusFixture, status, task, extra))
	})
	return &n
}

// fast polls every millisecond, so the wait tests take no time.
var fast = gophercloud.WaitOpts{Interval: time.Millisecond}

func TestWaitForStatus(t *testing.T) {

	t.Run("waits for the status and the end of the task", func(t *testing.T) {
		th := testhelper.Setup(t)
		n := statusSequence(t, th, "", "BUILD/spawning", "ACTIVE/image_snapshot", "ACTIVE")
		s, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusActive, fast)
		require.NoError(t, err)
		assert.Equal(t, servers.StatusActive, s.Status)
		assert.Equal(t, int32(3), n.Load())
	})
	t.Run("ERROR stops with the fault message", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "No valid host was found.", "BUILD/scheduling", "ERROR")
		s, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusActive, fast)
		require.Error(t, err)
		assert.ErrorIs(t, err, servers.ErrServerInError)
		assert.Contains(t, err.Error(), "No valid host was found.")
		require.NotNil(t, s)
		require.NotNil(t, s.Fault)
		assert.Equal(t, 500, s.Fault.Code)
	})
	t.Run("ERROR without a fault", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "", "ERROR")
		_, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusActive, fast)
		assert.ErrorIs(t, err, servers.ErrServerInError)
		assert.Contains(t, err.Error(), "no fault recorded")
	})
	t.Run("waiting for ERROR", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "boom", "BUILD/spawning", "ERROR")
		s, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusError, fast)
		require.NoError(t, err)
		assert.Equal(t, "boom", s.Fault.Message)
	})
	t.Run("404 counts as DELETED", func(t *testing.T) {
		th := testhelper.Setup(t)
		n := statusSequence(t, th, "", "ACTIVE/deleting", "404")
		s, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusDeleted, fast)
		require.NoError(t, err)
		assert.Nil(t, s)
		assert.Equal(t, int32(2), n.Load())
	})
	t.Run("DELETED status counts as DELETED", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "", "DELETED/deleting")
		s, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusDeleted, fast)
		require.NoError(t, err)
		assert.Equal(t, servers.StatusDeleted, s.Status)
	})
	t.Run("404 is an error otherwise", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "", "404")
		_, err := servers.WaitForStatus(t.Context(), computeClient(th), serverID, servers.StatusActive, fast)
		assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	})
	t.Run("ctx deadline", func(t *testing.T) {
		th := testhelper.Setup(t)
		statusSequence(t, th, "", "BUILD/spawning")
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Millisecond)
		defer cancel()
		s, err := servers.WaitForStatus(ctx, computeClient(th), serverID, servers.StatusActive, fast)
		require.Error(t, err)
		assert.ErrorIs(t, err, gophercloud.ErrTimeout)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Contains(t, err.Error(), "last seen BUILD/spawning")
		require.NotNil(t, s)
		assert.Equal(t, servers.StatusBuild, s.Status)
	})
}

// ---------------------------------------------------------------- failure paths of every call

func TestFailures(t *testing.T) {
	type call = func(context.Context, *gophercloud.ServiceClient) error
	tests := []struct {
		name     string
		pattern  string
		okStatus int
		decodes  bool
		call     call
	}{
		{"List", "GET /servers/detail", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.List(c, servers.ListOpts{}).AllPages(ctx)
			return err
		}},
		{"List.All", "GET /servers/detail", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			for _, err := range servers.List(c, servers.ListOpts{}).All(ctx) {
				if err != nil {
					return err
				}
			}
			return nil
		}},
		{"Get", "GET /servers/{id}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Get(ctx, c, serverID).Extract()
			return err
		}},
		{"Create", "POST /servers", 202, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Create(ctx, c, servers.CreateOpts{Name: "n", FlavorRef: "1", ImageRef: "i"}).Extract()
			return err
		}},
		{"Create reservation", "POST /servers", 202, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.ExtractReservationID(servers.Create(ctx, c, servers.CreateOpts{Name: "n", FlavorRef: "1", ReturnReservationID: true}))
			return err
		}},
		{"Update", "PUT /servers/{id}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Update(ctx, c, serverID, servers.UpdateOpts{Name: "n"}).Extract()
			return err
		}},
		{"Delete", "DELETE /servers/{id}", 204, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Delete(ctx, c, serverID).ExtractErr()
		}},
		{"ForceDelete", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ForceDelete(ctx, c, serverID).ExtractErr()
		}},
		{"Reboot", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Reboot(ctx, c, serverID, servers.RebootOpts{Type: servers.HardReboot}).ExtractErr()
		}},
		{"Resize", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resize(ctx, c, serverID, servers.ResizeOpts{FlavorRef: "3"}).ExtractErr()
		}},
		{"ConfirmResize", "POST /servers/{id}/action", 204, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ConfirmResize(ctx, c, serverID).ExtractErr()
		}},
		{"RevertResize", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.RevertResize(ctx, c, serverID).ExtractErr()
		}},
		{"Rebuild", "POST /servers/{id}/action", 202, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Rebuild(ctx, c, serverID, servers.RebuildOpts{ImageRef: "i"}).Extract()
			return err
		}},
		{"ChangeAdminPassword", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ChangeAdminPassword(ctx, c, serverID, "pw").ExtractErr()
		}},
		{"CreateImage", "POST /servers/{id}/action", 202, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.CreateImage(ctx, c, serverID, servers.CreateImageOpts{Name: "n"}).ExtractImageID()
			return err
		}},
		{"Start", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Start(ctx, c, serverID).ExtractErr()
		}},
		{"Stop", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Stop(ctx, c, serverID).ExtractErr()
		}},
		{"Pause", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Pause(ctx, c, serverID).ExtractErr()
		}},
		{"Unpause", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Unpause(ctx, c, serverID).ExtractErr()
		}},
		{"Suspend", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Suspend(ctx, c, serverID).ExtractErr()
		}},
		{"Resume", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resume(ctx, c, serverID).ExtractErr()
		}},
		{"Lock", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Lock(ctx, c, serverID, servers.LockOpts{Reason: "r"}).ExtractErr()
		}},
		{"Unlock", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Unlock(ctx, c, serverID).ExtractErr()
		}},
		{"Rescue", "POST /servers/{id}/action", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Rescue(ctx, c, serverID, servers.RescueOpts{}).Extract()
			return err
		}},
		{"Unrescue", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Unrescue(ctx, c, serverID).ExtractErr()
		}},
		{"Shelve", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Shelve(ctx, c, serverID).ExtractErr()
		}},
		{"ShelveOffload", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ShelveOffload(ctx, c, serverID).ExtractErr()
		}},
		{"Unshelve", "POST /servers/{id}/action", 202, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Unshelve(ctx, c, serverID, servers.UnshelveOpts{AvailabilityZone: "az"}).ExtractErr()
		}},
		{"GetConsoleOutput", "POST /servers/{id}/action", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetConsoleOutput(ctx, c, serverID, servers.ConsoleOutputOpts{Length: 10}).Extract()
			return err
		}},
		{"ListMetadata", "GET /servers/{id}/metadata", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.ListMetadata(ctx, c, serverID).Extract()
			return err
		}},
		{"SetMetadata", "PUT /servers/{id}/metadata", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.SetMetadata(ctx, c, serverID, map[string]string{"a": "b"}).Extract()
			return err
		}},
		{"UpdateMetadata", "POST /servers/{id}/metadata", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.UpdateMetadata(ctx, c, serverID, map[string]string{"a": "b"}).Extract()
			return err
		}},
		{"GetMetadatum", "GET /servers/{id}/metadata/{key}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetMetadatum(ctx, c, serverID, "a").Extract()
			return err
		}},
		{"SetMetadatum", "PUT /servers/{id}/metadata/{key}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.SetMetadatum(ctx, c, serverID, "a", "b").Extract()
			return err
		}},
		{"DeleteMetadatum", "DELETE /servers/{id}/metadata/{key}", 204, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.DeleteMetadatum(ctx, c, serverID, "a").ExtractErr()
		}},
		{"GetAddresses", "GET /servers/{id}/ips", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetAddresses(ctx, c, serverID).Extract()
			return err
		}},
		{"GetNetworkAddresses", "GET /servers/{id}/ips/{network}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetNetworkAddresses(ctx, c, serverID, "private").Extract()
			return err
		}},
		{"WaitForStatus", "GET /servers/{id}", 200, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.WaitForStatus(ctx, c, serverID, servers.StatusActive, fast)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testhelper.CheckFailures(t, tt.pattern, tt.okStatus, tt.decodes, tt.call)
		})
	}
}

func TestListSimple(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /servers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"new"}})
		testhelper.WriteJSON(w, http.StatusOK, listSimpleJSON)
	})
	got, err := servers.ListSimple(computeClient(th), servers.ListOpts{Name: "new"}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "22c91117-08de-4894-9aa9-6ef382400985", got[0].ID)
	assert.Equal(t, "new-server-test", got[0].Name)
	assert.Len(t, got[0].Links, 2)
	testhelper.CheckFailures(t, "GET /servers", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := servers.ListSimple(c, servers.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestPassword(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /servers/{id}/os-server-password", http.StatusOK, passwordJSON)
	th.Handle("DELETE /servers/{id}/os-server-password", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	pw, err := servers.GetPassword(t.Context(), computeClient(th), serverID).Extract()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(pw, "xlozO3wLCBRWAa2y"))
	require.NoError(t, servers.ClearPassword(t.Context(), computeClient(th), serverID).ExtractErr())
	testhelper.CheckFailures(t, "GET /servers/{id}/os-server-password", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := servers.GetPassword(ctx, c, serverID).Extract()
		return err
	})
	testhelper.CheckFailures(t, "DELETE /servers/{id}/os-server-password", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return servers.ClearPassword(ctx, c, serverID).ExtractErr()
	})
}

// TestAdminActions checks the bodies of the administrator actions against
// the API reference's request examples.
func TestAdminActions(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		name string
		body string
		call func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"migrate", `{"migrate": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Migrate(ctx, c, serverID, servers.MigrateOpts{}).ExtractErr()
		}},
		{"migrate to host (2.56)", `{"migrate": {"host": "host1"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Migrate(ctx, c, serverID, servers.MigrateOpts{Host: "host1"}).ExtractErr()
		}},
		{"live migrate auto (2.25)", `{"os-migrateLive": {"host": null, "block_migration": "auto"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.LiveMigrate(ctx, c, serverID, servers.LiveMigrateOpts{}).ExtractErr()
		}},
		{"live migrate to host (2.1)", `{"os-migrateLive": {"host": "01c0cadef72d47e28a672a76060d492c", "block_migration": false}}`,
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return servers.LiveMigrate(ctx, c, serverID, servers.LiveMigrateOpts{Host: "01c0cadef72d47e28a672a76060d492c", BlockMigration: servers.BlockMigrationFalse}).ExtractErr()
			}},
		{"live migrate block", `{"os-migrateLive": {"host": null, "block_migration": true}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.LiveMigrate(ctx, c, serverID, servers.LiveMigrateOpts{BlockMigration: servers.BlockMigrationTrue}).ExtractErr()
		}},
		{"reset state", `{"os-resetState": {"state": "active"}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ResetState(ctx, c, serverID, servers.StateActive).ExtractErr()
		}},
		{"reset network", `{"resetNetwork": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ResetNetwork(ctx, c, serverID).ExtractErr()
		}},
		{"inject network info", `{"injectNetworkInfo": null}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.InjectNetworkInfo(ctx, c, serverID).ExtractErr()
		}},
		{"evacuate (2.14)", `{"evacuate": {"host": "b419863b7d814906a68fb31703c0dbd6", "adminPass": "MySecretPass"}}`,
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return servers.Evacuate(ctx, c, serverID, servers.EvacuateOpts{Host: "b419863b7d814906a68fb31703c0dbd6", AdminPass: "MySecretPass"}).Err
			}},
		{"evacuate shared (2.1)", `{"evacuate": {"onSharedStorage": true}}`, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Evacuate(ctx, c, serverID, servers.EvacuateOpts{OnSharedStorage: &yes}).Err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			status := http.StatusAccepted
			if strings.HasPrefix(tc.name, "evacuate") {
				status = http.StatusOK
			}
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				w.WriteHeader(status)
			})
			require.NoError(t, tc.call(t.Context(), computeClient(th)))
			testhelper.CheckFailures(t, "POST /servers/{id}/action", status, false, tc.call)
		})
	}
}

func TestEvacuateResult(t *testing.T) {
	for _, tc := range []struct {
		mv, body string
	}{{"2.1", evacuateJSON}, {"2.14", ""}} {
		t.Run(tc.mv, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
				if tc.body == "" {
					w.WriteHeader(http.StatusOK)
					return
				}
				testhelper.WriteJSON(w, http.StatusOK, tc.body)
			})
			r := servers.Evacuate(t.Context(), computeClient(th).WithMicroversion(tc.mv), serverID, servers.EvacuateOpts{})
			require.NoError(t, r.Err)
			pw, err := r.Extract()
			if tc.body == "" {
				assert.ErrorIs(t, err, gophercloud.ErrNoBody)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "MySecretPass", pw)
		})
	}
}

func TestAdminActionOptionErrors(t *testing.T) {
	th := testhelper.Setup(t) // any request fails the test
	c := computeClient(th)
	for name, err := range map[string]error{
		"reset state":  servers.ResetState(t.Context(), c, serverID, "paused").Err,
		"live migrate": servers.LiveMigrate(t.Context(), c, serverID, servers.LiveMigrateOpts{BlockMigration: "yes"}).Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestUpdatePinnedAvailabilityZone(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.104")
		testhelper.TestJSONRequest(t, r, `{"server": {"pinned_availability_zone": "us-west"}}`)
		testhelper.WriteJSON(w, http.StatusOK, getServerJSON)
	})
	az := "us-west"
	_, err := servers.Update(t.Context(), computeClient(th).WithMicroversion("2.104"), serverID, servers.UpdateOpts{PinnedAvailabilityZone: &az}).Extract()
	require.NoError(t, err)
}
