package swift

import "github.com/cloudsdk/gophercloud"

// ListOpts filters and pages a Swift listing (of an account's containers or
// a container's objects). The zero value lists everything.
// https://docs.openstack.org/api-ref/object-store/#show-container-details-and-list-objects
type ListOpts struct {
	// Limit is the page size (Swift's default and maximum: 10,000); 0
	// leaves it to Swift. The pager follows markers through any number
	// of pages whatever the size.
	Limit int `q:"limit"`
	// Marker starts the listing after this name; EndMarker stops it
	// before this one.
	Marker    string `q:"marker"`
	EndMarker string `q:"end_marker"`
	// Prefix keeps only names starting with it.
	Prefix string `q:"prefix"`
	// Delimiter rolls names up to its first occurrence after Prefix into
	// one pseudo-directory entry (Subdir): with Delimiter "/" and Prefix
	// "photos/", "photos/2024/a.jpg" is listed as "photos/2024/".
	Delimiter string `q:"delimiter"`
	// Reverse lists in reverse order (Swift 2.10+).
	Reverse bool `q:"reverse"`
}

// Validate refuses a negative Limit; gophercloud.BuildQueryString calls it.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}
