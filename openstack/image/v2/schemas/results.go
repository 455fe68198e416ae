package schemas

import (
	"encoding/json"
	"errors"

	"github.com/cloudsdk/gophercloud"
)

// Schema is a JSON Schema document Glance publishes for a resource.
type Schema struct {
	// Name is the resource the schema describes: "image", "images",
	// "member" or "members".
	Name string `json:"name"`
	// Properties maps each property to its schema, kept raw.
	Properties map[string]json.RawMessage `json:"properties"`
	// Links are the schema's link templates ("{self}", "{first}", …).
	Links []gophercloud.Link `json:"links"`
	// AdditionalProperties is the schema of properties not listed (for an
	// image, custom properties), kept raw; empty when absent.
	AdditionalProperties json.RawMessage `json:"additionalProperties"`
}

// UnmarshalJSON rejects a document without a name.
func (s *Schema) UnmarshalJSON(b []byte) error {
	type plain Schema
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.Name == "" {
		return errors.New("image schema has no name")
	}
	*s = Schema(p)
	return nil
}

// GetResult is the result of GetImage, GetImages, GetMember and
// GetMembers; Extract returns the *Schema, ExtractInto decodes the whole
// document into a struct of the caller's.
type GetResult = gophercloud.ItemResult[Schema]
