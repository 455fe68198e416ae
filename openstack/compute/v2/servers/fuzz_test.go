package servers_test

import (
	"encoding/json"
	"testing"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// imageReference is what Image must decode to: encoding/json's result for
// objects, the zero Image for "" and null, the ID for any other string.
func imageReference(b []byte) (servers.Image, error) {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return servers.Image{}, err
	}
	switch x := v.(type) {
	case nil:
		return servers.Image{}, nil
	case string:
		return servers.Image{ID: x}, nil
	}
	type plain servers.Image
	var p plain
	err := json.Unmarshal(b, &p)
	return servers.Image(p), err
}

var imageSeeds = []string{
	`""`, `null`, `"d7a4c3e2"`, `{}`, `{"id": "x"}`, `{"links": []}`,
	`{"id": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "links": [{"href": "http://compute.example.com/images/d7a4c3e2", "rel": "bookmark"}]}`,
	`{"links":[{"rel":"bookmark","href":"h"},{"href":"h2"}],"id":"y"}`,
	` { "id" : "a" , "links" : [ { } ] } `,
	`{"id": "a\u00e9"}`, `{"id": "a\"b"}`, `{"id": "é"}`, `{"ID": "upper"}`, `{"id": 42}`, `{"id": null}`,
	`{"links": null}`, `{"links": [null]}`, `{"links": [{"href": 1}]}`, `{"id": "a", "extra": true}`,
	`{"id": "a", "id": "b"}`, `{"id": "a",}`, `{"id" "a"}`, `{"id": "a"`, `{"id": "a"} x`, `[]`, `42`, `{"links": [{"href": "a"},]}`,
}

// FuzzImageUnmarshal checks Image's decoder, fast path included, against
// encoding/json: same value or both an error.
func FuzzImageUnmarshal(f *testing.F) {
	for _, s := range imageSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want, wantErr := imageReference(b)
		var got servers.Image
		err := got.UnmarshalJSON(b)
		if wantErr != nil {
			// encoding/json never hands an invalid value to UnmarshalJSON;
			// called directly, the decoder may only fail or agree.
			if err == nil && json.Valid(b) {
				t.Fatalf("%q: reference fails (%v) but got %+v", b, wantErr, got)
			}
			return
		}
		require.NoError(t, err, "%q", b)
		assert.Equal(t, want, got, "%q", b)
	})
}

// TestImageInServer runs the seeds through a whole server decode, the way
// Get and List use it.
func TestImageInServer(t *testing.T) {
	for _, s := range imageSeeds {
		body := []byte(`{"id": "s", "image": ` + s + `}`)
		var ref struct {
			Image json.RawMessage `json:"image"`
		}
		if json.Unmarshal(body, &ref) != nil {
			continue // not valid JSON: never reaches the decoder
		}
		want, wantErr := imageReference(ref.Image)
		var got servers.Server
		err := json.Unmarshal(body, &got)
		if wantErr != nil {
			assert.Error(t, err, s)
			continue
		}
		require.NoError(t, err, s)
		assert.Equal(t, want, got.Image, s)
	}
}
