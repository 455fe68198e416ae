package opennebula_test

import (
	"bytes"
	"testing"

	one "github.com/cloudsdk/gophercloud/opennebula"
)

// FuzzDecodeResponse checks that no input makes the decoder (and the
// response parser after it) panic.
func FuzzDecodeResponse(f *testing.F) {
	f.Add([]byte(`<methodResponse><params><param><value><array><data><value><boolean>1</boolean></value><value><string>x</string></value><value><i4>0</i4></value></data></array></value></param></params></methodResponse>`))
	f.Add([]byte(`<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>4</int></value></member></struct></value></fault></methodResponse>`))
	f.Add([]byte(`<methodResponse><params><param><value><base64>aGk=</base64></value></param></params></methodResponse>`))
	f.Add([]byte(`<methodResponse><params><param><value><array><data><value><array><data></data></array></value></data></array></value></param></params></methodResponse>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		params, _, err := one.DecodeResponse(bytes.NewReader(b))
		if err == nil {
			_, _ = one.ParseResponse(params)
		}
	})
}

// FuzzParseTemplate checks that the template parser never panics and that
// what it parses survives a round trip.
func FuzzParseTemplate(f *testing.F) {
	f.Add("NAME=\"a\"\nDISK=[IMAGE_ID=1, SIZE=\"2\"]\n# c\n")
	f.Fuzz(func(t *testing.T, s string) {
		tpl, err := one.ParseTemplate(s)
		if err != nil {
			return
		}
		if _, err := one.ParseTemplate(tpl.String()); err != nil {
			t.Fatalf("round trip of %q failed: %v", s, err)
		}
	})
}
