package extensions

import "github.com/cloudsdk/gophercloud"

// Extension is one API extension.
type Extension struct {
	Alias       string             `json:"alias"`
	Name        string             `json:"name"`
	Description string             `json:"description"`
	Updated     string             `json:"updated"`
	Links       []gophercloud.Link `json:"links"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[Extension]
