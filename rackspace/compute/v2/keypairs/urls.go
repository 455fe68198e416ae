package keypairs

// The URLs are openstack/compute/v2/keypairs' (/os-keypairs[/{name}]).
