package accounts

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
)

// GetOpts tunes Get. The zero value is the usual request.
type GetOpts struct {
	// Newest asks Swift to consult every replica and answer with the
	// newest, instead of the first that answers (slower; for read-after-write).
	Newest bool `h:"X-Newest"`
}

// Get reads the account's totals and metadata (HEAD on the account).
// https://docs.openstack.org/api-ref/object-store/#show-account-metadata
func Get(ctx context.Context, c *gophercloud.ServiceClient, opts GetOpts) (r GetResult) {
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Head(ctx, accountURL(c), &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusOK, http.StatusNoContent}})
	return
}

// UpdateOpts are the changes Update makes. Metadata not named in it is
// left as it is.
type UpdateOpts struct {
	// Metadata sets (or replaces) these metadata items.
	Metadata map[string]string `h:"X-Account-Meta-"`
	// RemoveMetadata removes these metadata items (by key, as given to
	// Metadata). Swift cannot be sent an empty header value, so removal
	// is its own list.
	RemoveMetadata []string
	// TempURLKey sets the account's first temp URL key.
	TempURLKey string `h:"X-Account-Meta-Temp-URL-Key"`
	// TempURLKey2 sets the second key, so keys can be rotated without
	// invalidating the URLs signed with the other.
	TempURLKey2 string `h:"X-Account-Meta-Temp-URL-Key-2"`
	// RemoveTempURLKey and RemoveTempURLKey2 delete the keys, which
	// invalidates every temp URL signed with them.
	RemoveTempURLKey  bool `h:"X-Remove-Account-Meta-Temp-URL-Key"`
	RemoveTempURLKey2 bool `h:"X-Remove-Account-Meta-Temp-URL-Key-2"`
}

// Validate refuses a temp URL key that is both set and removed;
// BuildHeaders calls it.
func (opts UpdateOpts) Validate() error {
	if opts.TempURLKey != "" && opts.RemoveTempURLKey {
		return &gophercloud.ErrInvalidInput{Argument: "accounts.UpdateOpts.RemoveTempURLKey", Value: true, Reason: "cannot be set together with TempURLKey"}
	}
	if opts.TempURLKey2 != "" && opts.RemoveTempURLKey2 {
		return &gophercloud.ErrInvalidInput{Argument: "accounts.UpdateOpts.RemoveTempURLKey2", Value: true, Reason: "cannot be set together with TempURLKey2"}
	}
	return nil
}

// ToAccountUpdateHeaders builds the request headers of Update.
func (opts UpdateOpts) ToAccountUpdateHeaders() (map[string]string, error) {
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		return nil, err
	}
	if err := internal.AddRemoveMetadata(h, "Account", "accounts.UpdateOpts.RemoveMetadata", opts.RemoveMetadata); err != nil {
		return nil, err
	}
	return h, nil
}

// Update sets or removes account metadata and temp URL keys (POST on the
// account). Items not named in opts keep their values.
// https://docs.openstack.org/api-ref/object-store/#create-update-or-delete-account-metadata
func Update(ctx context.Context, c *gophercloud.ServiceClient, opts UpdateOpts) (r UpdateResult) {
	h, err := opts.ToAccountUpdateHeaders()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPost, accountURL(c), &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusNoContent}})
	return
}
