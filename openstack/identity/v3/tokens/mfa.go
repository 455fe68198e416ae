package tokens

import (
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// ReceiptHeader carries an auth receipt: Keystone sets it on the 401 that
// asks for more authentication methods, and MultiFactor sends it back.
const ReceiptHeader = "Openstack-Auth-Receipt"

// Receipt is what Keystone hands out when the methods given were correct
// but the user's multi-factor rules need more: proof of the methods that
// passed, valid until ExpiresAt, to be sent with the missing ones.
// https://docs.openstack.org/keystone/latest/admin/auth-totp.html
type Receipt struct {
	// ID is the receipt itself (the Openstack-Auth-Receipt header).
	ID string `json:"-"`
	// Methods are the methods that already succeeded.
	Methods   []string             `json:"methods"`
	User      User                 `json:"user"`
	ExpiresAt gophercloud.JSONTime `json:"expires_at"`
	IssuedAt  gophercloud.JSONTime `json:"issued_at"`
	// RequiredMethods are the user's rules: any one full set of methods
	// issues a token ([["password", "totp"]]). Keystone keeps each rule
	// as a set, so the order within a rule is its own.
	RequiredMethods [][]string `json:"-"`
}

// Missing returns, for each rule of RequiredMethods, the methods the
// receipt does not cover yet, in the rule's order: what the next
// authentication must add.
func (r Receipt) Missing() [][]string {
	out := make([][]string, 0, len(r.RequiredMethods))
	for _, rule := range r.RequiredMethods {
		var m []string
		for _, method := range rule {
			if !slices.Contains(r.Methods, method) {
				m = append(m, method)
			}
		}
		out = append(out, m)
	}
	return out
}

// ReceiptRequiredError is the error of a Create that Keystone answered
// with an auth receipt (401 with Openstack-Auth-Receipt). It wraps the
// *gophercloud.ErrUnexpectedResponseCode, so errors.Is(err,
// gophercloud.ErrUnauthorized) still holds; errors.As (or ExtractReceipt)
// finds the receipt.
type ReceiptRequiredError struct {
	Receipt Receipt
	// Err is the 401 itself (and, if the receipt body did not decode,
	// that decoding error too).
	Err error
}

// Error names the methods still needed.
func (e *ReceiptRequiredError) Error() string {
	sets := make([]string, len(e.Receipt.RequiredMethods))
	for i, rule := range e.Receipt.RequiredMethods {
		sets[i] = "[" + strings.Join(rule, " ") + "]"
	}
	return fmt.Sprintf("keystone issued an auth receipt: more methods needed (one of %s): %v", strings.Join(sets, ", "), e.Err)
}

// Unwrap returns the 401.
func (e *ReceiptRequiredError) Unwrap() error { return e.Err }

// ExtractReceipt returns the receipt of an error from Create (or Extract),
// and false for any error that does not carry one.
//
//	_, err := tokens.Create(ctx, identity, password).ExtractToken()
//	if rc, ok := tokens.ExtractReceipt(err); ok {
//		r := tokens.Create(ctx, identity, tokens.MultiFactor{Auth: user, Passcode: code, Receipt: rc.ID})
//	}
func ExtractReceipt(err error) (*Receipt, bool) {
	var e *ReceiptRequiredError
	if !errors.As(err, &e) {
		return nil, false
	}
	return &e.Receipt, true
}

// receiptError turns a 401 that carries an auth receipt into a
// *ReceiptRequiredError; any other error is returned as is.
func receiptError(err error) error {
	var ue *gophercloud.ErrUnexpectedResponseCode
	if !errors.As(err, &ue) || ue.Actual != http.StatusUnauthorized {
		return err
	}
	id := ue.Header.Get(ReceiptHeader)
	if id == "" {
		return err
	}
	var body struct {
		Receipt         *Receipt   `json:"receipt"`
		RequiredMethods [][]string `json:"required_auth_methods"`
	}
	e := &ReceiptRequiredError{Err: err}
	if derr := (gophercloud.Result{Body: ue.Body}).ExtractInto(&body); derr != nil {
		e.Err = fmt.Errorf("%w (receipt body: %w)", err, derr)
	} else if body.Receipt != nil {
		e.Receipt = *body.Receipt
	}
	e.Receipt.ID = id
	e.Receipt.RequiredMethods = body.RequiredMethods
	return e
}

// MultiFactor authenticates with a TOTP passcode: with Auth's password
// (methods password and totp), or, after a receipt, with the passcode
// alone and the receipt in the Openstack-Auth-Receipt header.
//
//	tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: id, TenantID: p}, Passcode: "123456", Receipt: rc.ID}
//
// https://docs.openstack.org/api-ref/identity/v3/#authenticating-with-a-multi-factor-authentication-receipt
type MultiFactor struct {
	// Auth names the user (UserID, or Username with DomainID/DomainName),
	// optionally its Password, and the scope.
	Auth gophercloud.AuthOptions
	// Passcode is the current TOTP code.
	Passcode string
	// Receipt is Receipt.ID from an earlier attempt; empty for none.
	Receipt string
}

// Validate requires a passcode and a user, and refuses identities TOTP
// does not combine with.
func (o MultiFactor) Validate() error {
	a := o.Auth
	switch {
	case o.Passcode == "":
		return &gophercloud.ErrMissingInput{Argument: "tokens.MultiFactor.Passcode"}
	case a.UserID == "" && a.Username == "":
		return &gophercloud.ErrMissingInput{Argument: "tokens.MultiFactor.Auth.UserID or Auth.Username"}
	case a.Passcode != "":
		return &gophercloud.ErrInvalidInput{Argument: "tokens.MultiFactor.Auth.Passcode", Reason: "set MultiFactor.Passcode only"}
	case a.TokenID != "" || a.ApplicationCredentialID != "" || a.ApplicationCredentialName != "":
		return &gophercloud.ErrInvalidInput{Argument: "tokens.MultiFactor.Auth", Reason: "TOTP goes with a password or a receipt, not a token or an application credential"}
	}
	return nil
}

// ToTokenV3CreateMap builds the password+totp (or totp-only) identity.
func (o MultiFactor) ToTokenV3CreateMap() (map[string]any, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	a := o.Auth
	a.Passcode = o.Passcode
	return a.ToTokenV3CreateMap()
}

// ToTokenV3Headers sends the receipt, if any.
func (o MultiFactor) ToTokenV3Headers() (map[string]string, error) {
	if o.Receipt == "" {
		return nil, nil
	}
	return map[string]string{ReceiptHeader: o.Receipt}, nil
}

// WithReceipt continues an authentication that earned a receipt with
// whatever methods are still missing: Auth builds them (an application
// credential, a password, …) and the receipt goes in the
// Openstack-Auth-Receipt header. For a TOTP code, MultiFactor is shorter.
//
//	tokens.Create(ctx, identity, tokens.WithReceipt{Auth: appCredOpts, Receipt: rc.ID})
type WithReceipt struct {
	// Auth builds the identity of the missing methods.
	Auth AuthOptionsBuilder
	// Receipt is Receipt.ID.
	Receipt string
}

// Validate requires Auth and Receipt.
func (o WithReceipt) Validate() error {
	switch {
	case o.Auth == nil:
		return &gophercloud.ErrMissingInput{Argument: "tokens.WithReceipt.Auth"}
	case o.Receipt == "":
		return &gophercloud.ErrMissingInput{Argument: "tokens.WithReceipt.Receipt"}
	}
	return nil
}

// ToTokenV3CreateMap builds Auth's body.
func (o WithReceipt) ToTokenV3CreateMap() (map[string]any, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return o.Auth.ToTokenV3CreateMap()
}

// ToTokenV3Headers sends Auth's own headers, if any, and the receipt.
func (o WithReceipt) ToTokenV3Headers() (map[string]string, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	h := map[string]string{}
	if hb, ok := o.Auth.(AuthHeadersBuilder); ok {
		more, err := hb.ToTokenV3Headers()
		if err != nil {
			return nil, err
		}
		maps.Copy(h, more)
	}
	h[ReceiptHeader] = o.Receipt
	return h, nil
}
