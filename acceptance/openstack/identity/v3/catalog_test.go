//go:build acceptance

package identity_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGetCatalog reads the demo token's catalog with GET /v3/auth/catalog
// and checks it against the catalog that came with the token.
func TestGetCatalog(t *testing.T) {
	p := clients.Provider(t, demoOptions(t))
	identity := identityClient(t, p)
	catalog, err := tokens.GetCatalog(clients.Context(t, time.Minute), identity).Extract()
	require.NoError(t, err)

	var types []string
	for _, e := range catalog.Entries {
		types = append(types, e.Type)
		assert.NotEmpty(t, e.ID)
		assert.NotEmpty(t, e.Endpoints, "service %s has endpoints", e.Type)
		for _, ep := range e.Endpoints {
			assert.NotEmpty(t, ep.URL)
			assert.Contains(t, []string{"public", "internal", "admin"}, ep.Interface)
		}
	}
	assert.Subset(t, types, []string{"identity", "compute", "network", "image"})
	assert.ElementsMatch(t, catalogTypes(tokenInfo(t, p)), types, "the same services as the token's own catalog")
}
