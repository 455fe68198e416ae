package extensions

import "github.com/cloudsdk/gophercloud"

// Extension describes one API extension. Every field is in Nova's,
// Neutron's and Cinder's documents; Links is empty in all three today.
type Extension struct {
	// Alias is the extension's short name ("os-keypairs", "OS-DCF",
	// "security-group"): the key Get takes.
	Alias string `json:"alias"`
	// Name is the human-readable name.
	Name string `json:"name"`
	// Description says what the extension adds.
	Description string `json:"description"`
	// Namespace is the extension's XML namespace URL, a leftover of the
	// XML APIs (Neutron sends "").
	Namespace string `json:"namespace"`
	// Updated is when the extension last changed.
	Updated gophercloud.JSONTime `json:"updated"`
	// Links are related documents, if any.
	Links []gophercloud.Link `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Extension.
type GetResult = gophercloud.ItemResult[Extension]
