package bench

import (
	"context"
	"fmt"

	gc "github.com/cloudsdk/gophercloud"
)

// B7: one small GET (show server details, ~2 KB) decoded into a small
// struct. All three variants decode into the same struct and use
// identically tuned, separate HTTP clients (PooledClient).

func init() {
	register(&Benchmark{
		ID:     "B7",
		Title:  "GET /servers/{id} (~2 KB) decoded into a small struct",
		Target: 1.3,
		Notes: "raw: http.NewRequest + Do + json.NewDecoder. ours: ServiceClient.Get + gophercloud.Extract[T](r, \"server\"). " +
			"peer: ServiceClient.Get(ctx, url, &envelope, nil) (JSONResponse, the same struct). All use PooledClient().",
		Variants: []Variant{
			{"raw", b7Raw},
			{"ours", b7Ours},
			{"peer", b7Peer},
		},
	})
}

// smallServer is what B7 decodes: the fields a caller usually wants.
type smallServer struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Status   string `json:"status"`
	TenantID string `json:"tenant_id"`
	UserID   string `json:"user_id"`
	HostID   string `json:"hostId"`
	Created  string `json:"created"`
	Updated  string `json:"updated"`
	KeyName  string `json:"key_name"`
}

func b7Cloud() (*Cloud, string) {
	id, body := serverFixture()
	return NewCloud(CloudOpts{NovaRoutes: map[string][]byte{"servers/" + id: body}}), id
}

func checkSmall(s *smallServer, id string) error {
	if s.ID != id || s.Status != "ACTIVE" {
		return fmt.Errorf("decoded server %q/%q, want %q/ACTIVE", s.ID, s.Status, id)
	}
	return nil
}

func b7Raw() (*Instance, error) {
	c, id := b7Cloud()
	hc := PooledClient()
	token, ep, err := rawAuth(context.Background(), hc, c.AuthURL(), "compute")
	if err != nil {
		c.Close()
		return nil, err
	}
	url := ep + "/servers/" + id
	return &Instance{
		Op: func(ctx context.Context) error {
			var env struct {
				Server smallServer `json:"server"`
			}
			if _, err := rawGetJSON(ctx, hc, url, token, &env); err != nil {
				return err
			}
			return checkSmall(&env.Server, id)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b7Ours() (*Instance, error) {
	c, id := b7Cloud()
	hc := PooledClient()
	sc, err := oursService(context.Background(), c, "compute", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	url := sc.ServiceURL("servers", id)
	return &Instance{
		Op: func(ctx context.Context) error {
			r := sc.Get(ctx, url, nil)
			s, err := gc.Extract[smallServer](r, "server")
			if err != nil {
				return err
			}
			return checkSmall(s, id)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b7Peer() (*Instance, error) {
	c, id := b7Cloud()
	hc := PooledClient()
	sc, err := peerService(context.Background(), c, "compute", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	url := sc.ServiceURL("servers", id)
	return &Instance{
		Op: func(ctx context.Context) error {
			var env struct {
				Server smallServer `json:"server"`
			}
			if _, err := sc.Get(ctx, url, &env, nil); err != nil {
				return err
			}
			return checkSmall(&env.Server, id)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}
