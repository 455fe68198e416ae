package objects

// The URLs are openstack/objectstorage/v1/objects' (…/{container}/{object}).
