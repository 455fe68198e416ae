package containers

// The URLs are openstack/objectstorage/v1/containers' (…/MossoCloudFS_…/{container}).
