package openstack_test

import (
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	tokens2 "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// v3Catalog has two regions for compute, one URL published in two regions
// for identity, two object stores of the same type, a volume service with
// only an internal endpoint and a legacy endpoint with only "region".
var v3Catalog = &tokens3.ServiceCatalog{Entries: []tokens3.CatalogEntry{
	{ID: "c1", Type: "compute", Name: "nova", Endpoints: []tokens3.Endpoint{
		{ID: "e1", Interface: "public", Region: "RegionOne", RegionID: "RegionOne", URL: "https://compute.r1.example.com/v2.1"},
		{ID: "e2", Interface: "internal", Region: "RegionOne", RegionID: "RegionOne", URL: "http://10.1.0.10:8774/v2.1"},
		{ID: "e3", Interface: "admin", Region: "RegionOne", RegionID: "RegionOne", URL: "http://10.1.0.10:8774/v2.1/admin"},
		{ID: "e4", Interface: "public", Region: "RegionTwo", RegionID: "RegionTwo", URL: "https://compute.r2.example.com/v2.1/"},
	}},
	{ID: "c2", Type: "identity", Name: "keystone", Endpoints: []tokens3.Endpoint{
		{ID: "e5", Interface: "public", Region: "RegionOne", RegionID: "RegionOne", URL: "https://keystone.example.com/v3"},
		{ID: "e6", Interface: "public", Region: "RegionTwo", RegionID: "RegionTwo", URL: "https://keystone.example.com/v3"},
	}},
	{ID: "c3", Type: "object-store", Name: "swift", Endpoints: []tokens3.Endpoint{
		{ID: "e7", Interface: "public", RegionID: "RegionOne", Region: "RegionOne", URL: "https://swift.example.com/v1/AUTH_p1"},
	}},
	{ID: "c4", Type: "object-store", Name: "swift-archive", Endpoints: []tokens3.Endpoint{
		{ID: "e8", Interface: "public", RegionID: "RegionOne", Region: "RegionOne", URL: "https://archive.example.com/v1/AUTH_p1"},
	}},
	{ID: "c5", Type: "volumev3", Name: "cinderv3", Endpoints: []tokens3.Endpoint{
		{ID: "e9", Interface: "internal", RegionID: "RegionOne", Region: "RegionOne", URL: "http://10.1.0.11:8776/v3/p1"},
	}},
	{ID: "c6", Type: "image", Name: "glance", Endpoints: []tokens3.Endpoint{
		{ID: "e10", Interface: "public", Region: "Legacy", URL: "https://image.example.com"},
	}},
	{ID: "c7", Type: "dns", Name: "designate"},
}}

func TestV3EndpointURL(t *testing.T) {
	cases := []struct {
		name    string
		opts    gophercloud.EndpointOpts
		want    string
		wantErr error
		errText []string
	}{
		{name: "type and region", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionOne"}, want: "https://compute.r1.example.com/v2.1/"},
		{name: "explicit public", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionTwo", Availability: gophercloud.AvailabilityPublic}, want: "https://compute.r2.example.com/v2.1/"},
		{name: "internal", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionOne", Availability: gophercloud.AvailabilityInternal}, want: "http://10.1.0.10:8774/v2.1/"},
		{name: "admin in any region", opts: gophercloud.EndpointOpts{Type: "compute", Availability: gophercloud.AvailabilityAdmin}, want: "http://10.1.0.10:8774/v2.1/admin/"},
		{name: "name narrows", opts: gophercloud.EndpointOpts{Type: "compute", Name: "nova", Region: "RegionOne"}, want: "https://compute.r1.example.com/v2.1/"},
		{name: "same URL in two regions is one match", opts: gophercloud.EndpointOpts{Type: "identity"}, want: "https://keystone.example.com/v3/"},
		{name: "region by legacy region field", opts: gophercloud.EndpointOpts{Type: "image", Region: "Legacy"}, want: "https://image.example.com/"},
		{name: "name picks one of two services", opts: gophercloud.EndpointOpts{Type: "object-store", Name: "swift-archive"}, want: "https://archive.example.com/v1/AUTH_p1/"},
		{
			name: "two regions without a region", opts: gophercloud.EndpointOpts{Type: "compute"},
			wantErr: gophercloud.ErrMultipleEndpoints,
			errText: []string{"https://compute.r1.example.com/v2.1", "https://compute.r2.example.com/v2.1/", "set Region or Name"},
		},
		{
			name: "two services of a type", opts: gophercloud.EndpointOpts{Type: "object-store", Region: "RegionOne"},
			wantErr: gophercloud.ErrMultipleEndpoints, errText: []string{"swift.example.com", "archive.example.com"},
		},
		{
			name: "service without a public endpoint", opts: gophercloud.EndpointOpts{Type: "volumev3"},
			wantErr: gophercloud.ErrEndpointNotFound, errText: []string{`type="volumev3"`, `interface="public"`},
		},
		{
			name: "unknown region", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionThree"},
			wantErr: gophercloud.ErrEndpointNotFound, errText: []string{`region="RegionThree"`},
		},
		{name: "service without endpoints", opts: gophercloud.EndpointOpts{Type: "dns"}, wantErr: gophercloud.ErrEndpointNotFound},
		{name: "unknown type", opts: gophercloud.EndpointOpts{Type: "baremetal"}, wantErr: gophercloud.ErrServiceNotFound, errText: []string{`type="baremetal"`}},
		{name: "unknown name", opts: gophercloud.EndpointOpts{Type: "compute", Name: "nova-cells"}, wantErr: gophercloud.ErrServiceNotFound},
		{name: "bad interface", opts: gophercloud.EndpointOpts{Type: "compute", Availability: "publicURL"}, wantErr: gophercloud.ErrInvalidOptions, errText: []string{"EndpointOpts.Availability"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := openstack.V3EndpointURL(v3Catalog, tc.opts)
			if tc.wantErr != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.wantErr)
				for _, s := range tc.errText {
					assert.Contains(t, err.Error(), s)
				}
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestEndpointURLEmptyCatalogs(t *testing.T) {
	opts := gophercloud.EndpointOpts{Type: "compute"}
	for name, lookup := range map[string]func() (string, error){
		"v3 nil":   func() (string, error) { return openstack.V3EndpointURL(nil, opts) },
		"v3 empty": func() (string, error) { return openstack.V3EndpointURL(&tokens3.ServiceCatalog{}, opts) },
		"v2 nil":   func() (string, error) { return openstack.V2EndpointURL(nil, opts) },
		"v2 empty": func() (string, error) { return openstack.V2EndpointURL(&tokens2.ServiceCatalog{}, opts) },
	} {
		t.Run(name, func(t *testing.T) {
			_, err := lookup()
			assert.ErrorIs(t, err, gophercloud.ErrServiceNotFound)
		})
	}
}

var v2Catalog = &tokens2.ServiceCatalog{Entries: []tokens2.CatalogEntry{
	{Type: "compute", Name: "nova", Endpoints: []tokens2.Endpoint{
		{Region: "RegionOne", PublicURL: "https://compute.r1.example.com/v2/t1", InternalURL: "http://10.1.0.10:8774/v2/t1", AdminURL: "http://10.1.0.10:8774/v2/t1/admin"},
		{Region: "RegionTwo", PublicURL: "https://compute.r2.example.com/v2/t1", InternalURL: "http://10.2.0.10:8774/v2/t1", AdminURL: "http://10.2.0.10:8774/v2/t1"},
	}},
	{Type: "identity", Name: "keystone", Endpoints: []tokens2.Endpoint{
		{Region: "RegionOne", PublicURL: "https://keystone.example.com/v2.0", AdminURL: "https://keystone.example.com:35357/v2.0"},
		{Region: "RegionTwo", PublicURL: "https://keystone.example.com/v2.0", AdminURL: "https://keystone.example.com:35357/v2.0"},
	}},
	{Type: "object-store", Name: "cloudFiles", Endpoints: []tokens2.Endpoint{
		{Region: "DFW", PublicURL: "https://storage.dfw.example.com/v1/MossoCloudFS_1"},
	}},
	{Type: "object-store", Name: "cloudFilesCDN", Endpoints: []tokens2.Endpoint{
		{Region: "DFW", PublicURL: "https://cdn.dfw.example.com/v1/MossoCloudFS_1"},
	}},
}}

func TestV2EndpointURL(t *testing.T) {
	cases := []struct {
		name    string
		opts    gophercloud.EndpointOpts
		want    string
		wantErr error
	}{
		{name: "public by default", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionOne"}, want: "https://compute.r1.example.com/v2/t1/"},
		{name: "internal", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionTwo", Availability: gophercloud.AvailabilityInternal}, want: "http://10.2.0.10:8774/v2/t1/"},
		{name: "admin", opts: gophercloud.EndpointOpts{Type: "compute", Region: "RegionOne", Availability: gophercloud.AvailabilityAdmin}, want: "http://10.1.0.10:8774/v2/t1/admin/"},
		{name: "same URL in two regions", opts: gophercloud.EndpointOpts{Type: "identity"}, want: "https://keystone.example.com/v2.0/"},
		{name: "name picks a service", opts: gophercloud.EndpointOpts{Type: "object-store", Name: "cloudFiles"}, want: "https://storage.dfw.example.com/v1/MossoCloudFS_1/"},
		{name: "two regions", opts: gophercloud.EndpointOpts{Type: "compute"}, wantErr: gophercloud.ErrMultipleEndpoints},
		{name: "two services", opts: gophercloud.EndpointOpts{Type: "object-store", Region: "DFW"}, wantErr: gophercloud.ErrMultipleEndpoints},
		{name: "no internal URL published", opts: gophercloud.EndpointOpts{Type: "identity", Availability: gophercloud.AvailabilityInternal}, wantErr: gophercloud.ErrEndpointNotFound},
		{name: "unknown region", opts: gophercloud.EndpointOpts{Type: "compute", Region: "ORD"}, wantErr: gophercloud.ErrEndpointNotFound},
		{name: "unknown type", opts: gophercloud.EndpointOpts{Type: "network"}, wantErr: gophercloud.ErrServiceNotFound},
		{name: "bad interface", opts: gophercloud.EndpointOpts{Type: "compute", Availability: "private"}, wantErr: gophercloud.ErrInvalidOptions},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := openstack.V2EndpointURL(v2Catalog, tc.opts)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
