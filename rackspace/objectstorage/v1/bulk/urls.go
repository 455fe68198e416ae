package bulk

// Extract puts to the upload path under the Cloud Files endpoint with
// ?extract-archive=<format>; Delete posts ?bulk-delete to the endpoint
// (through the objects and containers packages).
