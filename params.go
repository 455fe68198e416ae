package gophercloud

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrInvalidOptions is matched (with errors.Is) by every error the option
// builders return, so a caller can tell "my options were wrong, nothing was
// sent" apart from transport and service errors without knowing which of
// ErrMissingInput or ErrInvalidInput it got.
var ErrInvalidOptions = errors.New("invalid options")

// ErrMissingInput reports an option that must be given but was not. It is
// returned before any request is sent, so fixing the options is always
// enough. Argument names the field as "TypeName.FieldName" (for example
// "servers.CreateOpts.Name"), or "A or B" when one of two fields is needed.
type ErrMissingInput struct {
	Argument string
}

// Error names the missing field so the message is actionable on its own.
func (e *ErrMissingInput) Error() string {
	return "missing input for argument: " + e.Argument
}

// Is makes errors.Is(err, ErrInvalidOptions) true, grouping this error with
// all other option errors.
func (e *ErrMissingInput) Is(target error) bool { return target == ErrInvalidOptions }

// ErrInvalidInput reports an option that was given but cannot be used: a
// conflicting combination, a value that would corrupt the request (such as a
// header value with a line break), or a type the builders cannot encode. Like
// ErrMissingInput it is returned before any request is sent.
type ErrInvalidInput struct {
	// Argument names the field as "TypeName.FieldName".
	Argument string
	// Value is the offending value, for programs that want to inspect it.
	Value any
	// Reason says what is wrong with Value.
	Reason string
}

// Error names the field, shows (a bounded excerpt of) the value and says why
// it was refused. Strings are quoted so control characters are visible.
func (e *ErrInvalidInput) Error() string {
	return fmt.Sprintf("invalid input for argument %s (value %s): %s", e.Argument, optsDisplayValue(e.Value), e.Reason)
}

// Is makes errors.Is(err, ErrInvalidOptions) true, grouping this error with
// all other option errors.
func (e *ErrInvalidInput) Is(target error) bool { return target == ErrInvalidOptions }

// optsDisplayValue renders v for an error message: quoted if a string, and cut
// short so that a large value cannot flood logs.
func optsDisplayValue(v any) string {
	var s string
	if str, ok := v.(string); ok {
		s = strconv.Quote(str)
	} else {
		s = fmt.Sprintf("%v", v)
	}
	const maxRunes = 80
	if r := []rune(s); len(r) > maxRunes {
		s = string(r[:maxRunes-1]) + "…"
	}
	return s
}

// CommaList is a list sent as ONE comma-separated query parameter
// ("tags=a,b"), the form Nova and Neutron expect for tag and field filters;
// a plain slice repeats the key instead ("name=a&name=b").
type CommaList []string

// String joins the items with commas.
func (l CommaList) String() string { return strings.Join(l, ",") }

// MaybeString exists for optional string options that are pointers so that
// "not given" (nil) differs from "set to empty": it returns nil for "" and a
// pointer to a copy of s otherwise.
func MaybeString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MaybeInt is MaybeString for ints: nil for 0, a pointer to a copy of i
// otherwise.
func MaybeInt(i int) *int {
	if i == 0 {
		return nil
	}
	return &i
}

// Validator is implemented by option structs with rules their struct tags
// cannot express (a value from a fixed set, a range, a combination).
// BuildRequestBody, BuildQueryString and BuildHeaders call Validate after
// the tag checks, so a package writes its rules once, next to the struct,
// and no call can forget them. Return an *ErrInvalidInput or
// *ErrMissingInput naming the field.
type Validator interface {
	Validate() error
}

func runValidator(opts any) error {
	if v, ok := opts.(Validator); ok {
		return v.Validate()
	}
	return nil
}

// BuildRequestBody turns an options struct into the JSON body of a request,
// after checking it, so that a bad option fails fast and locally instead of
// as an HTTP 400. opts is a struct or a pointer to one; the body is wrapped
// as {parent: {...}} when parent is not empty, as most OpenStack APIs expect.
//
// Before encoding, these struct tags are checked, recursively through nested
// structs, pointers to structs and slices or arrays of structs:
//
//	required:"true"  the field must be set
//	xor:"Other"      exactly one of the field and Other must be set
//	or:"Other"       at least one of the field and Other must be set
//
// A field is set when it is not its zero value; a non-nil pointer always
// counts as set, even to a zero value, which is how "explicitly empty" is
// expressed. Slices and maps count as set only when not empty. A nested
// struct (or array) field that is entirely zero is treated as absent and its
// own fields are not checked; an embedded struct always is, as its fields are
// part of the same JSON object.
//
// Encoding is plain encoding/json with the struct's json tags. The result is
// decoded with json.Decoder.UseNumber, so numbers are json.Number values and
// re-encode exactly as given (1000000 stays 1000000, math.MaxInt64 stays
// exact).
//
// A nil opts returns ErrMissingInput and a non-struct ErrInvalidInput; every
// error returned matches errors.Is(err, ErrInvalidOptions).
func BuildRequestBody(opts any, parent string) (map[string]any, error) {
	v, err := optsStruct(opts)
	if err != nil {
		return nil, err
	}
	if !v.IsValid() {
		return nil, &ErrMissingInput{Argument: optsTypeName(opts)}
	}
	if err := validateOpts(v); err != nil {
		return nil, err
	}
	if err := runValidator(opts); err != nil {
		return nil, err
	}
	b, err := json.Marshal(opts)
	if err != nil {
		return nil, fmt.Errorf("%w: encoding %s: %w", ErrInvalidOptions, v.Type(), err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var body map[string]any
	if err := dec.Decode(&body); err != nil {
		return nil, fmt.Errorf("%w: %s does not encode to a JSON object: %w", ErrInvalidOptions, v.Type(), err)
	}
	if body == nil { // a custom MarshalJSON returned null
		body = map[string]any{}
	}
	if parent != "" {
		return map[string]any{parent: body}, nil
	}
	return body, nil
}

// QueryString is BuildQueryString as the "?…" string a ListOptsBuilder
// returns, or "" when opts sets nothing.
func QueryString(opts any) (string, error) {
	u, err := BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// BuildQueryString turns the `q:"name"` fields of an options struct into a
// URL that holds only the encoded query, ready to be resolved against a
// resource URL. u.String() is "?a=1&b=x", or "" when no parameter is set;
// keys are sorted so the same options always yield the same URL.
//
// Supported fields are strings, bools, all integer and float kinds,
// time.Time (RFC 3339), any type implementing encoding.TextMarshaler or
// fmt.Stringer, pointers to those, slices of those (the key is repeated, in
// order) and maps with string keys, which add one key=value parameter per
// entry (the tag name itself is not used). Zero values are left out so
// optional filters need no pointers; a non-nil pointer is always sent, even
// to a zero value. Untagged embedded structs are searched for fields, as
// encoding/json does. The required/xor/or tags are checked as in
// BuildRequestBody.
//
// A nil opts (or nil pointer) yields an empty URL; a non-struct
// ErrInvalidInput.
func BuildQueryString(opts any) (*url.URL, error) {
	v, err := optsStruct(opts)
	if err != nil {
		return nil, err
	}
	if !v.IsValid() {
		return &url.URL{}, nil
	}
	if err := validateOpts(v); err != nil {
		return nil, err
	}
	if err := runValidator(opts); err != nil {
		return nil, err
	}
	params := url.Values{}
	for f, fv := range optsTaggedFields(v, func(f *optsField) string { return f.query }) {
		fv, ok := optsPresentValue(fv)
		if !ok {
			continue
		}
		switch {
		case !optsHasOwnFormat(fv.Type()) && (fv.Kind() == reflect.Slice || fv.Kind() == reflect.Array):
			for i := range fv.Len() {
				elem, ok := optsDeref(fv.Index(i))
				if !ok {
					continue
				}
				s, err := optsFormatScalar(f, elem, optsQueryTime)
				if err != nil {
					return nil, err
				}
				params.Add(f.query, s)
			}
		case !optsHasOwnFormat(fv.Type()) && fv.Kind() == reflect.Map:
			err := optsEachMapEntry(f, fv, optsQueryTime, func(k, s string) error {
				params.Add(k, s)
				return nil
			})
			if err != nil {
				return nil, err
			}
		default:
			s, err := optsFormatScalar(f, fv, optsQueryTime)
			if err != nil {
				return nil, err
			}
			params.Add(f.query, s)
		}
	}
	return &url.URL{RawQuery: params.Encode()}, nil
}

// BuildHeaders turns the `h:"Header-Name"` fields of an options struct into
// request headers, so that header options are declared the same way as body
// and query options.
//
// Field types are those of BuildQueryString except slices; time.Time is
// written in the HTTP date format (http.TimeFormat, in UTC). A map with
// string keys whose tag ends in "-" (such as `h:"X-Object-Meta-"`) yields one
// header per entry, the tag being the name's prefix (X-Object-Meta-Color:
// blue). Zero values are left out unless the field is a pointer. The
// required/xor/or tags are checked as in BuildRequestBody.
//
// Values containing CR, LF or another control character (tab excepted), and
// map keys that do not make a valid header name, are refused with
// ErrInvalidInput: they would let an option value inject extra headers into
// the request, or have net/http refuse it later with a less precise error.
//
// A nil opts (or nil pointer) yields an empty map; a non-struct
// ErrInvalidInput.
func BuildHeaders(opts any) (map[string]string, error) {
	headers := map[string]string{}
	v, err := optsStruct(opts)
	if err != nil {
		return nil, err
	}
	if !v.IsValid() {
		return headers, nil
	}
	if err := validateOpts(v); err != nil {
		return nil, err
	}
	if err := runValidator(opts); err != nil {
		return nil, err
	}
	set := func(f *optsField, name, value string) error {
		if !optsValidHeaderName(name) {
			return &ErrInvalidInput{Argument: f.name, Value: name, Reason: "not a valid HTTP header name"}
		}
		if !optsValidHeaderValue(value) {
			return &ErrInvalidInput{Argument: f.name, Value: value, Reason: "header values must not contain CR, LF or other control characters"}
		}
		headers[name] = value
		return nil
	}
	for f, fv := range optsTaggedFields(v, func(f *optsField) string { return f.header }) {
		fv, ok := optsPresentValue(fv)
		if !ok {
			continue
		}
		if prefix := f.header; strings.HasSuffix(prefix, "-") && fv.Kind() == reflect.Map && !optsHasOwnFormat(fv.Type()) {
			err := optsEachMapEntry(f, fv, optsHeaderTime, func(k, s string) error {
				return set(f, prefix+k, s)
			})
			if err != nil {
				return nil, err
			}
			continue
		}
		s, err := optsFormatScalar(f, fv, optsHeaderTime)
		if err != nil {
			return nil, err
		}
		if err := set(f, f.header, s); err != nil {
			return nil, err
		}
	}
	return headers, nil
}

// optsStruct unwraps opts to the struct value it holds. It returns an invalid
// Value (and no error) for a nil opts or nil pointer, and ErrInvalidInput for
// anything that is not a struct.
func optsStruct(opts any) (reflect.Value, error) {
	v := reflect.ValueOf(opts)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, nil
		}
		v = v.Elem()
	}
	if v.IsValid() && v.Kind() != reflect.Struct {
		return reflect.Value{}, &ErrInvalidInput{
			Argument: "opts",
			Value:    opts,
			Reason:   fmt.Sprintf("must be a struct or a pointer to a struct, not %T", opts),
		}
	}
	return v, nil
}

// optsTypeName names the struct type behind opts for error messages, or
// "opts" when opts is an untyped nil.
func optsTypeName(opts any) string {
	t := reflect.TypeOf(opts)
	if t == nil {
		return "opts"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.String()
}

// optsField is what the builders need to know about one exported field of an
// options struct, worked out once per type.
type optsField struct {
	index    int    // position in the struct, for reflect.Value.Field
	name     string // "pkg.Type.Field", for error messages
	embedded bool   // anonymous struct or pointer-to-struct field
	query    string // name from the `q` tag, "" when absent or "-"
	header   string // name from the `h` tag, "" when absent or "-"
	required bool   // required:"true"
	xor, or  string // Go name of the partner field from the xor/or tags
}

// optsType is the cached field list of one struct type.
type optsType struct {
	fields []optsField
	byName map[string]int // Go field name → index into fields
}

// optsTypes caches *optsType by reflect.Type: options types are few and used
// over and over, so tags are parsed once per type, not once per request.
var optsTypes sync.Map

func optsTypeOf(t reflect.Type) *optsType {
	if c, ok := optsTypes.Load(t); ok {
		return c.(*optsType)
	}
	ot := &optsType{byName: map[string]int{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		ft := sf.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		ot.byName[sf.Name] = len(ot.fields)
		ot.fields = append(ot.fields, optsField{
			index:    i,
			name:     t.String() + "." + sf.Name,
			embedded: sf.Anonymous && ft.Kind() == reflect.Struct,
			query:    optsTagName(sf.Tag, "q"),
			header:   optsTagName(sf.Tag, "h"),
			required: sf.Tag.Get("required") == "true",
			xor:      sf.Tag.Get("xor"),
			or:       sf.Tag.Get("or"),
		})
	}
	c, _ := optsTypes.LoadOrStore(t, ot)
	return c.(*optsType)
}

// optsTagName returns the name part of a `q` or `h` tag ("" for "-").
func optsTagName(tag reflect.StructTag, key string) string {
	name, _, _ := strings.Cut(tag.Get(key), ",")
	if name == "-" {
		return ""
	}
	return name
}

// optsFields yields every exported field of struct v with its metadata.
func optsFields(v reflect.Value) iter.Seq2[*optsField, reflect.Value] {
	ot := optsTypeOf(v.Type())
	return func(yield func(*optsField, reflect.Value) bool) {
		for i := range ot.fields {
			f := &ot.fields[i]
			if !yield(f, v.Field(f.index)) {
				return
			}
		}
	}
}

// optsTaggedFields yields the fields of struct v for which tagOf is not empty,
// looking inside untagged embedded structs the way encoding/json promotes
// their fields.
func optsTaggedFields(v reflect.Value, tagOf func(*optsField) string) iter.Seq2[*optsField, reflect.Value] {
	return func(yield func(*optsField, reflect.Value) bool) {
		var walk func(v reflect.Value) bool
		walk = func(v reflect.Value) bool {
			for f, fv := range optsFields(v) {
				if tagOf(f) != "" {
					if !yield(f, fv) {
						return false
					}
					continue
				}
				if f.embedded {
					if inner, ok := optsDeref(fv); ok && !walk(inner) {
						return false
					}
				}
			}
			return true
		}
		walk(v)
	}
}

// validateOpts checks the required/xor/or tags of struct v and, recursively,
// of the structs it contains.
func validateOpts(v reflect.Value) error {
	ot := optsTypeOf(v.Type())
	for f, fv := range optsFields(v) {
		if f.required && !optsIsSet(fv) {
			return &ErrMissingInput{Argument: f.name}
		}
		for _, rule := range [...]struct{ kind, partner string }{{"xor", f.xor}, {"or", f.or}} {
			if rule.partner == "" {
				continue
			}
			j, ok := ot.byName[rule.partner]
			if !ok {
				return &ErrInvalidInput{Argument: f.name, Value: rule.partner, Reason: rule.kind + " tag names an unknown field"}
			}
			other := &ot.fields[j]
			a, b := optsIsSet(fv), optsIsSet(v.Field(other.index))
			switch {
			case !a && !b:
				return &ErrMissingInput{Argument: f.name + " or " + other.name}
			case a && b && rule.kind == "xor":
				return &ErrInvalidInput{
					Argument: f.name,
					Value:    optsPlainValue(fv),
					Reason:   "cannot be set together with " + other.name + "; exactly one of them is required",
				}
			}
		}
		if !f.embedded && fv.IsZero() {
			continue // an optional sub-object (or array of them) not filled in
		}
		if err := optsValidateNested(fv); err != nil {
			return err
		}
	}
	return nil
}

// optsValidateNested validates the structs reachable from v through pointers,
// interfaces, slices and arrays: their tags, then their Validate methods.
func optsValidateNested(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return optsValidateNested(v.Elem())
	case reflect.Struct:
		if err := validateOpts(v); err != nil {
			return err
		}
		// A nested options struct's own rules count as the top one's do.
		if v.CanInterface() {
			if err := runValidator(v.Interface()); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice, reflect.Array:
		if !optsMayHoldStruct(v.Type().Elem()) {
			return nil
		}
		for i := range v.Len() {
			if err := optsValidateNested(v.Index(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// optsMayHoldStruct reports whether values of type t can contain a struct, so
// that optsValidateNested can skip, say, a []string without looking at it.
func optsMayHoldStruct(t reflect.Type) bool {
	for {
		switch t.Kind() {
		case reflect.Struct, reflect.Interface:
			return true
		case reflect.Pointer, reflect.Slice, reflect.Array:
			t = t.Elem()
		default:
			return false
		}
	}
}

// optsIsSet is the meaning of "given" for required/xor/or: non-zero, with empty
// slices and maps counting as not given and non-nil pointers as given.
func optsIsSet(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() > 0
	}
	return !v.IsZero()
}

// optsDeref follows pointers and interfaces; ok is false if one of them is nil.
func optsDeref(v reflect.Value) (reflect.Value, bool) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, false
		}
		v = v.Elem()
	}
	return v, true
}

// optsPresentValue decides whether a tagged field contributes to a query or to
// headers: a non-nil pointer (or interface) always does, with the value it
// points to; any other value does when it is not zero.
func optsPresentValue(v reflect.Value) (reflect.Value, bool) {
	if v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		return optsDeref(v)
	}
	return v, !v.IsZero()
}

// optsPlainValue is v's value for ErrInvalidInput.Value: pointers are followed
// so the message shows the value, not an address.
func optsPlainValue(v reflect.Value) any {
	if v, ok := optsDeref(v); ok {
		return v.Interface()
	}
	return nil
}

var (
	optsTimeType          = reflect.TypeFor[time.Time]()
	optsTextMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	optsStringerType      = reflect.TypeFor[fmt.Stringer]()
)

func optsQueryTime(t time.Time) string  { return t.Format(time.RFC3339) }
func optsHeaderTime(t time.Time) string { return t.UTC().Format(http.TimeFormat) }

// optsHasOwnFormat reports whether values of t are written through their own
// method (or as a time) rather than by kind, so that, for instance, a slice
// type with a String method is one parameter, not a repeated one.
func optsHasOwnFormat(t reflect.Type) bool {
	if t == optsTimeType {
		return true
	}
	pt := reflect.PointerTo(t)
	return t.Implements(optsTextMarshalerType) || pt.Implements(optsTextMarshalerType) ||
		t.Implements(optsStringerType) || pt.Implements(optsStringerType)
}

// optsAs returns v as a T when v's type, or a pointer to it, implements
// T (taking a copy when v is not addressable).
func optsAs[T any](v reflect.Value) (T, bool) {
	it := reflect.TypeFor[T]()
	switch {
	case v.Type().Implements(it):
		return v.Interface().(T), true
	case reflect.PointerTo(v.Type()).Implements(it):
		if !v.CanAddr() {
			p := reflect.New(v.Type())
			p.Elem().Set(v)
			v = p.Elem()
		}
		return v.Addr().Interface().(T), true
	}
	var zero T
	return zero, false
}

// optsFormatScalar writes one value as text for a query parameter or a header.
// Times use formatTime, then TextMarshaler and Stringer win over the kind.
func optsFormatScalar(f *optsField, v reflect.Value, formatTime func(time.Time) string) (string, error) {
	if v.Type() == optsTimeType {
		return formatTime(v.Interface().(time.Time)), nil
	}
	if m, ok := optsAs[encoding.TextMarshaler](v); ok {
		b, err := m.MarshalText()
		if err != nil {
			return "", &ErrInvalidInput{Argument: f.name, Value: v.Interface(), Reason: err.Error()}
		}
		return string(b), nil
	}
	if s, ok := optsAs[fmt.Stringer](v); ok {
		return s.String(), nil
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, v.Type().Bits()), nil
	}
	return "", &ErrInvalidInput{Argument: f.name, Value: v.Interface(), Reason: "unsupported type " + v.Type().String()}
}

// optsEachMapEntry calls fn with every entry of the string-keyed map v, value
// formatted, in key order (so errors and output do not depend on map
// iteration order). Entries holding a nil pointer are skipped.
func optsEachMapEntry(f *optsField, v reflect.Value, formatTime func(time.Time) string, fn func(k, s string) error) error {
	if v.Type().Key().Kind() != reflect.String {
		return &ErrInvalidInput{Argument: f.name, Value: v.Interface(), Reason: "map keys must be strings"}
	}
	keys := v.MapKeys()
	slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
	for _, k := range keys {
		elem, ok := optsDeref(v.MapIndex(k))
		if !ok {
			continue
		}
		s, err := optsFormatScalar(f, elem, formatTime)
		if err != nil {
			return err
		}
		if err := fn(k.String(), s); err != nil {
			return err
		}
	}
	return nil
}

// optsValidHeaderName reports whether name is an RFC 9110 token, the only thing
// allowed as a header field name.
func optsValidHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for i := range len(name) {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// optsValidHeaderValue reports whether value may be sent as a header field
// value: no control characters other than horizontal tab, so in particular no
// CR or LF that would end the header early.
func optsValidHeaderValue(value string) bool {
	for i := range len(value) {
		if c := value[i]; (c < ' ' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}
