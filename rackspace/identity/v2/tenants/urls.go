package tenants

// The URLs are openstack/identity/v2/tenants' (/v2.0/tenants[/{id}]).
