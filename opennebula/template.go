package opennebula

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// Pair is one KEY="value" attribute.
type Pair struct {
	Key   string
	Value string
}

// Vector is a KEY=[A="b", C="d"] attribute: an ordered list of pairs.
type Vector struct {
	Key   string
	Pairs []Pair
}

// Get returns the value of the first pair named key.
func (v *Vector) Get(key string) (string, bool) {
	for _, p := range v.Pairs {
		if strings.EqualFold(p.Key, key) {
			return p.Value, true
		}
	}
	return "", false
}

// Set replaces the value of the first pair named key, or appends the pair.
func (v *Vector) Set(key, value string) {
	for i, p := range v.Pairs {
		if strings.EqualFold(p.Key, key) {
			v.Pairs[i].Value = value
			return
		}
	}
	v.Pairs = append(v.Pairs, Pair{Key: strings.ToUpper(key), Value: value})
}

// Del removes every pair named key.
func (v *Vector) Del(key string) {
	out := v.Pairs[:0]
	for _, p := range v.Pairs {
		if !strings.EqualFold(p.Key, key) {
			out = append(out, p)
		}
	}
	v.Pairs = out
}

// Attr is one attribute of a Template: a single value when Vector is nil,
// a vector otherwise.
type Attr struct {
	Key    string
	Value  string
	Vector *Vector
}

// Template is OpenNebula's open-content TEMPLATE (and USER_TEMPLATE): an
// ordered list of single-valued attributes and vectors. Keys repeat (a VM
// has several DISK vectors). It decodes from OpenNebula's XML
// (<TEMPLATE><CPU>1</CPU><DISK><IMAGE_ID>3</IMAGE_ID></DISK></TEMPLATE>)
// and String writes the template syntax the allocate and update calls take
// (CPU="1" / DISK=[IMAGE_ID="3"]). Keys are compared case-insensitively
// and stored upper case, as OpenNebula does.
type Template struct {
	Attrs []Attr
}

// NewTemplate returns an empty template.
func NewTemplate() *Template { return &Template{} }

// Get returns the first single value named key.
func (t *Template) Get(key string) (string, bool) {
	if t == nil {
		return "", false
	}
	for _, a := range t.Attrs {
		if a.Vector == nil && strings.EqualFold(a.Key, key) {
			return a.Value, true
		}
	}
	return "", false
}

// GetInt returns the first single value named key as an integer.
func (t *Template) GetInt(key string) (int, error) {
	s, ok := t.Get(key)
	if !ok {
		return 0, fmt.Errorf("template has no attribute %s", key)
	}
	return strconv.Atoi(strings.TrimSpace(s))
}

// Set replaces the first single value named key, or appends it.
func (t *Template) Set(key, value string) *Template {
	for i, a := range t.Attrs {
		if a.Vector == nil && strings.EqualFold(a.Key, key) {
			t.Attrs[i].Value = value
			return t
		}
	}
	return t.Add(key, value)
}

// Add appends a single value, even when key is already there.
func (t *Template) Add(key, value string) *Template {
	t.Attrs = append(t.Attrs, Attr{Key: strings.ToUpper(key), Value: value})
	return t
}

// AddVector appends a vector and returns it for further Set calls.
func (t *Template) AddVector(key string, pairs ...Pair) *Vector {
	v := &Vector{Key: strings.ToUpper(key)}
	for _, p := range pairs {
		v.Set(p.Key, p.Value)
	}
	t.Attrs = append(t.Attrs, Attr{Key: v.Key, Vector: v})
	return v
}

// Vectors returns every vector named key, in order.
func (t *Template) Vectors(key string) []*Vector {
	if t == nil {
		return nil
	}
	var out []*Vector
	for _, a := range t.Attrs {
		if a.Vector != nil && strings.EqualFold(a.Key, key) {
			out = append(out, a.Vector)
		}
	}
	return out
}

// Vector returns the first vector named key, or nil.
func (t *Template) Vector(key string) *Vector {
	if vs := t.Vectors(key); len(vs) > 0 {
		return vs[0]
	}
	return nil
}

// Del removes every attribute (single or vector) named key.
func (t *Template) Del(key string) {
	out := t.Attrs[:0]
	for _, a := range t.Attrs {
		if !strings.EqualFold(a.Key, key) {
			out = append(out, a)
		}
	}
	t.Attrs = out
}

// Merge copies src into t: single values replace those of the same key,
// vectors replace all of t's vectors of the same key. This is what
// OpenNebula's update in merge mode does.
func (t *Template) Merge(src *Template) {
	if src == nil {
		return
	}
	replaced := map[string]bool{}
	for _, a := range src.Attrs {
		if a.Vector == nil {
			t.Set(a.Key, a.Value)
			continue
		}
		k := strings.ToUpper(a.Key)
		if !replaced[k] {
			t.Del(k)
			replaced[k] = true
		}
		t.Attrs = append(t.Attrs, Attr{Key: k, Vector: &Vector{Key: k, Pairs: append([]Pair(nil), a.Vector.Pairs...)}})
	}
}

// Clone returns a deep copy.
func (t *Template) Clone() *Template {
	if t == nil {
		return nil
	}
	out := &Template{Attrs: make([]Attr, len(t.Attrs))}
	for i, a := range t.Attrs {
		out.Attrs[i] = a
		if a.Vector != nil {
			out.Attrs[i].Vector = &Vector{Key: a.Vector.Key, Pairs: append([]Pair(nil), a.Vector.Pairs...)}
		}
	}
	return out
}

// String writes the template in OpenNebula's template syntax, one
// attribute a line:
//
//	NAME="web"
//	DISK=[
//	  IMAGE_ID="3",
//	  SIZE="1024" ]
func (t *Template) String() string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	for _, a := range t.Attrs {
		if a.Vector == nil {
			fmt.Fprintf(&b, "%s=%s\n", a.Key, quote(a.Value))
			continue
		}
		b.WriteString(a.Key + "=[")
		for i, p := range a.Vector.Pairs {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "\n  %s=%s", p.Key, quote(p.Value))
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

func quote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	return `"` + s + `"`
}

// TemplateString is anything that renders as OpenNebula template syntax:
// a *Template, or RawTemplate for text written by hand.
type TemplateString interface{ String() string }

// RawTemplate is template syntax written by hand, passed through as is.
type RawTemplate string

// String returns the template text.
func (r RawTemplate) String() string { return string(r) }

func tplString(t TemplateString) string {
	if t == nil {
		return ""
	}
	return t.String()
}

// MarshalXML writes the template as OpenNebula does: one element per
// attribute, vectors as elements with one child per pair, values as
// character data. The element name is the field's (TEMPLATE,
// USER_TEMPLATE …).
func (t *Template) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = nil
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	if t != nil {
		for _, a := range t.Attrs {
			if !validName(a.Key) {
				return fmt.Errorf("template attribute %q is not a valid element name", a.Key)
			}
			if a.Vector == nil {
				if err := e.EncodeElement(a.Value, xml.StartElement{Name: xml.Name{Local: a.Key}}); err != nil {
					return err
				}
				continue
			}
			vs := xml.StartElement{Name: xml.Name{Local: a.Key}}
			if err := e.EncodeToken(vs); err != nil {
				return err
			}
			for _, p := range a.Vector.Pairs {
				if !validName(p.Key) {
					return fmt.Errorf("template attribute %q is not a valid element name", p.Key)
				}
				if err := e.EncodeElement(p.Value, xml.StartElement{Name: xml.Name{Local: p.Key}}); err != nil {
					return err
				}
			}
			if err := e.EncodeToken(vs.End()); err != nil {
				return err
			}
		}
	}
	return e.EncodeToken(start.End())
}

// UnmarshalXML reads OpenNebula's template XML. An element with child
// elements is a vector; grandchildren (which template syntax cannot
// express) contribute only their text.
func (t *Template) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	t.Attrs = nil
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch el := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			a, err := decodeAttr(d, el)
			if err != nil {
				return err
			}
			t.Attrs = append(t.Attrs, a)
		}
	}
}

func decodeAttr(d *xml.Decoder, start xml.StartElement) (Attr, error) {
	key := start.Name.Local
	var text strings.Builder
	var vec *Vector
	for {
		tok, err := d.Token()
		if err != nil {
			return Attr{}, err
		}
		switch el := tok.(type) {
		case xml.CharData:
			text.Write(el)
		case xml.StartElement:
			if vec == nil {
				vec = &Vector{Key: key}
			}
			var inner struct {
				Text string `xml:",chardata"`
				Rest []struct {
					Text string `xml:",innerxml"`
				} `xml:",any"`
			}
			if err := d.DecodeElement(&inner, &el); err != nil {
				return Attr{}, err
			}
			vec.Pairs = append(vec.Pairs, Pair{Key: el.Name.Local, Value: inner.Text})
		case xml.EndElement:
			if vec != nil {
				return Attr{Key: key, Vector: vec}, nil
			}
			return Attr{Key: key, Value: text.String()}, nil
		}
	}
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '.')
		if !ok {
			return false
		}
	}
	return true
}

// ParseTemplate parses OpenNebula template syntax:
//
//	# comment
//	NAME = "web server"
//	CPU = 1
//	DISK = [ IMAGE_ID = "3", SIZE = 1024 ]
//
// Values are quoted (with \" and \\ escapes) or bare words; attributes are
// separated by newlines, vector pairs by commas. Keys are upper-cased.
func ParseTemplate(s string) (*Template, error) {
	p := &tplParser{s: s}
	t := &Template{}
	for {
		p.skipSpace(true)
		if p.eof() {
			return t, nil
		}
		key, err := p.ident()
		if err != nil {
			return nil, err
		}
		p.skipSpace(false)
		if !p.consume('=') {
			return nil, p.errorf("want '=' after %s", key)
		}
		p.skipSpace(false)
		if p.consume('[') {
			v := &Vector{Key: key}
			for {
				p.skipSpace(true)
				if p.consume(']') {
					break
				}
				if len(v.Pairs) > 0 {
					if !p.consume(',') {
						return nil, p.errorf("want ',' or ']' in vector %s", key)
					}
					p.skipSpace(true)
				}
				k, err := p.ident()
				if err != nil {
					return nil, err
				}
				p.skipSpace(true)
				if !p.consume('=') {
					return nil, p.errorf("want '=' after %s", k)
				}
				p.skipSpace(true)
				val, err := p.value(true)
				if err != nil {
					return nil, err
				}
				v.Pairs = append(v.Pairs, Pair{Key: k, Value: val})
			}
			t.Attrs = append(t.Attrs, Attr{Key: key, Vector: v})
		} else {
			val, err := p.value(false)
			if err != nil {
				return nil, err
			}
			t.Attrs = append(t.Attrs, Attr{Key: key, Value: val})
		}
		p.skipSpace(false)
		if !p.eof() && !p.consume('\n') && !p.consume('#') {
			return nil, p.errorf("want a newline after %s", key)
		}
		if p.pos > 0 && p.s[p.pos-1] == '#' {
			p.pos--
		}
	}
}

type tplParser struct {
	s   string
	pos int
}

func (p *tplParser) eof() bool { return p.pos >= len(p.s) }

func (p *tplParser) errorf(format string, a ...any) error {
	line := 1 + strings.Count(p.s[:min(p.pos, len(p.s))], "\n")
	return fmt.Errorf("template line %d: %s", line, fmt.Sprintf(format, a...))
}

func (p *tplParser) consume(c byte) bool {
	if !p.eof() && p.s[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// skipSpace skips blanks and comments; newlines too when nl is set.
func (p *tplParser) skipSpace(nl bool) {
	for !p.eof() {
		c := p.s[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || (nl && c == '\n'):
			p.pos++
		case c == '#' && nl:
			for !p.eof() && p.s[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

func (p *tplParser) ident() (string, error) {
	start := p.pos
	for !p.eof() {
		c := p.s[p.pos]
		if c == '_' || c == '-' || c == '.' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			p.pos++
			continue
		}
		break
	}
	if start == p.pos {
		return "", p.errorf("want an attribute name")
	}
	k := strings.ToUpper(p.s[start:p.pos])
	if !validName(k) {
		return "", p.errorf("bad attribute name %q", k)
	}
	return k, nil
}

func (p *tplParser) value(inVector bool) (string, error) {
	if p.consume('"') {
		var b strings.Builder
		for {
			if p.eof() {
				return "", p.errorf("unterminated quoted value")
			}
			c := p.s[p.pos]
			p.pos++
			switch c {
			case '\\':
				if p.eof() {
					return "", p.errorf("unterminated quoted value")
				}
				b.WriteByte(p.s[p.pos])
				p.pos++
			case '"':
				return b.String(), nil
			default:
				b.WriteByte(c)
			}
		}
	}
	start := p.pos
	for !p.eof() {
		c := p.s[p.pos]
		if c == '\n' || c == '#' || inVector && (c == ',' || c == ']') {
			break
		}
		p.pos++
	}
	return strings.TrimSpace(p.s[start:p.pos]), nil
}
