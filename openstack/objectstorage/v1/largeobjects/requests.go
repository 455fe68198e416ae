package largeobjects

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/internal/stream"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
)

// Manifest is the kind of large object Upload creates.
type Manifest string

const (
	// SLO is a static large object: a manifest listing each segment with
	// its ETag and size, checked by Swift when the manifest is written.
	// The default.
	SLO Manifest = "slo"
	// DLO is a dynamic large object: a manifest naming a container and a
	// prefix; whatever objects carry the prefix, in name order, are the
	// content.
	DLO Manifest = "dlo"
)

// Defaults of UploadOpts.
const (
	DefaultSegmentSize = 32 << 20
	DefaultWorkers     = 4
	// defaultMaxSLOSegments is Swift's default max_manifest_segments.
	defaultMaxSLOSegments = 1000
	// cleanupTimeout bounds the deletion of segments after a failure,
	// which runs even when the caller's ctx is done.
	cleanupTimeout = 2 * time.Minute
)

// UploadOpts tunes Upload. The zero value uploads an SLO in 32 MiB
// segments, four at a time, into the container "<container>_segments".
type UploadOpts struct {
	// SegmentSize is the size of every segment but the last (default
	// 32 MiB). It bounds memory: see Upload.
	SegmentSize int64
	// Workers is how many segments are uploaded at once (default 4).
	Workers int
	// SegmentContainer receives the segments (default
	// "<container>_segments"); it is created when missing.
	SegmentContainer string
	// Manifest picks SLO (default) or DLO.
	Manifest Manifest
	// Size is the content's total size when known and the reader cannot
	// tell (see Upload); it lets Progress report a total and a too-small
	// SegmentSize fail before anything is uploaded.
	Size int64
	// ContentType and Metadata describe the large object (the manifest).
	ContentType string            `h:"Content-Type"`
	Metadata    map[string]string `h:"X-Object-Meta-"`
	// Progress, when set, is called as segment bytes are sent with the
	// bytes done and the total (-1 when unknown). Calls never overlap.
	Progress func(done, total int64)
}

// Upload stores the content of r as the large object container/name in
// several requests, so it returns (*UploadResult, error) rather than a
// result: it cuts r into segments of SegmentSize bytes, uploads them in
// parallel into
// SegmentContainer under the prefix "<name>/<slo|dlo>/<timestamp>/<random>/"
// (the segments are named by index, zero-padded, so they sort in order),
// verifies each segment's MD5 against its ETag, then writes the manifest
// (an SLO with ?multipart-manifest=put and each segment's path, ETag and
// size, or a DLO with X-Object-Manifest).
//
// Memory is bounded. When r is an io.ReaderAt whose size is known
// (*os.File, *bytes.Reader, *strings.Reader, or any io.ReaderAt with
// opts.Size), each worker streams its own section of r: no segment is
// buffered at all. Otherwise r is read in order into at most Workers
// buffers of SegmentSize bytes, recycled through a free list: a buffer
// goes back when its segment is uploaded, and reading waits for a free one,
// so peak memory is Workers × SegmentSize whatever the content's size.
// (A sync.Pool would not bound it, and streaming a segment from an
// io.Pipe would serialise the uploads, since r can only be read in order.)
// Every segment body is seekable (a section of r, or a buffer), so a
// segment whose request must be repeated (re-authentication after a 401,
// a retried 503) is sent again in full, and its MD5 starts over: a token
// that expires in the middle of an upload costs one re-authentication, not
// a truncated segment.
//
// If anything fails (reading r, a segment upload, a checksum, the manifest),
// no further segment is started, the segments being sent finish (so that
// what Swift stored is known), and every segment uploaded is deleted before
// Upload returns the error. When ctx ends, the segments being sent are
// aborted too, and the cleanup also sweeps the upload's prefix for any
// segment Swift committed regardless. Cancellation cannot interrupt a Read
// of r that blocks; Upload returns once it does.
//
// An empty r yields an ordinary empty object for SLO (Swift refuses an SLO
// without segments) and a DLO manifest with no segments for DLO.
// https://docs.openstack.org/swift/latest/overview_large_objects.html
func Upload(ctx context.Context, c *gophercloud.ServiceClient, container, name string, r io.Reader, opts UploadOpts) (*UploadResult, error) {
	if err := internal.CheckContainer("container", container); err != nil {
		return nil, err
	}
	if err := internal.CheckObject("object name", name); err != nil {
		return nil, err
	}
	if r == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "largeobjects.Upload content"}
	}
	u, err := newUploader(ctx, c, container, name, r, opts)
	if err != nil {
		return nil, err
	}
	return u.run(ctx)
}

// uploader is the state of one Upload.
type uploader struct {
	c                  *gophercloud.ServiceClient
	container, name    string
	r                  io.Reader
	opts               UploadOpts
	segContainer       string
	prefix             string
	size               int64 // -1 when unknown
	maxSegments        int   // 0: no limit
	manifestHeaders    map[string]string
	progress           *stream.Progress
	mu                 sync.Mutex
	segments           []Segment // by index; ETag set once uploaded
	attempted          []string  // every segment name a request was sent for
	readerAt           io.ReaderAt
	readerAtBase       int64
	readerAtSeekToDone io.Seeker
}

func newUploader(ctx context.Context, c *gophercloud.ServiceClient, container, name string, r io.Reader, opts UploadOpts) (*uploader, error) {
	switch {
	case opts.SegmentSize < 0:
		return nil, &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.SegmentSize", Value: opts.SegmentSize, Reason: "must be positive"}
	case opts.Workers < 0:
		return nil, &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.Workers", Value: opts.Workers, Reason: "must be positive"}
	case opts.Size < 0:
		return nil, &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.Size", Value: opts.Size, Reason: "must not be negative"}
	}
	if opts.SegmentSize == 0 {
		opts.SegmentSize = DefaultSegmentSize
	}
	if opts.Workers == 0 {
		opts.Workers = DefaultWorkers
	}
	switch opts.Manifest {
	case "":
		opts.Manifest = SLO
	case SLO, DLO:
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.Manifest", Value: string(opts.Manifest), Reason: `must be SLO or DLO`}
	}
	if opts.SegmentContainer == "" {
		opts.SegmentContainer = container + "_segments"
	}
	if err := internal.CheckContainer("largeobjects.UploadOpts.SegmentContainer", opts.SegmentContainer); err != nil {
		return nil, err
	}
	h, err := gophercloud.BuildHeaders(&opts)
	if err != nil {
		return nil, err
	}
	u := &uploader{c: c, container: container, name: name, r: r, opts: opts, segContainer: opts.SegmentContainer, manifestHeaders: h, size: -1}
	known, sized := stream.SizeOf(r)
	switch {
	case opts.Size > 0:
		u.size = opts.Size
	case sized:
		u.size = known
	}
	// Sections of r can be read in parallel when r says how big it is and
	// can read at an offset (a regular file, an in-memory reader); a pipe
	// is an *os.File too, but cannot.
	if ra, ok := r.(io.ReaderAt); ok && sized {
		u.readerAt = ra
		switch v := r.(type) {
		case interface {
			Size() int64
			Len() int
		}: // *bytes.Reader, *strings.Reader: ReadAt ignores the read offset
			u.readerAtBase = v.Size() - int64(v.Len())
		case io.Seeker:
			if off, err := v.Seek(0, io.SeekCurrent); err == nil {
				u.readerAtBase = off
			}
		}
		u.readerAtSeekToDone, _ = r.(io.Seeker)
	}

	info, _ := internal.Capabilities(ctx, c) // optional: limits are checked when known
	if info != nil && info.Swift.MaxFileSize > 0 && opts.SegmentSize > info.Swift.MaxFileSize {
		return nil, &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.SegmentSize", Value: opts.SegmentSize,
			Reason: fmt.Sprintf("exceeds the cluster's max object size %d", info.Swift.MaxFileSize)}
	}
	switch {
	case opts.Manifest == SLO && info != nil && info.SLO != nil && info.SLO.MaxManifestSegments > 0:
		u.maxSegments = info.SLO.MaxManifestSegments
	case opts.Manifest == SLO:
		u.maxSegments = defaultMaxSLOSegments
	case info != nil && info.DLO != nil && info.DLO.MaxSegments > 0:
		u.maxSegments = info.DLO.MaxSegments
	}
	if u.maxSegments > 0 && u.size > 0 {
		if n := (u.size + opts.SegmentSize - 1) / opts.SegmentSize; n > int64(u.maxSegments) {
			return nil, u.tooManySegments()
		}
	}
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	u.prefix = fmt.Sprintf("%s/%s/%d/%s/", name, opts.Manifest, time.Now().UnixNano(), hex.EncodeToString(rnd[:]))
	u.progress = stream.NewProgress(opts.Progress, u.size)
	return u, nil
}

func (u *uploader) tooManySegments() error {
	return &gophercloud.ErrInvalidInput{Argument: "largeobjects.UploadOpts.SegmentSize", Value: u.opts.SegmentSize,
		Reason: fmt.Sprintf("the content needs more than the cluster's %d segments per %s; use larger segments", u.maxSegments, strings.ToUpper(string(u.opts.Manifest)))}
}

// segmentJob is one segment handed to a worker; release gives its buffer
// back.
type segmentJob struct {
	index   int
	name    string
	body    io.Reader
	size    int64
	release func()
}

func (u *uploader) run(parent context.Context) (*UploadResult, error) {
	if err := ensureContainer(parent, u.c, u.segContainer); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)

	// ctx stops the reading and the dispatch of segments at the first
	// failure. Segment requests run on parent instead: after a failure
	// the segments already being sent (at most Workers) finish, so the
	// cleanup knows exactly what Swift stored. Cancelling parent aborts
	// them too.
	jobs := make(chan segmentJob)
	var wg sync.WaitGroup
	for range u.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() == nil {
					if err := u.uploadSegment(parent, j); err != nil {
						cancel(err)
					}
				}
				j.release()
			}
		}()
	}
	var total int64
	if u.readerAt != nil {
		total = u.produceSections(ctx, cancel, jobs)
	} else {
		total = u.produceBuffers(ctx, cancel, jobs)
	}
	close(jobs)
	wg.Wait()

	if err := context.Cause(ctx); err != nil {
		return nil, u.fail(parent, err, false)
	}
	if u.size >= 0 && total != u.size {
		return nil, u.fail(parent, fmt.Errorf("largeobjects: the content ended after %d bytes, %d were expected", total, u.size), false)
	}
	res := &UploadResult{Manifest: u.opts.Manifest, SegmentContainer: u.segContainer, SegmentPrefix: u.prefix, Segments: u.segments, Size: total, ETag: segmentsETag(u.segments)}
	if err := u.writeManifest(parent, res); err != nil {
		return nil, err
	}
	if u.readerAtSeekToDone != nil {
		_, _ = u.readerAtSeekToDone.Seek(u.readerAtBase+total, io.SeekStart)
	}
	return res, nil
}

// produceBuffers reads r in order into at most Workers recycled buffers.
func (u *uploader) produceBuffers(ctx context.Context, cancel context.CancelCauseFunc, jobs chan<- segmentJob) int64 {
	bufSize := u.opts.SegmentSize
	if u.size >= 0 && u.size < bufSize {
		bufSize = max(u.size, 1)
	}
	free := make(chan []byte, u.opts.Workers)
	allocated := 0
	var total int64
	for index := 0; ; index++ {
		var buf []byte
		select {
		case buf = <-free:
		default:
			if allocated < u.opts.Workers {
				allocated++
				buf = make([]byte, bufSize)
			} else {
				select {
				case buf = <-free:
				case <-ctx.Done():
					return total
				}
			}
		}
		n, err := io.ReadFull(u.r, buf)
		total += int64(n)
		last := err == io.ErrUnexpectedEOF || err == io.EOF
		if err != nil && !last {
			cancel(fmt.Errorf("largeobjects: reading the content: %w", err))
			return total
		}
		if n == 0 {
			return total
		}
		name, ok := u.addSegment(cancel, index, int64(n))
		if !ok {
			return total
		}
		j := segmentJob{index: index, name: name, body: bytes.NewReader(buf[:n]), size: int64(n), release: func() { free <- buf }}
		select {
		case jobs <- j:
		case <-ctx.Done():
			return total
		}
		if last {
			return total
		}
	}
}

// produceSections hands each worker a section of r: nothing is buffered.
func (u *uploader) produceSections(ctx context.Context, cancel context.CancelCauseFunc, jobs chan<- segmentJob) int64 {
	var total int64
	for index := 0; total < u.size; index++ {
		n := min(u.opts.SegmentSize, u.size-total)
		name, ok := u.addSegment(cancel, index, n)
		if !ok {
			return total
		}
		j := segmentJob{index: index, name: name, body: io.NewSectionReader(u.readerAt, u.readerAtBase+total, n), size: n, release: func() {}}
		select {
		case jobs <- j:
		case <-ctx.Done():
			return total
		}
		total += n
	}
	return total
}

// addSegment registers segment index, refusing one over the cluster's limit.
func (u *uploader) addSegment(cancel context.CancelCauseFunc, index int, size int64) (string, bool) {
	if u.maxSegments > 0 && index >= u.maxSegments {
		cancel(u.tooManySegments())
		return "", false
	}
	name := fmt.Sprintf("%s%08d", u.prefix, index)
	u.mu.Lock()
	u.segments = append(u.segments, Segment{Name: name, Size: size})
	u.attempted = append(u.attempted, name)
	u.mu.Unlock()
	return name, true
}

func (u *uploader) uploadSegment(ctx context.Context, j segmentJob) error {
	opts := objects.CreateOpts{ContentLength: j.size}
	if u.progress != nil {
		var last int64
		opts.Progress = func(done, _ int64) {
			u.progress.Add(done - last)
			last = done
		}
	}
	h, err := objects.Create(ctx, u.c, u.segContainer, j.name, j.body, opts).Extract()
	if err != nil {
		return fmt.Errorf("largeobjects: segment %d (%s/%s): %w", j.index, u.segContainer, j.name, err)
	}
	u.mu.Lock()
	u.segments[j.index].ETag = h.ETag
	u.mu.Unlock()
	return nil
}

// sloSegment is one entry of an SLO manifest: the segment's unescaped path,
// ETag and size, which Swift checks against the stored segment.
type sloSegment struct {
	Path      string `json:"path"`
	ETag      string `json:"etag"`
	SizeBytes int64  `json:"size_bytes"`
}

func (u *uploader) writeManifest(ctx context.Context, res *UploadResult) error {
	if len(res.Segments) == 0 && u.opts.Manifest == SLO {
		_, err := objects.Create(ctx, u.c, u.container, u.name, nil, objects.CreateOpts{ContentType: u.opts.ContentType, Metadata: u.opts.Metadata}).Extract()
		return err
	}
	if u.opts.Manifest == DLO {
		_, err := objects.Create(ctx, u.c, u.container, u.name, nil, objects.CreateOpts{
			ContentType: u.opts.ContentType, Metadata: u.opts.Metadata, ObjectManifest: u.segContainer + "/" + u.prefix,
		}).Extract()
		if err != nil {
			return u.fail(ctx, fmt.Errorf("largeobjects: writing the DLO manifest: %w", err), false)
		}
		return nil
	}
	entries := make([]sloSegment, len(res.Segments))
	for i, s := range res.Segments {
		entries[i] = sloSegment{Path: "/" + u.segContainer + "/" + s.Name, ETag: s.ETag, SizeBytes: s.Size}
	}
	body, err := json.Marshal(entries)
	if err != nil {
		return u.fail(ctx, err, false)
	}
	mu, err := manifestURL(u.c, u.container, u.name, "put")
	if err != nil {
		return u.fail(ctx, err, false)
	}
	r := u.c.Do(ctx, http.MethodPut, mu, &gophercloud.RequestOpts{
		RawBody:       bytes.NewReader(body),
		ContentLength: int64(len(body)),
		MoreHeaders:   u.manifestHeaders,
		OkCodes:       []int{http.StatusCreated},
	})
	if r.Err != nil {
		return u.fail(ctx, fmt.Errorf("largeobjects: writing the SLO manifest: %w", r.Err), false)
	}
	if got := strings.Trim(r.Header.Get("Etag"), `"`); got != "" && !strings.EqualFold(got, res.ETag) {
		return u.fail(ctx, fmt.Errorf("%w: SLO manifest %s/%s: Swift's ETag %s, the segments' %s", objects.ErrChecksumMismatch, u.container, u.name, got, res.ETag), true)
	}
	return nil
}

// fail deletes what Upload created (the manifest when written, every
// segment it sent), with a context of its own since ctx may be the reason
// for the failure, and returns cause joined with any cleanup error.
//
// A segment PUT interrupted by the failure may still be committed by
// Swift. Swift orders a PUT and a DELETE of one name by the timestamp the
// proxy gave each on arrival, so the DELETE sent here wins over any PUT
// that reached the proxy before it; a last listing of the upload's unique
// prefix then deletes whatever is still there.
func (u *uploader) fail(ctx context.Context, cause error, manifestWritten bool) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	var errs []error
	if manifestWritten {
		if err := objects.Delete(ctx, u.c, u.container, u.name).ExtractErr(); err != nil && !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
			errs = append(errs, fmt.Errorf("deleting the manifest: %w", err))
		}
	}
	u.mu.Lock()
	names := append([]string(nil), u.attempted...)
	u.mu.Unlock()
	if len(names) > 0 {
		if _, err := objects.BulkDelete(ctx, u.c, u.segContainer, names); err != nil {
			errs = append(errs, fmt.Errorf("deleting %d uploaded segments: %w", len(names), err))
		}
		left, err := objects.ListNames(u.c, u.segContainer, objects.ListOpts{Prefix: u.prefix}).Collect(ctx)
		if err == nil && len(left) > 0 {
			_, err = objects.BulkDelete(ctx, u.c, u.segContainer, left)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("sweeping the segments left: %w", err))
		}
	}
	if len(errs) == 0 {
		return cause
	}
	return fmt.Errorf("%w (cleanup failed too, segments may remain under %s/%s: %w)", cause, u.segContainer, u.prefix, errors.Join(errs...))
}

// segmentsETag is the ETag Swift gives a large object: the MD5 of its
// segments' ETags, concatenated in order.
func segmentsETag(segs []Segment) string {
	h := md5.New()
	for _, s := range segs {
		_, _ = io.WriteString(h, s.ETag)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ensureContainer creates the segment container unless it exists, so a
// user allowed to write to an existing one needs no right to create one.
func ensureContainer(ctx context.Context, c *gophercloud.ServiceClient, name string) error {
	err := containers.Get(ctx, c, name, containers.GetOpts{}).Err
	if err == nil {
		return nil
	}
	if !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
		return fmt.Errorf("largeobjects: segment container %s: %w", name, err)
	}
	if err := containers.Create(ctx, c, name, containers.CreateOpts{}).Err; err != nil {
		return fmt.Errorf("largeobjects: creating segment container %s: %w", name, err)
	}
	return nil
}

// Delete deletes a large object and its segments, in several requests, so
// it returns (report, error) rather than a result. For an SLO it asks Swift
// to do both (DELETE ?multipart-manifest=delete); for a DLO it deletes the
// manifest first (so nobody reads a truncated object), then lists the
// segments under its prefix and bulk-deletes them. An ordinary object is
// simply deleted. The report counts the manifest and the segments.
// https://docs.openstack.org/swift/latest/overview_large_objects.html#deleting-a-large-object
func Delete(ctx context.Context, c *gophercloud.ServiceClient, container, name string) (*objects.BulkDeleteResponse, error) {
	h, err := objects.Get(ctx, c, container, name, objects.GetOpts{}).Extract()
	if err != nil {
		return nil, err
	}
	switch {
	case h.StaticLargeObject:
		u, err := manifestURL(c, container, name, "delete")
		if err != nil {
			return nil, err
		}
		r := c.Delete(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}, MoreHeaders: map[string]string{"Accept": "application/json"}})
		if r.Err != nil {
			return nil, r.Err
		}
		rep, err := internal.ParseBulkReport(r.Body)
		if err != nil {
			return nil, err
		}
		return rep, rep.Err()
	case h.ObjectManifest != "":
		manifest, err := url.PathUnescape(h.ObjectManifest)
		if err != nil {
			return nil, fmt.Errorf("%w: X-Object-Manifest %q: %v", gophercloud.ErrMalformedResponse, h.ObjectManifest, err)
		}
		segContainer, prefix, _ := strings.Cut(manifest, "/")
		if err := objects.Delete(ctx, c, container, name).ExtractErr(); err != nil && !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
			return nil, err
		}
		names, err := objects.ListNames(c, segContainer, objects.ListOpts{Prefix: prefix}).Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("listing the DLO's segments in %s: %w", segContainer, err)
		}
		rep, err := objects.BulkDelete(ctx, c, segContainer, names)
		if rep != nil {
			rep.NumberDeleted++
		}
		return rep, err
	default:
		if err := objects.Delete(ctx, c, container, name).ExtractErr(); err != nil {
			return nil, err
		}
		return &objects.BulkDeleteResponse{NumberDeleted: 1, ResponseStatus: "200 OK"}, nil
	}
}
