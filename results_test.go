package gophercloud_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type widget struct {
	ID      string               `json:"id"`
	Size    int                  `json:"size"`
	Created gophercloud.JSONTime `json:"created"`
}

func result(body string) gophercloud.Result { return gophercloud.Result{Body: []byte(body)} }

func TestExtract(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		want    *widget
		wantErr error
	}{
		{"envelope", `{"widget": {"id": "w1", "size": 3, "created": "2026-11-22T10:00:00"}, "other": [1,2]}`,
			&widget{ID: "w1", Size: 3, Created: gophercloud.NewJSONTime(time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC))}, nil},
		{"missing key", `{"gadget": {}}`, nil, gophercloud.ErrMalformedResponse},
		{"null value", `{"widget": null}`, nil, gophercloud.ErrMalformedResponse},
		{"truncated", `{"widget": {"id": `, nil, gophercloud.ErrMalformedResponse},
		{"wrong type", `{"widget": {"size": "big"}}`, nil, gophercloud.ErrMalformedResponse},
		{"empty body", ``, nil, gophercloud.ErrMalformedResponse},
		{"not an object", `[1, 2]`, nil, gophercloud.ErrMalformedResponse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := gophercloud.Extract[widget](result(tt.body), "widget")
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestExtractPassesCallErrorThrough(t *testing.T) {
	callErr := errors.New("network down")
	_, err := gophercloud.Extract[widget](gophercloud.Result{Err: callErr}, "widget")
	require.ErrorIs(t, err, callErr)
	_, err = gophercloud.ExtractSlice[widget](gophercloud.Result{Err: callErr}, "widgets")
	require.ErrorIs(t, err, callErr)
	require.ErrorIs(t, gophercloud.Result{Err: callErr}.ExtractInto(&widget{}), callErr)
}

func TestExtractSlice(t *testing.T) {
	got, err := gophercloud.ExtractSlice[widget](result(`{"widgets": [{"id": "a"}, {"id": "b"}]}`), "widgets")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, []string{got[0].ID, got[1].ID})

	got, err = gophercloud.ExtractSlice[widget](result(`{"widgets": []}`), "widgets")
	require.NoError(t, err)
	assert.Empty(t, got)

	got, err = gophercloud.ExtractSlice[widget](result(`{"widgets": null}`), "widgets")
	require.NoError(t, err, "null is an empty list, not a malformed body")
	assert.Empty(t, got)

	_, err = gophercloud.ExtractSlice[widget](result(`{"gadgets": []}`), "widgets")
	require.ErrorIs(t, err, gophercloud.ErrMalformedResponse)

	bare, err := gophercloud.ExtractSlice[widget](result(`[{"id": "x"}]`), "")
	require.NoError(t, err)
	assert.Equal(t, "x", bare[0].ID)
}

func TestExtractIntoEnvelopeForUserStructs(t *testing.T) {
	type withExt struct {
		widget
		DiskConfig string `json:"OS-DCF:diskConfig"`
	}
	var w withExt
	require.NoError(t, result(`{"widget": {"id": "w1", "OS-DCF:diskConfig": "AUTO"}}`).ExtractIntoEnvelope("widget", &w))
	assert.Equal(t, "w1", w.ID)
	assert.Equal(t, "AUTO", w.DiskConfig)
	require.ErrorIs(t, result(`{}`).ExtractIntoEnvelope("widget", &w), gophercloud.ErrMalformedResponse)
	require.Error(t, result(`{}`).ExtractIntoEnvelope("widget", w), "a non-pointer is an error, not a panic")
}

func TestDecodeHeader(t *testing.T) {
	type acct struct {
		Count   int64             `h:"X-Account-Object-Count"`
		Bytes   *int64            `h:"X-Account-Bytes-Used"`
		Date    time.Time         `h:"Date"`
		Meta    map[string]string `h:"X-Account-Meta-"`
		Enabled bool              `h:"X-Versions-Enabled"`
		Absent  string            `h:"X-Absent"`
	}
	h := http.Header{}
	h.Set("X-Account-Object-Count", "42")
	h.Set("X-Account-Bytes-Used", "1024")
	h.Set("Date", "Sun, 22 Nov 2026 23:04:08 GMT")
	h.Set("X-Account-Meta-Color", "blue")
	h.Set("X-Account-Meta-Temp-Url-Key", "k")
	h.Set("X-Versions-Enabled", "true")
	var a acct
	require.NoError(t, gophercloud.Result{Header: h}.ExtractHeader(&a))
	assert.Equal(t, int64(42), a.Count)
	assert.Equal(t, int64(1024), *a.Bytes)
	assert.Equal(t, 2026, a.Date.Year())
	assert.Equal(t, map[string]string{"color": "blue", "temp-url-key": "k"}, a.Meta)
	assert.True(t, a.Enabled)

	h.Set("X-Account-Object-Count", "many")
	require.ErrorIs(t, gophercloud.DecodeHeader(h, &a), gophercloud.ErrMalformedResponse)
	require.Error(t, gophercloud.DecodeHeader(h, a))
}

func TestErrUnexpectedResponseCode(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		body     string
		sentinel error
		message  string
	}{
		{"nova", 404, `{"itemNotFound": {"message": "Instance abc could not be found.", "code": 404}}`, gophercloud.ErrNotFound, "Instance abc could not be found."},
		{"neutron", 409, `{"NeutronError": {"type": "InUse", "message": "Port p1 is in use.", "detail": ""}}`, gophercloud.ErrConflict, "Port p1 is in use."},
		{"keystone", 401, `{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}`, gophercloud.ErrUnauthorized, "requires authentication"},
		{"glance", 403, `{"message": "You are not authorized to complete publicize_image action."}`, gophercloud.ErrForbidden, "publicize_image"},
		{"swift html", 400, "<html><h1>Bad Request</h1><p>Invalid header</p></html>", gophercloud.ErrBadRequest, "Bad Request Invalid header"},
		{"rate", 429, "slow down", gophercloud.ErrRateLimited, "slow down"},
		{"unavailable", 503, "", gophercloud.ErrServiceUnavailable, ""},
		{"method", 405, "{}", gophercloud.ErrMethodNotAllowed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := th.Setup(t)
			s.Handle("GET /res", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("X-Openstack-Request-Id", "req-42")
				w.WriteHeader(tt.status)
				_, _ = w.Write([]byte(tt.body))
			})
			c := s.ServiceClient()
			c.Retry.MaxRetries = 0
			err := c.Get(t.Context(), c.ServiceURL("res")+"?temp_url_sig=sig0123456789", nil).Err
			require.ErrorIs(t, err, tt.sentinel)
			assert.True(t, gophercloud.ResponseCodeIs(err, tt.status))
			assert.False(t, gophercloud.ResponseCodeIs(err, 299))
			var e *gophercloud.ErrUnexpectedResponseCode
			require.ErrorAs(t, err, &e)
			assert.Equal(t, "req-42", e.RequestID)
			assert.Equal(t, []int{200}, e.Expected)
			assert.Contains(t, e.Message, tt.message)
			assert.Contains(t, err.Error(), "GET ")
			assert.Contains(t, err.Error(), "req-42")
			assert.NotContains(t, err.Error(), "sig0123456789", "signatures never reach an error string")
			if tt.status != 503 {
				assert.NotErrorIs(t, err, gophercloud.ErrServiceUnavailable)
			}
		})
	}
}

func TestErrorBodyIsCapped(t *testing.T) {
	s := th.Setup(t)
	s.Handle("GET /big", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(strings.Repeat("e", 1<<20)))
	})
	c := s.ServiceClient()
	var e *gophercloud.ErrUnexpectedResponseCode
	require.ErrorAs(t, c.Get(t.Context(), c.ServiceURL("big"), nil).Err, &e)
	assert.LessOrEqual(t, len(e.Body), 4<<10)
	assert.LessOrEqual(t, len(e.Error()), 400)
}

func TestServiceURLEscapesEachSegment(t *testing.T) {
	c := &gophercloud.ServiceClient{Endpoint: "https://swift.example.com/v1/AUTH_p/"}
	assert.Equal(t, "https://swift.example.com/v1/AUTH_p/c%201/a%3Fb%23c%25d+/%C3%A9", c.ServiceURL("c 1", "a?b#c%d+", "é"))
	assert.Equal(t, "https://swift.example.com/v1/AUTH_p/x%2Fy", c.ServiceURL("x/y"))
	c.ResourceBase = "https://net.example.com/v2.0/"
	assert.Equal(t, "https://net.example.com/v2.0/networks", c.ServiceURL("networks"))
}

func TestMicroversionHeaders(t *testing.T) {
	tests := []struct {
		typ  string
		want map[string]string
	}{
		{"compute", map[string]string{"X-Openstack-Nova-Api-Version": "2.79", "Openstack-Api-Version": "compute 2.79"}},
		{"volumev3", map[string]string{"Openstack-Api-Version": "volume 2.79"}},
		{"placement", map[string]string{"Openstack-Api-Version": "placement 2.79"}},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			s := th.Setup(t)
			s.Handle("GET /v", func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.want {
					th.TestHeader(t, r, k, v)
				}
				th.TestHeader(t, r, "X-Caller", "mine")
				w.WriteHeader(http.StatusOK)
			})
			c := s.ServiceClient()
			c.Type, c.Microversion = tt.typ, "2.79"
			require.NoError(t, c.Get(t.Context(), c.ServiceURL("v"), &gophercloud.RequestOpts{MoreHeaders: map[string]string{"X-Caller": "mine"}}).Err)
		})
	}
}

func TestParseTime(t *testing.T) {
	for _, s := range []string{"2026-11-22T23:04:08Z", "2026-11-22T23:04:08.123456Z", "2026-11-22T23:04:08", "2026-11-22T23:04:08.000000", "2026-11-22T23:04:08+01:00"} {
		_, err := gophercloud.ParseTime(s)
		require.NoError(t, err, s)
	}
	_, err := gophercloud.ParseTime("yesterday")
	require.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestWaitFor(t *testing.T) {
	n := 0
	err := gophercloud.WaitFor(t.Context(), time.Millisecond, func(context.Context) (bool, error) { n++; return n == 3, nil })
	require.NoError(t, err)
	assert.Equal(t, 3, n)

	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	err = gophercloud.WaitFor(ctx, 5*time.Millisecond, func(context.Context) (bool, error) { return false, nil })
	require.ErrorIs(t, err, gophercloud.ErrTimeout)
	require.ErrorIs(t, err, context.DeadlineExceeded)

	boom := errors.New("boom")
	require.ErrorIs(t, gophercloud.WaitFor(t.Context(), time.Millisecond, func(context.Context) (bool, error) { return false, boom }), boom)
}

func FuzzFaultMessage(f *testing.F) {
	for _, s := range []string{
		`{"itemNotFound": {"message": "x", "code": 404}}`, `{"NeutronError": {"message": "y"}}`,
		`{"error": {"message": "z"}}`, "<html><h1>Not Found</h1></html>", "", "{", `{"a": [1, {"message": 3}]}`, "\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		m := gophercloud.FaultMessage(body)
		if len(m) > 4<<10 {
			t.Fatalf("message not capped: %d bytes", len(m))
		}
	})
}

func TestFaultMessageIsDeterministicAndOneLine(t *testing.T) {
	body := []byte(`{"badRequest": {"message": "x"}, "itemNotFound": {"message": "y"}}`)
	for range 20 {
		assert.Equal(t, "x", gophercloud.FaultMessage(body))
	}
	long := `{"message": "line one\nline <two>\n` + strings.Repeat("z", 2000) + `"}`
	m := gophercloud.FaultMessage([]byte(long))
	assert.NotContains(t, m, "\n")
	assert.Contains(t, m, "line one line <two>")
	assert.LessOrEqual(t, len(m), 310)
}

func TestParseTimeLayouts(t *testing.T) {
	utc := func(ns int) time.Time { return time.Date(2026, 11, 22, 23, 4, 8, ns, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-11-22T23:04:08Z", utc(0)},
		{"2026-11-22T23:04:08.123456Z", utc(123456000)},
		{"2026-11-22T23:04:08", utc(0)},
		{"2026-11-22T23:04:08.000000", utc(0)},
		{"2026-11-22T23:04:08.5", utc(500000000)},
		{"2026-11-22 23:04:08", utc(0)},
		{"2026-11-23T00:04:08+01:00", utc(0)},
		{"2026-11-22T22:04:08.25-01:00", utc(250000000)},
	}
	for _, tt := range tests {
		got, err := gophercloud.ParseTime(tt.in)
		require.NoError(t, err, tt.in)
		assert.True(t, tt.want.Equal(got), "%s: got %v", tt.in, got)
	}
	for _, bad := range []string{"", "2026", "2026-11-22T23:04:08+", "2026-11-22X23:04:08", "not a time at all!!"} {
		_, err := gophercloud.ParseTime(bad)
		require.ErrorIs(t, err, gophercloud.ErrMalformedResponse, bad)
	}
}

func BenchmarkParseTimeZoneless(b *testing.B) {
	for b.Loop() {
		_, _ = gophercloud.ParseTime("2026-11-22T23:04:08.123456")
	}
}

func TestExistsResult(t *testing.T) {
	s := th.Setup(t)
	for _, code := range []int{http.StatusNoContent, http.StatusNotFound, http.StatusInternalServerError} {
		s.Handle("HEAD /things/"+http.StatusText(code), func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) })
	}
	c := s.ServiceClient()
	tests := []struct {
		status  int
		want    bool
		wantErr error
	}{
		{http.StatusNoContent, true, nil},
		{http.StatusNotFound, false, nil},
		{http.StatusInternalServerError, false, gophercloud.ErrServerError},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			r := gophercloud.ExistsResult{Result: c.Head(t.Context(), c.ServiceURL("things", http.StatusText(tt.status)), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
			got, err := r.Extract()
			assert.Equal(t, tt.want, got)
			if tt.wantErr == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

func TestLooseScalars(t *testing.T) {
	var v struct {
		B gophercloud.LooseBool `json:"b"`
		I gophercloud.LooseInt  `json:"i"`
	}
	for _, tt := range []struct {
		body  string
		wantB bool
		wantI int
		bad   bool
	}{
		{`{"b": true, "i": 24}`, true, 24, false},
		{`{"b": "true", "i": "24"}`, true, 24, false},
		{`{"b": "false", "i": " 7 "}`, false, 7, false},
		{`{"b": null, "i": null}`, false, 0, false},
		{`{"b": "", "i": ""}`, false, 0, false},
		{`{"b": "yes"}`, false, 0, true},
		{`{"i": "1.5"}`, false, 0, true},
	} {
		v.B, v.I = false, 0
		err := json.Unmarshal([]byte(tt.body), &v)
		if tt.bad {
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse, tt.body)
			continue
		}
		require.NoError(t, err, tt.body)
		assert.Equal(t, tt.wantB, bool(v.B), tt.body)
		assert.Equal(t, tt.wantI, int(v.I), tt.body)
	}
}
