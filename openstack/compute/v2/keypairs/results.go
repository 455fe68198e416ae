package keypairs

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// KeyPair is a public key Nova can inject into servers, with the private
// key when Nova generated it.
type KeyPair struct {
	// Name identifies the key pair for its user.
	Name string `json:"name"`
	// Fingerprint is the public key's fingerprint.
	Fingerprint string `json:"fingerprint"`
	// PublicKey is the public key, in OpenSSH format for ssh keys.
	PublicKey string `json:"public_key"`
	// PrivateKey is only set in the answer to a Create that asked Nova to
	// generate the key pair; it is never returned again.
	PrivateKey string `json:"private_key"`
	// Type is "ssh" or "x509"; sent from microversion 2.2.
	Type string `json:"type"`
	// UserID is the owner; sent by Get and Create.
	UserID string `json:"user_id"`
	// ID is Nova's internal number for the key pair; sent by Get.
	ID int `json:"id"`
	// CreatedAt and UpdatedAt are sent by Get; UpdatedAt is usually null
	// (the zero time), as key pairs cannot be changed.
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	// Deleted is sent by Get; always false for a key pair one can get.
	Deleted bool `json:"deleted"`
}

// listEntry is one element of a list body: Nova wraps each key pair as
// {"keypair": {…}}.
type listEntry struct {
	KeyPair *KeyPair `json:"keypair"`
}

var listPage = pagination.Linked[listEntry]{ItemsKey: "keypairs", LinksKey: "keypairs_links"}

// parseListPage decodes a page once, then unwraps the entries.
func parseListPage(current *url.URL, h http.Header, body []byte) ([]KeyPair, string, error) {
	entries, next, err := listPage.Parse(current, h, body)
	if err != nil {
		return nil, "", err
	}
	out := make([]KeyPair, len(entries))
	for i, e := range entries {
		if e.KeyPair == nil {
			return nil, "", fmt.Errorf("%w: keypairs[%d] has no \"keypair\" object", gophercloud.ErrMalformedResponse, i)
		}
		out[i] = *e.KeyPair
	}
	return out, next, nil
}

// GetResult is the result of Get; Extract returns the *KeyPair.
type GetResult = gophercloud.ItemResult[KeyPair]

// CreateResult is the result of Create; Extract returns the *KeyPair,
// whose PrivateKey is set when Nova generated it.
type CreateResult = gophercloud.ItemResult[KeyPair]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractKeyPairs returns the key pairs of a page (or of AllPages).
func ExtractKeyPairs(p pagination.Page[KeyPair]) ([]KeyPair, error) { return p.Items, nil }
