package snapshots

// The URLs are openstack/blockstorage/v1/snapshots' (/snapshots, /snapshots/detail, /snapshots/{id}).
