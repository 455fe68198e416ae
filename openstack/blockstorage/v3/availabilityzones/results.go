package availabilityzones

import "github.com/cloudsdk/gophercloud"

// ZoneState says whether a zone is usable.
type ZoneState struct {
	Available bool `json:"available"`
}

// AvailabilityZone is one zone.
type AvailabilityZone struct {
	ZoneName  string    `json:"zoneName"`
	ZoneState ZoneState `json:"zoneState"`
}

// ListResult is the result of List; Extract returns the zones.
type ListResult = gophercloud.ValueResult[[]AvailabilityZone]
