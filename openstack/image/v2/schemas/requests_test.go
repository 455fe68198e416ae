package schemas_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/schemas"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	cases := []struct {
		name       string
		call       func(context.Context, *gophercloud.ServiceClient) schemas.GetResult
		body       string
		properties []string
		links      int
	}{
		{"image", schemas.GetImage, imageSchemaJSON, []string{"id", "name", "visibility"}, 3},
		{"images", schemas.GetImages, imagesSchemaJSON, []string{"first", "images", "next", "schema"}, 3},
		{"member", schemas.GetMember, memberSchemaJSON, []string{"created_at", "image_id", "member_id", "schema", "status", "updated_at"}, 0},
		{"members", schemas.GetMembers, membersSchemaJSON, []string{"members", "schema"}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pattern := "GET /schemas/" + tc.name
			th := testhelper.Setup(t)
			th.HandleJSON(pattern, http.StatusOK, tc.body)
			s, err := tc.call(t.Context(), th.ServiceClient()).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.name, s.Name)
			assert.Len(t, s.Properties, len(tc.properties))
			for _, p := range tc.properties {
				assert.Contains(t, s.Properties, p)
			}
			assert.Len(t, s.Links, tc.links)
			testhelper.CheckFailures(t, pattern, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.call(ctx, c).Extract()
				return err
			})
		})
	}
}

func TestGetImageDetails(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /schemas/image", http.StatusOK, imageSchemaJSON)
	r := schemas.GetImage(t.Context(), th.ServiceClient())
	s, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, gophercloud.Link{Href: "{file}", Rel: "enclosure"}, s.Links[1])
	assert.JSONEq(t, `{"type": "string"}`, string(s.AdditionalProperties))
	var visibility struct {
		Enum []string `json:"enum"`
	}
	require.NoError(t, json.Unmarshal(s.Properties["visibility"], &visibility))
	assert.Equal(t, []string{"community", "public", "private", "shared"}, visibility.Enum)

	// ExtractInto reads the whole document into the caller's struct.
	var mine struct {
		Name       string `json:"name"`
		Properties map[string]struct {
			ReadOnly bool `json:"readOnly"`
		} `json:"properties"`
	}
	require.NoError(t, r.ExtractInto(&mine))
	assert.Equal(t, "image", mine.Name)
	assert.True(t, mine.Properties["id"].ReadOnly)
	assert.False(t, mine.Properties["name"].ReadOnly)
}

func TestMemberSchemaHasNoAdditionalProperties(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /schemas/member", http.StatusOK, memberSchemaJSON)
	s, err := schemas.GetMember(t.Context(), th.ServiceClient()).Extract()
	require.NoError(t, err)
	assert.Empty(t, s.AdditionalProperties)
	assert.Empty(t, s.Links)
}
