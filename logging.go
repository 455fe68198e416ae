package gophercloud

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

// maxLoggedBody caps a logged request or response body.
const maxLoggedBody = 8 << 10

func (p *ProviderClient) debugEnabled(ctx context.Context) bool {
	return p.Logger != nil && p.Logger.Enabled(ctx, slog.LevelDebug)
}

func (p *ProviderClient) logRequest(ctx context.Context, req *http.Request, body *bodySource) {
	if !p.debugEnabled(ctx) {
		return
	}
	attrs := []any{
		slog.String("method", req.Method),
		slog.String("url", RedactURL(req.URL.String())),
		slog.Any("headers", redactLogHeader(req.Header)),
	}
	if body.json != nil {
		attrs = append(attrs, slog.String("body", RedactJSON(body.json)))
	} else if body.raw != nil {
		attrs = append(attrs, slog.String("body", "(stream)"))
	}
	p.Logger.DebugContext(ctx, "openstack request", attrs...)
}

func (p *ProviderClient) logResponse(ctx context.Context, req *http.Request, resp *http.Response, body []byte, start time.Time) {
	if !p.debugEnabled(ctx) {
		return
	}
	attrs := []any{
		slog.String("method", req.Method),
		slog.String("url", RedactURL(req.URL.String())),
		slog.Int("status", resp.StatusCode),
		slog.String("request_id", requestID(resp.Header)),
		slog.Duration("elapsed", time.Since(start)),
		slog.Any("headers", redactLogHeader(resp.Header)),
	}
	if len(body) > 0 {
		attrs = append(attrs, slog.String("body", RedactJSON(body)))
	}
	p.Logger.DebugContext(ctx, "openstack response", attrs...)
}

func (p *ProviderClient) logRetry(ctx context.Context, method, url string, attempt int, why string) {
	if p.Logger == nil {
		return
	}
	p.Logger.InfoContext(ctx, "openstack retry", slog.String("method", method),
		slog.String("url", RedactURL(url)), slog.Int("attempt", attempt+1), slog.String("reason", why))
}
