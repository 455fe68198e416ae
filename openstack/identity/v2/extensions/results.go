package extensions

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	common "github.com/cloudsdk/gophercloud/openstack/common/extensions"
)

// Extension is one identity extension. It has common/extensions'
// fields and converts to that type (common.Extension(e)); only its
// decoding differs: Keystone wrote several update times with a one-digit
// second ("2013-07-07T12:00:0-00:00"), which would otherwise fail the
// whole list, and Extension reads them as that second.
type Extension common.Extension

// UnmarshalJSON implements json.Unmarshaler.
func (e *Extension) UnmarshalJSON(b []byte) error {
	type plain common.Extension // without this method
	var v struct {
		plain
		// Updated shadows plain's, to be parsed leniently.
		Updated json.RawMessage `json:"updated"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*e = Extension(v.plain)
	if len(v.Updated) == 0 || string(v.Updated) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(v.Updated, &s); err != nil {
		return fmt.Errorf("%w: extension %q: updated is not a string", gophercloud.ErrMalformedResponse, v.Alias)
	}
	if s == "" {
		return nil
	}
	t, err := gophercloud.ParseTime(s)
	if err != nil && len(s) > 18 && s[16] == ':' && isDigit(s[17]) && !isDigit(s[18]) {
		t, err = gophercloud.ParseTime(s[:17] + "0" + s[17:])
	}
	if err != nil {
		return err
	}
	e.Updated = gophercloud.NewJSONTime(t)
	return nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// parseList reads either list shape into one page.
func parseList(_ *url.URL, _ http.Header, body []byte) ([]Extension, string, error) {
	var page struct {
		Extensions json.RawMessage `json:"extensions"`
	}
	if err := json.Unmarshal(body, &page); err != nil {
		return nil, "", fmt.Errorf("%w: %w", gophercloud.ErrMalformedResponse, err)
	}
	raw := bytes.TrimSpace(page.Extensions)
	if len(raw) == 0 {
		return nil, "", fmt.Errorf("%w: no %q key in the page", gophercloud.ErrMalformedResponse, "extensions")
	}
	if raw[0] == '{' {
		items, err := gophercloud.DecodeSlice[Extension](raw, "values")
		return items, "", err
	}
	items, err := gophercloud.DecodeSlice[Extension](raw, "")
	return items, "", err
}

// GetResult is the result of Get; Extract returns the *Extension.
type GetResult = gophercloud.ItemResult[Extension]
