package flavors

// The URLs are openstack/compute/v2/flavors' (/flavors/detail, /flavors/{id}).
