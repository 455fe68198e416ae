package images

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
)

// Image is a Glance image record.
type Image struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Status is "queued", "saving", "uploading", "importing", "active",
	// "deactivated", "killed", "deleted" or "pending_delete".
	Status          string   `json:"status"`
	Tags            []string `json:"tags"`
	ContainerFormat string   `json:"container_format"`
	DiskFormat      string   `json:"disk_format"`
	// MinDisk (GiB) and MinRAM (MiB) a server needs to boot it.
	MinDisk int    `json:"min_disk"`
	MinRAM  int    `json:"min_ram"`
	Owner   string `json:"owner"`
	// Visibility is "public", "private", "shared" or "community".
	Visibility string `json:"visibility"`
	Protected  bool   `json:"protected"`
	Hidden     bool   `json:"os_hidden"`
	// Checksum is the MD5 of the data (hex); HashAlgo and HashValue the
	// multihash Glance computes ("sha512" on Zed).
	Checksum  string `json:"checksum"`
	HashAlgo  string `json:"os_hash_algo"`
	HashValue string `json:"os_hash_value"`
	// Size and VirtualSize are nil until data is uploaded.
	Size        *int64               `json:"size"`
	VirtualSize *int64               `json:"virtual_size"`
	CreatedAt   gophercloud.JSONTime `json:"created_at"`
	UpdatedAt   gophercloud.JSONTime `json:"updated_at"`
	// File is the path of the image data; Self of the record.
	File   string `json:"file"`
	Self   string `json:"self"`
	Schema string `json:"schema"`
	// DirectURL and Locations are shown when the operator enables them.
	DirectURL string     `json:"direct_url"`
	Locations []Location `json:"locations"`
	// Stores lists the stores holding the data ("a,b"); multi-store only.
	Stores string `json:"stores"`
	// Properties holds every other attribute (custom metadata,
	// os_glance_* import state, …); values that are not JSON strings are
	// kept as their JSON text.
	Properties map[string]string `json:"-"`
}

// Location is one place an image's data is stored.
type Location struct {
	URL      string            `json:"url"`
	Metadata map[string]string `json:"metadata"`
}

// knownKeys are the JSON names of Image's fields, computed once.
var knownKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	t := reflect.TypeFor[Image]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[name] = true
		}
	}
	return m
})

// UnmarshalJSON decodes the schema attributes into the fields and the rest
// into Properties. An image without an ID is malformed.
func (img *Image) UnmarshalJSON(b []byte) error {
	type plain Image
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.ID == "" {
		return errors.New("image has no id")
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	known := knownKeys()
	for k, raw := range all {
		if known[k] {
			continue
		}
		if p.Properties == nil {
			p.Properties = make(map[string]string, len(all)-len(known))
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			p.Properties[k] = s
		} else {
			p.Properties[k] = string(raw)
		}
	}
	*img = Image(p)
	return nil
}

// GetResult is the result of Get; Extract returns the *Image.
type GetResult = gophercloud.ItemResult[Image]

// CreateResult is the result of Create; Extract returns the *Image.
type CreateResult = gophercloud.ItemResult[Image]

// UpdateResult is the result of Update; Extract returns the *Image.
type UpdateResult = gophercloud.ItemResult[Image]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// TagResult is the result of AddTag and DeleteTag.
type TagResult = gophercloud.ErrResult

// ActionResult is the result of Deactivate and Reactivate.
type ActionResult = gophercloud.ErrResult
