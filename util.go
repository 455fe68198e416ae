package gophercloud

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// WaitOpts tunes a WaitForStatus call. The zero value polls every second
// until ctx ends.
type WaitOpts struct {
	// Interval between two polls; 0 means one second.
	Interval time.Duration
}

// WaitFor calls predicate every interval until it reports done, returns an
// error, or ctx ends. It is how callers wait for a server to boot or a
// volume to become available without writing the same loop each time.
func WaitFor(ctx context.Context, interval time.Duration, predicate func(context.Context) (bool, error)) error {
	if interval <= 0 {
		interval = time.Second
	}
	for {
		done, err := predicate(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if err := sleepCtx(ctx, interval); err != nil {
			return fmt.Errorf("%w: %w", ErrTimeout, err)
		}
	}
}

// NormalizeURL makes sure a base URL ends with "/", so joining paths to it
// never drops its last segment.
func NormalizeURL(u string) string {
	if !strings.HasSuffix(u, "/") {
		return u + "/"
	}
	return u
}

// Time layouts OpenStack services use in JSON.
const (
	// RFC3339Milli is Keystone's expires_at: "2026-11-22T23:04:08.000000Z".
	RFC3339Milli = "2006-01-02T15:04:05.999999Z07:00"
	// RFC3339NoZ is Nova's and Cinder's created/updated without a zone,
	// which means UTC: "2026-11-22T23:04:08".
	RFC3339NoZ = "2006-01-02T15:04:05"
	// RFC3339MilliNoZ is the same with fractional seconds.
	RFC3339MilliNoZ = "2006-01-02T15:04:05.999999"
)

// ParseTime reads any of the time formats OpenStack services emit: RFC 3339
// with or without fractional seconds, with or without a zone (then UTC).
func ParseTime(s string) (time.Time, error) {
	// Pick the one layout the string's shape calls for, rather than trying
	// each in turn: a failed time.Parse allocates its error, and listings
	// hold thousands of zone-less times (Swift's last_modified).
	layout := RFC3339MilliNoZ // fractional seconds are optional in it
	switch {
	case len(s) < len("2006-01-02T15:04:05"):
		return time.Time{}, fmt.Errorf("%w: unrecognised time %q", ErrMalformedResponse, s)
	case s[10] == ' ':
		layout = "2006-01-02 15:04:05.999999"
	case s[len(s)-1] == 'Z' || strings.LastIndexAny(s[19:], "+-") >= 0:
		layout = time.RFC3339Nano
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: unrecognised time %q", ErrMalformedResponse, s)
	}
	return t, nil
}

// JSONTime decodes every OpenStack time format (see ParseTime); null and
// "" decode to the zero time. Resource structs use it for their time
// fields. It embeds time.Time, so every method of a time works on it
// (created.Format(time.Kitchen), created.Before(t)), and created.Time is
// the plain value.
type JSONTime struct{ time.Time }

// NewJSONTime wraps t.
func NewJSONTime(t time.Time) JSONTime { return JSONTime{t} }

// UnmarshalJSON implements json.Unmarshaler.
func (t *JSONTime) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = JSONTime{}
		return nil
	}
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && !bytes.ContainsAny(b[1:n-1], `"\\`) {
		s = string(b[1 : n-1]) // the common case: no escapes to undo
	} else if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*t = JSONTime{}
		return nil
	}
	v, err := ParseTime(s)
	if err != nil {
		return err
	}
	*t = JSONTime{v}
	return nil
}

// MarshalJSON writes RFC 3339 with nanoseconds, or null for the zero time.
func (t JSONTime) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.Format(time.RFC3339Nano))
}

// LooseBool is a bool that a service sends as a JSON boolean or as a
// string ("false"), as Rackspace's identity has done; either decodes, and
// null or "" leaves false.
type LooseBool bool

// UnmarshalJSON takes true, false, "true", "false", "" or null.
func (b *LooseBool) UnmarshalJSON(raw []byte) error { return decodeLoose(raw, (*bool)(b), "a boolean") }

// LooseInt is an int that a service sends as a JSON number or as a string
// ("24"), as Neutron does for subnet pool prefix lengths; either decodes,
// and null or "" leaves 0.
type LooseInt int

// UnmarshalJSON takes 24, "24", "" or null.
func (i *LooseInt) UnmarshalJSON(raw []byte) error { return decodeLoose(raw, (*int)(i), "an integer") }

// decodeLoose decodes a JSON scalar into v, unquoting it first when it
// came as a string; null and "" leave v as it is. what ("an integer")
// names v's kind in the error.
func decodeLoose(raw []byte, v any, what string) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		raw = []byte(strings.TrimSpace(s))
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%w: %s is not %s", ErrMalformedResponse, raw, what)
	}
	return nil
}
