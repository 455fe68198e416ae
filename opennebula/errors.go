package opennebula

import (
	"errors"
	"fmt"
	"net/http"
)

// ClientErrCode says why a call could not produce a well-formed OpenNebula
// response.
type ClientErrCode int

// Client error codes.
const (
	// ClientReqBuild: the request could not be built (an argument of a type
	// XML-RPC cannot carry, a bad endpoint URL).
	ClientReqBuild ClientErrCode = iota + 1
	// ClientNetwork: the request did not get an HTTP response (connection
	// refused, TLS failure, context cancelled or timed out).
	ClientNetwork
	// ClientRespHTTP: the server answered with an HTTP status other than 200.
	ClientRespHTTP
	// ClientRespTooLarge: the response body was larger than Client.MaxBodyBytes.
	ClientRespTooLarge
	// ClientRespXMLRPCFault: the server answered with an XML-RPC fault.
	ClientRespXMLRPCFault
	// ClientRespXMLRPCParse: the body is not a well-formed XML-RPC response.
	ClientRespXMLRPCParse
	// ClientRespONeParse: the XML-RPC response is well formed but not shaped
	// like OpenNebula's [success, result, error code] array, or the XML
	// document it carries does not decode into the expected resource.
	ClientRespONeParse
	// ClientRPCCall: a user-supplied RPCCaller failed with an error that is
	// neither a *ClientError nor a *ResponseError.
	ClientRPCCall
)

var clientCodeNames = map[ClientErrCode]string{
	ClientReqBuild:        "CLIENT_REQ_BUILD",
	ClientNetwork:         "CLIENT_NETWORK",
	ClientRespHTTP:        "CLIENT_RESP_HTTP",
	ClientRespTooLarge:    "CLIENT_RESP_TOO_LARGE",
	ClientRespXMLRPCFault: "CLIENT_RESP_XMLRPC_FAULT",
	ClientRespXMLRPCParse: "CLIENT_RESP_XMLRPC_PARSE",
	ClientRespONeParse:    "CLIENT_RESP_ONE_PARSE",
	ClientRPCCall:         "CLIENT_RPC_CALL",
}

// String returns the code's name, e.g. "CLIENT_NETWORK".
func (c ClientErrCode) String() string {
	if s, ok := clientCodeNames[c]; ok {
		return s
	}
	return fmt.Sprintf("CLIENT_ERR_%d", int(c))
}

// OneErrCode is the error code OpenNebula puts in the third element of its
// response array.
type OneErrCode int

// OpenNebula error codes, as documented for the XML-RPC API.
const (
	OneSuccess        OneErrCode = 0x0000
	OneAuthentication OneErrCode = 0x0100 // user could not be authenticated
	OneAuthorization  OneErrCode = 0x0200 // user may not perform the action
	OneNoExists       OneErrCode = 0x0400 // the resource does not exist
	OneAction         OneErrCode = 0x0800 // wrong state to perform the action
	OneXMLRPCAPI      OneErrCode = 0x1000 // wrong parameters
	OneInternal       OneErrCode = 0x2000 // internal error, e.g. the DB
	OneAllocate       OneErrCode = 0x4000 // the resource cannot be allocated
	OneLocked         OneErrCode = 0x8000 // the resource is locked
)

var oneCodeNames = map[OneErrCode]string{
	OneSuccess:        "SUCCESS",
	OneAuthentication: "AUTHENTICATION",
	OneAuthorization:  "AUTHORIZATION",
	OneNoExists:       "NO_EXISTS",
	OneAction:         "ACTION",
	OneXMLRPCAPI:      "XML_RPC_API",
	OneInternal:       "INTERNAL",
	OneAllocate:       "ALLOCATE",
	OneLocked:         "LOCKED",
}

// String returns the code's name as OpenNebula spells it, e.g. "NO_EXISTS".
func (c OneErrCode) String() string {
	if s, ok := oneCodeNames[c]; ok {
		return s
	}
	return fmt.Sprintf("0x%04x", int(c))
}

// Sentinel errors for errors.Is. A *ResponseError matches the sentinel of
// its OneErrCode; a *ClientError matches the sentinel of its ClientErrCode.
//
//	if errors.Is(err, opennebula.ErrNoExists) { … }
var (
	ErrAuthentication = errors.New("opennebula: authentication failed")
	ErrAuthorization  = errors.New("opennebula: not authorized")
	ErrNoExists       = errors.New("opennebula: resource does not exist")
	ErrAction         = errors.New("opennebula: wrong state for the action")
	ErrXMLRPCAPI      = errors.New("opennebula: wrong XML-RPC parameters")
	ErrInternal       = errors.New("opennebula: internal error")
	ErrAllocate       = errors.New("opennebula: resource cannot be allocated")
	ErrLocked         = errors.New("opennebula: resource is locked")

	ErrRequestBuild      = errors.New("opennebula: request could not be built")
	ErrNetwork           = errors.New("opennebula: network error")
	ErrHTTPStatus        = errors.New("opennebula: unexpected HTTP status")
	ErrBodyTooLarge      = errors.New("opennebula: response body too large")
	ErrXMLRPCFault       = errors.New("opennebula: XML-RPC fault")
	ErrMalformedResponse = errors.New("opennebula: malformed response")
	ErrRPCCall           = errors.New("opennebula: RPC caller failed")
)

var oneSentinels = map[OneErrCode]error{
	OneAuthentication: ErrAuthentication,
	OneAuthorization:  ErrAuthorization,
	OneNoExists:       ErrNoExists,
	OneAction:         ErrAction,
	OneXMLRPCAPI:      ErrXMLRPCAPI,
	OneInternal:       ErrInternal,
	OneAllocate:       ErrAllocate,
	OneLocked:         ErrLocked,
}

// ClientError is a failure on the client side: no complete, well-formed
// OpenNebula response could be had (request building, network, HTTP status,
// body size, malformed XML). HTTPResponse is set when the server answered;
// its body has already been read and closed.
type ClientError struct {
	Code ClientErrCode
	// Method is the XML-RPC method called, e.g. "one.vm.info".
	Method string
	// Msg describes the failure; it never holds the session secret.
	Msg string
	// HTTPResponse is the server's response, if there was one.
	HTTPResponse *http.Response
	// Err is the underlying error, if any (context.Canceled, a *url.Error,
	// an *xml.SyntaxError …), already redacted.
	Err error
}

// Error reports the code, the method and the cause on one line.
func (e *ClientError) Error() string {
	s := "opennebula: " + e.Code.String()
	if e.Method != "" {
		s += " calling " + e.Method
	}
	if e.HTTPResponse != nil {
		s += fmt.Sprintf(" (HTTP %d)", e.HTTPResponse.StatusCode)
	}
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause, so errors.Is(err, context.Canceled) works.
func (e *ClientError) Unwrap() error { return e.Err }

// Is matches the sentinel of the error's code.
func (e *ClientError) Is(target error) bool {
	switch target {
	case ErrRequestBuild:
		return e.Code == ClientReqBuild
	case ErrNetwork:
		return e.Code == ClientNetwork
	case ErrHTTPStatus:
		return e.Code == ClientRespHTTP
	case ErrBodyTooLarge:
		return e.Code == ClientRespTooLarge
	case ErrXMLRPCFault:
		return e.Code == ClientRespXMLRPCFault
	case ErrMalformedResponse:
		return e.Code == ClientRespXMLRPCParse || e.Code == ClientRespONeParse
	case ErrRPCCall:
		return e.Code == ClientRPCCall
	}
	return false
}

// ResponseError is a well-formed OpenNebula response that reports a
// failure: the resource does not exist, the action is not allowed in the
// resource's state, the user lacks the rights …
type ResponseError struct {
	Code OneErrCode
	// Method is the XML-RPC method called.
	Method string
	// Msg is OpenNebula's own message (the second element of the response).
	Msg string
}

// Error reports OpenNebula's code and message.
func (e *ResponseError) Error() string {
	return fmt.Sprintf("opennebula: %s calling %s: %s", e.Code, e.Method, e.Msg)
}

// Is matches the sentinel of the error's code (ErrNoExists for NO_EXISTS …).
func (e *ResponseError) Is(target error) bool {
	s, ok := oneSentinels[e.Code]
	return ok && s == target
}

// IsNotFound reports whether err is, or wraps, an OpenNebula NO_EXISTS error.
func IsNotFound(err error) bool { return errors.Is(err, ErrNoExists) }
