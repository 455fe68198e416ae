package services

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cloudsdk/gophercloud"
)

// ID is the ID Nova gives services and hypervisors: an integer before
// microversion 2.53, a UUID from then on. Both decode to their string
// form ("7", "4c8e2a13-…"), the form the calls take.
type ID string

// UnmarshalJSON accepts a JSON string or number; null decodes to "".
func (id *ID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*id = ""
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = ID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("an ID must be a string or a number, not %s", b)
	}
	*id = ID(n.String())
	return nil
}

// Service is one Compute service on one host.
type Service struct {
	// ID addresses the service (see ID).
	ID ID `json:"id"`
	// Binary is the service's program ("nova-compute").
	Binary string `json:"binary"`
	// Host is the host it runs on.
	Host string `json:"host"`
	// Zone is its availability zone ("internal" for the control services).
	Zone string `json:"zone"`
	// State is "up" or "down", from its heartbeat.
	State string `json:"state"`
	// Status is StatusEnabled or StatusDisabled.
	Status string `json:"status"`
	// DisabledReason says why it is disabled.
	DisabledReason string `json:"disabled_reason"`
	// ForcedDown is set by an admin; microversion 2.11.
	ForcedDown bool `json:"forced_down"`
	// UpdatedAt is its last heartbeat.
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
}

// UpdateResult is the result of Update; Extract returns the changed
// *Service.
type UpdateResult = gophercloud.ItemResult[Service]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
