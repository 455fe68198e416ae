package diskconfig

// ServerDiskConfigExt holds a server's OS-DCF:diskConfig attribute. Embed
// it in your own struct and decode a server response into that struct with
// ExtractIntoEnvelope or ExtractInto (see the package documentation).
type ServerDiskConfigExt struct {
	// DiskConfig is "AUTO" or "MANUAL" (see Auto and Manual).
	DiskConfig string `json:"OS-DCF:diskConfig"`
}
