package keypairs_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListFollowsLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.35")
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "user_id": {"fake"}})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "marker": {"keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3"}})
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.35")
	page, err := keypairs.List(c, keypairs.ListOpts{Limit: 1, UserID: "fake"}).AllPages(t.Context())
	require.NoError(t, err)
	all, err := keypairs.ExtractKeyPairs(page)
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, keypairs.KeyPair{
		Name:        "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3",
		Fingerprint: "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
		PublicKey:   publicKey + "\n",
		Type:        "ssh",
	}, all[0])
	assert.Equal(t, "x509", all[1].Type)
}

func TestListSinglePageBefore235(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	got, err := keypairs.List(th.ServiceClient(), keypairs.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "x509-key", got[0].Name)
}

func TestListMalformedEntries(t *testing.T) {
	for name, body := range map[string]string{
		"unwrapped item": `{"keypairs": [{"name": "k", "fingerprint": "f"}]}`,
		"null item":      `{"keypairs": [null]}`,
		"item not obj":   `{"keypairs": [{"keypair": "k"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /os-keypairs", http.StatusOK, body)
			_, err := keypairs.List(th.ServiceClient(), keypairs.ListOpts{}).AllPages(t.Context())
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
		})
	}
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /os-keypairs", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.List(c, keypairs.ListOpts{}).AllPages(ctx)
		return err
	})
	th := testhelper.Setup(t)
	_, err := keypairs.List(th.ServiceClient(), keypairs.ListOpts{Limit: -1}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestGet(t *testing.T) {
	for _, tc := range []struct {
		name  string
		opts  keypairs.GetOpts
		query url.Values
	}{
		{"own", keypairs.GetOpts{}, nil},
		{"other user", keypairs.GetOpts{UserID: "fake"}, url.Values{"user_id": {"fake"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("GET /os-keypairs/keypair-6638abdb-c4e8-407c-ba88-c8dd7cc3c4f1", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestQuery(t, r, tc.query)
				testhelper.WriteJSON(w, http.StatusOK, getJSON)
			})
			kp, err := keypairs.Get(t.Context(), th.ServiceClient(), "keypair-6638abdb-c4e8-407c-ba88-c8dd7cc3c4f1", tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, keypairs.KeyPair{
				Name:        "keypair-6638abdb-c4e8-407c-ba88-c8dd7cc3c4f1",
				Fingerprint: "44:fe:29:6e:23:14:b9:53:5b:65:82:58:1c:fe:5a:c3",
				PublicKey:   publicKey + "\n",
				Type:        "ssh",
				UserID:      "fake",
				ID:          1,
				CreatedAt:   gophercloud.NewJSONTime(time.Date(2014, 5, 7, 12, 6, 13, 681238000, time.UTC)),
			}, *kp)
		})
	}
	testhelper.CheckFailures(t, "GET /os-keypairs/k", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.Get(ctx, c, "k", keypairs.GetOpts{}).Extract()
		return err
	})
}

func TestGetEscapesName(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-keypairs/{name}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "my key/1?", r.PathValue("name"))
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	_, err := keypairs.Get(t.Context(), th.ServiceClient(), "my key/1?", keypairs.GetOpts{}).Extract()
	require.NoError(t, err)
}

func TestCreate(t *testing.T) {
	for _, tc := range []struct {
		name     string
		opts     keypairs.CreateOpts
		request  string
		status   int
		response string
		private  bool
	}{
		{
			name:     "generate at 2.1",
			opts:     keypairs.CreateOpts{Name: "keypair-ab9ff2e6-a6d7-4915-a241-044c369c07f9"},
			request:  `{"keypair": {"name": "keypair-ab9ff2e6-a6d7-4915-a241-044c369c07f9"}}`,
			status:   http.StatusOK,
			response: createGeneratedJSON,
			private:  true,
		},
		{
			name:     "import ssh for a user at 2.10",
			opts:     keypairs.CreateOpts{Name: "keypair-803a1926-af78-4b05-902a-1d6f7a8d9d3e", PublicKey: publicKey, Type: keypairs.TypeSSH, UserID: "fake"},
			request:  `{"keypair": {"name": "keypair-803a1926-af78-4b05-902a-1d6f7a8d9d3e", "public_key": "` + publicKey + `", "type": "ssh", "user_id": "fake"}}`,
			status:   http.StatusCreated,
			response: createImportedJSON,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.request)
				testhelper.WriteJSON(w, tc.status, tc.response)
			})
			kp, err := keypairs.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.opts.Name, kp.Name)
			assert.Equal(t, "fake", kp.UserID)
			assert.Equal(t, tc.private, kp.PrivateKey != "", "private key present")
			assert.Contains(t, kp.PublicKey, "ssh-rsa AAAAB3NzaC1yc2E")
		})
	}
	testhelper.CheckFailures(t, "POST /os-keypairs", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.Create(ctx, c, keypairs.CreateOpts{Name: "k"}).Extract()
		return err
	})
}

func TestCreateOptsErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts keypairs.CreateOpts
		want string
	}{
		{"no name", keypairs.CreateOpts{PublicKey: publicKey}, "keypairs.CreateOpts.Name"},
		{"bad type", keypairs.CreateOpts{Name: "k", Type: "rsa"}, "keypairs.CreateOpts.Type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			_, err := keypairs.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

func TestCreateConflict(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST /os-keypairs", http.StatusConflict, testhelper.Fault("conflictingRequest", 409, "Key pair 'k' already exists."))
	_, err := keypairs.Create(t.Context(), th.ServiceClient(), keypairs.CreateOpts{Name: "k"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrConflict)
	assert.ErrorContains(t, err, "Key pair 'k' already exists.")
}

func TestDelete(t *testing.T) {
	for _, tc := range []struct {
		name   string
		opts   keypairs.DeleteOpts
		query  url.Values
		status int
	}{
		{"2.1 own", keypairs.DeleteOpts{}, nil, http.StatusAccepted},
		{"2.10 other user", keypairs.DeleteOpts{UserID: "fake"}, url.Values{"user_id": {"fake"}}, http.StatusNoContent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			calls := 0
			th.Handle("DELETE /os-keypairs/k", func(w http.ResponseWriter, r *http.Request) {
				calls++
				testhelper.TestQuery(t, r, tc.query)
				w.WriteHeader(tc.status)
			})
			require.NoError(t, keypairs.Delete(t.Context(), th.ServiceClient(), "k", tc.opts).ExtractErr())
			assert.Equal(t, 1, calls)
		})
	}
	testhelper.CheckFailures(t, "DELETE /os-keypairs/k", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return keypairs.Delete(ctx, c, "k", keypairs.DeleteOpts{}).ExtractErr()
	})
}
