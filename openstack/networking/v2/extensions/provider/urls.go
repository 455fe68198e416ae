package provider

// This extension adds attributes to networks; it has no URLs of its own.
