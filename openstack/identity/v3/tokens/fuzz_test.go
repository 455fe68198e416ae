package tokens_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
)

// FuzzExtract feeds arbitrary token bodies and X-Subject-Token values to
// every Extract method: none may panic, a failure is always
// ErrMalformedResponse, and the methods agree with each other.
func FuzzExtract(f *testing.F) {
	for _, body := range []string{projectTokenJSON, domainTokenJSON, systemTokenJSON, unscopedTokenJSON, appCredTokenJSON, federatedTokenJSON, restrictedAppCredTokenJSON} {
		f.Add([]byte(body), subjectToken)
	}
	f.Add([]byte(`{"token": null}`), "")
	f.Add([]byte(`{"token": {"expires_at": "not a time"}}`), "x")
	f.Add([]byte(`{"token": {"catalog": [{"endpoints": null}], "project": null, "roles": [null]}}`), "x")
	f.Add([]byte(`{"token": {"expires_at": "2026-11-22T23:04:08", "issued_at": null, "system": []}}`), "x")
	f.Add([]byte(`[]`), "x")
	f.Add([]byte{}, "")

	f.Fuzz(func(t *testing.T, body []byte, subject string) {
		var r tokens.CreateResult
		r.Body = body
		r.Header = http.Header{}
		if subject != "" {
			r.Header.Set("X-Subject-Token", subject)
		}
		r.StatusCode = http.StatusCreated

		info, err := r.Extract()
		if err != nil {
			if !errors.Is(err, gophercloud.ErrMalformedResponse) {
				t.Fatalf("Extract error %v is not ErrMalformedResponse", err)
			}
			for name, extract := range map[string]func() error{
				"ExtractToken":                 func() error { _, err := r.ExtractToken(); return err },
				"ExtractCatalog":               func() error { _, err := r.ExtractCatalog(); return err },
				"ExtractUser":                  func() error { _, err := r.ExtractUser(); return err },
				"ExtractProject":               func() error { _, err := r.ExtractProject(); return err },
				"ExtractDomain":                func() error { _, err := r.ExtractDomain(); return err },
				"ExtractRoles":                 func() error { _, err := r.ExtractRoles(); return err },
				"ExtractFederation":            func() error { _, err := r.ExtractFederation(); return err },
				"ExtractApplicationCredential": func() error { _, err := r.ExtractApplicationCredential(); return err },
			} {
				if extract() == nil {
					t.Fatalf("Extract failed but %s succeeded", name)
				}
			}
			return
		}
		if info == nil {
			t.Fatal("Extract returned neither a token nor an error")
		}
		catalog, err := r.ExtractCatalog()
		if err != nil || len(catalog.Entries) != len(info.Catalog) {
			t.Fatalf("ExtractCatalog = %v, %v; Extract had %d entries", catalog, err, len(info.Catalog))
		}
		if _, err := r.ExtractUser(); err != nil {
			t.Fatal(err)
		}
		if p, err := r.ExtractProject(); err != nil || (p == nil) != (info.Project == nil) {
			t.Fatalf("ExtractProject = %v, %v", p, err)
		}
		if d, err := r.ExtractDomain(); err != nil || (d == nil) != (info.Domain == nil) {
			t.Fatalf("ExtractDomain = %v, %v", d, err)
		}
		if roles, err := r.ExtractRoles(); err != nil || len(roles) != len(info.Roles) {
			t.Fatalf("ExtractRoles = %v, %v", roles, err)
		}

		if f, err := r.ExtractFederation(); err != nil || (f == nil) != (info.User.Federation == nil) {
			t.Fatalf("ExtractFederation = %v, %v", f, err)
		}
		if ac, err := r.ExtractApplicationCredential(); err != nil || (ac == nil) != (info.ApplicationCredential == nil) {
			t.Fatalf("ExtractApplicationCredential = %v, %v", ac, err)
		}

		id, err := r.ExtractTokenID()
		want := r.Header.Get("X-Subject-Token")
		switch {
		case want == "" && !errors.Is(err, gophercloud.ErrMalformedResponse):
			t.Fatalf("no X-Subject-Token: got %q, %v", id, err)
		case want != "" && (err != nil || id != want):
			t.Fatalf("ExtractTokenID = %q, %v; want %q", id, err, want)
		}
		tok, err := r.ExtractToken()
		if want != "" && (err != nil || tok.ID != want || !tok.ExpiresAt.Equal(info.ExpiresAt.Time)) {
			t.Fatalf("ExtractToken = %+v, %v", tok, err)
		}
	})
}
