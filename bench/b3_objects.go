package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	pobjects "github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/objects"
	ppagination "github.com/gophercloud/gophercloud/v2/pagination"
)

// B3: walk the 10,000 objects of a container, 1,000 per page, following
// Swift's markers (JSON listings, 205 KB per page).

const (
	b3Objects = 10000
	b3Limit   = 1000
)

func init() {
	register(&Benchmark{
		ID:     "B3",
		Title:  "walk 10,000 objects, limit=1000, marker paging (JSON)",
		Target: 1.3,
		Notes: "raw: loop GET ?format=json&limit=1000&marker=… + json.Unmarshal into []objects.Object (OUR struct) until a short or empty page. " +
			"ours: objects.List(c, \"bench\", &ListOpts{Limit: 1000}).All(ctx) (typed iterator). peer: objects.List(…).EachPage + objects.ExtractInfo. " +
			"raw-min (info): the same loop decoding into a struct of strings and an int. All use PooledClient(). 11 requests each (the last page is []).",
		Variants: []Variant{
			{"raw", b3Raw(false)},
			{"ours", b3Ours},
			{"peer", b3Peer},
			{"raw-min", b3Raw(true)},
		},
	})
}

var b3Names = sync.OnceValue(func() []string { return objectNames(b3Objects) })

func b3Cloud() *Cloud {
	return NewCloud(CloudOpts{ObjectNames: b3Names(), ListLimit: b3Limit})
}

func b3Check(n int, last string) error {
	names := b3Names()
	if n != b3Objects || last != names[len(names)-1] {
		return fmt.Errorf("walked %d objects ending at %q, want %d ending at %q", n, last, b3Objects, names[len(names)-1])
	}
	return nil
}

type minObject struct {
	Name         string `json:"name"`
	Bytes        int64  `json:"bytes"`
	Hash         string `json:"hash"`
	ContentType  string `json:"content_type"`
	LastModified string `json:"last_modified"`
}

func b3Raw(minimal bool) Setup {
	return func() (*Instance, error) {
		c := b3Cloud()
		hc := PooledClient()
		token, ep, err := rawAuth(context.Background(), hc, c.AuthURL(), "object-store")
		if err != nil {
			c.Close()
			return nil, err
		}
		base := ep + "/" + benchContainer + "?format=json&limit=" + fmt.Sprint(b3Limit)
		page := func(ctx context.Context, marker string) ([]byte, error) {
			u := base
			if marker != "" {
				u += "&marker=" + url.QueryEscape(marker)
			}
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
			if err != nil {
				return nil, err
			}
			req.Header.Set("X-Auth-Token", token)
			req.Header.Set("Accept", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				return nil, err
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				return nil, err
			}
			if resp.StatusCode == http.StatusNoContent {
				return nil, nil
			}
			if resp.StatusCode != http.StatusOK {
				return nil, fmt.Errorf("GET %s: %s", u, resp.Status)
			}
			return body, nil
		}
		return &Instance{
			Op: func(ctx context.Context) error {
				n, marker := 0, ""
				for {
					body, err := page(ctx, marker)
					if err != nil {
						return err
					}
					var got int
					if minimal {
						var objs []minObject
						if len(body) > 0 {
							if err := json.Unmarshal(body, &objs); err != nil {
								return err
							}
						}
						if got = len(objs); got > 0 {
							marker = objs[got-1].Name
						}
					} else {
						var objs []objects.Object
						if len(body) > 0 {
							if err := json.Unmarshal(body, &objs); err != nil {
								return err
							}
						}
						if got = len(objs); got > 0 {
							marker = objs[got-1].Name
						}
					}
					n += got
					if got < b3Limit {
						break
					}
				}
				return b3Check(n, marker)
			},
			Close: func() { closeIdle(hc); c.Close() },
		}, nil
	}
}

func b3Ours() (*Instance, error) {
	c := b3Cloud()
	hc := PooledClient()
	sc, err := oursService(context.Background(), c, "object-store", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			n, last := 0, ""
			for o, err := range objects.List(sc, benchContainer, objects.ListOpts{Limit: b3Limit}).All(ctx) {
				if err != nil {
					return err
				}
				n++
				last = o.Name
			}
			return b3Check(n, last)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}

func b3Peer() (*Instance, error) {
	c := b3Cloud()
	hc := PooledClient()
	sc, err := peerService(context.Background(), c, "object-store", false, hc)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Instance{
		Op: func(ctx context.Context) error {
			n, last := 0, ""
			err := pobjects.List(sc, benchContainer, pobjects.ListOpts{Limit: b3Limit}).EachPage(ctx, func(_ context.Context, p ppagination.Page) (bool, error) {
				objs, err := pobjects.ExtractInfo(p)
				if err != nil {
					return false, err
				}
				n += len(objs)
				if len(objs) > 0 {
					last = objs[len(objs)-1].Name
				}
				return true, nil
			})
			if err != nil {
				return err
			}
			return b3Check(n, last)
		},
		Close: func() { closeIdle(hc); c.Close() },
	}, nil
}
