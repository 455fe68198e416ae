//go:build acceptance

package v2

import (
	"context"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/schemas"
)

// The four schemas are named after their resource; the image schema
// describes "name" and the member schema "status".
func TestImageSchemas(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, 30*time.Second)
	cases := []struct {
		name     string
		call     func(context.Context, *gophercloud.ServiceClient) schemas.GetResult
		property string
	}{
		{"image", schemas.GetImage, "name"},
		{"images", schemas.GetImages, "images"},
		{"member", schemas.GetMember, "status"},
		{"members", schemas.GetMembers, "members"},
	}
	for _, tc := range cases {
		s, err := tc.call(ctx, c).Extract()
		if err != nil {
			t.Fatalf("get %s schema: %v", tc.name, err)
		}
		if s.Name != tc.name {
			t.Errorf("schema name %q, want %q", s.Name, tc.name)
		}
		if _, ok := s.Properties[tc.property]; !ok {
			t.Errorf("%s schema has no %q property", tc.name, tc.property)
		}
		t.Logf("%s schema: %d properties, %d links", s.Name, len(s.Properties), len(s.Links))
	}
}
