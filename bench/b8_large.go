package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/largeobjects"
)

// B8: a static large object upload of a 1 GiB non-seekable stream with 4
// workers against 1, with 20 ms added to every Swift request, in 16 MiB
// segments (64 of them; the package's default is 32 MiB, which halves the
// number of round trips the workers can overlap).

const (
	b8Segment = 16 << 20
	b8Latency = 20 * time.Millisecond
)

// b8Size is the size of the upload (a variable so that the smoke test can
// move less).
var b8Size int64 = 1 << 30

func init() {
	register(&Benchmark{
		ID:          "B8",
		Title:       "SLO upload of a 1 GiB stream, 4 workers vs 1, +20 ms per request",
		Iters:       1,
		Rounds:      3,
		PeakRSS:     true,
		ExtraChecks: b8Checks,
		Notes: "ours: largeobjects.Upload(ctx, c, \"bench\", name, r, UploadOpts{Size: 1 GiB, SegmentSize: 16 MiB, Workers: 4}); " +
			"ours-1w: the same with Workers: 1. r is a non-seekable reader (so segments are buffered, Workers × SegmentSize). " +
			"The fake Swift sleeps 20 ms per request, checks each segment and answers its MD5. No raw or peer: the peer has no parallel large-object upload.",
		Variants: []Variant{
			{"ours-1w", b8Ours(1)},
			{"ours", b8Ours(4)},
		},
	})
}

func b8Ours(workers int) Setup {
	return func() (*Instance, error) {
		patternMD5(0, b8Segment)
		c := NewCloud(CloudOpts{SwiftLatency: b8Latency})
		hc := PooledClient()
		sc, err := oursService(context.Background(), c, "object-store", false, hc)
		if err != nil {
			c.Close()
			return nil, err
		}
		n := 0
		return &Instance{
			Op: func(ctx context.Context) error {
				n++
				res, err := largeobjects.Upload(ctx, sc, benchContainer, fmt.Sprintf("large-%d.img", n), nonSeeker{NewPatternReader(b8Size)},
					largeobjects.UploadOpts{Size: b8Size, SegmentSize: b8Segment, Workers: workers})
				if err != nil {
					return err
				}
				if res.Size != b8Size {
					return fmt.Errorf("uploaded %d bytes, want %d", res.Size, b8Size)
				}
				return nil
			},
			Close: func() { closeIdle(hc); c.Close() },
			Metrics: func() map[string]float64 {
				return map[string]float64{"segments": float64(c.segments.Load()) / float64(max(n, 1))}
			},
		}, nil
	}
}

func b8Checks(s map[string]*Summary) []Check {
	one, four := s["ours-1w"], s["ours"]
	if one == nil || four == nil || one.Err != nil || four.Err != nil || len(one.PerRound) == 0 || len(one.PerRound) != len(four.PerRound) {
		return nil
	}
	var speedups []float64
	for i := range one.PerRound {
		speedups = append(speedups, one.PerRound[i]/four.PerRound[i])
	}
	return []Check{{What: "speed-up 4 workers vs 1", Value: fmt.Sprintf("%.2f×", Median(speedups))}}
}
