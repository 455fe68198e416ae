package gophercloud

import (
	"errors"
	"fmt"
)

// Availability is the catalog interface an endpoint is published on.
type Availability string

// The three interfaces Keystone publishes.
const (
	AvailabilityPublic   Availability = "public"
	AvailabilityInternal Availability = "internal"
	AvailabilityAdmin    Availability = "admin"
)

// EndpointOpts selects one endpoint of the catalog.
type EndpointOpts struct {
	// Type is the service type ("compute"); set by each openstack.NewXxx.
	Type string
	// Name narrows by service name ("nova") when a cloud has two of a type.
	Name string
	// Region narrows by region ID; empty accepts any region.
	Region string
	// Availability is the interface; empty means public.
	Availability Availability
}

// ErrServiceNotFound and ErrEndpointNotFound say why a catalog lookup
// failed: no service of that type, or none with an endpoint matching the
// region and interface.
var (
	ErrServiceNotFound   = errors.New("no suitable service in the catalog")
	ErrEndpointNotFound  = errors.New("no suitable endpoint in the catalog")
	ErrMultipleEndpoints = errors.New("more than one endpoint matches")
)

// ApplyDefaults fills the service type and the public interface.
func (eo *EndpointOpts) ApplyDefaults(serviceType string) {
	if eo.Type == "" {
		eo.Type = serviceType
	}
	if eo.Availability == "" {
		eo.Availability = AvailabilityPublic
	}
}

// Validate rejects an interface Keystone does not know.
func (eo EndpointOpts) Validate() error {
	switch eo.Availability {
	case "", AvailabilityPublic, AvailabilityInternal, AvailabilityAdmin:
		return nil
	}
	return &ErrInvalidInput{Argument: "EndpointOpts.Availability", Value: eo.Availability,
		Reason: "must be public, internal or admin"}
}

// String describes the options for error messages.
func (eo EndpointOpts) String() string {
	return fmt.Sprintf("type=%q name=%q region=%q interface=%q", eo.Type, eo.Name, eo.Region, eo.Availability)
}
