package extensions

import (
	common "github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Extension describes one API extension; it is the shared
// common/extensions type, so every service's list reads the same.
type Extension = common.Extension

// GetResult is the result of Get; Extract returns the *Extension.
type GetResult = common.GetResult

// ExtractExtensions returns the extensions of a page (or of AllPages).
func ExtractExtensions(p pagination.Page[Extension]) ([]Extension, error) { return p.Items, nil }
