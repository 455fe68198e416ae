package tokens_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
)

// FuzzExtract feeds arbitrary bodies to every Extract method: none may
// panic, a failure is always ErrMalformedResponse, and a success always
// carries a token ID.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(accessJSON))
	f.Add([]byte(`{"access": {"token": {"id": "t", "expires": "2026-01-31T15:30:58.123456"}, "serviceCatalog": null, "user": null}}`))
	f.Add([]byte(`{"access": {"token": {"id": ""}}}`))
	f.Add([]byte(`{"access": {"token": {"id": "t", "tenant": []}}}`))
	f.Add([]byte(`{"access": null}`))
	f.Add([]byte(`{"access": {"serviceCatalog": [{"endpoints": [null, {}]}]}}`))
	f.Add([]byte(`"access"`))
	f.Add([]byte{})

	f.Fuzz(func(t *testing.T, body []byte) {
		var r tokens.CreateResult
		r.Body = body
		r.StatusCode = http.StatusOK

		access, err := r.Extract()
		if err != nil {
			if !errors.Is(err, gophercloud.ErrMalformedResponse) {
				t.Fatalf("Extract error %v is not ErrMalformedResponse", err)
			}
			if _, err := r.ExtractTokenID(); err == nil {
				t.Fatal("Extract failed but ExtractTokenID succeeded")
			}
			if _, err := r.ExtractServiceCatalog(); err == nil {
				t.Fatal("Extract failed but ExtractServiceCatalog succeeded")
			}
			return
		}
		if access.Token.ID == "" {
			t.Fatal("Extract succeeded without a token ID")
		}
		id, err := r.ExtractTokenID()
		if err != nil || id != access.Token.ID {
			t.Fatalf("ExtractTokenID = %q, %v; want %q", id, err, access.Token.ID)
		}
		catalog, err := r.ExtractServiceCatalog()
		if err != nil || len(catalog.Entries) != len(access.ServiceCatalog) {
			t.Fatalf("ExtractServiceCatalog = %v, %v", catalog, err)
		}
		if _, err := r.ExtractUser(); err != nil {
			t.Fatal(err)
		}
		_ = access.Token.Expires()
	})
}
