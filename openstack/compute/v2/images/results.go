package images

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Image is an image as the Compute proxy shows it: a subset of the Image
// service's fields, with Nova's names.
type Image struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Status is ACTIVE, SAVING, DELETED, ERROR or UNKNOWN.
	Status string `json:"status"`
	// Progress is the upload or snapshot progress in percent.
	Progress int `json:"progress"`
	// MinDisk is the disk a server needs to boot it, in GiB.
	MinDisk int `json:"minDisk"`
	// MinRAM is the memory a server needs to boot it, in MiB.
	MinRAM int `json:"minRam"`
	// Size is the image size in bytes.
	Size int64 `json:"OS-EXT-IMG-SIZE:size"`
	// Created and Updated are when the image was registered and last
	// changed.
	Created gophercloud.JSONTime `json:"created"`
	Updated gophercloud.JSONTime `json:"updated"`
	// Metadata holds the image properties. Values are mostly strings;
	// Nova decodes a few (such as block_device_mapping) into lists.
	Metadata map[string]any `json:"metadata"`
	// Server is the server a snapshot was taken of, nil for other images.
	Server *ServerRef `json:"server,omitempty"`
}

// ServerRef names the server an image is a snapshot of.
type ServerRef struct {
	ID string `json:"id"`
}

// GetResult is the result of Get; Extract returns the *Image.
type GetResult = gophercloud.ItemResult[Image]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractImages returns the images of a page (or of AllPages).
func ExtractImages(p pagination.Page[Image]) ([]Image, error) { return p.Items, nil }
