package cdncontainers

// URLs are built by internal.ContainerURL, which the cdnobjects package
// shares; the listing is the CDN endpoint itself.
