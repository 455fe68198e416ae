package bootfromvolume

// Create posts to the servers' URL (/servers).
