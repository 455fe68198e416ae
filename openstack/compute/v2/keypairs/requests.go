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

// Validate refuses a negative Limit; List calls it through the query
// builder.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "keypairs.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}

// List returns a Pager over the key pairs; the zero ListOpts lists the
// caller's own. From microversion 2.35 it follows keypairs_links from page
// to page. It does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-keypairs
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[KeyPair] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.StrategyFunc[KeyPair](parseListPage))
}

// GetOpts selects whose key pair Get shows.
type GetOpts struct {
	// UserID names another user; admin only, microversion 2.10.
	UserID string `q:"user_id"`
}

// Get shows one key pair by name; the zero GetOpts shows the caller's
// own.
// https://docs.openstack.org/api-ref/compute/#show-keypair-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, name string, opts GetOpts) GetResult {
	u, err := withQuery(keypairURL(c, name), opts)
	if err != nil {
		return GetResult{Result: gophercloud.Result{Err: err}}
	}
	return GetResult{Result: c.Get(ctx, u, nil), Key: "keypair"}
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

// Validate checks Type; Create calls it through the body builder.
func (opts CreateOpts) Validate() error {
	switch opts.Type {
	case "", TypeSSH, TypeX509:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "keypairs.CreateOpts.Type", Value: opts.Type, Reason: `must be "ssh" or "x509"`}
}

// Create imports (with PublicKey) or generates a key pair.
// https://docs.openstack.org/api-ref/compute/#create-or-import-keypair
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "keypair")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	// 200 up to microversion 2.1, 201 from 2.2.
	return CreateResult{Result: c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusCreated}}), Key: "keypair"}
}

// DeleteOpts selects whose key pair Delete removes.
type DeleteOpts struct {
	// UserID names another user; admin only, microversion 2.10.
	UserID string `q:"user_id"`
}

// Delete removes a key pair by name; the zero DeleteOpts removes the
// caller's own. Servers that were booted with it keep the key.
// https://docs.openstack.org/api-ref/compute/#delete-keypair
func Delete(ctx context.Context, c *gophercloud.ServiceClient, name string, opts DeleteOpts) DeleteResult {
	u, err := withQuery(keypairURL(c, name), opts)
	if err != nil {
		return DeleteResult{Result: gophercloud.Result{Err: err}}
	}
	// 202 up to microversion 2.1, 204 from 2.2.
	return DeleteResult{Result: c.Delete(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted, http.StatusNoContent}})}
}

// withQuery appends the query built from opts (a GetOpts or DeleteOpts)
// to base.
func withQuery(base string, opts any) (string, error) {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return base + q.String(), nil
}
