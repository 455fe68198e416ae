// Package availabilityzones lists Compute availability zones: the names
// users pass in servers.CreateOpts.AvailabilityZone.
//
// List shows every user the zones and whether they are available.
// ListDetail, admin only by default, adds each zone's hosts and the state of
// the Nova services running on them; it also shows the "internal" zone of
// the control-plane services.
//
//	zones, err := availabilityzones.List(compute).Collect(ctx)
//	for _, z := range zones {
//		fmt.Println(z.ZoneName, z.ZoneState.Available)
//	}
//
// API reference: https://docs.openstack.org/api-ref/compute/#availability-zones-os-availability-zone
package availabilityzones
