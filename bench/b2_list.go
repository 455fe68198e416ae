package bench

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	pservers "github.com/gophercloud/gophercloud/v2/openstack/compute/v2/servers"
)

// B2: list 1,000 detailed servers (~2.4 KB each, 2.4 MB) on one page.

func init() {
	register(&Benchmark{
		ID:     "B2",
		Title:  "list 1,000 detailed servers (~2.4 KB each) on one page",
		Target: 1.3,
		Notes: "raw: GET + io.ReadAll + json.Unmarshal into struct{Servers []servers.Server} (OUR struct: the decode floor). " +
			"ours: servers.List(c, servers.ListOpts{}).AllPages + servers.ExtractServers. peer: the same calls of gophercloud v2. " +
			"raw-min (info): the same GET decoded into a 9-field struct of strings, to show what the full Server struct costs. All use PooledClient().",
		Variants: []Variant{
			{"raw", b2Raw(false)},
			{"ours", b2Ours},
			{"peer", b2Peer},
			{"raw-min", b2Raw(true)},
		},
	})
}

func b2Cloud() *Cloud {
	return NewCloud(CloudOpts{NovaRoutes: map[string][]byte{"servers/detail": serversDetailFixture()}})
}

func b2Check(n int, firstStatus string) error {
	if n != 1000 || firstStatus != "ACTIVE" {
		return fmt.Errorf("listed %d servers (first %q), want 1000 ACTIVE", n, firstStatus)
	}
	return nil
}

func b2Raw(minimal bool) Setup {
	return func() (*Instance, error) {
		c := b2Cloud()
		hc := PooledClient()
		token, ep, err := rawAuth(context.Background(), hc, c.AuthURL(), "compute")
		if err != nil {
			c.Close()
			return nil, err
		}
		url := ep + "/servers/detail"
		return &Instance{
			Op: func(ctx context.Context) error {
				body, err := rawGetBody(ctx, hc, url, token)
				if err != nil {
					return err
				}
				if minimal {
					var page struct {
						Servers []smallServer `json:"servers"`
					}
					if err := json.Unmarshal(body, &page); err != nil {
						return err
					}
					return b2Check(len(page.Servers), page.Servers[0].Status)
				}
				var page struct {
					Servers []servers.Server `json:"servers"`
				}
				if err := json.Unmarshal(body, &page); err != nil {
					return err
				}
				return b2Check(len(page.Servers), page.Servers[0].Status)
			},
			Close: func() { closeIdle(hc); c.Close() },
		}, nil
	}
}

func b2Ours() (*Instance, error) {
	c := b2Cloud()
	hc := PooledClient()
	sc, err := oursService(context.Background(), c, "compute", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := servers.List(sc, servers.ListOpts{}).AllPages(ctx)
			if err != nil {
				return err
			}
			list, err := servers.ExtractServers(page)
			if err != nil {
				return err
			}
			return b2Check(len(list), list[0].Status)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b2Peer() (*Instance, error) {
	c := b2Cloud()
	hc := PooledClient()
	sc, err := peerService(context.Background(), c, "compute", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			page, err := pservers.List(sc, nil).AllPages(ctx)
			if err != nil {
				return err
			}
			list, err := pservers.ExtractServers(page)
			if err != nil {
				return err
			}
			return b2Check(len(list), list[0].Status)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}
