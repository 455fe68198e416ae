package servers

// The URLs are openstack/compute/v2/servers' (/servers, /servers/{id},
// /servers/{id}/action, …).
