package diagnostics_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/diagnostics"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const path = "/servers/" + serverID + "/diagnostics"

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET "+path, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.48")
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	d, err := diagnostics.Get(t.Context(), th.ServiceClientOf("compute").WithMicroversion("2.48"), serverID).Extract()
	require.NoError(t, err)
	assert.Equal(t, diagnostics.Diagnostics{
		State: "running", Driver: "libvirt", Hypervisor: "kvm", HypervisorOS: "ubuntu", Uptime: 46664, ConfigDrive: true,
		NumCPUs: 1, NumDisks: 1, NumNICs: 1,
		MemoryDetails: diagnostics.MemoryDetails{Maximum: 524288},
		CPUDetails:    []diagnostics.CPUDetails{{ID: 0, Time: 17300000000, Utilisation: 15}},
		DiskDetails:   []diagnostics.DiskDetails{{ErrorsCount: 1, ReadBytes: 262144, ReadRequests: 112, WriteBytes: 5778432, WriteRequests: 488}},
		NICDetails: []diagnostics.NICDetails{{
			MACAddress: "01:23:45:67:89:ab", RxDrop: 200, RxErrors: 100, RxOctets: 2070139, RxPackets: 26701, RxRate: 300,
			TxDrop: 500, TxErrors: 400, TxOctets: 140208, TxPackets: 662, TxRate: 600,
		}},
	}, *d)

	testhelper.CheckFailures(t, "GET "+path, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := diagnostics.Get(ctx, c, serverID).Extract()
		return err
	})
}

func TestGetLegacyFormat(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+path, http.StatusOK, getLegacyJSON)
	r := diagnostics.Get(t.Context(), th.ServiceClient(), serverID)
	_, err := r.Extract()
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse, "the driver format is not the 2.48 one")

	var libvirt struct {
		CPU0Time int64 `json:"cpu0_time"`
		VdaRead  int64 `json:"vda_read"`
	}
	require.NoError(t, r.ExtractInto(&libvirt))
	assert.Equal(t, int64(262144), libvirt.VdaRead)
}
