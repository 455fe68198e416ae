module github.com/cloudsdk/gophercloud

go 1.24

require (
	github.com/go-viper/mapstructure/v2 v2.5.0
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.6
)
