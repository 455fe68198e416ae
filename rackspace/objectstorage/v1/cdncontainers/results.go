package cdncontainers

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Container is one entry of the CDN listing.
type Container struct {
	Name string `json:"name"`
	// CDNEnabled is false for a container whose CDN was disabled.
	CDNEnabled bool `json:"cdn_enabled"`
	// TTL is the cache lifetime in seconds.
	TTL int `json:"ttl"`
	// LogRetention tells whether CDN access logs are kept.
	LogRetention bool `json:"log_retention"`
	// CDNURI, CDNSSLURI, CDNStreamingURI and CDNIosURI are the public URIs
	// objects are served from (append "/" and the object name).
	CDNURI          string `json:"cdn_uri"`
	CDNSSLURI       string `json:"cdn_ssl_uri"`
	CDNStreamingURI string `json:"cdn_streaming_uri"`
	CDNIosURI       string `json:"cdn_ios_uri"`
}

// ExtractContainers returns the containers of a page (or of AllPages).
func ExtractContainers(p pagination.Page[Container]) ([]Container, error) { return p.Items, nil }

// Header holds a container's CDN settings and public URIs, as Get, Enable
// and Update answer them in headers. Append "/" and an object's name to a
// URI to get the object's public URL.
type Header struct {
	CDNURI          string `h:"X-Cdn-Uri"`
	CDNSSLURI       string `h:"X-Cdn-Ssl-Uri"`
	CDNStreamingURI string `h:"X-Cdn-Streaming-Uri"`
	CDNIosURI       string `h:"X-Cdn-Ios-Uri"`
	// CDNEnabled, TTL and LogRetention are always sent by Get.
	CDNEnabled   bool `h:"X-Cdn-Enabled"`
	TTL          int  `h:"X-Ttl"`
	LogRetention bool `h:"X-Log-Retention"`
	// TransID is the request's transaction ID, for support tickets.
	TransID string `h:"X-Trans-Id"`
}

// GetResult is the result of Get; Extract returns the *Header.
type GetResult = gophercloud.HeaderResult[Header]

// EnableResult is the result of Enable; Extract returns the *Header with
// the CDN URIs.
type EnableResult = gophercloud.HeaderResult[Header]

// UpdateResult is the result of Update and Disable; Extract returns the
// *Header.
type UpdateResult = gophercloud.HeaderResult[Header]
