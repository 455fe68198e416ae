package common

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ExtractPageInto decodes the items under itemsKey of one page's raw body
// into v (a pointer to a slice of the caller's type), for extension
// attributes the SDK's structs do not carry. The merged page of AllPages
// has no body: walk the pages with EachPage or Pages instead.
func ExtractPageInto[T any](p pagination.Page[T], itemsKey string, v any) error {
	r := gophercloud.Result{Body: p.Body}
	return r.ExtractIntoEnvelope(itemsKey, v)
}
