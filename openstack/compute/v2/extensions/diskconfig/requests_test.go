package diskconfig_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions/diskconfig"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builder is a create-options builder returning a fixed body or error.
type builder struct {
	body map[string]any
	err  error
}

func (b builder) ToServerCreateMap() (map[string]any, error) { return b.body, b.err }

func TestCreateOptsExt(t *testing.T) {
	serverBody := func() map[string]any {
		return map[string]any{"server": map[string]any{"name": "web-1", "flavorRef": "1"}, "os:scheduler_hints": map[string]any{"group": "g"}}
	}
	boom := errors.New("boom")
	for _, tc := range []struct {
		name    string
		opts    diskconfig.CreateOptsExt
		want    map[string]any
		wantErr error
		errText string
	}{
		{"auto", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{body: serverBody()}, DiskConfig: diskconfig.Auto},
			map[string]any{"server": map[string]any{"name": "web-1", "flavorRef": "1", "OS-DCF:diskConfig": "AUTO"}, "os:scheduler_hints": map[string]any{"group": "g"}}, nil, ""},
		{"manual", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{body: serverBody()}, DiskConfig: diskconfig.Manual},
			map[string]any{"server": map[string]any{"name": "web-1", "flavorRef": "1", "OS-DCF:diskConfig": "MANUAL"}, "os:scheduler_hints": map[string]any{"group": "g"}}, nil, ""},
		{"unset leaves the body alone", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{body: serverBody()}},
			serverBody(), nil, ""},
		{"bad value", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{body: serverBody()}, DiskConfig: "auto"},
			nil, gophercloud.ErrInvalidOptions, "diskconfig.CreateOptsExt.DiskConfig"},
		{"no builder", diskconfig.CreateOptsExt{DiskConfig: diskconfig.Auto},
			nil, gophercloud.ErrInvalidOptions, "diskconfig.CreateOptsExt.CreateOptsBuilder"},
		{"builder error passes through", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{err: boom}, DiskConfig: diskconfig.Auto},
			nil, boom, "boom"},
		{"body without server", diskconfig.CreateOptsExt{CreateOptsBuilder: builder{body: map[string]any{"volume": map[string]any{}}}, DiskConfig: diskconfig.Auto},
			nil, gophercloud.ErrInvalidOptions, `no "server" object`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.opts.ToServerCreateMap()
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.ErrorContains(t, err, tc.errText)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCreateWithServersCreateOpts(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(r.Body)
		assert.NoError(t, err)
		var body struct {
			Server struct {
				Name       string `json:"name"`
				FlavorRef  string `json:"flavorRef"`
				ImageRef   string `json:"imageRef"`
				DiskConfig string `json:"OS-DCF:diskConfig"`
			} `json:"server"`
		}
		assert.NoError(t, json.Unmarshal(raw, &body))
		assert.Equal(t, "web-1", body.Server.Name)
		assert.Equal(t, "1", body.Server.FlavorRef)
		assert.Equal(t, "MANUAL", body.Server.DiskConfig)
		testhelper.WriteJSON(w, http.StatusAccepted, createServerJSON)
	})
	r := servers.Create(t.Context(), th.ServiceClient(), diskconfig.CreateOptsExt{
		CreateOptsBuilder: servers.CreateOpts{Name: "web-1", ImageRef: "70a599e0-31e7-49b7-b260-868f441e862b", FlavorRef: "1"},
		DiskConfig:        diskconfig.Manual,
	})
	var ext diskconfig.ServerDiskConfigExt
	require.NoError(t, r.ExtractIntoEnvelope("server", &ext))
	assert.Equal(t, "MANUAL", ext.DiskConfig)
}

// myServer is a user's own server struct carrying the extension.
type myServer struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	diskconfig.ServerDiskConfigExt
}

func TestExtractIntoUserStruct(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /servers/9168b536-cd40-4630-b43f-b259807c6e87", http.StatusOK, getServerJSON)
	want := myServer{
		ID: "9168b536-cd40-4630-b43f-b259807c6e87", Name: "new-server-test", Status: "ACTIVE",
		ServerDiskConfigExt: diskconfig.ServerDiskConfigExt{DiskConfig: "AUTO"},
	}
	r := servers.Get(t.Context(), th.ServiceClient(), "9168b536-cd40-4630-b43f-b259807c6e87")

	var s myServer
	require.NoError(t, r.ExtractIntoEnvelope("server", &s))
	assert.Equal(t, want, s)

	var body struct {
		Server myServer `json:"server"`
	}
	require.NoError(t, r.ExtractInto(&body))
	assert.Equal(t, want, body.Server)

	testhelper.CheckFailures(t, "GET /servers/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		var s myServer
		return servers.Get(ctx, c, "x").ExtractIntoEnvelope("server", &s)
	})
}

func TestRebuildAndResizeWithDiskConfig(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers/{id}/action", func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(r.Body)
		assert.NoError(t, err)
		switch {
		case json.Valid(raw) && string(raw[:10]) == `{"rebuild"`:
			assert.JSONEq(t, `{"rebuild": {"imageRef": "img", "OS-DCF:diskConfig": "AUTO"}}`, string(raw))
			testhelper.WriteJSON(w, http.StatusAccepted, createServerJSON)
		default:
			assert.JSONEq(t, `{"resize": {"flavorRef": "2", "OS-DCF:diskConfig": "MANUAL"}}`, string(raw))
			w.WriteHeader(http.StatusAccepted)
		}
	})
	c := th.ServiceClient()
	r := servers.Rebuild(t.Context(), c, "s1", diskconfig.RebuildOptsExt{
		RebuildOptsBuilder: servers.RebuildOpts{ImageRef: "img"}, DiskConfig: diskconfig.Auto,
	})
	require.NoError(t, r.Err)
	require.NoError(t, servers.Resize(t.Context(), c, "s1", diskconfig.ResizeOptsExt{
		ResizeOptsBuilder: servers.ResizeOpts{FlavorRef: "2"}, DiskConfig: diskconfig.Manual,
	}).ExtractErr())

	for name, err := range map[string]error{
		"rebuild nil":  servers.Rebuild(t.Context(), c, "s1", diskconfig.RebuildOptsExt{DiskConfig: diskconfig.Auto}).Err,
		"resize nil":   servers.Resize(t.Context(), c, "s1", diskconfig.ResizeOptsExt{DiskConfig: diskconfig.Auto}).Err,
		"resize bad":   servers.Resize(t.Context(), c, "s1", diskconfig.ResizeOptsExt{ResizeOptsBuilder: servers.ResizeOpts{FlavorRef: "2"}, DiskConfig: "auto"}).Err,
		"rebuild opts": servers.Rebuild(t.Context(), c, "s1", diskconfig.RebuildOptsExt{RebuildOptsBuilder: servers.RebuildOpts{}, DiskConfig: diskconfig.Auto}).Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
