// Package objects lists, uploads, downloads, copies and deletes Object
// Storage (Swift) objects, and signs temporary URLs for them.
//
// Bytes stream: Create reads the content from any io.Reader as it sends
// it, Download returns the response body to read from. Neither holds an
// object in memory.
//
//	f, _ := os.Open("backup.tar")
//	defer f.Close()
//	h, err := objects.Create(ctx, client, "backups", "2024/06/backup.tar", f, objects.CreateOpts{
//		ContentType: "application/x-tar",
//		Metadata:    map[string]string{"Host": "db1"},
//	}).Extract()
//	// h.ETag == h.MD5: Swift stored what was sent (Create checks it).
//
//	d, err := objects.Download(ctx, client, "backups", "2024/06/backup.tar", objects.DownloadOpts{})
//	if err != nil { … }
//	defer d.Close()
//	_, err = io.Copy(dst, d.Body)
//
// Object names are arbitrary UTF-8: "a/b/c.txt", spaces, "?", "#", "%",
// "+" are all fine. A "/" stays a "/" in the URL (it is what makes Swift's
// pseudo-directories: list with Delimiter "/" to walk them); every other
// reserved character is percent-encoded. A segment that is "." or ".."
// ("..", "a/../b", "../x") is sent as "%2E" or "%2E%2E": it names an object
// like any other, and no client, proxy or load balancer that normalises
// dot segments can turn it into the container or the account. A container
// cannot be named "." or "..": every call refuses that with
// *gophercloud.ErrInvalidInput.
//
// Re-authentication: when Swift answers 401 (an expired token) the
// ProviderClient renews the token and sends the request again. Create then
// resends the content from its start if it is an io.Seeker (a file, an
// in-memory reader), with a fresh MD5; a one-shot stream (a pipe) fails
// with gophercloud.ErrBodyNotReplayable instead, and nothing is stored.
//
// Calls that stream or make several requests (Download, BulkDelete,
// CreateTempURL) return (T, error); the others return a result to Extract.
//
// Checksums: Create computes the MD5 of what it sends and fails with
// ErrChecksumMismatch if Swift's ETag differs (the stored object is left
// for the caller to delete or re-upload). Download checks it on request
// (DownloadOpts.VerifyChecksum). Both take a Progress callback.
//
// Objects over 5 GiB (Swift's default limit) must be uploaded in segments:
// see package largeobjects. Download works for them unchanged.
//
// Temp URLs: CreateTempURL signs a URL granting one method on one object
// (or a prefix) until a deadline, for clients without a token; set the
// account's key first with accounts.Update.
//
// API reference: https://docs.openstack.org/api-ref/object-store/#objects
package objects
