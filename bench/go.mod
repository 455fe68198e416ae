module github.com/cloudsdk/gophercloud/bench

go 1.25.0

require github.com/cloudsdk/gophercloud v0.0.0

require github.com/gophercloud/gophercloud/v2 v2.15.0

require (
	github.com/go-viper/mapstructure/v2 v2.5.0 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
)

replace github.com/cloudsdk/gophercloud => ../
