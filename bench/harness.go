// Package bench measures this SDK against the peer SDK
// (github.com/gophercloud/gophercloud/v2) and against hand-written
// net/http + encoding/json code doing the same job (the floor), side by
// side, in the same process, against local fake OpenStack services.
//
// Every benchmark has the variants "raw", "ours" and "peer" (some add
// more); figures are meant to be read as ratios to "raw" measured in the
// same run, because the machines are small, shared and noisy.
//
// The benchmark bodies live here, in ordinary (non-test) files, so that
// both `go test -bench` (bench_test.go) and the report command
// (cmd/benchreport) run exactly the same code.
package bench

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"runtime"
	"slices"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	gc "github.com/cloudsdk/gophercloud"
)

// Instance is one prepared variant: fakes started, client built.
type Instance struct {
	// Op does the measured job once.
	Op func(ctx context.Context) error
	// Close stops what the setup started.
	Close func()
	// Metrics, if set, returns the variant's special counters after a run
	// (re-auths, 401s, connections, …).
	Metrics func() map[string]float64
}

// Setup prepares one variant. It is not timed.
type Setup func() (*Instance, error)

// Variant is one way of doing a benchmark's job.
type Variant struct {
	Name  string // "raw", "ours", "peer", or an extra such as "ours-1w"
	Setup Setup
}

// Benchmark is one job measured several ways.
type Benchmark struct {
	ID    string // "B1"
	Title string
	// Target is the bound on ours/raw (ns/op) the SDK must meet; 0 for none.
	Target float64
	// Iters, when > 0, runs a fixed number of ops per measurement instead
	// of a time budget (for jobs that take a second or more per op).
	Iters int
	// Variants, "raw" first.
	Variants []Variant
	// Available reports whether the benchmark can run (the SDK package it
	// needs exists); nil means always. The reason is shown when it cannot.
	Available func() (bool, string)
	// PeakRSS, when set, makes the report measure each variant's peak RSS
	// (VmHWM) in its own child process.
	PeakRSS bool
	// Rounds, when > 0, replaces the report's default number of rounds
	// (more, shorter rounds for a noisy heavy job; fewer for a long one).
	Rounds int
	// ExtraChecks adds targets beyond ours/raw ≤ Target (counters, RSS).
	ExtraChecks func(map[string]*Summary) []Check
	// Notes describe what the variants do, for the README.
	Notes string
}

var (
	registryMu sync.Mutex
	registry   []*Benchmark
)

// register adds b to the list of benchmarks; each b*.go calls it from init.
func register(b *Benchmark) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registry = append(registry, b)
	sort.SliceStable(registry, func(i, j int) bool { return order(registry[i].ID) < order(registry[j].ID) })
}

// order sorts B1, B2, …, B10 numerically.
func order(id string) int {
	n := 0
	fmt.Sscanf(id, "B%d", &n)
	return n
}

// All returns every registered benchmark, in ID order.
func All() []*Benchmark {
	registryMu.Lock()
	defer registryMu.Unlock()
	return slices.Clone(registry)
}

// Lookup returns the benchmark with the given ID.
func Lookup(id string) *Benchmark {
	for _, b := range All() {
		if b.ID == id {
			return b
		}
	}
	return nil
}

// Variant returns the named variant, or nil.
func (b *Benchmark) Variant(name string) *Variant {
	for i := range b.Variants {
		if b.Variants[i].Name == name {
			return &b.Variants[i]
		}
	}
	return nil
}

// IsAvailable reports whether the benchmark can run here.
func (b *Benchmark) IsAvailable() (bool, string) {
	if b.Available == nil {
		return true, ""
	}
	return b.Available()
}

// Result is what one measurement of one variant gave.
type Result struct {
	N           int
	NsPerOp     float64
	AllocsPerOp float64
	BytesPerOp  float64
	// CPUNsPerOp is the process's CPU time (user + system, the fake
	// servers included) per op: unlike wall time it does not grow while
	// other processes hold the CPUs, so it corroborates a ratio measured
	// on a busy machine.
	CPUNsPerOp float64
	Metrics    map[string]float64
	Err        error
}

// cpuTime returns the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Run measures variant v. With iters > 0 it sets up once and times
// exactly iters ops (for jobs of a second or more); otherwise it uses
// testing.Benchmark with the current -test.benchtime (see SetBenchtime),
// after one untimed op that warms connections and lazily built fixtures.
// The setup is never timed; an op that fails ends the measurement with Err.
func Run(v Variant, iters int) Result {
	if iters > 0 {
		return runFixed(v, iters)
	}
	var (
		metrics map[string]float64
		runErr  error
		cpu     time.Duration // of the last (reported) invocation
	)
	br := testing.Benchmark(func(b *testing.B) {
		if runErr != nil {
			b.SkipNow()
		}
		inst, err := v.Setup()
		if err != nil {
			runErr = err
			b.SkipNow()
		}
		defer inst.Close()
		ctx := context.Background()
		if err := inst.Op(ctx); err != nil {
			runErr = err
			b.SkipNow()
		}
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := cpuTime()
		for range b.N {
			if err := inst.Op(ctx); err != nil {
				runErr = err
				b.SkipNow()
			}
		}
		cpu = cpuTime() - cpu0
		b.StopTimer()
		if inst.Metrics != nil {
			metrics = inst.Metrics()
		}
	})
	r := Result{N: br.N, Metrics: metrics, Err: runErr}
	if br.N > 0 {
		r.CPUNsPerOp = float64(cpu.Nanoseconds()) / float64(br.N)
		r.NsPerOp = float64(br.T.Nanoseconds()) / float64(br.N)
		r.AllocsPerOp = float64(br.MemAllocs) / float64(br.N)
		r.BytesPerOp = float64(br.MemBytes) / float64(br.N)
	}
	return r
}

func runFixed(v Variant, iters int) Result {
	inst, err := v.Setup()
	if err != nil {
		return Result{Err: err}
	}
	defer inst.Close()
	ctx := context.Background()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu0 := time.Now(), cpuTime()
	for range iters {
		if err := inst.Op(ctx); err != nil {
			return Result{Err: err}
		}
	}
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	runtime.ReadMemStats(&after)
	r := Result{
		N:           iters,
		NsPerOp:     float64(elapsed.Nanoseconds()) / float64(iters),
		CPUNsPerOp:  float64(cpu.Nanoseconds()) / float64(iters),
		AllocsPerOp: float64(after.Mallocs-before.Mallocs) / float64(iters),
		BytesPerOp:  float64(after.TotalAlloc-before.TotalAlloc) / float64(iters),
	}
	if inst.Metrics != nil {
		r.Metrics = inst.Metrics()
	}
	return r
}

// SetBenchtime sets the time (or count, "Nx") testing.Benchmark runs each
// measurement for, outside `go test` too.
func SetBenchtime(d string) error {
	testing.Init()
	return flag.Set("test.benchtime", d)
}

// Bench runs variant v inside a testing benchmark (for `go test -bench`).
func Bench(b *testing.B, v Variant) {
	inst, err := v.Setup()
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	ctx := b.Context()
	if err := inst.Op(ctx); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := inst.Op(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if inst.Metrics != nil {
		for k, v := range inst.Metrics() {
			b.ReportMetric(v, k)
		}
	}
}

// Once sets variant v up, runs its op once and tears it down: the smoke
// test, and what a child process does to measure peak RSS.
func Once(ctx context.Context, v Variant) (map[string]float64, error) {
	inst, err := v.Setup()
	if err != nil {
		return nil, err
	}
	defer inst.Close()
	if err := inst.Op(ctx); err != nil {
		return nil, err
	}
	if inst.Metrics != nil {
		return inst.Metrics(), nil
	}
	return nil, nil
}

// PooledClient returns a new http.Client (with its own Transport) built
// by this SDK's gophercloud.NewHTTPClient: the client ours uses by
// default. Every variant compared for speed gets its own, identical one, so
// the comparison is of the SDKs, not of their transports' tuning.
func PooledClient() *http.Client { return gc.NewHTTPClient() }

// closeIdle closes the idle connections of c's transport, if it has any.
func closeIdle(c *http.Client) {
	if c != nil {
		c.CloseIdleConnections()
	}
}
