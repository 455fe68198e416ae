// Package trusts manages Keystone v3 trusts (OS-TRUST): a trustor
// delegating some of their roles on a project to a trustee. Create, list,
// show, delete, and the roles a trust delegates.
//
//	tr, err := trusts.Create(ctx, identity, trusts.CreateOpts{TrustorUserID: me, TrusteeUserID: svc, ProjectID: p,
//		Roles: []trusts.Role{{Name: "member"}}}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3-ext/#os-trust-api
package trusts
