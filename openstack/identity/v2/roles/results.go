package roles

import "github.com/cloudsdk/gophercloud"

// Role is a Keystone v2.0 role.
type Role struct {
	// ID and Name identify the role.
	ID   string `json:"id"`
	Name string `json:"name"`
	// Description is free text, when the service keeps one.
	Description string `json:"description,omitempty"`
	// ServiceID is the service the role belongs to, if any.
	ServiceID string `json:"serviceId,omitempty"`
}

// AddUserResult is the result of AddUser and AddUserGlobal; ExtractErr
// reports its error. (Keystone answers with the role, which adds nothing
// to what the caller sent; ExtractInto reads it if needed.)
type AddUserResult = gophercloud.ErrResult

// DeleteUserResult is the result of DeleteUser and DeleteUserGlobal.
type DeleteUserResult = gophercloud.ErrResult
