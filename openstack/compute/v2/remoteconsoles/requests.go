package remoteconsoles

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud"
)

// Protocols a remote console speaks.
const (
	ProtocolVNC    = "vnc"
	ProtocolSPICE  = "spice"
	ProtocolSerial = "serial"
	ProtocolRDP    = "rdp"
	// ProtocolMKS needs microversion 2.8.
	ProtocolMKS = "mks"
)

// Console types, each valid with one protocol.
const (
	TypeNoVNC      = "novnc"
	TypeXVPVNC     = "xvpvnc"
	TypeSPICEHTML5 = "spice-html5"
	TypeSerial     = "serial"
	TypeRDPHTML5   = "rdp-html5"
	TypeWebMKS     = "webmks"
)

// protocolOf maps each console type to the one protocol it belongs to.
var protocolOf = map[string]string{
	TypeNoVNC:      ProtocolVNC,
	TypeXVPVNC:     ProtocolVNC,
	TypeSPICEHTML5: ProtocolSPICE,
	TypeSerial:     ProtocolSerial,
	TypeRDPHTML5:   ProtocolRDP,
	TypeWebMKS:     ProtocolMKS,
}

// CreateOpts names the console wanted.
type CreateOpts struct {
	// Protocol is one of the Protocol constants.
	Protocol string `json:"protocol" required:"true"`
	// Type is one of the Type constants, matching Protocol.
	Type string `json:"type" required:"true"`
}

// Validate refuses unknown types and a type that does not go with the
// protocol (vnc with spice-html5).
func (opts CreateOpts) Validate() error {
	p, ok := protocolOf[opts.Type]
	if !ok {
		return &gophercloud.ErrInvalidInput{Argument: "remoteconsoles.CreateOpts.Type", Value: opts.Type, Reason: "not a console type Nova knows"}
	}
	if p != opts.Protocol {
		return &gophercloud.ErrInvalidInput{Argument: "remoteconsoles.CreateOpts.Protocol", Value: opts.Protocol, Reason: fmt.Sprintf("console type %q needs protocol %q", opts.Type, p)}
	}
	return nil
}

// Create asks for a console URL for the server; microversion 2.6 (2.8 for
// MKS).
// https://docs.openstack.org/api-ref/compute/#create-remote-console
func Create(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "remote_console")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, createURL(c, serverID), b, nil), Key: "remote_console"}
}
