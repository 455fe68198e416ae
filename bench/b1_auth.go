package bench

import (
	"context"
	"fmt"
	"strings"

	gc "github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	pgc "github.com/gophercloud/gophercloud/v2"
	popenstack "github.com/gophercloud/gophercloud/v2/openstack"
)

// B1: Identity v3 password authentication returning a 90-endpoint catalog
// (30 services × 3 interfaces), then the compute endpoint of RegionOne.

func init() {
	register(&Benchmark{
		ID:     "B1",
		Title:  "v3 password auth + 90-endpoint catalog + NewComputeV2(region)",
		Target: 1.15,
		Notes: "raw: json.Marshal of a typed auth body, POST, json.Unmarshal into a minimal catalog struct, loop for the endpoint. " +
			"ours/peer: openstack.AuthenticatedClient + openstack.NewComputeV2(EndpointOpts{Region}) with each SDK's default HTTP client.",
		Variants: []Variant{
			{"raw", b1Raw},
			{"ours", b1Ours},
			{"peer", b1Peer},
		},
	})
}

func b1Check(c *Cloud, got string) error {
	if strings.TrimSuffix(got, "/") != c.ComputeURL() {
		return fmt.Errorf("endpoint %q, want %q", got, c.ComputeURL())
	}
	return nil
}

func b1Raw() (*Instance, error) {
	c := NewCloud(CloudOpts{})
	hc := PooledClient()
	return &Instance{
		Op: func(ctx context.Context) error {
			_, ep, err := rawAuth(ctx, hc, c.AuthURL(), "compute")
			if err != nil {
				return err
			}
			return b1Check(c, ep)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b1Ours() (*Instance, error) {
	c := NewCloud(CloudOpts{})
	opts := oursAuthOptions(c, false)
	return &Instance{
		Op: func(ctx context.Context) error {
			p, err := openstack.AuthenticatedClient(ctx, opts)
			if err != nil {
				return err
			}
			sc, err := openstack.NewComputeV2(p, gc.EndpointOpts{Region: Region})
			if err != nil {
				return err
			}
			return b1Check(c, sc.Endpoint)
		},
		Close: c.Close,
	}, nil
}

func b1Peer() (*Instance, error) {
	c := NewCloud(CloudOpts{})
	opts := peerAuthOptions(c, false)
	return &Instance{
		Op: func(ctx context.Context) error {
			p, err := popenstack.AuthenticatedClient(ctx, opts)
			if err != nil {
				return err
			}
			sc, err := popenstack.NewComputeV2(p, pgc.EndpointOpts{Region: Region})
			if err != nil {
				return err
			}
			return b1Check(c, sc.Endpoint)
		},
		Close: c.Close,
	}, nil
}
