package ports

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// IP is one fixed IP of a port.
type IP struct {
	SubnetID  string `json:"subnet_id,omitempty"`
	IPAddress string `json:"ip_address,omitempty"`
}

// AddressPair is an extra MAC/IP (or CIDR) pair the port may send from
// (allowed-address-pairs).
type AddressPair struct {
	IPAddress  string `json:"ip_address"`
	MACAddress string `json:"mac_address,omitempty"`
}

// ExtraDHCPOpt is one DHCP option served to the port (extra_dhcp_opt).
type ExtraDHCPOpt struct {
	OptName  string `json:"opt_name"`
	OptValue string `json:"opt_value"`
	// IPVersion is 4 or 6; 0 means 4.
	IPVersion int `json:"ip_version,omitempty"`
}

// Port is a Neutron port.
type Port struct {
	ID          string `json:"id"`
	NetworkID   string `json:"network_id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// AdminStateUp is false when the port is administratively down.
	AdminStateUp bool `json:"admin_state_up"`
	// Status is ACTIVE, DOWN, BUILD or ERROR; a port nothing is bound to
	// stays DOWN.
	Status     string `json:"status"`
	MACAddress string `json:"mac_address"`
	FixedIPs   []IP   `json:"fixed_ips"`
	// DeviceID and DeviceOwner say what uses the port ("network:dhcp",
	// "network:router_interface", "compute:nova", …).
	DeviceID            string        `json:"device_id"`
	DeviceOwner         string        `json:"device_owner"`
	SecurityGroups      []string      `json:"security_groups"`
	AllowedAddressPairs []AddressPair `json:"allowed_address_pairs"`
	// PortSecurityEnabled is nil when the port-security extension is off.
	PortSecurityEnabled *bool          `json:"port_security_enabled"`
	ExtraDHCPOpts       []ExtraDHCPOpt `json:"extra_dhcp_opts"`
	// HostID is the host the port is bound to (binding:host_id).
	HostID string `json:"binding:host_id"`
	// VNICType is "normal", "direct", "macvtap", "baremetal", …
	VNICType string `json:"binding:vnic_type"`
	// VIFType is set by the mechanism driver that bound the port
	// ("unbound" until then, "binding_failed" when none could).
	VIFType    string         `json:"binding:vif_type"`
	VIFDetails map[string]any `json:"binding:vif_details"`
	Profile    map[string]any `json:"binding:profile"`
	ProjectID  string         `json:"project_id"`
	TenantID   string         `json:"tenant_id"`
	// Tags (standard-attr-tag); change them with the tags package.
	Tags           []string             `json:"tags"`
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get; ExtractInto (or ExtractIntoEnvelope
// with "port") decodes extension attributes into the caller's struct.
type GetResult = gophercloud.ItemResult[Port]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[Port]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[Port]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractPortsInto decodes the ports of one page into v (a pointer to a
// slice of the caller's struct), for extension attributes.
func ExtractPortsInto(p pagination.Page[Port], v any) error {
	return common.ExtractPageInto(p, "ports", v)
}
