package internal

import (
	"time"

	"github.com/cloudsdk/gophercloud"
)

// UpdateHeader is what Swift answers to a metadata POST on an account, a
// container or an object.
type UpdateHeader struct {
	Date    time.Time `h:"Date"`
	TransID string    `h:"X-Trans-Id"`
}

// UpdateResult is the result of such a POST.
type UpdateResult = gophercloud.HeaderResult[UpdateHeader]
