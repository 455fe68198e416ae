package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	gc "github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	pgc "github.com/gophercloud/gophercloud/v2"
	popenstack "github.com/gophercloud/gophercloud/v2/openstack"
	pvolumes "github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/volumes"
	pports "github.com/gophercloud/gophercloud/v2/openstack/networking/v2/ports"
)

// B2p: list 1,000 Neutron ports on one page. B9: list 1,000 detailed
// Cinder volumes on one page. The fake serves both from its JSON route
// table behind the compute endpoint's host (the services' paths, not their
// hosts, are what the SDKs see), so the same token store applies.

const (
	netPath = "net/"                         // Neutron's catalog URL; resources below v2.0/
	volPath = "volume/v3/" + ProjectID + "/" // Cinder v3's catalog URL
)

func init() {
	register(&Benchmark{
		ID:     "B2p",
		Title:  "list 1,000 Neutron ports (~1.6 KB each) on one page",
		Target: 1.1,
		Notes: "raw: GET + io.ReadAll + json.Unmarshal into struct{Ports []ports.Port} (OUR struct: the decode floor). " +
			"ours: ports.List(c, ports.ListOpts{}).AllPages. peer: ports.List + ExtractPorts of gophercloud v2. All use PooledClient().",
		Variants: []Variant{
			{"raw", listRaw(netPath+"v2.0/ports", func(b []byte) (int, string, error) {
				var page struct {
					Ports []ports.Port `json:"ports"`
				}
				err := json.Unmarshal(b, &page)
				return len(page.Ports), firstOf(page.Ports, func(p ports.Port) string { return p.Name }), err
			})},
			{"ours", b2pOurs},
			{"peer", b2pPeer},
		},
	})
	register(&Benchmark{
		ID:     "B9",
		Title:  "list 1,000 detailed Cinder volumes (~1.5 KB each) on one page",
		Target: 1.1,
		Notes: "raw: GET + io.ReadAll + json.Unmarshal into struct{Volumes []volumes.Volume} (OUR struct: the decode floor). " +
			"ours: volumes.List(c, volumes.ListOpts{}).AllPages. peer: volumes.List + ExtractVolumes of gophercloud v2. All use PooledClient().",
		Variants: []Variant{
			{"raw", listRaw(volPath+"volumes/detail", func(b []byte) (int, string, error) {
				var page struct {
					Volumes []volumes.Volume `json:"volumes"`
				}
				err := json.Unmarshal(b, &page)
				return len(page.Volumes), firstOf(page.Volumes, func(v volumes.Volume) string { return v.Name }), err
			})},
			{"ours", b9Ours},
			{"peer", b9Peer},
		},
	})
}

func firstOf[T any](items []T, name func(T) string) string {
	if len(items) == 0 {
		return ""
	}
	return name(items[0])
}

func listsCloud() *Cloud {
	return NewCloud(CloudOpts{NovaRoutes: map[string][]byte{
		netPath + "v2.0/ports":     portsFixture(),
		volPath + "volumes/detail": volumesFixture(),
	}})
}

func listCheck(n int, first, wantFirst string) error {
	if n != 1000 || first != wantFirst {
		return fmt.Errorf("listed %d (first %q), want 1000 (first %q)", n, first, wantFirst)
	}
	return nil
}

func wantFirst(path string) string {
	if path == netPath+"v2.0/ports" {
		return "port-0000"
	}
	return "vol-0000"
}

func listRaw(path string, decode func([]byte) (int, string, error)) Setup {
	return func() (*Instance, error) {
		c := listsCloud()
		hc := PooledClient()
		token, _, err := rawAuth(context.Background(), hc, c.AuthURL(), "compute")
		if err != nil {
			c.Close()
			return nil, err
		}
		url := c.ComputeURL() + "/" + path
		return &Instance{
			Op: func(ctx context.Context) error {
				body, err := rawGetBody(ctx, hc, url, token)
				if err != nil {
					return err
				}
				n, first, err := decode(body)
				if err != nil {
					return err
				}
				return listCheck(n, first, wantFirst(path))
			},
			Close: func() { closeIdle(hc); c.Close() },
		}, nil
	}
}

// oursAt authenticates with ours and returns a client whose endpoint is
// path below the fake's compute URL, built the way the SDK's constructor
// for that service builds it.
func oursAt(ctx context.Context, c *Cloud, path, typ string, hc *http.Client) (*gc.ServiceClient, error) {
	p, err := openstack.AuthenticatedClient(ctx, oursAuthOptions(c, false))
	if err != nil {
		return nil, err
	}
	p.HTTPClient = hc
	sc := &gc.ServiceClient{ProviderClient: p, Endpoint: c.ComputeURL() + "/" + path, Type: typ}
	if typ == "network" {
		sc.ResourceBase = sc.Endpoint + "v2.0/"
	}
	return sc, nil
}

// peerAt is oursAt for the peer SDK.
func peerAt(ctx context.Context, c *Cloud, path, typ string, hc *http.Client) (*pgc.ServiceClient, error) {
	p, err := popenstack.AuthenticatedClient(ctx, peerAuthOptions(c, false))
	if err != nil {
		return nil, err
	}
	p.HTTPClient = *hc
	sc := &pgc.ServiceClient{ProviderClient: p, Endpoint: c.ComputeURL() + "/" + path, Type: typ}
	if typ == "network" {
		sc.ResourceBase = sc.Endpoint + "v2.0/"
	}
	return sc, nil
}

func b2pOurs() (*Instance, error) {
	c := listsCloud()
	hc := PooledClient()
	sc, err := oursAt(context.Background(), c, netPath, "network", hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := ports.List(sc, ports.ListOpts{}).AllPages(ctx)
			if err != nil {
				return err
			}
			return listCheck(len(page.Items), firstOf(page.Items, func(p ports.Port) string { return p.Name }), "port-0000")
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b2pPeer() (*Instance, error) {
	c := listsCloud()
	hc := PooledClient()
	sc, err := peerAt(context.Background(), c, netPath, "network", hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := pports.List(sc, nil).AllPages(ctx)
			if err != nil {
				return err
			}
			list, err := pports.ExtractPorts(page)
			if err != nil {
				return err
			}
			return listCheck(len(list), firstOf(list, func(p pports.Port) string { return p.Name }), "port-0000")
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b9Ours() (*Instance, error) {
	c := listsCloud()
	hc := PooledClient()
	sc, err := oursAt(context.Background(), c, volPath, "block-storage", hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := volumes.List(sc, volumes.ListOpts{}).AllPages(ctx)
			if err != nil {
				return err
			}
			return listCheck(len(page.Items), firstOf(page.Items, func(v volumes.Volume) string { return v.Name }), "vol-0000")
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b9Peer() (*Instance, error) {
	c := listsCloud()
	hc := PooledClient()
	sc, err := peerAt(context.Background(), c, volPath, "block-storage", hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := pvolumes.List(sc, nil).AllPages(ctx)
			if err != nil {
				return err
			}
			list, err := pvolumes.ExtractVolumes(page)
			if err != nil {
				return err
			}
			return listCheck(len(list), firstOf(list, func(v pvolumes.Volume) string { return v.Name }), "vol-0000")
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

// rawGetBody is the raw variants' GET: the request a hand-written client
// sends, the whole body read, a non-200 an error.
func rawGetBody(ctx context.Context, hc *http.Client, url, token string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Token", token)
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return body, nil
}
