package internal

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// ExtraSpecsResult is the result of the extra-spec calls of a volume
// type: a map, under "extra_specs" for the whole set, bare for one key.
type ExtraSpecsResult = gophercloud.ValueResult[map[string]string]

func extraSpecsURL(c *gophercloud.ServiceClient, k Kind, id string, key ...string) string {
	return c.ServiceURL(append([]string{k.Collection, id, "extra_specs"}, key...)...)
}

// ListExtraSpecs shows a volume type's extra specs.
func ListExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string) ExtraSpecsResult {
	return ExtraSpecsResult{Result: c.Get(ctx, extraSpecsURL(c, k, id), nil), Key: "extra_specs"}
}

// CreateExtraSpecs adds or overwrites extra specs; specs must not be
// empty. what names the call in the error ("volumetypes.CreateExtraSpecs").
func CreateExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, what string, specs map[string]string) ExtraSpecsResult {
	if len(specs) == 0 {
		return ExtraSpecsResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: what + " specs"}}}
	}
	return ExtraSpecsResult{Result: c.Post(ctx, extraSpecsURL(c, k, id), map[string]any{"extra_specs": specs}, nil), Key: "extra_specs"}
}

// GetExtraSpec shows one extra spec as {key: value}.
func GetExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, key string) ExtraSpecsResult {
	return ExtraSpecsResult{Result: c.Get(ctx, extraSpecsURL(c, k, id, key), nil)}
}

// UpdateExtraSpec sets one extra spec.
func UpdateExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, key, value string) ExtraSpecsResult {
	return ExtraSpecsResult{Result: c.Put(ctx, extraSpecsURL(c, k, id, key), map[string]string{key: value}, nil)}
}

// DeleteExtraSpec deletes one extra spec.
func DeleteExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, key string) gophercloud.ErrResult {
	return gophercloud.ErrResult{Result: c.Delete(ctx, extraSpecsURL(c, k, id, key), &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}})}
}
