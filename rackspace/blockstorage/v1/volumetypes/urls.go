package volumetypes

// The URLs are openstack/blockstorage/v1/volumetypes' (/types, /types/{id}).
