package images

// The URLs are openstack/compute/v2/images' (/images/detail, /images/{id}).
