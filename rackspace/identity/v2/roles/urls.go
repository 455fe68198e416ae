package roles

// The URLs are openstack/identity/v2/roles' (/OS-KSADM/roles,
// /users/{id}/roles, /users/{id}/roles/OS-KSADM/{roleId}).
