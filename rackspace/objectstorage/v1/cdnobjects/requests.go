package cdnobjects

import (
	"context"
	"net/http"
	"net/mail"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdncontainers"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/internal"
)

// DeleteOpts tunes a purge; the zero value sends no notification.
type DeleteOpts struct {
	// Email receives a message when the purge has finished; several
	// addresses are separated by commas.
	Email string `h:"X-Purge-Email"`
}

// Validate checks the addresses in Email; Delete calls it through the
// header builder.
func (opts DeleteOpts) Validate() error {
	if opts.Email == "" {
		return nil
	}
	if _, err := mail.ParseAddressList(opts.Email); err != nil {
		return &gophercloud.ErrInvalidInput{Argument: "cdnobjects.DeleteOpts.Email", Value: opts.Email, Reason: "not a comma-separated list of e-mail addresses"}
	}
	return nil
}

// Delete purges an object from the CDN's edge caches (DELETE on the CDN
// endpoint). It answers 204 once the purge is queued.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, container, object string, opts DeleteOpts) (r DeleteResult) {
	u, err := internal.ObjectURL(c, container, object)
	if err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Delete(ctx, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusNoContent, http.StatusAccepted}})
	return
}

// URL returns the public CDN URL of an object; it makes one request (a
// HEAD of the container on the CDN endpoint) and returns (string, error).
// The object's name is escaped as in any Cloud Files URL. ssl picks the
// HTTPS URI.
func URL(ctx context.Context, c *gophercloud.ServiceClient, container, object string, ssl bool) (string, error) {
	if _, err := internal.ObjectURL(c, container, object); err != nil {
		return "", err
	}
	h, err := cdncontainers.Get(ctx, c, container).Extract()
	if err != nil {
		return "", err
	}
	base := h.CDNURI
	if ssl {
		base = h.CDNSSLURI
	}
	if !h.CDNEnabled || base == "" {
		return "", &gophercloud.ErrInvalidInput{Argument: "container", Value: container, Reason: "the container is not CDN-enabled"}
	}
	return strings.TrimSuffix(base, "/") + "/" + internal.EscapeObject(object), nil
}
