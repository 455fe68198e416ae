// Package containers lists, creates, reads, updates and deletes Object
// Storage (Swift) containers, and deletes many at once with the bulk
// middleware.
//
//	_, err := containers.Create(ctx, client, "photos", containers.CreateOpts{
//		Read:     ".r:*,.rlistings", // public, listable
//		Metadata: map[string]string{"Owner": "web"},
//	}).Extract()
//
//	for c, err := range containers.List(client, containers.ListOpts{Prefix: "ph"}).All(ctx) {
//		if err != nil { … }
//		fmt.Println(c.Name, c.Count, c.Bytes)
//	}
//
// Listings are paged by marker: a Pager walks any number of containers,
// Limit (at most 10,000 on a default Swift) sets the page size. List reads
// the JSON listing (names, counts, sizes); ListNames the plain-text one,
// which carries only names and is cheaper.
//
// Versioning: X-Versions-Enabled (Swift 2.24+, object versioning
// middleware) keeps every version in a hidden container; the legacy
// VersionsLocation ("stack" mode) and HistoryLocation ("history" mode)
// copy old versions into a container of yours. Only one of the three can
// be used on a container.
//
// API reference: https://docs.openstack.org/api-ref/object-store/#containers
package containers
