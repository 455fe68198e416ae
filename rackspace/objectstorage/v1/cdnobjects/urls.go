package cdnobjects

// Object URLs are built by internal.ObjectURL, shared with cdncontainers.
