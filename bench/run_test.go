package bench

import (
	"testing"
)

// TestB6SingleReauth is the correctness side of B6: with 64 goroutines and
// a token revoked mid-run, ours must re-authenticate exactly once, open no
// more connections to Nova than there are goroutines, and fail no request.
func TestB6SingleReauth(t *testing.T) {
	for run := range 3 {
		s, err := RunB6(t.Context(), b6OursClient, B6Goroutines, B6PerG)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("run %d: %+v", run, s)
		if s.Failures > 0 {
			t.Errorf("run %d: %d of %d requests failed; first: %v", run, s.Failures, s.Requests, s.FirstErr)
		}
		if s.Reauths != 1 {
			t.Errorf("run %d: %d re-authentications after the revocation, want exactly 1", run, s.Reauths)
		}
		if s.Conns > B6Goroutines {
			t.Errorf("run %d: %d connections to Nova for %d goroutines", run, s.Conns, B6Goroutines)
		}
		if s.Unauth == 0 {
			t.Errorf("run %d: the revocation produced no 401: the test did not test anything", run)
		}
	}
}

// TestSmoke runs every variant of every available benchmark once, as
// `go test -bench . -benchtime=1x` would, but as a test and faster: the
// streams move 32 MiB (B4, B5) and 64 MiB (B8, four segments) instead of
// 256 MiB and 1 GiB, since it checks that the code paths work, not speed.
func TestSmoke(t *testing.T) {
	oldStream, oldB8 := streamSize, b8Size
	streamSize, b8Size = 32<<20, 4*b8Segment
	t.Cleanup(func() { streamSize, b8Size = oldStream, oldB8 })
	for _, b := range All() {
		t.Run(b.ID, func(t *testing.T) {
			if ok, why := b.IsAvailable(); !ok {
				t.Skip(why)
			}
			for _, v := range b.Variants {
				t.Run(v.Name, func(t *testing.T) {
					m, err := Once(t.Context(), v)
					if err != nil {
						t.Fatal(err)
					}
					if len(m) > 0 {
						t.Logf("%v", m)
					}
				})
			}
		})
	}
}
