package accounts

// The URL is the Cloud Files endpoint itself (…/v1/MossoCloudFS_…).
