package volumes

// The URLs are openstack/blockstorage/v1/volumes' (/volumes, /volumes/detail, /volumes/{id}).
