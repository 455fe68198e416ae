package gophercloud_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cloudsdk/gophercloud"
)

// Option types used by the tests. Their names appear in error messages as
// "gophercloud_test.<Type>.<Field>".

type someOpts struct {
	Name        string  `json:"name" required:"true"`
	Description string  `json:"description,omitempty"`
	Count       *int    `json:"count,omitempty"`
	Note        *string `json:"note,omitempty"`
}

type ptrRequiredOpts struct {
	Enabled *bool   `json:"enabled" required:"true"`
	Name    *string `json:"name" required:"true"`
}

type sliceRequiredOpts struct {
	IDs []string `json:"ids" required:"true"`
}

type network struct {
	UUID string `json:"uuid" required:"true"`
	Port string `json:"port,omitempty"`
}

type nestedOpts struct {
	Name    string     `json:"name,omitempty"`
	Net     network    `json:"net,omitzero"`
	NetPtr  *network   `json:"net_ptr,omitempty"`
	Nets    []network  `json:"nets,omitempty"`
	NetPtrs []*network `json:"net_ptrs,omitempty"`
	Grid    [1]network `json:"grid,omitzero"`
}

type requiredNestedOpts struct {
	Net network `json:"net" required:"true"`
}

type Common struct {
	Region string `json:"region" required:"true"`
}

type embeddedOpts struct {
	Common
	Name string `json:"name"`
}

type xorOpts struct {
	ImageRef string  `json:"imageRef,omitempty" xor:"VolumeID"`
	VolumeID *string `json:"volume_id,omitempty"`
}

type orOpts struct {
	Name string   `json:"name,omitempty" or:"IDs"`
	IDs  []string `json:"ids,omitempty"`
}

type badTagOpts struct {
	A string `xor:"Nope"`
}

type bigOpts struct {
	Max     int64   `json:"max"`
	Min     int64   `json:"min"`
	UMax    uint64  `json:"umax"`
	Million int     `json:"million"`
	Float   float64 `json:"float"`
	Small   float64 `json:"small"`
}

type badJSONOpts struct {
	C chan int `json:"c"`
}

// sortDir is a fmt.Stringer with a value receiver.
type sortDir int

func (d sortDir) String() string {
	if d < 0 {
		return "desc"
	}
	return "asc"
}

// marker is an encoding.TextMarshaler with a pointer receiver.
type marker struct{ id string }

func (m *marker) MarshalText() ([]byte, error) {
	if m.id == "bad" {
		return nil, errors.New("bad marker")
	}
	return []byte("m-" + m.id), nil
}

type queryOpts struct {
	Name     string            `q:"name"`
	Enabled  bool              `q:"enabled"`
	Limit    int               `q:"limit"`
	I8       int8              `q:"i8"`
	I16      int16             `q:"i16"`
	I32      int32             `q:"i32"`
	I64      int64             `q:"i64"`
	U        uint              `q:"u"`
	U8       uint8             `q:"u8"`
	U16      uint16            `q:"u16"`
	U32      uint32            `q:"u32"`
	U64      uint64            `q:"u64"`
	F32      float32           `q:"f32"`
	F64      float64           `q:"f64"`
	Since    time.Time         `q:"changes-since"`
	Tags     []string          `q:"tag"`
	IDs      []int             `q:"id"`
	PtrElems []*string         `q:"pe"`
	PtrName  *string           `q:"ptr_name"`
	PtrBool  *bool             `q:"ptr_bool"`
	PtrInt   *int              `q:"ptr_int"`
	PtrTime  *time.Time        `q:"ptr_time"`
	Meta     map[string]string `q:"metadata"`
	Dir      sortDir           `q:"sort_dir"`
	Marker   marker            `q:"marker"`
	Untagged string
	Skipped  string `q:"-"`
}

type PageOpts struct {
	Limit  int    `q:"limit"`
	Marker string `q:"marker"`
}

type embeddedQueryOpts struct {
	PageOpts
	Name string `q:"name"`
}

type requiredQueryOpts struct {
	Project string `q:"project" required:"true"`
	All     *bool  `q:"all_tenants"`
}

type unsupportedQueryOpts struct {
	C chan int `q:"c"`
}

type headerOpts struct {
	Token    string            `h:"X-Auth-Token"`
	Length   int64             `h:"Content-Length"`
	Fresh    bool              `h:"X-Fresh-Metadata"`
	Ratio    float64           `h:"X-Ratio"`
	Since    time.Time         `h:"If-Modified-Since"`
	Copy     *bool             `h:"X-Copy"`
	Count    *int              `h:"X-Count"`
	Meta     map[string]string `h:"X-Object-Meta-"`
	Dir      sortDir           `h:"X-Sort-Dir"`
	Untagged string
}

type requiredHeaderOpts struct {
	Token string `h:"X-Auth-Token" required:"true"`
}

type sliceHeaderOpts struct {
	Tags []string `h:"X-Tags"`
}

func ptr[T any](v T) *T { return &v }

// requireOptsError checks that err is an option error of the wanted type,
// matches ErrInvalidOptions, and has the wanted message.
func requireOptsError(t *testing.T, err error, wantType any, wantMsg string) {
	t.Helper()
	require.Error(t, err)
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	switch wantType.(type) {
	case gophercloud.ErrMissingInput:
		var e gophercloud.ErrMissingInput
		require.ErrorAs(t, err, &e)
	case gophercloud.ErrInvalidInput:
		var e gophercloud.ErrInvalidInput
		require.ErrorAs(t, err, &e)
	}
	if wantMsg != "" {
		require.Equal(t, wantMsg, err.Error())
	}
}

func TestBuildRequestBody(t *testing.T) {
	tests := []struct {
		name     string
		opts     any
		parent   string
		want     string // exact JSON of the result (map keys are sorted)
		wantType any    // &gophercloud.ErrMissingInput{} or &gophercloud.ErrInvalidInput{}
		wantMsg  string
	}{
		{
			name: "required set, omitempty drops empty fields",
			opts: someOpts{Name: "web"},
			want: `{"name":"web"}`,
		},
		{
			name:   "pointer opts with parent",
			opts:   &someOpts{Name: "web", Description: "d"},
			parent: "server",
			want:   `{"server":{"description":"d","name":"web"}}`,
		},
		{
			name: "pointers to zero values are sent",
			opts: someOpts{Name: "web", Count: ptr(0), Note: ptr("")},
			want: `{"count":0,"name":"web","note":""}`,
		},
		{
			name:     "required missing",
			opts:     someOpts{Description: "d"},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.someOpts.Name",
		},
		{
			name: "required satisfied by pointers to zero values",
			opts: ptrRequiredOpts{Enabled: ptr(false), Name: ptr("")},
			want: `{"enabled":false,"name":""}`,
		},
		{
			name:     "required nil pointer",
			opts:     ptrRequiredOpts{Enabled: ptr(true)},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.ptrRequiredOpts.Name",
		},
		{
			name:     "required slice empty",
			opts:     sliceRequiredOpts{IDs: []string{}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.sliceRequiredOpts.IDs",
		},
		{
			name: "required slice set",
			opts: sliceRequiredOpts{IDs: []string{"a"}},
			want: `{"ids":["a"]}`,
		},
		{
			name: "nested structs all valid",
			opts: nestedOpts{
				Net:     network{UUID: "n1"},
				NetPtr:  &network{UUID: "n2", Port: "p"},
				Nets:    []network{{UUID: "n3"}},
				NetPtrs: []*network{nil, {UUID: "n4"}},
			},
			want: `{"net":{"uuid":"n1"},"net_ptr":{"port":"p","uuid":"n2"},"net_ptrs":[null,{"uuid":"n4"}],"nets":[{"uuid":"n3"}]}`,
		},
		{
			name: "zero nested struct is not validated",
			opts: nestedOpts{Name: "x"},
			want: `{"name":"x"}`,
		},
		{
			name:     "nested struct required missing",
			opts:     nestedOpts{Net: network{Port: "p"}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.network.UUID",
		},
		{
			name:     "pointer to empty nested struct is validated",
			opts:     nestedOpts{NetPtr: &network{}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.network.UUID",
		},
		{
			name:     "slice of structs required missing",
			opts:     nestedOpts{Nets: []network{{UUID: "ok"}, {Port: "p"}}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.network.UUID",
		},
		{
			name:     "slice of struct pointers required missing",
			opts:     nestedOpts{NetPtrs: []*network{{}}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.network.UUID",
		},
		{
			name:     "array of structs required missing",
			opts:     nestedOpts{Grid: [1]network{{Port: "p"}}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.network.UUID",
		},
		{
			name:     "required nested struct zero",
			opts:     requiredNestedOpts{},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.requiredNestedOpts.Net",
		},
		{
			name:     "embedded struct is validated even when zero",
			opts:     embeddedOpts{Name: "x"},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.Common.Region",
		},
		{
			name: "embedded struct fields are promoted",
			opts: embeddedOpts{Common: Common{Region: "r1"}, Name: "x"},
			want: `{"name":"x","region":"r1"}`,
		},
		{
			name: "xor first set",
			opts: xorOpts{ImageRef: "img"},
			want: `{"imageRef":"img"}`,
		},
		{
			name: "xor second set by pointer to zero",
			opts: xorOpts{VolumeID: ptr("")},
			want: `{"volume_id":""}`,
		},
		{
			name:     "xor both set",
			opts:     xorOpts{ImageRef: "img", VolumeID: ptr("vol")},
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg: `invalid input for argument gophercloud_test.xorOpts.ImageRef (value "img"): ` +
				`cannot be set together with gophercloud_test.xorOpts.VolumeID; exactly one of them is required`,
		},
		{
			name:     "xor neither set",
			opts:     xorOpts{},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.xorOpts.ImageRef or gophercloud_test.xorOpts.VolumeID",
		},
		{
			name: "or one set",
			opts: orOpts{IDs: []string{"a"}},
			want: `{"ids":["a"]}`,
		},
		{
			name: "or both set",
			opts: orOpts{Name: "n", IDs: []string{"a"}},
			want: `{"ids":["a"],"name":"n"}`,
		},
		{
			name:     "or neither set",
			opts:     orOpts{IDs: []string{}},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.orOpts.Name or gophercloud_test.orOpts.IDs",
		},
		{
			name:     "tag names an unknown field",
			opts:     badTagOpts{A: "a"},
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg:  `invalid input for argument gophercloud_test.badTagOpts.A (value "Nope"): xor tag names an unknown field`,
		},
		{
			name: "big numbers stay exact",
			opts: bigOpts{
				Max: math.MaxInt64, Min: math.MinInt64, UMax: math.MaxUint64,
				Million: 1000000, Float: 1.5, Small: 1e-7,
			},
			want: `{"float":1.5,"max":9223372036854775807,"million":1000000,"min":-9223372036854775808,"small":1e-7,"umax":18446744073709551615}`,
		},
		{
			name:     "nil opts",
			opts:     nil,
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: opts",
		},
		{
			name:     "nil pointer opts",
			opts:     (*someOpts)(nil),
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.someOpts",
		},
		{
			name:     "non-struct opts",
			opts:     42,
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg:  "invalid input for argument opts (value 42): must be a struct or a pointer to a struct, not int",
		},
		{
			name:     "map opts",
			opts:     map[string]any{"a": 1},
			wantType: &gophercloud.ErrInvalidInput{},
		},
		{
			name:    "unencodable field",
			opts:    badJSONOpts{C: make(chan int)},
			wantMsg: "invalid options: encoding gophercloud_test.badJSONOpts: json: unsupported type: chan int",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, err := gophercloud.BuildRequestBody(tc.opts, tc.parent)
			if tc.wantType != nil || tc.wantMsg != "" {
				requireOptsError(t, err, tc.wantType, tc.wantMsg)
				require.Nil(t, body)
				return
			}
			require.NoError(t, err)
			got, err := json.Marshal(body)
			require.NoError(t, err)
			require.Equal(t, tc.want, string(got))
		})
	}
}

func TestBuildRequestBodyUsesJSONNumber(t *testing.T) {
	body, err := gophercloud.BuildRequestBody(bigOpts{Max: math.MaxInt64, Million: 1000000}, "")
	require.NoError(t, err)
	require.Equal(t, json.Number("1000000"), body["million"])
	require.Equal(t, json.Number("9223372036854775807"), body["max"])
}

func TestBuildQueryString(t *testing.T) {
	since := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	cet := time.Date(2024, 1, 2, 4, 4, 5, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name     string
		opts     any
		want     string
		wantType any
		wantMsg  string
	}{
		{name: "nil opts", opts: nil, want: ""},
		{name: "nil pointer opts", opts: (*queryOpts)(nil), want: ""},
		{name: "zero values are omitted", opts: queryOpts{Untagged: "x", Skipped: "y"}, want: ""},
		{
			name: "every kind",
			opts: &queryOpts{
				Name: "a b&c", Enabled: true, Limit: 10,
				I8: -8, I16: 16, I32: 32, I64: math.MaxInt64,
				U: 1, U8: 8, U16: 16, U32: 32, U64: math.MaxUint64,
				F32: 0.5, F64: 1000000,
				Since:    since,
				Tags:     []string{"z", "a", ""},
				IDs:      []int{3, 1},
				PtrElems: []*string{ptr("p1"), nil, ptr("")},
				Meta:     map[string]string{"zone": "b", "color": "red"},
				Dir:      sortDir(-1),
				Marker:   marker{id: "42"},
			},
			want: "?changes-since=2024-01-02T03%3A04%3A05Z&color=red&enabled=true&f32=0.5&f64=1000000" +
				"&i16=16&i32=32&i64=9223372036854775807&i8=-8&id=3&id=1&limit=10&marker=m-42" +
				"&name=a+b%26c&pe=p1&pe=&sort_dir=desc&tag=z&tag=a&tag=" +
				"&u=1&u16=16&u32=32&u64=18446744073709551615&u8=8&zone=b",
		},
		{
			name: "pointers to zero values are sent",
			opts: queryOpts{PtrName: ptr(""), PtrBool: ptr(false), PtrInt: ptr(0), PtrTime: &time.Time{}},
			want: "?ptr_bool=false&ptr_int=0&ptr_name=&ptr_time=0001-01-01T00%3A00%3A00Z",
		},
		{
			name: "time keeps its offset",
			opts: queryOpts{Since: cet},
			want: "?changes-since=2024-01-02T04%3A04%3A05%2B01%3A00",
		},
		{
			name: "zero-valued Stringer is omitted, non-zero Stringer used",
			opts: queryOpts{Dir: sortDir(1)},
			want: "?sort_dir=asc",
		},
		{
			name: "embedded struct fields",
			opts: embeddedQueryOpts{PageOpts: PageOpts{Limit: 5, Marker: "m"}, Name: "n"},
			want: "?limit=5&marker=m&name=n",
		},
		{
			name: "required set",
			opts: requiredQueryOpts{Project: "p", All: ptr(true)},
			want: "?all_tenants=true&project=p",
		},
		{
			name:     "required missing",
			opts:     requiredQueryOpts{All: ptr(true)},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.requiredQueryOpts.Project",
		},
		{
			name:     "non-struct opts",
			opts:     "name=x",
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg:  `invalid input for argument opts (value "name=x"): must be a struct or a pointer to a struct, not string`,
		},
		{
			name:     "unsupported field type",
			opts:     unsupportedQueryOpts{C: make(chan int)},
			wantType: &gophercloud.ErrInvalidInput{},
		},
		{
			name:     "TextMarshaler error",
			opts:     queryOpts{Marker: marker{id: "bad"}},
			wantType: &gophercloud.ErrInvalidInput{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := gophercloud.BuildQueryString(tc.opts)
			if tc.wantType != nil {
				requireOptsError(t, err, tc.wantType, tc.wantMsg)
				require.Nil(t, u)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, u.String())
			require.Equal(t, strings.TrimPrefix(tc.want, "?"), u.RawQuery)
			require.Empty(t, u.Path)
			require.Empty(t, u.Host)
		})
	}
}

func TestBuildQueryStringResolvesAgainstBase(t *testing.T) {
	base, err := url.Parse("https://compute.example.com/v2.1/servers/detail")
	require.NoError(t, err)
	q, err := gophercloud.BuildQueryString(queryOpts{Name: "web", Limit: 2})
	require.NoError(t, err)
	require.Equal(t, "https://compute.example.com/v2.1/servers/detail?limit=2&name=web", base.ResolveReference(q).String())
}

func TestBuildHeaders(t *testing.T) {
	since := time.Date(2024, 1, 2, 4, 4, 5, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name     string
		opts     any
		want     map[string]string
		wantType any
		wantMsg  string
	}{
		{name: "nil opts", opts: nil, want: map[string]string{}},
		{name: "nil pointer opts", opts: (*headerOpts)(nil), want: map[string]string{}},
		{name: "zero values are omitted", opts: headerOpts{Untagged: "x"}, want: map[string]string{}},
		{
			name: "every kind",
			opts: &headerOpts{
				Token: "tok", Length: 1 << 40, Fresh: true, Ratio: 0.25, Since: since,
				Meta: map[string]string{"Color": "blue", "size": "L"},
				Dir:  sortDir(1),
			},
			want: map[string]string{
				"X-Auth-Token":        "tok",
				"Content-Length":      "1099511627776",
				"X-Fresh-Metadata":    "true",
				"X-Ratio":             "0.25",
				"If-Modified-Since":   "Tue, 02 Jan 2024 03:04:05 GMT",
				"X-Object-Meta-Color": "blue",
				"X-Object-Meta-size":  "L",
				"X-Sort-Dir":          "asc",
			},
		},
		{
			name: "pointers to zero values are sent",
			opts: headerOpts{Copy: ptr(false), Count: ptr(0)},
			want: map[string]string{"X-Copy": "false", "X-Count": "0"},
		},
		{
			name: "tab is allowed in a value",
			opts: headerOpts{Token: "a\tb"},
			want: map[string]string{"X-Auth-Token": "a\tb"},
		},
		{
			name:     "CR LF in value",
			opts:     headerOpts{Token: "tok\r\nX-Admin: yes"},
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg: `invalid input for argument gophercloud_test.headerOpts.Token (value "tok\r\nX-Admin: yes"): ` +
				`header values must not contain CR, LF or other control characters`,
		},
		{
			name:     "LF in map value",
			opts:     headerOpts{Meta: map[string]string{"a": "x\ny"}},
			wantType: &gophercloud.ErrInvalidInput{},
		},
		{
			name:     "CR in map key",
			opts:     headerOpts{Meta: map[string]string{"a\r\nX-Admin": "yes"}},
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg:  `invalid input for argument gophercloud_test.headerOpts.Meta (value "X-Object-Meta-a\r\nX-Admin"): not a valid HTTP header name`,
		},
		{
			name:     "colon in map key",
			opts:     headerOpts{Meta: map[string]string{"a: b": "c"}},
			wantType: &gophercloud.ErrInvalidInput{},
		},
		{
			name: "required set",
			opts: requiredHeaderOpts{Token: "t"},
			want: map[string]string{"X-Auth-Token": "t"},
		},
		{
			name:     "required missing",
			opts:     requiredHeaderOpts{},
			wantType: &gophercloud.ErrMissingInput{},
			wantMsg:  "missing input for argument: gophercloud_test.requiredHeaderOpts.Token",
		},
		{
			name:     "slices are not supported",
			opts:     sliceHeaderOpts{Tags: []string{"a"}},
			wantType: &gophercloud.ErrInvalidInput{},
			wantMsg:  `invalid input for argument gophercloud_test.sliceHeaderOpts.Tags (value [a]): unsupported type []string`,
		},
		{
			name:     "non-struct opts",
			opts:     []string{"a"},
			wantType: &gophercloud.ErrInvalidInput{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := gophercloud.BuildHeaders(tc.opts)
			if tc.wantType != nil {
				requireOptsError(t, err, tc.wantType, tc.wantMsg)
				require.Nil(t, h)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, h)
		})
	}
}

func TestParamErrors(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{
			name: "missing input",
			err:  &gophercloud.ErrMissingInput{Argument: "servers.CreateOpts.Name"},
			want: "missing input for argument: servers.CreateOpts.Name",
		},
		{
			name: "invalid input with string value",
			err:  &gophercloud.ErrInvalidInput{Argument: "servers.CreateOpts.Name", Value: "a\nb", Reason: "bad"},
			want: `invalid input for argument servers.CreateOpts.Name (value "a\nb"): bad`,
		},
		{
			name: "invalid input with number value",
			err:  &gophercloud.ErrInvalidInput{Argument: "servers.CreateOpts.Count", Value: -1, Reason: "must be positive"},
			want: "invalid input for argument servers.CreateOpts.Count (value -1): must be positive",
		},
		{
			name: "long values are cut short",
			err:  &gophercloud.ErrInvalidInput{Argument: "x.Y.Z", Value: strings.Repeat("é", 200), Reason: "r"},
			want: `invalid input for argument x.Y.Z (value "` + strings.Repeat("é", 78) + `…): r`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, tc.err.Error())
			require.ErrorIs(t, tc.err, gophercloud.ErrInvalidOptions)
			wrapped := fmt.Errorf("creating server: %w", tc.err)
			require.ErrorIs(t, wrapped, gophercloud.ErrInvalidOptions)
			require.NotErrorIs(t, wrapped, gophercloud.ErrNotFound)
		})
	}
}

func TestMaybeString(t *testing.T) {
	require.Nil(t, gophercloud.MaybeString(""))
	s := gophercloud.MaybeString("x")
	require.NotNil(t, s)
	require.Equal(t, "x", *s)
}

func TestMaybeInt(t *testing.T) {
	require.Nil(t, gophercloud.MaybeInt(0))
	for _, i := range []int{1, -1, math.MaxInt} {
		p := gophercloud.MaybeInt(i)
		require.NotNil(t, p)
		require.Equal(t, i, *p)
	}
}

// TestBuildParamsConcurrent exercises the per-type metadata cache from many
// goroutines at once; run with -race.
func TestBuildParamsConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := gophercloud.BuildRequestBody(nestedOpts{Nets: []network{{UUID: "a"}}}, "x")
			require.NoError(t, err)
			u, err := gophercloud.BuildQueryString(embeddedQueryOpts{Name: "n"})
			require.NoError(t, err)
			require.Equal(t, "?name=n", u.String())
			_, err = gophercloud.BuildHeaders(headerOpts{Token: "t"})
			require.NoError(t, err)
		}()
	}
	wg.Wait()
}

type validatedItem struct {
	Size int `json:"size"`
}

func (v validatedItem) Validate() error {
	if v.Size < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "validatedItem.Size", Value: v.Size, Reason: "must not be negative"}
	}
	return nil
}

type validatedBatch struct {
	Items []validatedItem `json:"items"`
	One   *validatedItem  `json:"one,omitempty"`
}

// A nested options struct's Validate runs, as the top one's does: in a
// list and behind a pointer.
func TestBuildRequestBodyValidatesNested(t *testing.T) {
	_, err := gophercloud.BuildRequestBody(validatedBatch{Items: []validatedItem{{Size: 1}, {Size: -1}}}, "")
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	require.ErrorContains(t, err, "validatedItem.Size")
	_, err = gophercloud.BuildRequestBody(validatedBatch{One: &validatedItem{Size: -2}}, "")
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	b, err := gophercloud.BuildRequestBody(validatedBatch{Items: []validatedItem{{Size: 1}}}, "batch")
	require.NoError(t, err)
	require.Equal(t, map[string]any{"batch": map[string]any{"items": []any{map[string]any{"size": json.Number("1")}}}}, b)
}

func TestQueryString(t *testing.T) {
	type opts struct {
		Name  string `q:"name"`
		Limit int    `q:"limit"`
	}
	s, err := gophercloud.QueryString(opts{Name: "a b", Limit: 2})
	require.NoError(t, err)
	require.Equal(t, "?limit=2&name=a+b", s)
	s, err = gophercloud.QueryString(opts{})
	require.NoError(t, err)
	require.Empty(t, s)
	_, err = gophercloud.QueryString(42)
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
