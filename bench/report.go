package bench

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// Summary is one variant's figures over all rounds of a report.
type Summary struct {
	NsPerOp, AllocsPerOp, BytesPerOp float64 // medians over rounds
	// PerRound holds ns/op of each round.
	PerRound []float64
	// RatioToRaw holds ns/op ÷ raw's ns/op of the same round, per round.
	RatioToRaw []float64
	// CPUNsPerOp is the median CPU time per op; CPURatioToRaw the per-round
	// ratios of CPU time to raw's.
	CPUNsPerOp    float64
	CPURatioToRaw []float64
	Metrics       map[string]float64
	// PeakRSSMiB is the child process's VmHWM, 0 when not measured.
	PeakRSSMiB float64
	Err        error
}

// Ratio is the median of the per-round ratios of ns/op to raw's: each
// round's variants ran back to back, so this cancels the machine's drift
// better than a ratio of medians.
func (s *Summary) Ratio() float64 {
	if len(s.RatioToRaw) == 0 {
		return math.NaN()
	}
	return Median(s.RatioToRaw)
}

// Check is one target of a benchmark and whether it was met.
type Check struct {
	What  string // "ours/raw ≤ 1.3"
	Value string // "1.12"
	// Pass is nil for an informational figure with no target.
	Pass *bool
	// Note qualifies the verdict (e.g. when CPU time disagrees with wall time).
	Note string
}

func pass(b bool) *bool { return &b }

// Checks returns the targets of b evaluated on its summaries.
func (b *Benchmark) Checks(s map[string]*Summary) []Check {
	var out []Check
	ours, raw := s["ours"], s["raw"]
	if b.Target > 0 && ours != nil && raw != nil && ours.Err == nil && raw.Err == nil {
		r := ours.Ratio()
		c := Check{What: "ours/raw ≤ " + strconv.FormatFloat(b.Target, 'f', -1, 64) + "×", Value: fmt.Sprintf("%.2f×", r), Pass: pass(r <= b.Target)}
		if len(ours.CPURatioToRaw) > 0 {
			cr := Median(ours.CPURatioToRaw)
			if (r <= b.Target) != (cr <= b.Target) {
				c.Note = fmt.Sprintf("CPU-time ratio %.2f× says the opposite: wall time was disturbed by the machine's load", cr)
			}
		}
		out = append(out, c)
	}
	if b.ExtraChecks != nil {
		out = append(out, b.ExtraChecks(s)...)
	}
	return out
}

// Median returns the median of xs (0 for none).
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// PeakRSSKiB reads VmHWM, the peak resident set size of this process.
func PeakRSSKiB() (int64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/self/status")
}

// Machine describes where the report ran.
func Machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	kernel := ""
	if data, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		kernel = ", Linux " + strings.TrimSpace(string(data))
	}
	return fmt.Sprintf("%s, nproc %d (GOMAXPROCS %d), %s %s/%s%s", cpu, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version(), runtime.GOOS, runtime.GOARCH, kernel)
}

// LoadAvg returns the 1-, 5- and 15-minute load averages, "" if unknown.
func LoadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
