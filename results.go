package gophercloud

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Result is what every call returns before Extract: the raw response body,
// its headers and the error, if any. It is lazy on purpose: nothing is
// decoded until a caller asks, and then it is decoded once, straight into
// the caller's type.
type Result struct {
	// Body is the raw response body (nil when the call failed before a
	// response or the service sent none).
	Body []byte
	// Header holds the response headers.
	Header http.Header
	// StatusCode is the HTTP status of the response, 0 when none came.
	StatusCode int
	// Err is the transport, status or option error of the call.
	Err error
}

// ExtractInto decodes the whole body into v, which the caller owns. Use it
// for extension fields the SDK's structs do not carry.
func (r Result) ExtractInto(v any) error {
	if r.Err != nil {
		return r.Err
	}
	return decodeJSON(r.Body, v)
}

// ExtractIntoEnvelope decodes the value under the top-level key of the body
// ({"server": {…}}) into v, a pointer the caller owns. An empty key decodes
// the whole body.
func (r Result) ExtractIntoEnvelope(key string, v any) error {
	if r.Err != nil {
		return r.Err
	}
	if key == "" {
		return decodeJSON(r.Body, v)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("gophercloud: ExtractIntoEnvelope needs a non-nil pointer, got %T", v)
	}
	env := reflect.New(envelopeType(rv.Type(), key))
	if err := decodeJSON(r.Body, env.Interface()); err != nil {
		return err
	}
	field := env.Elem().Field(0)
	if field.IsNil() {
		return missingKey(key)
	}
	rv.Elem().Set(field.Elem())
	return nil
}

// PrettyPrintJSON returns the body indented, for debugging and examples.
func (r Result) PrettyPrintJSON() string {
	var out bytes.Buffer
	if err := json.Indent(&out, r.Body, "", "  "); err != nil {
		return string(r.Body)
	}
	return out.String()
}

// Extract decodes the value under key into a new T with a single
// json.Unmarshal of the body: no intermediate map, no re-encoding. It is the
// one line a resource's Extract method needs:
//
//	func (r GetResult) Extract() (*Server, error) { return gophercloud.Extract[Server](r.Result, "server") }
//
// A body without key is an ErrMalformedResponse, not an empty struct.
func Extract[T any](r Result, key string) (*T, error) {
	if r.Err != nil {
		return nil, r.Err
	}
	if key == "" {
		v := new(T)
		if err := decodeJSON(r.Body, v); err != nil {
			return nil, err
		}
		return v, nil
	}
	env := reflect.New(envelopeType(reflect.TypeFor[*T](), key))
	if err := decodeJSON(r.Body, env.Interface()); err != nil {
		return nil, err
	}
	v := env.Elem().Field(0).Interface().(*T)
	if v == nil {
		return nil, missingKey(key)
	}
	return v, nil
}

// ExtractSlice decodes the array under key into a []T with a single
// json.Unmarshal. An empty key means the body itself is the array.
func ExtractSlice[T any](r Result, key string) ([]T, error) {
	if r.Err != nil {
		return nil, r.Err
	}
	items, err := DecodeSlice[T](r.Body, key)
	return items, err
}

// DecodeSlice decodes the array under key of body into a []T in one pass;
// pagination strategies and ExtractSlice share it.
func DecodeSlice[T any](body []byte, key string) ([]T, error) {
	if key == "" {
		var items []T
		if err := decodeJSON(body, &items); err != nil {
			return nil, err
		}
		return items, nil
	}
	env := reflect.New(envelopeType(reflect.TypeFor[[]T](), key))
	if err := decodeJSON(body, env.Interface()); err != nil {
		return nil, err
	}
	items := env.Elem().Field(0).Interface().([]T)
	if items == nil && !nullOrEmptyArrayPresent(body, key) {
		return nil, missingKey(key)
	}
	return items, nil
}

// nullOrEmptyArrayPresent tells a missing key from "key": null, which some
// services send for an empty list. Only called on the rare nil result.
func nullOrEmptyArrayPresent(body []byte, key string) bool {
	var doc map[string]json.RawMessage
	if json.Unmarshal(body, &doc) != nil {
		return false
	}
	_, ok := doc[key]
	return ok
}

func missingKey(key string) error {
	return fmt.Errorf("%w: no %q key in the response body", ErrMalformedResponse, key)
}

func decodeJSON(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return ErrNoBody
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedResponse, err)
	}
	return nil
}

type envelopeKey struct {
	t   reflect.Type
	key string
}

var envelopes sync.Map // envelopeKey -> reflect.Type

// envelopeType returns struct{ V t `json:"key"` }, built once per (t, key).
// Decoding into it costs exactly one json.Unmarshal of the final type.
func envelopeType(t reflect.Type, key string) reflect.Type {
	k := envelopeKey{t, key}
	if et, ok := envelopes.Load(k); ok {
		return et.(reflect.Type)
	}
	et := reflect.StructOf([]reflect.StructField{{
		Name: "V",
		Type: t,
		Tag:  reflect.StructTag(`json:` + strconv.Quote(key)),
	}})
	envelopes.Store(k, et)
	return et
}

// Link is one entry of the "links" arrays OpenStack puts on resources and
// collections.
type Link struct {
	Href string `json:"href"`
	Rel  string `json:"rel"`
	Type string `json:"type,omitempty"`
}

// ItemResult is the lazy result of a call whose body holds one resource
// under Key ({"server": {…}}; an empty Key means the body itself). Resource
// packages name it for each call (type GetResult =
// gophercloud.ItemResult[Server]), so every package reads the same:
//
//	server, err := servers.Get(ctx, client, id).Extract()
//
// The embedded Result gives Header, StatusCode, ExtractInto (extension
// fields into the caller's own struct) and PrettyPrintJSON.
type ItemResult[T any] struct {
	Result
	// Key is the envelope key the resource sits under.
	Key string
}

// Extract decodes the resource once, straight into a new T. A body
// without Key is ErrMalformedResponse; a success without a body is
// ErrNoBody.
func (r ItemResult[T]) Extract() (*T, error) { return Extract[T](r.Result, r.Key) }

// ValueResult is the lazy result of a call whose body holds a plain value
// under Key: a map (metadata), a string (a console log), or a list that is
// not paged. Extract returns it by value.
type ValueResult[T any] struct {
	Result
	// Key is the envelope key the value sits under.
	Key string
}

// Extract decodes the value once. A body without Key is
// ErrMalformedResponse; a success without a body is ErrNoBody.
func (r ValueResult[T]) Extract() (T, error) {
	var zero T
	v, err := Extract[T](r.Result, r.Key)
	if err != nil {
		return zero, err
	}
	return *v, nil
}

// HeaderResult is the lazy result of a call whose answer is in its
// response headers (Swift's HEAD, PUT and POST): Extract decodes them into
// a new T whose fields carry `h:"Header-Name"` tags (see DecodeHeader).
type HeaderResult[T any] struct{ Result }

// Extract decodes the response headers into a new T.
func (r HeaderResult[T]) Extract() (*T, error) { return ExtractHeaderAs[T](r.Result) }

// ErrResult is the result of a call that returns no body, such as a delete.
type ErrResult struct{ Result }

// ExistsResult is the result of a call that asks whether something exists
// or is valid (a HEAD or GET whose 404 is an answer, not a failure): a
// server's tag, a token.
type ExistsResult struct{ Result }

// Extract returns true when the call succeeded, false when the service
// answered 404, and the error of any other failure.
func (r ExistsResult) Extract() (bool, error) {
	if ResponseCodeIs(r.Err, http.StatusNotFound) {
		return false, nil
	}
	return r.Err == nil, r.Err
}

// ExtractErr returns the call's error, or nil.
func (r ErrResult) ExtractErr() error { return r.Err }

// ExtractHeader decodes the response headers into v, a pointer to a struct
// whose fields carry `h:"Header-Name"` tags. Supported field kinds: string,
// bool, ints, floats, time.Time (HTTP date or RFC 3339), []string and
// map[string]string (with a tag ending in "-", every header with that prefix,
// keyed by the rest of its name, lower-cased).
func (r Result) ExtractHeader(v any) error {
	if r.Err != nil {
		return r.Err
	}
	return DecodeHeader(r.Header, v)
}

// ExtractHeaderAs decodes the response headers into a new T (see
// DecodeHeader).
func ExtractHeaderAs[T any](r Result) (*T, error) {
	if r.Err != nil {
		return nil, r.Err
	}
	h := new(T)
	if err := DecodeHeader(r.Header, h); err != nil {
		return nil, err
	}
	return h, nil
}

// DecodeHeader fills the `h`-tagged fields of the struct v points to from h.
func DecodeHeader(h http.Header, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("gophercloud: DecodeHeader needs a pointer to a struct, got %T", v)
	}
	rv = rv.Elem()
	rt := rv.Type()
	for i := range rt.NumField() {
		f := rt.Field(i)
		name := f.Tag.Get("h")
		if name == "" || !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		if fv.Kind() == reflect.Map {
			if err := decodeHeaderPrefix(h, name, fv); err != nil {
				return err
			}
			continue
		}
		vals := h.Values(name)
		if len(vals) == 0 {
			continue
		}
		if err := setHeaderField(fv, vals); err != nil {
			return fmt.Errorf("%w: header %s: %v", ErrMalformedResponse, name, err)
		}
	}
	return nil
}

func decodeHeaderPrefix(h http.Header, prefix string, fv reflect.Value) error {
	if fv.Type() != reflect.TypeFor[map[string]string]() {
		return fmt.Errorf("gophercloud: header map field must be map[string]string, is %s", fv.Type())
	}
	canon := http.CanonicalHeaderKey(prefix)
	m := map[string]string{}
	for k, vals := range h {
		ck := http.CanonicalHeaderKey(k)
		if len(ck) > len(canon) && strings.HasPrefix(ck, canon) && len(vals) > 0 {
			m[strings.ToLower(ck[len(canon):])] = vals[0]
		}
	}
	fv.Set(reflect.ValueOf(m))
	return nil
}

var timeType = reflect.TypeFor[time.Time]()

func setHeaderField(fv reflect.Value, vals []string) error {
	s := vals[0]
	if fv.Kind() == reflect.Pointer {
		p := reflect.New(fv.Type().Elem())
		if err := setHeaderField(p.Elem(), vals); err != nil {
			return err
		}
		fv.Set(p)
		return nil
	}
	if fv.Type() == timeType {
		t, err := http.ParseTime(s)
		if err != nil {
			t, err = time.Parse(time.RFC3339Nano, s)
		}
		if err != nil {
			return err
		}
		fv.Set(reflect.ValueOf(t))
		return nil
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		fv.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return err
		}
		fv.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return err
		}
		fv.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		fv.SetFloat(n)
	case reflect.Slice:
		if fv.Type().Elem().Kind() != reflect.String {
			return fmt.Errorf("unsupported field type %s", fv.Type())
		}
		fv.Set(reflect.ValueOf(append([]string(nil), vals...)))
	default:
		return fmt.Errorf("unsupported field type %s", fv.Type())
	}
	return nil
}
