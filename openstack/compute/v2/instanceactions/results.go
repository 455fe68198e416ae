package instanceactions

import "github.com/cloudsdk/gophercloud"

// Action is one thing done to a server.
type Action struct {
	// Action is its name ("create", "reboot", "attach_interface", …).
	Action string `json:"action"`
	// RequestID is the ID of the API request that started it: the key
	// Get takes.
	RequestID string `json:"request_id"`
	// InstanceUUID is the server's ID.
	InstanceUUID string `json:"instance_uuid"`
	// UserID and ProjectID say who asked.
	UserID    string `json:"user_id"`
	ProjectID string `json:"project_id"`
	// Message is set when the action failed ("Error").
	Message string `json:"message"`
	// StartTime is when it began.
	StartTime gophercloud.JSONTime `json:"start_time"`
	// UpdatedAt is when it last changed; microversion 2.58.
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	// Events are its steps; only Get fills them.
	Events []Event `json:"events"`
}

// Event is one step of an action ("compute_reboot_instance").
type Event struct {
	// Event is the step's name.
	Event string `json:"event"`
	// Result is "Success" or "Error", empty while it runs.
	Result string `json:"result"`
	// StartTime and FinishTime bound the step; FinishTime is zero while
	// it runs.
	StartTime  gophercloud.JSONTime `json:"start_time"`
	FinishTime gophercloud.JSONTime `json:"finish_time"`
	// Traceback is the failure's trace; admins only by default.
	Traceback string `json:"traceback"`
	// Host is the compute host that ran the step; microversion 2.62,
	// admins only by default.
	Host string `json:"host"`
	// HostID is an obfuscated host ID, unique per project; microversion
	// 2.62.
	HostID string `json:"hostId"`
	// Details is the failure's reason, if any; microversion 2.84.
	Details string `json:"details"`
}

// GetResult is the result of Get; Extract returns the *Action with its
// events.
type GetResult = gophercloud.ItemResult[Action]
