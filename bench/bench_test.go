package bench

import "testing"

// The benchmarks for `go test -bench`: one per job, with the variants as
// sub-benchmarks (BenchmarkB7/raw, BenchmarkB7/ours, BenchmarkB7/peer).
// cmd/benchreport runs the same code and prints ratios.

func runAll(b *testing.B, id string) {
	bm := Lookup(id)
	if bm == nil {
		b.Fatalf("no benchmark %s", id)
	}
	if ok, why := bm.IsAvailable(); !ok {
		b.Skip(why)
	}
	for _, v := range bm.Variants {
		b.Run(v.Name, func(b *testing.B) { Bench(b, v) })
	}
}

func BenchmarkB1(b *testing.B) { runAll(b, "B1") }
func BenchmarkB2(b *testing.B) { runAll(b, "B2") }
func BenchmarkB3(b *testing.B) { runAll(b, "B3") }
func BenchmarkB4(b *testing.B) { runAll(b, "B4") }
func BenchmarkB5(b *testing.B) { runAll(b, "B5") }
func BenchmarkB6(b *testing.B) { runAll(b, "B6") }
func BenchmarkB7(b *testing.B) { runAll(b, "B7") }
func BenchmarkB8(b *testing.B) { runAll(b, "B8") }
