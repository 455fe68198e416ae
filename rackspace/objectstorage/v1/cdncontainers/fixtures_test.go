package cdncontainers_test

// listJSON is a CDN listing (format=json) shaped as the Cloud Files CDN
// reference shows it.
const listJSON = `[
  {
    "cdn_enabled": true,
    "cdn_ios_uri": "http://acc3b9ba3a4bb0ba3c3e-cc6b7f5fe5d8dd5ab0ae28bc2aca2e54.iosr.cf1.rackcdn.com",
    "cdn_ssl_uri": "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com",
    "cdn_streaming_uri": "http://084cc2790632ccee0a12-346eb45fd42c58ca13011d659bfc1ac1.r49.stream.cf0.rackcdn.com",
    "cdn_uri": "http://081e40d3ee1cec5f77bf-346eb45fd42c58ca13011d659bfc1ac1.r49.cf0.rackcdn.com",
    "log_retention": false,
    "name": "photos",
    "ttl": 259200
  },
  {
    "cdn_enabled": false,
    "cdn_ios_uri": "http://b1e8bd2e9b0dcbc1c5d0-5d61a3c0c1e1e5ef3bd3ae0c0bc3b7fb.iosr.cf1.rackcdn.com",
    "cdn_ssl_uri": "https://b1e8bd2e9b0dcbc1c5d0-5d61a3c0c1e1e5ef3bd3ae0c0bc3b7fb.ssl.cf1.rackcdn.com",
    "cdn_streaming_uri": "http://b1e8bd2e9b0dcbc1c5d0-5d61a3c0c1e1e5ef3bd3ae0c0bc3b7fb.r73.stream.cf1.rackcdn.com",
    "cdn_uri": "http://b1e8bd2e9b0dcbc1c5d0-5d61a3c0c1e1e5ef3bd3ae0c0bc3b7fb.r73.cf1.rackcdn.com",
    "log_retention": true,
    "name": "videos",
    "ttl": 3600
  }
]`
