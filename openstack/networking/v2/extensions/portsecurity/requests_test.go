package portsecurity_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/portsecurity"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// networkJSON is a network with port_security_enabled, as in the
// Networking API reference (port security, show network).
const networkJSON = `{"network": {"id": "4e8e5957-649f-477b-9e5b-f1f75b21c03c", "name": "net1", "port_security_enabled": false, "revision_number": 3, "status": "ACTIVE"}}`

func TestCreateGetUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"name": "net1", "port_security_enabled": false}}`)
		testhelper.WriteJSON(w, http.StatusCreated, networkJSON)
	})
	th.Handle("GET /networks/4e8e5957", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, networkJSON)
	})
	th.Handle("PUT /networks/4e8e5957", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=3")
		testhelper.TestJSONRequest(t, r, `{"network": {"port_security_enabled": true}}`)
		testhelper.WriteJSON(w, http.StatusOK, networkJSON)
	})
	yes, no := true, false
	var n portsecurity.Network
	require.NoError(t, networks.Create(t.Context(), th.ServiceClient(), portsecurity.CreateOptsExt{
		CreateOptsBuilder: networks.CreateOpts{Name: "net1"}, PortSecurityEnabled: &no}).ExtractIntoEnvelope("network", &n))
	assert.False(t, n.PortSecurityEnabled)
	assert.Equal(t, "net1", n.Name)
	var g portsecurity.Network
	require.NoError(t, networks.Get(t.Context(), th.ServiceClient(), "4e8e5957").ExtractIntoEnvelope("network", &g))
	assert.Equal(t, 3, g.RevisionNumber)
	_, err := networks.Update(t.Context(), th.ServiceClient(), "4e8e5957", portsecurity.UpdateOptsExt{
		UpdateOptsBuilder: networks.UpdateOpts{IfMatch: common.IfMatch{RevisionNumber: 3}}, PortSecurityEnabled: &yes}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "POST /networks", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Create(ctx, c, portsecurity.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{}, PortSecurityEnabled: &no}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /networks/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Update(ctx, c, "x", portsecurity.UpdateOptsExt{UpdateOptsBuilder: networks.UpdateOpts{}, PortSecurityEnabled: &yes}).Extract()
		return err
	})
}
