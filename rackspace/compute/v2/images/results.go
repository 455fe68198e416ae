package images

import osimages "github.com/cloudsdk/gophercloud/openstack/compute/v2/images"

// Image is a Cloud Servers image.
type Image = osimages.Image

// GetResult is the result of Get; Extract returns the *Image.
type GetResult = osimages.GetResult

// DeleteResult is the result of Delete.
type DeleteResult = osimages.DeleteResult

// Properties are the Rackspace properties of an image, read from its
// metadata.
type Properties struct {
	// ImageType is "base" for Rackspace's images, "snapshot" for the
	// account's.
	ImageType string
	// OSType is "linux" or "windows".
	OSType string
	// OSDistro and OSVersion name the distribution ("ubuntu", "22.04").
	OSDistro  string
	OSVersion string
	// VisibleCore tells whether the image is offered on Core (unmanaged)
	// accounts; VisibleManaged likewise for Managed ones.
	VisibleCore    bool
	VisibleManaged bool
}

// PropertiesOf reads the Rackspace properties from img.Metadata; missing
// ones stay zero.
func PropertiesOf(img Image) Properties {
	s := func(key string) string {
		v, _ := img.Metadata[key].(string)
		return v
	}
	return Properties{
		ImageType:      s("image_type"),
		OSType:         s("os_type"),
		OSDistro:       s("org.openstack__1__os_distro"),
		OSVersion:      s("org.openstack__1__os_version"),
		VisibleCore:    s("com.rackspace__1__visible_core") == "1",
		VisibleManaged: s("com.rackspace__1__visible_managed") == "1",
	}
}
