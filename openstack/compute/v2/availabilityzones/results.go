package availabilityzones

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// AvailabilityZone is one zone and, from ListDetail, its hosts.
type AvailabilityZone struct {
	// ZoneName is the zone's name ("nova" by default).
	ZoneName string `json:"zoneName"`
	// ZoneState tells whether the zone can take new servers.
	ZoneState ZoneState `json:"zoneState"`
	// Hosts maps a host name to its Nova services, by binary name
	// ("nova-compute"); nil from List.
	Hosts map[string]map[string]ServiceState `json:"hosts"`
}

// ZoneState is the state of a zone.
type ZoneState struct {
	Available bool `json:"available"`
}

// ServiceState is the state of one Nova service on a host.
type ServiceState struct {
	// Available is false when the service is disabled.
	Available bool `json:"available"`
	// Active is false when the service has stopped reporting.
	Active bool `json:"active"`
	// UpdatedAt is the service's last report.
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
}

// ExtractAvailabilityZones returns the zones of a page (or of AllPages).
func ExtractAvailabilityZones(p pagination.Page[AvailabilityZone]) ([]AvailabilityZone, error) {
	return p.Items, nil
}
