package extensions

// The URLs are openstack/common/extensions' (/v2.0/extensions[/{alias}]).
