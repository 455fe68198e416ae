package remoteconsoles

import "github.com/cloudsdk/gophercloud"

// RemoteConsole is a console a client can open.
type RemoteConsole struct {
	// Protocol and Type echo the request.
	Protocol string `json:"protocol"`
	Type     string `json:"type"`
	// URL opens the console; it carries a one-time token, so treat it as
	// a secret.
	URL string `json:"url"`
}

// CreateResult is the result of Create; Extract returns the
// *RemoteConsole.
type CreateResult = gophercloud.ItemResult[RemoteConsole]
