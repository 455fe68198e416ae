package extensions

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Extension describes one API extension.
type Extension struct {
	// Alias is the extension's short name ("os-keypairs", "OS-DCF").
	Alias       string `json:"alias"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Namespace is the extension's XML namespace URL, a leftover of the
	// v2.0 API.
	Namespace string `json:"namespace"`
	// Updated is when the extension last changed.
	Updated gophercloud.JSONTime `json:"updated"`
}

// GetResult is the result of Get.
type GetResult struct{ gophercloud.Result }

// Extract decodes the extension.
func (r GetResult) Extract() (*Extension, error) {
	return gophercloud.Extract[Extension](r.Result, "extension")
}

// ExtractExtensions returns the extensions of a page (or of AllPages).
func ExtractExtensions(p pagination.Page[Extension]) ([]Extension, error) { return p.Items, nil }
