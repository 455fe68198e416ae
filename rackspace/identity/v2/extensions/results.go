package extensions

import osextensions "github.com/cloudsdk/gophercloud/openstack/identity/v2/extensions"

// Extension describes one identity extension.
type Extension = osextensions.Extension

// GetResult is the result of Get; Extract returns the *Extension.
type GetResult = osextensions.GetResult
