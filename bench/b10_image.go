package bench

import (
	"context"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"

	gc "github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	pimagedata "github.com/gophercloud/gophercloud/v2/openstack/image/v2/imagedata"
)

// B10: upload a 256 MiB image from a non-seekable reader. B11: download
// it, to io.Discard. The fake Glance counts what it receives and streams
// the pattern back; it answers the image document with the stream's real
// SHA-512 so a verifying download has something true to check.

const benchImageID = "7f3c9d1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f"

func init() {
	register(&Benchmark{
		ID:      "B10",
		Title:   "256 MiB image upload from a non-seekable reader (Glance PUT /file)",
		Target:  1.1,
		Iters:   1,
		Rounds:  11, // many short rounds: the median ratio steadies on a busy machine
		PeakRSS: true,
		Notes: "raw: PUT with ContentLength, octet-stream. ours: imagedata.Upload(…, r, UploadOpts{ContentLength}). " +
			"peer: imagedata.Upload of gophercloud v2 (neither hashes). " +
			"ours-verify (checked against raw-sha512): imagedata.UploadVerified, which hashes SHA-512 while sending and then GETs the image to compare with os_hash_value; " +
			"raw-sha512: raw hashing SHA-512 in the same pass, then GET of the image and the same comparison. All use PooledClient().",
		ExtraChecks: verifiedChecks,
		Variants: []Variant{
			{"raw", b10Raw(false)},
			{"ours", b10Ours(false)},
			{"peer", b10Peer},
			{"ours-verify", b10Ours(true)},
			{"raw-sha512", b10Raw(true)},
		},
	})
	register(&Benchmark{
		ID:      "B11",
		Title:   "256 MiB image download to io.Discard (Glance GET /file)",
		Target:  1.1,
		Iters:   1,
		Rounds:  11, // many short rounds, as B10
		PeakRSS: true,
		Notes: "raw: GET + io.Copy. ours: imagedata.Download(…, DownloadOpts{}) + io.Copy. peer: imagedata.Download(…).Extract() + io.Copy. " +
			"ours-verify (checked against raw-sha512): Download with Verify, which GETs the image for os_hash_value and hashes SHA-512 while streaming; " +
			"raw-sha512: raw hashing SHA-512 in the same pass and comparing. All use PooledClient().",
		ExtraChecks: verifiedChecks,
		Variants: []Variant{
			{"raw", b11Raw(false)},
			{"ours", b11Ours(false)},
			{"peer", b11Peer},
			{"ours-verify", b11Ours(true)},
			{"raw-sha512", b11Raw(true)},
		},
	})
}

// imageSHA512 is the SHA-512 of the streamSize pattern bytes, computed once.
var imageSHA512 = sync.OnceValue(func() string {
	h := sha512.New()
	_ = writePattern(h, 0, streamSize)
	return hex.EncodeToString(h.Sum(nil))
})

// glance is the fake image service of one benchmark instance.
type glance struct {
	*server
	cloud *Cloud
}

func newGlance() *glance {
	imageSHA512()
	g := &glance{cloud: NewCloud(CloudOpts{})}
	g.server = startServer(http.HandlerFunc(g.serve))
	return g
}

// Endpoint is the image service's catalog URL.
func (g *glance) Endpoint() string { return g.URL + "/image/" }

func (g *glance) Close() { g.server.Close(); g.cloud.Close() }

func (g *glance) serve(w http.ResponseWriter, r *http.Request) {
	g.Requests.Add(1)
	if !g.cloud.validToken(r) {
		g.cloud.unauthorized(g.server, w)
		return
	}
	switch r.Method + " " + r.URL.Path {
	case "PUT /image/v2/images/" + benchImageID + "/file":
		n, err := io.Copy(io.Discard, r.Body)
		if err != nil || n != streamSize {
			http.Error(w, fmt.Sprintf("received %d bytes (%v), want %d", n, err, streamSize), http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case "GET /image/v2/images/" + benchImageID + "/file":
		h := w.Header()
		h["Content-Type"] = []string{"application/octet-stream"}
		h["Content-Length"] = []string{strconv.FormatInt(streamSize, 10)}
		h["Content-Md5"] = []string{patternMD5(0, streamSize)}
		w.WriteHeader(http.StatusOK)
		_ = writePattern(w, 0, streamSize)
	case "GET /image/v2/images/" + benchImageID:
		writeJSON(w, http.StatusOK, []byte(`{"id": "`+benchImageID+`", "name": "bench.raw", "status": "active",
			"disk_format": "raw", "container_format": "bare", "visibility": "private", "protected": false,
			"size": `+strconv.FormatInt(streamSize, 10)+`, "checksum": "`+patternMD5(0, streamSize)+`",
			"os_hash_algo": "sha512", "os_hash_value": "`+imageSHA512()+`", "owner": "`+ProjectID+`",
			"created_at": "2026-11-30T10:00:00Z", "updated_at": "2026-11-30T10:00:05Z", "tags": [],
			"self": "/v2/images/`+benchImageID+`", "file": "/v2/images/`+benchImageID+`/file", "schema": "/v2/schemas/image"}`))
	default:
		http.NotFound(w, r)
	}
}

func (g *glance) fileURL() string { return g.Endpoint() + "v2/images/" + benchImageID + "/file" }

// imageClients authenticates against the fake and returns ours or the
// peer's image client, built as their NewImageV2 builds it.
func oursImage(g *glance, hc *http.Client) (*gc.ServiceClient, error) {
	sc, err := oursAt(context.Background(), g.cloud, "", "image", hc)
	if err != nil {
		return nil, err
	}
	sc.Endpoint = g.Endpoint()
	sc.ResourceBase = sc.Endpoint + "v2/"
	return sc, nil
}

func b10Raw(verify bool) Setup {
	return func() (*Instance, error) {
		g := newGlance()
		hc := PooledClient()
		token, _, err := rawAuth(context.Background(), hc, g.cloud.AuthURL(), "compute")
		if err != nil {
			g.Close()
			return nil, err
		}
		return &Instance{
			Op: func(ctx context.Context) error {
				if !verify {
					_, err := rawPut(ctx, hc, g.fileURL(), token, b5Body())
					return err
				}
				h := sha512.New()
				if _, err := rawPut(ctx, hc, g.fileURL(), token, io.TeeReader(b5Body(), h)); err != nil {
					return err
				}
				return rawCheckImage(ctx, hc, g, token, hex.EncodeToString(h.Sum(nil)))
			},
			Close: func() { closeIdle(hc); g.Close() },
		}, nil
	}
}

// rawCheckImage GETs the image document and compares its os_hash_value
// with sum, as a hand-written verified upload would.
func rawCheckImage(ctx context.Context, hc *http.Client, g *glance, token, sum string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.Endpoint()+"v2/images/"+benchImageID, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Auth-Token", token)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var img struct {
		Size      int64  `json:"size"`
		HashValue string `json:"os_hash_value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&img); err != nil {
		return err
	}
	if img.Size != streamSize || img.HashValue != sum {
		return fmt.Errorf("stored %d bytes with sha512 %.12s…, sent %d with %.12s…", img.Size, img.HashValue, streamSize, sum)
	}
	return nil
}

func b10Ours(verify bool) Setup {
	return func() (*Instance, error) {
		g := newGlance()
		hc := PooledClient()
		sc, err := oursImage(g, hc)
		if err != nil {
			g.Close()
			return nil, err
		}
		return &Instance{
			Op: func(ctx context.Context) error {
				opts := imagedata.UploadOpts{ContentLength: streamSize}
				if verify {
					_, err := imagedata.UploadVerified(ctx, sc, benchImageID, b5Body(), imagedata.VerifyOpts{UploadOpts: opts})
					return err
				}
				return imagedata.Upload(ctx, sc, benchImageID, b5Body(), opts).ExtractErr()
			},
			Close: func() { closeIdle(hc); g.Close() },
		}, nil
	}
}

func b10Peer() (*Instance, error) {
	g := newGlance()
	hc := PooledClient()
	sc, err := peerAt(context.Background(), g.cloud, "", "image", hc)
	if err != nil {
		g.Close()
		return nil, err
	}
	sc.Endpoint = g.Endpoint()
	sc.ResourceBase = sc.Endpoint + "v2/"
	return &Instance{
		Op: func(ctx context.Context) error {
			return pimagedata.Upload(ctx, sc, benchImageID, b5Body()).ExtractErr()
		},
		Close: func() { closeIdle(hc); g.Close() },
	}, nil
}

func b11Raw(hash bool) Setup {
	return func() (*Instance, error) {
		g := newGlance()
		hc := PooledClient()
		token, _, err := rawAuth(context.Background(), hc, g.cloud.AuthURL(), "compute")
		if err != nil {
			g.Close()
			return nil, err
		}
		return &Instance{
			Op: func(ctx context.Context) error {
				req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.fileURL(), nil)
				if err != nil {
					return err
				}
				req.Header.Set("X-Auth-Token", token)
				resp, err := hc.Do(req)
				if err != nil {
					return err
				}
				defer resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					return fmt.Errorf("GET: %s", resp.Status)
				}
				if !hash {
					n, err := io.Copy(io.Discard, resp.Body)
					if err != nil {
						return err
					}
					return checkSize(n)
				}
				h := sha512.New()
				n, err := io.Copy(h, resp.Body)
				if err != nil {
					return err
				}
				if got := hex.EncodeToString(h.Sum(nil)); got != imageSHA512() {
					return fmt.Errorf("sha512 %s…, want %s…", got[:12], imageSHA512()[:12])
				}
				return checkSize(n)
			},
			Close: func() { closeIdle(hc); g.Close() },
		}, nil
	}
}

func b11Ours(verify bool) Setup {
	return func() (*Instance, error) {
		g := newGlance()
		hc := PooledClient()
		sc, err := oursImage(g, hc)
		if err != nil {
			g.Close()
			return nil, err
		}
		return &Instance{
			Op: func(ctx context.Context) error {
				d, err := imagedata.Download(ctx, sc, benchImageID, imagedata.DownloadOpts{Verify: verify})
				if err != nil {
					return err
				}
				defer d.Body.Close()
				n, err := io.Copy(io.Discard, d.Body)
				if err != nil {
					return err
				}
				return checkSize(n)
			},
			Close: func() { closeIdle(hc); g.Close() },
		}, nil
	}
}

func b11Peer() (*Instance, error) {
	g := newGlance()
	hc := PooledClient()
	sc, err := peerAt(context.Background(), g.cloud, "", "image", hc)
	if err != nil {
		g.Close()
		return nil, err
	}
	sc.Endpoint = g.Endpoint()
	sc.ResourceBase = sc.Endpoint + "v2/"
	return &Instance{
		Op: func(ctx context.Context) error {
			body, err := pimagedata.Download(ctx, sc, benchImageID).Extract()
			if err != nil {
				return err
			}
			defer body.Close()
			n, err := io.Copy(io.Discard, body)
			if err != nil {
				return err
			}
			return checkSize(n)
		},
		Close: func() { closeIdle(hc); g.Close() },
	}, nil
}

// peakRSSCheck holds ours to a peak RSS of 32 MiB (the stream benchmarks'
// bound) and shows the peer's.
func peakRSSCheck(s map[string]*Summary) []Check {
	var out []Check
	for _, v := range []string{"ours", "ours-verify"} {
		if o := s[v]; o != nil && o.Err == nil && o.PeakRSSMiB > 0 {
			out = append(out, Check{What: v + " peak RSS ≤ 32 MiB", Value: strconv.FormatFloat(o.PeakRSSMiB, 'f', 1, 64) + " MiB", Pass: pass(o.PeakRSSMiB <= 32)})
		}
	}
	if p := s["peer"]; p != nil && p.Err == nil && p.PeakRSSMiB > 0 {
		out = append(out, Check{What: "peer peak RSS", Value: strconv.FormatFloat(p.PeakRSSMiB, 'f', 1, 64) + " MiB"})
	}
	return out
}

// verifiedChecks adds, to the RSS checks, ours-verify against the raw
// client that hashes SHA-512 in the same pass (≤ 1.1×, per round).
func verifiedChecks(s map[string]*Summary) []Check {
	out := peakRSSCheck(s)
	if o, m := s["ours-verify"], s["raw-sha512"]; o != nil && m != nil && o.Err == nil && m.Err == nil && len(o.PerRound) == len(m.PerRound) && len(o.PerRound) > 0 {
		var rs []float64
		for i := range o.PerRound {
			rs = append(rs, o.PerRound[i]/m.PerRound[i])
		}
		r := Median(rs)
		out = append(out, Check{What: "ours-verify / raw-sha512 ≤ 1.1×", Value: fmt.Sprintf("%.2f×", r), Pass: pass(r <= 1.1)})
	}
	return out
}
