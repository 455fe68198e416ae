package remoteconsoles_test

// Fixtures written from the Compute API reference (create remote console).

const serverID = "b7a2a9f6-1f7c-4d3e-8f6a-2e9a7b3c4d5e"

// createRequestJSON asks for a noVNC console.
const createRequestJSON = `{"remote_console": {"protocol": "vnc", "type": "novnc"}}`

// createJSON is the answer.
const createJSON = `{
  "remote_console": {
    "protocol": "vnc",
    "type": "novnc",
    "url": "http://example.com:6080/vnc_auto.html?path=%3Ftoken%3Db60bcfc3-5fd4-4d21-986c-e83379107819"
  }
}`
