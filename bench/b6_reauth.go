package bench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	gc "github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	pgc "github.com/gophercloud/gophercloud/v2"
	popenstack "github.com/gophercloud/gophercloud/v2/openstack"
)

// B6: 64 goroutines GET a server continuously; when half the requests
// are done the token is revoked and Nova answers 401 for it. A correct
// client re-authenticates exactly once (single flight), every request
// still succeeds, and a pooled client opens no more connections than it
// has concurrent callers. One op is one whole run against a fresh cloud
// (fresh ports, so connections are counted from zero).

const (
	B6Goroutines = 64
	B6PerG       = 40 // requests per goroutine per run
)

func init() {
	register(&Benchmark{
		ID:    "B6",
		Title: "64 goroutines × 40 GETs, token revoked mid-run (AllowReauth)",
		Iters: 3,
		Notes: "One op = one run of 2,560 GETs against a fresh fake cloud; the token is revoked after 1,280. " +
			"Counters are per run (max over runs for reauths/conns, sum for failures). raw: PooledClient + a hand-written " +
			"single-flight reauth. ours: default HTTP client. peer: its default http.Client (net/http's DefaultTransport, 2 idle " +
			"conns per host). peer-pooled: the peer with PooledClient(). Targets (ours): reauths = 1, conns ≤ 64, fails = 0.",
		ExtraChecks: b6Checks,
		Variants: []Variant{
			{"raw", b6Variant(b6RawClient)},
			{"ours", b6Variant(b6OursClient)},
			{"peer", b6Variant(b6PeerClient(false))},
			{"peer-pooled", b6Variant(b6PeerClient(true))},
		},
	})
}

// B6Stats is what one run counted.
type B6Stats struct {
	Requests int64 // GETs the callers completed
	Failures int64 // GETs that returned an error
	Reauths  int64 // tokens issued after the first
	Unauth   int64 // 401s Nova answered
	Conns    int64 // TCP connections Nova accepted
	FirstErr error
}

// b6Getter builds a client against c and returns one GET of the server.
type b6Getter func(ctx context.Context, c *Cloud, url string) (get func(context.Context) error, cleanup func(), err error)

// RunB6 does one run with a fresh cloud.
func RunB6(ctx context.Context, newGetter b6Getter, goroutines, perG int) (B6Stats, error) {
	id, body := serverFixture()
	c := NewCloud(CloudOpts{NovaRoutes: map[string][]byte{"servers/" + id: body}})
	defer c.Close()
	get, cleanup, err := newGetter(ctx, c, c.ComputeURL()+"/servers/"+id)
	if err != nil {
		return B6Stats{}, err
	}
	defer cleanup()
	total := int64(goroutines * perG)
	var (
		done, failures atomic.Int64
		revoked        atomic.Bool
		firstErr       atomic.Pointer[error]
		wg             sync.WaitGroup
	)
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range perG {
				if err := get(ctx); err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, &err)
				}
				if done.Add(1) >= total/2 && revoked.CompareAndSwap(false, true) {
					c.RevokeCurrent()
				}
			}
		}()
	}
	wg.Wait()
	s := B6Stats{
		Requests: done.Load(),
		Failures: failures.Load(),
		Reauths:  c.Auths() - 1,
		Unauth:   c.Nova.Unauth.Load(),
		Conns:    c.Nova.Conns.Load(),
	}
	if e := firstErr.Load(); e != nil {
		s.FirstErr = *e
	}
	return s, nil
}

func b6Variant(g b6Getter) Setup {
	return func() (*Instance, error) {
		var (
			mu                          sync.Mutex
			runs                        int
			maxReauth, maxConns, sum401 int64
			fails                       int64
		)
		return &Instance{
			Op: func(ctx context.Context) error {
				s, err := RunB6(ctx, g, B6Goroutines, B6PerG)
				if err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				runs++
				maxReauth = max(maxReauth, s.Reauths)
				maxConns = max(maxConns, s.Conns)
				sum401 += s.Unauth
				fails += s.Failures
				return nil
			},
			Close: func() {},
			Metrics: func() map[string]float64 {
				mu.Lock()
				defer mu.Unlock()
				return map[string]float64{
					"reauths": float64(maxReauth),
					"401s":    float64(sum401) / float64(max(runs, 1)),
					"conns":   float64(maxConns),
					"fails":   float64(fails),
				}
			},
		}, nil
	}
}

func b6OursClient(ctx context.Context, c *Cloud, url string) (func(context.Context) error, func(), error) {
	p, err := openstack.AuthenticatedClient(ctx, oursAuthOptions(c, true))
	if err != nil {
		return nil, nil, err
	}
	sc, err := openstack.NewComputeV2(p, gc.EndpointOpts{Region: Region})
	if err != nil {
		return nil, nil, err
	}
	get := func(ctx context.Context) error {
		s, err := gc.Extract[smallServer](sc.Get(ctx, url, nil), "server")
		if err != nil {
			return err
		}
		if s.Status != "ACTIVE" {
			return errors.New("bad server")
		}
		return nil
	}
	return get, func() {}, nil
}

func b6PeerClient(pooled bool) b6Getter {
	return func(ctx context.Context, c *Cloud, url string) (func(context.Context) error, func(), error) {
		p, err := popenstack.AuthenticatedClient(ctx, peerAuthOptions(c, true))
		if err != nil {
			return nil, nil, err
		}
		cleanup := func() {}
		if pooled {
			hc := PooledClient()
			p.HTTPClient = *hc
			cleanup = func() { closeIdle(hc) }
		}
		sc, err := popenstack.NewComputeV2(p, pgc.EndpointOpts{Region: Region})
		if err != nil {
			return nil, nil, err
		}
		get := func(ctx context.Context) error {
			var env struct {
				Server smallServer `json:"server"`
			}
			if _, err := sc.Get(ctx, url, &env, nil); err != nil {
				return err
			}
			if env.Server.Status != "ACTIVE" {
				return errors.New("bad server")
			}
			return nil
		}
		return get, cleanup, nil
	}
}

// b6RawClient is the floor: a pooled client, a token under a lock and a
// hand-written single-flight re-authentication (whoever holds the lock
// re-authenticates unless someone already replaced the stale token).
func b6RawClient(ctx context.Context, c *Cloud, url string) (func(context.Context) error, func(), error) {
	hc := PooledClient()
	tok, _, err := rawAuth(ctx, hc, c.AuthURL(), "compute")
	if err != nil {
		return nil, nil, err
	}
	var (
		mu    sync.RWMutex
		token = tok
		reMu  sync.Mutex
	)
	current := func() string { mu.RLock(); defer mu.RUnlock(); return token }
	reauth := func(ctx context.Context, stale string) error {
		reMu.Lock()
		defer reMu.Unlock()
		if current() != stale {
			return nil
		}
		t, _, err := rawAuth(ctx, hc, c.AuthURL(), "compute")
		if err != nil {
			return err
		}
		mu.Lock()
		token = t
		mu.Unlock()
		return nil
	}
	get := func(ctx context.Context) error {
		for attempt := 0; ; attempt++ {
			t := current()
			var env struct {
				Server smallServer `json:"server"`
			}
			code, err := rawGetJSON(ctx, hc, url, t, &env)
			if code == http.StatusUnauthorized && attempt == 0 {
				if err := reauth(ctx, t); err != nil {
					return err
				}
				continue
			}
			if err != nil {
				return err
			}
			if env.Server.Status != "ACTIVE" {
				return fmt.Errorf("bad server")
			}
			return nil
		}
	}
	return get, func() { closeIdle(hc) }, nil
}

func b6Checks(s map[string]*Summary) []Check {
	o := s["ours"]
	if o == nil || o.Err != nil || o.Metrics == nil {
		return nil
	}
	m := o.Metrics
	out := []Check{
		{What: "ours re-auths per revocation = 1", Value: fmt.Sprintf("%.0f", m["reauths"]), Pass: pass(m["reauths"] == 1)},
		{What: fmt.Sprintf("ours Nova connections ≤ %d", B6Goroutines), Value: fmt.Sprintf("%.0f", m["conns"]), Pass: pass(m["conns"] <= B6Goroutines)},
		{What: "ours failed requests = 0", Value: fmt.Sprintf("%.0f", m["fails"]), Pass: pass(m["fails"] == 0)},
	}
	for _, name := range []string{"peer", "peer-pooled"} {
		if p := s[name]; p != nil && p.Err == nil && p.Metrics != nil {
			out = append(out, Check{What: name + " re-auths / conns / fails", Value: fmt.Sprintf("%.0f / %.0f / %.0f", p.Metrics["reauths"], p.Metrics["conns"], p.Metrics["fails"])})
		}
	}
	return out
}
