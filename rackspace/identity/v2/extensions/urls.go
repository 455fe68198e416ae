package extensions

// The URLs are openstack/identity/v2/extensions' (/v2.0/extensions[/{alias}]).
