package bootfromvolume

// Create answers with a servers.CreateResult; this package adds no result
// types.
