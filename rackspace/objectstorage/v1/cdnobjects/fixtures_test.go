package cdnobjects_test

// cdnURI and cdnSSLURI are a CDN-enabled container's URIs, in the format
// Rackspace has used since 2012.
const (
	cdnURI    = "http://081e40d3ee1cec5f77bf-346eb45fd42c58ca13011d659bfc1ac1.r49.cf0.rackcdn.com"
	cdnSSLURI = "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com"
)
