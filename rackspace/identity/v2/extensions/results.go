package extensions

import common "github.com/cloudsdk/gophercloud/openstack/common/extensions"

// Extension describes one identity extension.
type Extension = common.Extension

// GetResult is the result of Get; Extract returns the *Extension.
type GetResult = common.GetResult
