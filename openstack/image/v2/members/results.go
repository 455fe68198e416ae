package members

import (
	"encoding/json"
	"errors"

	"github.com/cloudsdk/gophercloud"
)

// Member is a project an image is shared with.
type Member struct {
	// MemberID is the project the image is shared with.
	MemberID string `json:"member_id"`
	ImageID  string `json:"image_id"`
	// Status is pending, accepted or rejected.
	Status    string               `json:"status"`
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	Schema    string               `json:"schema"`
}

// UnmarshalJSON rejects a member without member_id or image_id.
func (m *Member) UnmarshalJSON(b []byte) error {
	type plain Member
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.MemberID == "" || p.ImageID == "" {
		return errors.New("image member has no member_id or image_id")
	}
	*m = Member(p)
	return nil
}

// GetResult is the result of Get; call Extract.
type GetResult = gophercloud.ItemResult[Member]

// CreateResult is the result of Create; call Extract.
type CreateResult = gophercloud.ItemResult[Member]

// UpdateResult is the result of Update; call Extract.
type UpdateResult = gophercloud.ItemResult[Member]

// DeleteResult is the result of Delete; call ExtractErr.
type DeleteResult = gophercloud.ErrResult
