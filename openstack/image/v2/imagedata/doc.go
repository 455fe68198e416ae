// Package imagedata moves the bytes of Image v2 (Glance) images: Upload
// puts an image's data, Stage puts it in the staging area for the
// interoperable import (glance-direct), and Download streams it back,
// optionally checking it against the hash Glance recorded.
//
//	f, _ := os.Open("cirros.img")
//	err := imagedata.Upload(ctx, client, id, f, imagedata.UploadOpts{}).ExtractErr()
//
//	// or, hashing SHA-512 while sending and checking Glance's os_hash_value after:
//	img, err := imagedata.UploadVerified(ctx, client, id, f, imagedata.VerifyOpts{})
//
//	d, err := imagedata.Download(ctx, client, id, imagedata.DownloadOpts{Verify: true})
//	defer d.Body.Close()
//	_, err = io.Copy(out, d.Body) // gophercloud.ErrChecksumMismatch at the end if corrupt
//
// Nothing is buffered: an upload is sent as it is read (with
// Content-Length when known, chunked otherwise) and a download is read as
// it arrives. An upload can be sent again (after a re-authentication) only
// when its reader is an io.Seeker; otherwise the call fails with
// gophercloud.ErrBodyNotReplayable.
//
// Stage needs Image API 2.6 (Glance Queens) with glance-direct enabled.
//
// API reference: https://docs.openstack.org/api-ref/image/v2/#image-data
package imagedata
