package internal

import "github.com/cloudsdk/gophercloud"

// ValidateSources checks a volume's create options: at most one source
// (snapshot, volume, image, backup…) among sources, a size that is not
// negative, and a size when there is no source. what names the options
// in errors ("volumes.CreateOpts").
func ValidateSources(what string, size int, sources ...string) error {
	n := 0
	for _, s := range sources {
		if s != "" {
			n++
		}
	}
	if n > 1 {
		return &gophercloud.ErrInvalidInput{Argument: what, Reason: "give at most one volume source (snapshot, volume, image or backup)"}
	}
	if size < 0 {
		return &gophercloud.ErrInvalidInput{Argument: what + ".Size", Value: size, Reason: "must not be negative"}
	}
	if n == 0 && size == 0 {
		return &gophercloud.ErrMissingInput{Argument: what + ".Size"}
	}
	return nil
}
