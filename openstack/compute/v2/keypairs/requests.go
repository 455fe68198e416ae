package keypairs

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Key pair types (microversion 2.2).
const (
	TypeSSH  = "ssh"
	TypeX509 = "x509"
)

// ListOpts filters and pages List; the zero value lists the caller's own
// key pairs.
type ListOpts struct {
	// UserID lists another user's key pairs; admin only, microversion 2.10.
	UserID string `q:"user_id"`
	// Limit is the page size; microversion 2.35.
	Limit int `q:"limit"`
	// Marker is the name of the last key pair of the previous page;
	// microversion 2.35.
	Marker string `q:"marker"`
}

// ToKeyPairListQuery checks the options and encodes them as a query string.
func (opts *ListOpts) ToKeyPairListQuery() (string, error) {
	if opts == nil {
		return "", nil
	}
	if opts.Limit < 0 {
		return "", &gophercloud.ErrInvalidInput{Argument: "keypairs.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	u, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// List returns a Pager over the key pairs; opts may be nil. From
// microversion 2.35 it follows keypairs_links from page to page.
// https://docs.openstack.org/api-ref/compute/#list-keypairs
func List(c *gophercloud.ServiceClient, opts *ListOpts) pagination.Pager[KeyPair] {
	q, err := opts.ToKeyPairListQuery()
	if err != nil {
		return pagination.Fail[KeyPair](err)
	}
	return pagination.New(c, listURL(c)+q, pagination.StrategyFunc[KeyPair](parseListPage), nil)
}

// GetOpts selects whose key pair Get shows.
type GetOpts struct {
	// UserID names another user; admin only, microversion 2.10.
	UserID string `q:"user_id"`
}

// Get shows one key pair by name; opts may be nil.
// https://docs.openstack.org/api-ref/compute/#show-keypair-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, name string, opts *GetOpts) (r GetResult) {
	u, err := withUser(keypairURL(c, name), opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Get(ctx, u, nil)
	return
}

// CreateOpts describes a key pair to import or generate.
type CreateOpts struct {
	// Name must be unique for the user.
	Name string `json:"name" required:"true"`
	// PublicKey, in OpenSSH format ("ssh-ed25519 AAAA… comment") or, for
	// x509, PEM, imports an existing key. Empty asks Nova to generate a key
	// pair (before microversion 2.92 only).
	PublicKey string `json:"public_key,omitempty"`
	// Type is TypeSSH (the default) or TypeX509; microversion 2.2.
	Type string `json:"type,omitempty"`
	// UserID creates the key pair for another user; admin only,
	// microversion 2.10.
	UserID string `json:"user_id,omitempty"`
}

// ToKeyPairCreateMap checks the options and builds the request body.
func (opts CreateOpts) ToKeyPairCreateMap() (map[string]any, error) {
	switch opts.Type {
	case "", TypeSSH, TypeX509:
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: "keypairs.CreateOpts.Type", Value: opts.Type, Reason: `must be "ssh" or "x509"`}
	}
	return gophercloud.BuildRequestBody(opts, "keypair")
}

// Create imports (with PublicKey) or generates a key pair.
// https://docs.openstack.org/api-ref/compute/#create-or-import-keypair
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) (r CreateResult) {
	b, err := opts.ToKeyPairCreateMap()
	if err != nil {
		r.Err = err
		return
	}
	// 200 up to microversion 2.1, 201 from 2.2.
	r.Result = c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusCreated}})
	return
}

// DeleteOpts selects whose key pair Delete removes.
type DeleteOpts struct {
	// UserID names another user; admin only, microversion 2.10.
	UserID string `q:"user_id"`
}

// Delete removes a key pair by name; opts may be nil. Servers that were
// booted with it keep the key.
// https://docs.openstack.org/api-ref/compute/#delete-keypair
func Delete(ctx context.Context, c *gophercloud.ServiceClient, name string, opts *DeleteOpts) (r DeleteResult) {
	u, err := withUser(keypairURL(c, name), opts)
	if err != nil {
		r.Err = err
		return
	}
	// 202 up to microversion 2.1, 204 from 2.2.
	r.Result = c.Delete(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted, http.StatusNoContent}})
	return
}

// withUser appends the query built from opts (a *GetOpts or *DeleteOpts,
// nil meaning none) to base.
func withUser(base string, opts any) (string, error) {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return base + q.String(), nil
}
