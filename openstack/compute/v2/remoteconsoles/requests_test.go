package remoteconsoles_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/remoteconsoles"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const path = "/servers/" + serverID + "/remote-consoles"

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST "+path, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.6")
		testhelper.TestJSONRequest(t, r, createRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, createJSON)
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.6")
	got, err := remoteconsoles.Create(t.Context(), c, serverID, remoteconsoles.CreateOpts{
		Protocol: remoteconsoles.ProtocolVNC, Type: remoteconsoles.TypeNoVNC,
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, remoteconsoles.RemoteConsole{
		Protocol: "vnc", Type: "novnc",
		URL: "http://example.com:6080/vnc_auto.html?path=%3Ftoken%3Db60bcfc3-5fd4-4d21-986c-e83379107819",
	}, *got)

	testhelper.CheckFailures(t, "POST "+path, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := remoteconsoles.Create(ctx, c, serverID, remoteconsoles.CreateOpts{Protocol: "serial", Type: "serial"}).Extract()
		return err
	})
}

func TestCreateOptions(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST "+path, func(w http.ResponseWriter, r *http.Request) { testhelper.WriteJSON(w, http.StatusOK, createJSON) })
	for _, tc := range []struct {
		protocol, typ string
		ok            bool
	}{
		{"vnc", "novnc", true},
		{"vnc", "xvpvnc", true},
		{"spice", "spice-html5", true},
		{"serial", "serial", true},
		{"rdp", "rdp-html5", true},
		{"mks", "webmks", true},
		{"vnc", "spice-html5", false},
		{"", "novnc", false},
		{"vnc", "", false},
		{"vnc", "vnc", false},
	} {
		_, err := remoteconsoles.Create(t.Context(), th.ServiceClient(), serverID, remoteconsoles.CreateOpts{Protocol: tc.protocol, Type: tc.typ}).Extract()
		if tc.ok {
			assert.NoError(t, err, "%s/%s", tc.protocol, tc.typ)
		} else {
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%s/%s", tc.protocol, tc.typ)
		}
	}
}
