package gophercloud_test

import (
	"bufio"
	"bytes"
	"fmt"
	"net/textproto"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cloudsdk/gophercloud"
)

type fuzzQueryOpts struct {
	Name string            `q:"name"`
	Tags []string          `q:"tag"`
	Meta map[string]string `q:"meta"`
}

// FuzzBuildQueryString checks that whatever the strings, the query parses
// back to exactly the values given: nothing is lost, merged or injected.
func FuzzBuildQueryString(f *testing.F) {
	f.Add("web", "a", "k", "v")
	f.Add("", "", "", "")
	f.Add("a&b=c", "x;y", "name", "%zz")
	f.Add("é\x00\r\n", "+ ", "#frag", "?q")
	f.Fuzz(func(t *testing.T, name, tag, key, value string) {
		opts := fuzzQueryOpts{Name: name, Tags: []string{tag, name}, Meta: map[string]string{key: value}}
		u, err := gophercloud.BuildQueryString(opts)
		require.NoError(t, err)

		// The fields are visited in order: name (left out when empty), tags
		// (all sent), then the map entry.
		want := url.Values{}
		if name != "" {
			want.Add("name", name)
		}
		want.Add("tag", tag)
		want.Add("tag", name)
		want.Add(key, value)

		got, err := url.ParseQuery(u.RawQuery)
		require.NoError(t, err)
		require.Equal(t, want, got)
		require.Equal(t, "?"+u.RawQuery, u.String())
	})
}

type fuzzHeaderOpts struct {
	Value string            `h:"X-Value"`
	Meta  map[string]string `h:"X-Meta-"`
}

// FuzzBuildHeaders checks that headers BuildHeaders accepts, written raw on
// the wire, read back as exactly the same headers: no option value can add
// or split a header. Values with CR or LF must always be refused.
func FuzzBuildHeaders(f *testing.F) {
	f.Add("v", "k", "v2")
	f.Add("a\r\nX-Admin: 1", "k", "v")
	f.Add("v", "k\r\nX-Admin", "1")
	f.Add(" padded\t", "Color", "")
	f.Fuzz(func(t *testing.T, value, key, metaValue string) {
		h, err := gophercloud.BuildHeaders(fuzzHeaderOpts{Value: value, Meta: map[string]string{key: metaValue}})
		if strings.ContainsAny(value+key+metaValue, "\r\n") {
			require.Error(t, err)
		}
		if err != nil {
			require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			return
		}
		require.Len(t, h, map[bool]int{true: 1, false: 2}[value == ""])

		var wire bytes.Buffer
		for k, v := range h {
			fmt.Fprintf(&wire, "%s: %s\r\n", k, v)
		}
		wire.WriteString("\r\n")
		got, err := textproto.NewReader(bufio.NewReader(&wire)).ReadMIMEHeader()
		require.NoError(t, err)
		require.Len(t, got, len(h))
		for k, v := range h {
			require.Equal(t, []string{strings.Trim(v, " \t")}, got.Values(k), "header %q", k)
		}
	})
}
