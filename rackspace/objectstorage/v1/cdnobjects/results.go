package cdnobjects

import "github.com/cloudsdk/gophercloud"

// DeleteResult is the result of Delete (a purge).
type DeleteResult = gophercloud.ErrResult
