package servers

import (
	"testing"
	"time"
)

// SetPollInterval makes WaitForStatus poll every d for the rest of t, so
// that tests of state transitions take milliseconds. Tests that call it
// must not run in parallel.
func SetPollInterval(t testing.TB, d time.Duration) {
	old := pollInterval
	pollInterval = d
	t.Cleanup(func() { pollInterval = old })
}
