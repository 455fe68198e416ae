// Package services lists the Compute services (nova-compute,
// nova-scheduler, nova-conductor) and, for admins, enables, disables,
// forces down and deletes them.
//
//	for s, err := range services.List(admin, services.ListOpts{Binary: "nova-compute"}).All(ctx) {
//		fmt.Println(s.Host, s.State, s.Status)
//	}
//	admin := admin.WithMicroversion("2.53")
//	s, err := services.Update(ctx, admin, string(s.ID), services.UpdateOpts{
//		Status: services.StatusDisabled, DisabledReason: "maintenance",
//	}).Extract()
//
// Update (disable, enable, force down) needs microversion 2.53, which
// addresses services by UUID; older microversions use integer IDs and the
// separate os-services/disable, enable and force-down calls, which this
// package does not offer. From 2.53 Service.ID is the UUID; before, the
// integer in its decimal form: the ID type decodes both. Delete takes
// either, as the microversion of the client expects. ForcedDown is shown
// from 2.11.
//
// API reference: https://docs.openstack.org/api-ref/compute/#compute-services-os-services
package services
