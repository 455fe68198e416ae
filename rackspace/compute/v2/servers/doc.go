// Package servers manages Rackspace Cloud Servers. It is
// openstack/compute/v2/servers limited to the calls Cloud Servers offers
// (no start/stop, pause, suspend, shelve, lock or migrations; no
// microversions), plus Rackspace's networking rule: a server created with
// an explicit Networks list gets only those networks, so list PublicNet and
// ServiceNet too when it needs them; Networks builds that list.
//
//	s, err := servers.Create(ctx, compute, servers.CreateOpts{
//		Name: "web1", FlavorRef: "general1-1", ImageRef: ubuntuID,
//		KeyName:  "deploy",
//		Networks: servers.Networks(true, true, backendNetID), // public, private, isolated
//	}).Extract()
//	s, err = servers.WaitForStatus(ctx, compute, s.ID, servers.StatusActive, gophercloud.WaitOpts{})
//
// Without Networks a server gets PublicNet and ServiceNet. DiskConfig
// (OS-DCF:diskConfig) is AUTO (resize the root partition to the disk) by
// default on Rackspace, MANUAL to keep the image's layout. Boot from a
// Cloud Block Storage volume with package bootfromvolume; attach Cloud
// Networks after boot with package virtualinterfaces.
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/svr-basic-operations
package servers
