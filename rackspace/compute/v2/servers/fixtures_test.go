package servers_test

// Bodies shaped as the Cloud Servers reference shows servers.
const createRequest = `{
  "server": {
    "name": "web1",
    "imageRef": "e19a734c-c7e6-443a-830c-242209c4d65d",
    "flavorRef": "general1-1",
    "key_name": "deploy",
    "OS-DCF:diskConfig": "MANUAL",
    "networks": [
      {"uuid": "00000000-0000-0000-0000-000000000000"},
      {"uuid": "11111111-1111-1111-1111-111111111111"},
      {"uuid": "1f7920d3-0e63-4fec-a1cb-f7916671e8eb"}
    ]
  }
}`

const createResponse = `{
  "server": {
    "OS-DCF:diskConfig": "MANUAL",
    "id": "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5",
    "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/1100111/servers/ef079b0c-e610-4dfb-b1aa-b49f07ac48e5", "rel": "self"}],
    "adminPass": "kMVtS9BapBHx"
  }
}`

const getResponse = `{
  "server": {
    "OS-DCF:diskConfig": "MANUAL",
    "OS-EXT-STS:power_state": 1,
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:vm_state": "active",
    "accessIPv4": "198.101.241.238",
    "accessIPv6": "2001:4800:780e:0510:d87b:9cbc:ff04:513a",
    "addresses": {
      "public": [{"addr": "198.101.241.238", "version": 4}, {"addr": "2001:4800:780e:0510:d87b:9cbc:ff04:513a", "version": 6}],
      "private": [{"addr": "10.180.3.128", "version": 4}],
      "backend": [{"addr": "192.168.0.3", "version": 4}]
    },
    "created": "2024-03-11T15:35:24Z",
    "flavor": {"id": "general1-1", "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/1100111/flavors/general1-1", "rel": "bookmark"}]},
    "hostId": "33ccb6c82f3625748b6f2338f54d8e9df07cc583251e001355569056",
    "id": "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5",
    "image": {"id": "e19a734c-c7e6-443a-830c-242209c4d65d", "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/1100111/images/e19a734c-c7e6-443a-830c-242209c4d65d", "rel": "bookmark"}]},
    "key_name": "deploy",
    "metadata": {"rax:reboot_window": "2024-03-20T05:00:00Z;2024-03-20T08:00:00Z"},
    "name": "web1",
    "progress": 100,
    "status": "ACTIVE",
    "tenant_id": "1100111",
    "updated": "2024-03-11T15:37:51Z",
    "user_id": "172157"
  }
}`
