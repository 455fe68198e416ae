package opennebula

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// maxValueDepth bounds the nesting of arrays and structs the decoder
// accepts, so a hostile body cannot exhaust the stack.
const maxValueDepth = 32

// Fault is an XML-RPC fault, as a server sends it instead of params.
type Fault struct {
	Code    int
	Message string
}

// EncodeRequest writes an XML-RPC methodCall for method with args.
// Supported argument types: every Go integer type (as <int>, or <i8> past
// 32 bits), bool, string, float32/float64 (<double>), []byte (<base64>),
// slices and arrays of these (<array>), and maps with string keys
// (<struct>, members in sorted key order). Anything else is an error.
func EncodeRequest(w io.Writer, method string, args ...any) error {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><methodCall><methodName>`)
	if err := xml.EscapeText(&b, []byte(method)); err != nil {
		return err
	}
	b.WriteString(`</methodName><params>`)
	for i, a := range args {
		b.WriteString(`<param>`)
		if err := encodeValue(&b, reflect.ValueOf(a), 0); err != nil {
			return fmt.Errorf("argument %d: %w", i, err)
		}
		b.WriteString(`</param>`)
	}
	b.WriteString(`</params></methodCall>`)
	_, err := w.Write(b.Bytes())
	return err
}

func encodeValue(b *bytes.Buffer, v reflect.Value, depth int) error {
	if depth > maxValueDepth {
		return errors.New("value nested too deeply")
	}
	if !v.IsValid() {
		return errors.New("nil value (XML-RPC has no nil in OpenNebula's dialect)")
	}
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return errors.New("nil value")
		}
		v = v.Elem()
	}
	b.WriteString(`<value>`)
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			b.WriteString(`<boolean>1</boolean>`)
		} else {
			b.WriteString(`<boolean>0</boolean>`)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		writeInt(b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := v.Uint()
		if u > math.MaxInt64 {
			return fmt.Errorf("integer %d overflows i8", u)
		}
		writeInt(b, int64(u))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("double %v cannot be encoded", f)
		}
		b.WriteString(`<double>` + strconv.FormatFloat(f, 'f', -1, 64) + `</double>`)
	case reflect.String:
		b.WriteString(`<string>`)
		if err := xml.EscapeText(b, []byte(v.String())); err != nil {
			return err
		}
		b.WriteString(`</string>`)
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			raw := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(raw), v)
			b.WriteString(`<base64>` + base64.StdEncoding.EncodeToString(raw) + `</base64>`)
			break
		}
		b.WriteString(`<array><data>`)
		for i := 0; i < v.Len(); i++ {
			if err := encodeValue(b, v.Index(i), depth+1); err != nil {
				return err
			}
		}
		b.WriteString(`</data></array>`)
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("map key type %s is not string", v.Type().Key())
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, c reflect.Value) int { return strings.Compare(a.String(), c.String()) })
		b.WriteString(`<struct>`)
		for _, k := range keys {
			b.WriteString(`<member><name>`)
			if err := xml.EscapeText(b, []byte(k.String())); err != nil {
				return err
			}
			b.WriteString(`</name>`)
			if err := encodeValue(b, v.MapIndex(k), depth+1); err != nil {
				return err
			}
			b.WriteString(`</member>`)
		}
		b.WriteString(`</struct>`)
	default:
		return fmt.Errorf("type %s cannot be encoded as XML-RPC", v.Type())
	}
	b.WriteString(`</value>`)
	return nil
}

func writeInt(b *bytes.Buffer, n int64) {
	if n < math.MinInt32 || n > math.MaxInt32 {
		b.WriteString(`<i8>` + strconv.FormatInt(n, 10) + `</i8>`)
		return
	}
	b.WriteString(`<int>` + strconv.FormatInt(n, 10) + `</int>`)
}

// DecodeResponse parses an XML-RPC methodResponse. It returns the params as
// Go values (int64 for i4/int/i8, bool, string, float64, []byte for base64,
// string for dateTime.iso8601, []any for arrays, map[string]any for
// structs), or the fault if the server sent one. It never panics on bad
// input: anything that is not a well-formed methodResponse is an error.
func DecodeResponse(r io.Reader) ([]any, *Fault, error) {
	d := &rpcDecoder{d: xml.NewDecoder(r)}
	d.d.Strict = true
	start, err := d.nextStart()
	if err != nil {
		return nil, nil, err
	}
	if start.Name.Local != "methodResponse" {
		return nil, nil, fmt.Errorf("root element is <%s>, want <methodResponse>", start.Name.Local)
	}
	el, err := d.nextStart()
	if err != nil {
		return nil, nil, err
	}
	var params []any
	var fault *Fault
	switch el.Name.Local {
	case "params":
		for {
			tok, err := d.nextNonSpace()
			if err != nil {
				return nil, nil, err
			}
			if _, ok := tok.(xml.EndElement); ok {
				break
			}
			st, ok := tok.(xml.StartElement)
			if !ok || st.Name.Local != "param" {
				return nil, nil, fmt.Errorf("unexpected %s in <params>", describe(tok))
			}
			v, err := d.valueElement(0)
			if err != nil {
				return nil, nil, err
			}
			params = append(params, v)
			if err := d.expectEnd(); err != nil {
				return nil, nil, err
			}
		}
	case "fault":
		v, err := d.valueElement(0)
		if err != nil {
			return nil, nil, err
		}
		if err := d.expectEnd(); err != nil {
			return nil, nil, err
		}
		m, ok := v.(map[string]any)
		if !ok {
			return nil, nil, errors.New("<fault> value is not a struct")
		}
		fault = &Fault{}
		if c, ok := m["faultCode"].(int64); ok {
			fault.Code = int(c)
		}
		fault.Message, _ = m["faultString"].(string)
	default:
		return nil, nil, fmt.Errorf("unexpected <%s> in <methodResponse>", el.Name.Local)
	}
	if err := d.expectEnd(); err != nil {
		return nil, nil, err
	}
	// Anything after the root but whitespace or comments is an error.
	for {
		tok, err := d.nextNonSpace()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("unexpected %s after </methodResponse>", describe(tok))
	}
	return params, fault, nil
}

type rpcDecoder struct{ d *xml.Decoder }

func describe(tok xml.Token) string {
	switch t := tok.(type) {
	case xml.StartElement:
		return "<" + t.Name.Local + ">"
	case xml.EndElement:
		return "</" + t.Name.Local + ">"
	case xml.CharData:
		return "text"
	}
	return fmt.Sprintf("%T", tok)
}

// nextNonSpace returns the next token that is not whitespace, a comment, a
// processing instruction or a directive. It returns io.EOF only at the end.
func (p *rpcDecoder) nextNonSpace() (xml.Token, error) {
	for {
		tok, err := p.d.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) == 0 {
				continue
			}
			return t.Copy(), nil
		case xml.Comment, xml.ProcInst, xml.Directive:
			continue
		}
		return tok, nil
	}
}

func (p *rpcDecoder) nextStart() (xml.StartElement, error) {
	tok, err := p.nextNonSpace()
	if err == io.EOF {
		return xml.StartElement{}, io.ErrUnexpectedEOF
	}
	if err != nil {
		return xml.StartElement{}, err
	}
	st, ok := tok.(xml.StartElement)
	if !ok {
		return xml.StartElement{}, fmt.Errorf("unexpected %s, want an element", describe(tok))
	}
	return st, nil
}

func (p *rpcDecoder) expectEnd() error {
	tok, err := p.nextNonSpace()
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	if err != nil {
		return err
	}
	if _, ok := tok.(xml.EndElement); !ok {
		return fmt.Errorf("unexpected %s, want a closing tag", describe(tok))
	}
	return nil
}

// valueElement reads <value>…</value>, starting before its start tag.
func (p *rpcDecoder) valueElement(depth int) (any, error) {
	st, err := p.nextStart()
	if err != nil {
		return nil, err
	}
	if st.Name.Local != "value" {
		return nil, fmt.Errorf("unexpected <%s>, want <value>", st.Name.Local)
	}
	return p.valueBody(depth)
}

// valueBody reads what follows <value>, through </value>.
func (p *rpcDecoder) valueBody(depth int) (any, error) {
	if depth > maxValueDepth {
		return nil, errors.New("value nested too deeply")
	}
	var text strings.Builder
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			// <value>text</value>: an untyped value is a string.
			return text.String(), nil
		case xml.StartElement:
			if strings.TrimSpace(text.String()) != "" {
				return nil, errors.New("text mixed with a typed value")
			}
			v, err := p.typed(t, depth)
			if err != nil {
				return nil, err
			}
			if err := p.expectEnd(); err != nil {
				return nil, err
			}
			return v, nil
		}
	}
}

// text reads character data up to the end tag of the current element; a
// child element is an error.
func (p *rpcDecoder) text() (string, error) {
	var s strings.Builder
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			return "", io.ErrUnexpectedEOF
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			s.Write(t)
		case xml.EndElement:
			return s.String(), nil
		case xml.StartElement:
			return "", fmt.Errorf("unexpected <%s> in a scalar", t.Name.Local)
		}
	}
}

func (p *rpcDecoder) typed(st xml.StartElement, depth int) (any, error) {
	switch st.Name.Local {
	case "i4", "int", "i8":
		s, err := p.text()
		if err != nil {
			return nil, err
		}
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("bad <%s>: %w", st.Name.Local, err)
		}
		return n, nil
	case "boolean":
		s, err := p.text()
		if err != nil {
			return nil, err
		}
		switch strings.TrimSpace(s) {
		case "1", "true":
			return true, nil
		case "0", "false":
			return false, nil
		}
		return nil, fmt.Errorf("bad <boolean> %q", s)
	case "string", "dateTime.iso8601":
		return p.text()
	case "double":
		s, err := p.text()
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("bad <double>: %w", err)
		}
		return f, nil
	case "base64":
		s, err := p.text()
		if err != nil {
			return nil, err
		}
		raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), ""))
		if err != nil {
			return nil, fmt.Errorf("bad <base64>: %w", err)
		}
		return raw, nil
	case "nil":
		if _, err := p.text(); err != nil {
			return nil, err
		}
		return nil, nil
	case "array":
		data, err := p.nextStart()
		if err != nil {
			return nil, err
		}
		if data.Name.Local != "data" {
			return nil, fmt.Errorf("unexpected <%s> in <array>, want <data>", data.Name.Local)
		}
		out := []any{}
		for {
			tok, err := p.nextNonSpace()
			if err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return nil, err
			}
			if _, ok := tok.(xml.EndElement); ok {
				break
			}
			vs, ok := tok.(xml.StartElement)
			if !ok || vs.Name.Local != "value" {
				return nil, fmt.Errorf("unexpected %s in <data>", describe(tok))
			}
			v, err := p.valueBody(depth + 1)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		if err := p.expectEnd(); err != nil { // </array>
			return nil, err
		}
		return out, nil
	case "struct":
		out := map[string]any{}
		for {
			tok, err := p.nextNonSpace()
			if err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return nil, err
			}
			if _, ok := tok.(xml.EndElement); ok {
				return out, nil
			}
			m, ok := tok.(xml.StartElement)
			if !ok || m.Name.Local != "member" {
				return nil, fmt.Errorf("unexpected %s in <struct>", describe(tok))
			}
			n, err := p.nextStart()
			if err != nil {
				return nil, err
			}
			if n.Name.Local != "name" {
				return nil, fmt.Errorf("unexpected <%s> in <member>, want <name>", n.Name.Local)
			}
			name, err := p.text()
			if err != nil {
				return nil, err
			}
			v, err := p.valueElement(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := p.expectEnd(); err != nil { // </member>
				return nil, err
			}
			out[name] = v
		}
	}
	return nil, fmt.Errorf("unknown XML-RPC type <%s>", st.Name.Local)
}
