package tokens_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
)

// fakeKeystone answers POST /v3/auth/tokens with a project-scoped token
// and HEAD /v3/auth/tokens with 200 for that token, 404 for any other.
func fakeKeystone() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Subject-Token", subjectToken)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, projectTokenJSON)
	})
	mux.HandleFunc("HEAD /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Subject-Token") != subjectToken {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	return httptest.NewServer(mux)
}

// Create a project-scoped token with a password and read what came with
// it; most programs let openstack.AuthenticatedClient do this.
func ExampleCreate() {
	keystone := fakeKeystone()
	defer keystone.Close()
	ctx := context.Background()

	identity := &gophercloud.ServiceClient{
		ProviderClient: gophercloud.NewProviderClient(),
		Endpoint:       keystone.URL + "/v3/",
		Type:           "identity",
	}
	r := tokens.Create(ctx, identity, gophercloud.AuthOptions{
		Username:   "demo",
		Password:   "demosecret",
		DomainName: "Default",
		TenantName: "demo",
	})
	token, err := r.ExtractToken()
	if err != nil {
		fmt.Println(err)
		return
	}
	info, err := r.Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("token expires:", token.ExpiresAt.UTC())
	fmt.Println("user:", info.User.Name, "project:", info.Project.Name)
	for _, role := range info.Roles {
		fmt.Println("role:", role.Name)
	}
	for _, service := range info.Catalog {
		fmt.Println("service:", service.Type)
	}
	// Output:
	// token expires: 2026-11-22 23:04:08 +0000 UTC
	// user: demo project: demo
	// role: member
	// role: reader
	// service: compute
	// service: identity
	// service: network
}

// Check whether a token is still valid: a revoked or unknown token is
// false, not an error.
func ExampleValidate() {
	keystone := fakeKeystone()
	defer keystone.Close()
	ctx := context.Background()

	provider := gophercloud.NewProviderClient()
	provider.SetToken("the caller's own token")
	identity := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: keystone.URL + "/v3/"}

	for _, t := range []string{subjectToken, "gAAAAABrevoked"} {
		ok, err := tokens.Validate(ctx, identity, t).Extract()
		fmt.Println(ok, err)
	}
	// Output:
	// true <nil>
	// false <nil>
}

// A user whose multi-factor rules ask for a password and a TOTP code gets
// a receipt for the password alone; the receipt and the code finish the
// authentication.
func ExampleExtractReceipt() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get(tokens.ReceiptHeader) == "" {
			w.Header().Set(tokens.ReceiptHeader, receiptID)
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = io.WriteString(w, receiptJSON)
			return
		}
		w.Header().Set("X-Subject-Token", subjectToken)
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, unscopedTokenJSON)
	})
	keystone := httptest.NewServer(mux)
	defer keystone.Close()
	ctx := context.Background()
	identity := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: keystone.URL + "/v3/"}

	user := gophercloud.AuthOptions{Username: "mfa-user", DomainName: "Default"}
	withPassword := user
	withPassword.Password = "secret"
	_, err := tokens.Create(ctx, identity, withPassword).ExtractToken()
	rc, ok := tokens.ExtractReceipt(err)
	if !ok {
		fmt.Println(err)
		return
	}
	fmt.Println("still missing:", rc.Missing()[0])

	token, err := tokens.Create(ctx, identity, tokens.MultiFactor{Auth: user, Passcode: "492039", Receipt: rc.ID}).ExtractToken()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("token issued:", token.ID == subjectToken)
	// Output:
	// still missing: [totp]
	// token issued: true
}

// List the services the client's own token may use.
func ExampleGetCatalog() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v3/auth/catalog", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, catalogJSON)
	})
	keystone := httptest.NewServer(mux)
	defer keystone.Close()

	provider := gophercloud.NewProviderClient()
	provider.SetToken("the caller's own token")
	identity := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: keystone.URL + "/v3/"}
	catalog, err := tokens.GetCatalog(context.Background(), identity).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range catalog.Entries {
		fmt.Println(e.Type, e.Endpoints[0].URL)
	}
	// Output:
	// compute http://127.0.0.1:8774/v2.1
	// identity http://127.0.0.1:5000/v3
}
