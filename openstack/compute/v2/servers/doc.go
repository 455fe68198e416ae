// Package servers manages compute instances (Nova servers): list, create,
// show, update and delete them, run their actions (reboot, resize,
// rebuild, snapshot, stop/start, pause, suspend, lock, rescue, shelve,
// console output), and manage their metadata and addresses.
//
//	c, _ := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{})
//	c = c.WithMicroversion("2.79") // optional: newer fields and options; a copy, c's original is untouched
//
//	created, err := servers.Create(ctx, c, servers.CreateOpts{
//		Name:      "web-1",
//		ImageRef:  imageID,
//		FlavorRef: flavorID,
//		Networks:  []servers.Network{{UUID: networkID}},
//	}).Extract()
//	s, err := servers.WaitForStatus(ctx, c, created.ID, servers.StatusActive, gophercloud.WaitOpts{})
//
//	for s, err := range servers.List(c, servers.ListOpts{Status: "ACTIVE"}).All(ctx) { … }
//
//	err = servers.Reboot(ctx, c, s.ID, servers.RebootOpts{Type: servers.SoftReboot}).ExtractErr()
//	err = servers.Delete(ctx, c, s.ID).ExtractErr()
//	_, err = servers.WaitForStatus(ctx, c, s.ID, servers.StatusDeleted, gophercloud.WaitOpts{})
//
// # Microversions
//
// Without a microversion Nova speaks 2.1. Pass a client made with
// c.WithMicroversion("2.xx") (a copy: a client shared between goroutines is
// never changed) to use what newer versions add; the doc comment of each field and option
// names the version it needs. Those most often wanted:
//
//   - 2.19: Server.Description, CreateOpts/UpdateOpts/RebuildOpts.Description
//   - 2.26: Server.Tags and the tag filters of ListOpts; 2.52: CreateOpts.Tags
//   - 2.37: CreateOpts.NetworkAllocation ("auto"/"none"); Networks or it is required
//   - 2.45: CreateImage returns the image ID in the body (ExtractImageID
//     reads either that or the older Location header)
//   - 2.47: Server.Flavor holds the flavor's values instead of an ID
//   - 2.73: LockOpts.Reason and Server.LockedReason
//
// Fields a microversion does not send stay at their zero value, so one
// Server struct serves every version. Administrator-only fields (the
// OS-EXT-SRV-ATTR ones) are empty for other users.
//
// # Actions and waiting
//
// Actions are asynchronous: Nova answers 202 and the server changes state
// later. WaitForStatus polls (every second, or WaitOpts.Interval), so it sends
// several requests, until the server has the
// wanted status and no task pending, stops with the server's fault
// message when it goes to ERROR, and treats a 404 as done when waiting for
// StatusDeleted. Bound it with a ctx deadline.
//
// API reference: https://docs.openstack.org/api-ref/compute/#servers-servers
package servers
