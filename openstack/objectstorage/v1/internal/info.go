package internal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cloudsdk/gophercloud"
)

// DefaultMaxDeletesPerRequest is the bulk middleware's default
// max_deletes_per_request, used when the cluster does not publish its own.
const DefaultMaxDeletesPerRequest = 10000

// Info is the part of Swift's capabilities document (GET /info,
// https://docs.openstack.org/swift/latest/api/discoverability.html) the SDK
// acts on. A nil section means the middleware is not installed.
type Info struct {
	Swift struct {
		Version     string `json:"version"`
		MaxFileSize int64  `json:"max_file_size"`
	} `json:"swift"`
	BulkDelete *struct {
		MaxDeletesPerRequest int `json:"max_deletes_per_request"`
		MaxFailedDeletes     int `json:"max_failed_deletes"`
	} `json:"bulk_delete"`
	SLO *struct {
		MaxManifestSegments int   `json:"max_manifest_segments"`
		MaxManifestSize     int64 `json:"max_manifest_size"`
		MinSegmentSize      int64 `json:"min_segment_size"`
	} `json:"slo"`
	DLO *struct {
		MaxSegments int `json:"max_segments"`
	} `json:"dlo"`
	TempURL *struct {
		Methods        []string `json:"methods"`
		AllowedDigests []string `json:"allowed_digests"`
	} `json:"tempurl"`
}

// MaxDeletes returns how many names one bulk-delete request may carry.
func (i *Info) MaxDeletes() int {
	if i == nil || i.BulkDelete == nil || i.BulkDelete.MaxDeletesPerRequest <= 0 {
		return DefaultMaxDeletesPerRequest
	}
	return i.BulkDelete.MaxDeletesPerRequest
}

// ErrNoInfo is returned by Capabilities when the cluster does not publish
// /info (expose_info = false, or a proxy in front hides it).
var ErrNoInfo = errors.New("objectstorage: the cluster does not publish /info")

type infoEntry struct {
	info    *Info
	err     error
	fetched time.Time
}

// infoTTL is how long a cluster's capabilities are trusted. They change
// only when the operator reconfigures the proxies, while BulkDelete and
// CreateTempURL ask for them on every call.
const infoTTL = 15 * time.Minute

// infoKey is the key of a client's cached capabilities in c.Cache(): a
// type of its own, so no other package's entry can collide with it.
type infoKey struct{ url string }

// Capabilities returns the cluster's /info document, fetched without a
// token (it is public) and cached in the client (c.Cache(), which copies
// made by WithMicroversion share, while clients built separately do not)
// for 15 minutes. Transport and server errors are not cached. ErrNoInfo
// means the cluster hides it; callers then fall back to Swift's defaults.
func Capabilities(ctx context.Context, c *gophercloud.ServiceClient) (*Info, error) {
	root, err := rootURL(c)
	if err != nil {
		return nil, err
	}
	u := root + "info"
	cache := c.Cache()
	if e, ok := cache.Load(infoKey{u}); ok && time.Since(e.(infoEntry).fetched) < infoTTL {
		e := e.(infoEntry)
		return e.info, e.err
	}
	r := c.Get(ctx, u, &gophercloud.RequestOpts{NoAuth: true})
	e := infoEntry{fetched: time.Now()}
	switch {
	case gophercloud.ResponseCodeIs(r.Err, http.StatusNotFound), gophercloud.ResponseCodeIs(r.Err, http.StatusUnauthorized),
		gophercloud.ResponseCodeIs(r.Err, http.StatusForbidden), gophercloud.ResponseCodeIs(r.Err, http.StatusMethodNotAllowed):
		e.err = ErrNoInfo
	case r.Err != nil:
		return nil, r.Err
	default:
		info := new(Info)
		if err := json.Unmarshal(r.Body, info); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", gophercloud.ErrMalformedResponse, u, err)
		}
		e.info = info
	}
	cache.Store(infoKey{u}, e)
	return e.info, e.err
}

// ForgetCapabilities drops what Capabilities cached in c, so that the
// next call asks /info again.
func ForgetCapabilities(c *gophercloud.ServiceClient) {
	if root, err := rootURL(c); err == nil {
		c.Cache().Delete(infoKey{root + "info"})
	}
}
