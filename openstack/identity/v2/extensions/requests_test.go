package extensions_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	common "github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	for name, tc := range map[string]struct {
		body    string
		aliases []string
	}{
		"Keystone (values)":  {keystoneListJSON, []string{"OS-KSADM", "s3tokens", "OS-EP-FILTER"}},
		"Rackspace (array)":  {flatListJSON, []string{"RAX-KSKEY"}},
		"empty values":       {`{"extensions": {"values": []}}`, nil},
		"empty array":        {`{"extensions": []}`, nil},
		"null list":          {`{"extensions": null}`, nil},
		"values without any": {`{"extensions": {"values": null}}`, nil},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /extensions", http.StatusOK, tc.body)
			all, err := extensions.List(th.ServiceClient()).Collect(t.Context())
			require.NoError(t, err)
			var aliases []string
			for _, e := range all {
				aliases = append(aliases, e.Alias)
			}
			assert.Equal(t, tc.aliases, aliases)
		})
	}
	testhelper.CheckFailures(t, "GET /extensions", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.List(c).Collect(ctx)
		return err
	})
}

func TestListKeystoneTimes(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions", http.StatusOK, keystoneListJSON)
	all, err := extensions.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3)
	assert.True(t, all[0].Updated.Equal(time.Date(2013, 7, 11, 17, 14, 0, 0, time.UTC)), all[0].Updated)
	assert.True(t, all[1].Updated.Equal(time.Date(2013, 7, 7, 12, 0, 0, 0, time.UTC)), "one-digit second: %v", all[1].Updated)
	assert.True(t, all[2].Updated.IsZero(), "null")
	assert.Equal(t, common.Extension{
		Alias:       "s3tokens",
		Name:        "OpenStack S3 API",
		Description: "OpenStack S3 API.",
		Namespace:   "http://docs.openstack.org/identity/api/ext/s3tokens/v1.0",
		Updated:     all[1].Updated,
		Links:       []gophercloud.Link{{Href: "https://github.com/openstack/identity-api", Type: "text/html", Rel: "describedby"}},
	}, common.Extension(all[1]), "converts to common/extensions' type")
}

func TestListMalformed(t *testing.T) {
	for name, body := range map[string]string{
		"no extensions key":   `{"versions": []}`,
		"values missing":      `{"extensions": {"items": []}}`,
		"a bad time":          `{"extensions": [{"alias": "x", "updated": "yesterday"}]}`,
		"a one-digit minute":  `{"extensions": [{"alias": "x", "updated": "2013-07-07T12:0:00-00:00"}]}`,
		"a number for a time": `{"extensions": [{"alias": "x", "updated": 2013}]}`,
		"a string list":       `{"extensions": "OS-KSADM"}`,
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /extensions", http.StatusOK, body)
			_, err := extensions.List(th.ServiceClient()).Collect(t.Context())
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
		})
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/OS-KSADM", http.StatusOK, getJSON)
	e, err := extensions.Get(t.Context(), th.ServiceClient(), "OS-KSADM").Extract()
	require.NoError(t, err)
	assert.Equal(t, "OpenStack Keystone Admin", e.Name)
	assert.Equal(t, "http://docs.openstack.org/identity/api/ext/OS-KSADM/v1.0", e.Namespace)
	assert.Equal(t, 2013, e.Updated.Year())
	testhelper.CheckFailures(t, "GET /extensions/OS-KSADM", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := extensions.Get(ctx, c, "OS-KSADM").Extract()
		return err
	})
}

func TestGetNotFoundAndBadAlias(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /extensions/OS-KSCATALOG", http.StatusNotFound, `{"error": {"message": "Could not find extension: OS-KSCATALOG.", "code": 404, "title": "Not Found"}}`)
	_, err := extensions.Get(t.Context(), th.ServiceClient(), "OS-KSCATALOG").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	assert.Contains(t, err.Error(), "Could not find extension")

	_, err = extensions.Get(t.Context(), th.ServiceClient(), "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "no request for an empty alias")
}

// FuzzList feeds arbitrary pages to List: none may panic, and a failure is
// always ErrMalformedResponse (or ErrNoBody for an empty page).
func FuzzList(f *testing.F) {
	for _, s := range []string{keystoneListJSON, flatListJSON, `{"extensions": {"values": [{"updated": "2013-07-07T12:00:0"}]}}`,
		`{"extensions": [{"updated": "2013-07-07T12:00:0-"}]}`, `{"extensions": [{"updated": "0000-00-00T00:00:"}]}`, `{"extensions": {}}`, `[]`, ``} {
		f.Add(s)
	}
	th := testhelper.Setup(f)
	var body string
	th.Handle("GET /extensions", func(w http.ResponseWriter, r *http.Request) { testhelper.WriteJSON(w, http.StatusOK, body) })
	f.Fuzz(func(t *testing.T, b string) {
		body = b
		_, err := extensions.List(th.ServiceClient()).Collect(t.Context())
		if err != nil && !errors.Is(err, gophercloud.ErrMalformedResponse) && !errors.Is(err, gophercloud.ErrNoBody) {
			t.Fatalf("List error %v is not ErrMalformedResponse", err)
		}
	})
}
