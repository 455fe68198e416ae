// Command benchreport runs the SDK benchmarks (package bench) several
// rounds, interleaving the variants to cancel drift on a noisy machine,
// takes medians and prints a Markdown report of ratios to the raw
// net/http + encoding/json floor, with the targets marked PASS or MISS.
//
//	cd bench && go run ./cmd/benchreport               # everything, ~4 min on 2 cores
//	cd bench && go run ./cmd/benchreport -only B1,B7   # a selection
//
// Peak memory (B4, B5) is measured honestly: each variant runs once in its
// own child process (this binary re-executed with -child) and reports the
// VmHWM of /proc/self/status.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud/bench"
)

func main() {
	var (
		only      = flag.String("only", "", "comma-separated benchmark IDs to run (default: all)")
		rounds    = flag.Int("rounds", 5, "measurement rounds per variant (medians are reported); when set, it also overrides the benchmarks' own round counts")
		benchtime = flag.String("benchtime", "300ms", "time (or Nx count) per measurement of the quick benchmarks")
		rss       = flag.Bool("rss", true, "measure peak RSS in child processes for the benchmarks that ask for it")
		out       = flag.String("o", "", "also write the report to this file")
		cpuprof   = flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
		child     = flag.String("child", "", "internal: run one variant (ID/variant) once and print its peak RSS")
	)
	flag.Parse()
	roundsSet := false
	flag.Visit(func(f *flag.Flag) { roundsSet = roundsSet || f.Name == "rounds" })
	if *child != "" {
		os.Exit(runChild(*child))
	}
	if err := bench.SetBenchtime(*benchtime); err != nil {
		fatal(err)
	}
	if *cpuprof != "" {
		f, err := os.Create(*cpuprof)
		if err != nil {
			fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); _ = f.Close() }()
	}

	var selected []*bench.Benchmark
	want := map[string]bool{}
	for _, id := range strings.Split(*only, ",") {
		if id = strings.ToUpper(strings.TrimSpace(id)); id != "" {
			want[id] = true
		}
	}
	all := len(want) == 0
	for _, b := range bench.All() {
		if id := strings.ToUpper(b.ID); all || want[id] {
			selected = append(selected, b)
			delete(want, id)
		}
	}
	for id := range want {
		var have []string
		for _, b := range bench.All() {
			have = append(have, b.ID)
		}
		fatal(fmt.Errorf("no benchmark %s (have %s)", id, strings.Join(have, ", ")))
	}

	start := time.Now()
	var rep report
	rep.args = strings.Join(os.Args[1:], " ")
	rep.loadBefore = bench.LoadAvg()
	for _, b := range selected {
		if ok, why := b.IsAvailable(); !ok {
			rep.skipped = append(rep.skipped, fmt.Sprintf("%s (%s): %s", b.ID, b.Title, why))
			progress("%s skipped: %s", b.ID, why)
			continue
		}
		n := *rounds
		if b.Rounds > 0 && !roundsSet {
			n = b.Rounds
		}
		rep.results = append(rep.results, measure(b, n, *rss))
	}
	rep.elapsed = time.Since(start)
	rep.loadAfter = bench.LoadAvg()

	var buf bytes.Buffer
	rep.write(&buf)
	os.Stdout.Write(buf.Bytes())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			fatal(err)
		}
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchreport:", err)
	os.Exit(1)
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "# "+format+"\n", args...)
}

type benchResult struct {
	b       *bench.Benchmark
	rounds  int
	summary map[string]*bench.Summary
}

// measure runs every variant of b for n rounds. Each round starts with a
// different variant (raw, ours, peer; then ours, peer, raw; …) so slow
// drift of the machine does not favour one of them.
func measure(b *bench.Benchmark, n int, rss bool) benchResult {
	res := map[string][]bench.Result{}
	vs := b.Variants
	for round := range n {
		for i := range vs {
			v := vs[(round+i)%len(vs)]
			t0 := time.Now()
			r := bench.Run(v, b.Iters)
			res[v.Name] = append(res[v.Name], r)
			status := fmt.Sprintf("%.0f ns/op, %.0f allocs/op", r.NsPerOp, r.AllocsPerOp)
			if r.Err != nil {
				status = "ERROR " + r.Err.Error()
			}
			progress("%s round %d/%d %-12s %s (%d ops, %.1fs)", b.ID, round+1, n, v.Name, status, r.N, time.Since(t0).Seconds())
		}
	}
	sum := map[string]*bench.Summary{}
	for _, v := range vs {
		rs := res[v.Name]
		s := &bench.Summary{Metrics: map[string]float64{}}
		var ns, allocs, bytes, cpu []float64
		metrics := map[string][]float64{}
		for i, r := range rs {
			if r.Err != nil {
				s.Err = r.Err
				continue
			}
			ns = append(ns, r.NsPerOp)
			allocs = append(allocs, r.AllocsPerOp)
			bytes = append(bytes, r.BytesPerOp)
			cpu = append(cpu, r.CPUNsPerOp)
			for k, x := range r.Metrics {
				metrics[k] = append(metrics[k], x)
			}
			if raw := res["raw"]; len(raw) > i && raw[i].Err == nil && raw[i].NsPerOp > 0 {
				s.RatioToRaw = append(s.RatioToRaw, r.NsPerOp/raw[i].NsPerOp)
				if raw[i].CPUNsPerOp > 0 {
					s.CPURatioToRaw = append(s.CPURatioToRaw, r.CPUNsPerOp/raw[i].CPUNsPerOp)
				}
			}
		}
		s.PerRound = ns
		s.CPUNsPerOp = bench.Median(cpu)
		s.NsPerOp, s.AllocsPerOp, s.BytesPerOp = bench.Median(ns), bench.Median(allocs), bench.Median(bytes)
		for k, xs := range metrics {
			switch k {
			case "reauths", "conns", "fails":
				s.Metrics[k] = slices.Max(xs) // the worst round
			default:
				s.Metrics[k] = bench.Median(xs)
			}
		}
		sum[v.Name] = s
	}
	if b.PeakRSS && rss {
		for _, v := range vs {
			mib, err := childRSS(b.ID + "/" + v.Name)
			if err != nil {
				progress("%s/%s peak RSS: %v", b.ID, v.Name, err)
				if sum[v.Name].Err == nil {
					sum[v.Name].Err = fmt.Errorf("peak RSS child: %w", err)
				}
				continue
			}
			sum[v.Name].PeakRSSMiB = mib
			progress("%s/%s peak RSS %.1f MiB", b.ID, v.Name, mib)
		}
	}
	return benchResult{b: b, rounds: n, summary: sum}
}

// childRSS re-executes this binary to run one variant once and returns its
// peak RSS in MiB.
func childRSS(spec string) (float64, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(exe, "-child", spec)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	for _, line := range strings.Split(stdout.String(), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM_KiB="); ok {
			kib, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return kib / 1024, err
		}
	}
	return 0, fmt.Errorf("child printed no VmHWM: %q", stdout.String())
}

func runChild(spec string) int {
	id, name, _ := strings.Cut(spec, "/")
	b := bench.Lookup(id)
	if b == nil || b.Variant(name) == nil {
		fmt.Fprintln(os.Stderr, "no such variant", spec)
		return 2
	}
	if _, err := bench.Once(context.Background(), *b.Variant(name)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	kib, err := bench.PeakRSSKiB()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("VmHWM_KiB=%d\n", kib)
	return 0
}

type report struct {
	args                  string
	loadBefore, loadAfter string
	results               []benchResult
	skipped               []string
	elapsed               time.Duration
}

func fmtNs(ns float64) string {
	switch {
	case ns == 0 || math.IsNaN(ns):
		return "–"
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func fmtCount(x float64) string {
	switch {
	case x >= 1e6:
		return fmt.Sprintf("%.2fM", x/1e6)
	case x >= 1e4:
		return fmt.Sprintf("%.1fk", x/1e3)
	}
	return fmt.Sprintf("%.0f", x)
}

// ratio formats the median per-round ratio with its range.
func ratio(s *bench.Summary) string {
	if s == nil || s.Err != nil {
		return "–"
	}
	return fmtRatios(s.RatioToRaw, true)
}

// cpuRatio is ratio for CPU time.
func cpuRatio(s *bench.Summary) string {
	if s == nil || s.Err != nil {
		return "–"
	}
	return fmtRatios(s.CPURatioToRaw, false)
}

func fmtRatios(rs []float64, bold bool) string {
	if len(rs) == 0 {
		return "–"
	}
	med := bench.Median(rs)
	if len(rs) == 1 {
		return fmt.Sprintf("%.2f×", med)
	}
	f := "%.2f× (%.2f–%.2f)"
	if bold {
		f = "**%.2f×** (%.2f–%.2f)"
	}
	return fmt.Sprintf(f, med, slices.Min(rs), slices.Max(rs))
}

func cell(s *bench.Summary, f func(*bench.Summary) string) string {
	if s == nil {
		return "n/a"
	}
	if s.Err != nil {
		return "ERROR"
	}
	return f(s)
}

func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "## Benchmark report\n\n")
	fmt.Fprintf(w, "- date: %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "- machine: %s\n", bench.Machine())
	cmd := "cd bench && go run ./cmd/benchreport"
	if r.args != "" {
		cmd += " " + r.args
	}
	fmt.Fprintf(w, "- command: `%s` (took %s)\n", cmd, r.elapsed.Round(time.Second))
	if r.loadBefore != "" {
		fmt.Fprintf(w, "- load average (1/5/15 min) before: %s, after: %s (on %d CPUs; other processes' load inflates wall times, not CPU times)\n", r.loadBefore, r.loadAfter, runtime.NumCPU())
	}
	fmt.Fprintf(w, "- ns/op (wall time) and allocs/op are medians over the rounds; a ratio is the median of the per-round ratios to raw, ")
	fmt.Fprintf(w, "whose variants ran back to back (range over rounds in brackets). The CPU ratios compare process CPU time (user+system) per op, ")
	fmt.Fprintf(w, "which does not grow while other processes hold the CPUs: they corroborate the wall-time ratios on a busy machine. ")
	fmt.Fprintf(w, "CPU time and allocs/op count the whole process, the in-process fake servers included (the same work for every variant).\n\n")

	fmt.Fprintln(w, "| benchmark | raw ns/op | ours ns/op | peer ns/op | ours/raw | peer/raw | ours/raw CPU | peer/raw CPU | raw allocs | ours allocs | peer allocs | target | |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
	for _, res := range r.results {
		s := res.summary
		ns := func(x *bench.Summary) string { return fmtNs(x.NsPerOp) }
		al := func(x *bench.Summary) string { return fmtCount(x.AllocsPerOp) }
		target, verdict := "", ""
		for _, c := range res.b.Checks(s) {
			if strings.HasPrefix(c.What, "ours/raw") {
				target, verdict = c.What, passMiss(c.Pass)
				if c.Note != "" {
					verdict += " (see targets)"
				}
			}
		}
		fmt.Fprintf(w, "| %s %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			res.b.ID, res.b.Title, cell(s["raw"], ns), cell(s["ours"], ns), cell(s["peer"], ns),
			ratio(s["ours"]), ratio(s["peer"]), cpuRatio(s["ours"]), cpuRatio(s["peer"]),
			cell(s["raw"], al), cell(s["ours"], al), cell(s["peer"], al), target, verdict)
	}

	// Extra variants, counters, peak RSS and the other targets.
	fmt.Fprint(w, "\n### Special counters and other targets\n\n")
	fmt.Fprintln(w, "| benchmark | variant | ns/op | ×raw | CPU/op | ×raw CPU | allocs/op | B/op | counters | peak RSS |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---|---:|")
	for _, res := range r.results {
		for _, v := range res.b.Variants {
			s := res.summary[v.Name]
			if s.Err != nil {
				fmt.Fprintf(w, "| %s | %s | ERROR: %s | | | | | | | |\n", res.b.ID, v.Name, strings.ReplaceAll(s.Err.Error(), "|", "/"))
				continue
			}
			var counters []string
			keys := make([]string, 0, len(s.Metrics))
			for k := range s.Metrics {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				x := s.Metrics[k]
				if x == math.Trunc(x) {
					counters = append(counters, fmt.Sprintf("%s=%.0f", k, x))
				} else {
					counters = append(counters, fmt.Sprintf("%s=%.1f", k, x))
				}
			}
			rss := ""
			if s.PeakRSSMiB > 0 {
				rss = fmt.Sprintf("%.1f MiB", s.PeakRSSMiB)
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", res.b.ID, v.Name, fmtNs(s.NsPerOp), ratio(s),
				fmtNs(s.CPUNsPerOp), cpuRatio(s), fmtCount(s.AllocsPerOp), fmtBytes(s.BytesPerOp), strings.Join(counters, " "), rss)
		}
	}

	fmt.Fprint(w, "\n### Targets\n\n")
	fmt.Fprintln(w, "| benchmark | target | measured | |")
	fmt.Fprintln(w, "|---|---|---:|---|")
	for _, res := range r.results {
		for _, c := range res.b.Checks(res.summary) {
			v := passMiss(c.Pass)
			if c.Note != "" {
				v += " (" + c.Note + ")"
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", res.b.ID, c.What, c.Value, v)
		}
		for _, v := range res.b.Variants {
			if s := res.summary[v.Name]; s.Err != nil {
				fmt.Fprintf(w, "| %s | %s runs | error: %s | MISS |\n", res.b.ID, v.Name, strings.ReplaceAll(s.Err.Error(), "|", "/"))
			}
		}
	}
	if len(r.skipped) > 0 {
		fmt.Fprintln(w, "\nNot run:")
		for _, s := range r.skipped {
			fmt.Fprintf(w, "- %s\n", s)
		}
	}
}

func passMiss(p *bool) string {
	switch {
	case p == nil:
		return "(info)"
	case *p:
		return "PASS"
	}
	return "**MISS**"
}

func fmtBytes(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}
