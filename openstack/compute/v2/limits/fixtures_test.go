package limits_test

// Fixtures written from the Compute API reference (limits).

// getJSON is GET /limits at 2.57 and later.
const getJSON = `{
  "limits": {
    "absolute": {
      "maxServerGroupMembers": 10,
      "maxServerGroups": 10,
      "maxServerMeta": 128,
      "maxTotalCores": 20,
      "maxTotalInstances": 10,
      "maxTotalKeypairs": 100,
      "maxTotalRAMSize": 51200,
      "totalCoresUsed": 1,
      "totalInstancesUsed": 1,
      "totalRAMUsed": 512,
      "totalServerGroupsUsed": 0
    },
    "rate": []
  }
}`

// getLegacyJSON is GET /limits at 2.1, with an old rate limit.
const getLegacyJSON = `{
  "limits": {
    "absolute": {
      "maxImageMeta": 128,
      "maxPersonality": 5,
      "maxPersonalitySize": 10240,
      "maxSecurityGroupRules": 20,
      "maxSecurityGroups": 10,
      "maxServerMeta": 128,
      "maxTotalCores": 20,
      "maxTotalFloatingIps": 10,
      "maxTotalInstances": 10,
      "maxTotalKeypairs": 100,
      "maxTotalRAMSize": 51200,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalCoresUsed": 0,
      "totalInstancesUsed": 0,
      "totalRAMUsed": 0,
      "totalSecurityGroupsUsed": 0,
      "totalFloatingIpsUsed": 0,
      "totalServerGroupsUsed": 0
    },
    "rate": [
      {
        "uri": "*",
        "regex": ".*",
        "limit": [
          {"verb": "POST", "value": 120, "remaining": 119, "unit": "MINUTE", "next-available": "2012-11-27T17:22:18Z"}
        ]
      }
    ]
  }
}`
