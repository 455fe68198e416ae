package tokens

// The URLs are openstack/identity/v2/tokens' (/v2.0/tokens[/{id}]).
