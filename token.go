package gophercloud

import (
	"context"
	"fmt"
	"time"
)

// This file is the token store: the current token, its expiry, the last
// authentication's result, and single-flight re-authentication.

// Token returns the current token.
func (p *ProviderClient) Token() string {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.token
}

// TokenExpiresAt returns the current token's expiry, zero when unknown.
func (p *ProviderClient) TokenExpiresAt() time.Time {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.expiresAt
}

// SetToken replaces the token; its expiry becomes unknown.
func (p *ProviderClient) SetToken(token string) { p.SetTokenWithExpiry(token, time.Time{}) }

// SetTokenWithExpiry replaces the token and records when it expires.
func (p *ProviderClient) SetTokenWithExpiry(token string, expiresAt time.Time) {
	p.mu.Lock()
	p.token, p.expiresAt = token, expiresAt
	p.mu.Unlock()
}

// SetAuthResult keeps the result of the last authentication (its catalog,
// user, project) for callers who need more than the token.
func (p *ProviderClient) SetAuthResult(r any) {
	p.mu.Lock()
	p.authResult = r
	p.mu.Unlock()
}

// AuthResult returns what SetAuthResult stored: a v3 tokens.CreateResult or
// a v2 tokens.CreateResult, depending on how the client authenticated.
func (p *ProviderClient) AuthResult() any {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.authResult
}

// Reauthenticate obtains a new token through ReauthFunc, single-flight:
// concurrent callers that saw the same stale token share one authentication.
// A caller whose stale token was already replaced returns at once.
func (p *ProviderClient) Reauthenticate(ctx context.Context, staleToken string) error {
	if p.ReauthFunc == nil {
		return fmt.Errorf("%w: no ReauthFunc (set AllowReauth in AuthOptions)", ErrReauthFailed)
	}
	p.reauthMu.Lock()
	if p.Token() != staleToken {
		p.reauthMu.Unlock()
		return nil
	}
	call := p.reauth
	if call == nil {
		call = &reauthCall{done: make(chan struct{})}
		p.reauth = call
		go func() {
			// Not the caller's ctx: one caller giving up must not fail
			// everyone waiting on the same authentication.
			err := p.ReauthFunc(context.WithoutCancel(ctx))
			p.reauthMu.Lock()
			call.err = err
			p.reauth = nil
			p.reauthMu.Unlock()
			close(call.done)
		}()
	}
	p.reauthMu.Unlock()
	select {
	case <-call.done:
		if call.err != nil {
			return fmt.Errorf("%w: %w", ErrReauthFailed, call.err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// freshToken returns the token, first renewing it when it expires within
// RefreshBefore. A failed early renewal is not an error: the old token is
// still valid, and a 401 would trigger the normal path.
func (p *ProviderClient) freshToken(ctx context.Context) string {
	p.mu.RLock()
	token, exp := p.token, p.expiresAt
	p.mu.RUnlock()
	if p.RefreshBefore > 0 && p.ReauthFunc != nil && !exp.IsZero() && time.Until(exp) < p.RefreshBefore {
		if err := p.Reauthenticate(ctx, token); err != nil && p.Logger != nil {
			p.Logger.WarnContext(ctx, "early token refresh failed", "error", err)
		}
		return p.Token()
	}
	return token
}
