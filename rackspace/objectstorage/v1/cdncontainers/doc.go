// Package cdncontainers publishes Cloud Files containers on Rackspace's
// CDN (Akamai). It talks to the Cloud Files CDN endpoint, the catalog's
// cloudFilesCDN service (type rax:object-cdn), which rackspace.NewObjectCDNV1
// finds; the containers themselves are made with the openstack/objectstorage
// packages on rackspace.NewObjectStorageV1.
//
//	cdn, err := rackspace.NewObjectCDNV1(provider, gophercloud.EndpointOpts{Region: "DFW"})
//	h, err := cdncontainers.Enable(ctx, cdn, "photos", cdncontainers.EnableOpts{TTL: 3600}).Extract()
//	fmt.Println(h.CDNSSLURI + "/cat.jpg")
//
// Enable (PUT) makes every object of the container public on the CDN and
// answers with its URIs (X-Cdn-Uri, X-Cdn-Ssl-Uri, X-Cdn-Streaming-Uri,
// X-Cdn-Ios-Uri; Rackspace retired the streaming and iOS URIs in 2022 but
// may still send them). Get (HEAD) reads them back with the TTL and
// log-retention flag; Update (POST) changes those; Disable turns the CDN
// off, after which cached copies live until their TTL ends (purge them with
// cdnobjects.Delete). List walks every container that is or was
// CDN-enabled.
//
// The TTL is in seconds, from 900 (15 minutes) to 31536000 (a year); the
// CDN's default is 259200 (72 hours).
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/cdn-api-reference/
package cdncontainers
