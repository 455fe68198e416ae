package largeobjects

// Segment is one uploaded segment of a large object.
type Segment struct {
	// Name is the segment's object name in the segment container.
	Name string
	// ETag is its MD5 (verified against what was sent); Size its length.
	ETag string
	Size int64
}

// UploadResult describes a large object Upload created.
type UploadResult struct {
	// Manifest is the kind of manifest written.
	Manifest Manifest
	// SegmentContainer and SegmentPrefix say where the segments are.
	SegmentContainer string
	SegmentPrefix    string
	// Segments lists them in order.
	Segments []Segment
	// Size is the total content size.
	Size int64
	// ETag is what Swift reports for the large object: the MD5 of the
	// segments' ETags concatenated (not the MD5 of the content).
	ETag string
}
