// Package instanceactions lists what has been done to a server (create,
// reboot, resize, attach_interface, …) and, for one action, its events.
//
//	for a, err := range instanceactions.List(compute, serverID, instanceactions.ListOpts{}).All(ctx) {
//		fmt.Println(a.Action, a.RequestID, a.StartTime)
//	}
//	detail, err := instanceactions.Get(ctx, compute, serverID, requestID).Extract()
//	for _, e := range detail.Events { … }
//
// Microversions: ListOpts.Limit, Marker and ChangesSince, the links that
// let the pager walk pages, and Action.UpdatedAt need 2.58;
// ListOpts.ChangesBefore needs 2.66; Event.Host and HostID 2.62 (Host for
// admins only); Event.Details 2.84. By default only admins see an event's
// Traceback.
//
// API reference: https://docs.openstack.org/api-ref/compute/#servers-actions-servers-os-instance-actions
package instanceactions
