package gophercloud_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTagSetValidate(t *testing.T) {
	s := gophercloud.TagSet{Collection: []string{"things"}, MaxLength: 5, MaxTags: 2}
	tests := []struct {
		tags []string
		ok   bool
	}{
		{nil, true},
		{[]string{"a", "ünï"}, true},
		{[]string{"12345"}, true},
		{[]string{"123456"}, false},
		{[]string{""}, false},
		{[]string{"a/b"}, false},
		{[]string{"a,b"}, false},
		{[]string{"a", "b", "c"}, false},
	}
	for _, tt := range tests {
		err := s.ValidateSet(tt.tags)
		if tt.ok {
			assert.NoError(t, err, "%q", tt.tags)
		} else {
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%q", tt.tags)
		}
	}
}

func TestTagSetEscapesTheTag(t *testing.T) {
	srv := th.Setup(t)
	srv.Handle("PUT /things/1/tags/{tag}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "two words?", r.PathValue("tag"))
		assert.True(t, strings.HasSuffix(r.URL.EscapedPath(), "/tags/two%20words%3F"), r.URL.EscapedPath())
		w.WriteHeader(http.StatusCreated)
	})
	s := gophercloud.TagSet{Collection: []string{"things"}, MaxLength: 60}
	require.NoError(t, s.Add(t.Context(), srv.ServiceClient(), "1", "two words?").ExtractErr())
}
