package migrations

import (
	"context"
	"net/http"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Migration types (ListOpts.MigrationType, Migration.MigrationType).
const (
	TypeMigration     = "migration" // cold migration
	TypeLiveMigration = "live-migration"
	TypeResize        = "resize"
	TypeEvacuation    = "evacuation"
)

// ListOpts filters and pages List; the zero value lists every migration.
type ListOpts struct {
	// Host keeps migrations from or to this host.
	Host string `q:"host"`
	// SourceCompute keeps migrations from this compute host.
	SourceCompute string `q:"source_compute"`
	// InstanceUUID keeps one server's migrations.
	InstanceUUID string `q:"instance_uuid"`
	// Status keeps migrations in this status ("running", "completed",
	// "error", …).
	Status string `q:"status"`
	// MigrationType is one of the Type constants.
	MigrationType string `q:"migration_type"`
	// Limit is the page size; microversion 2.59.
	Limit int `q:"limit"`
	// Marker is the UUID of the last migration of the previous page;
	// microversion 2.59.
	Marker string `q:"marker"`
	// ChangesSince keeps migrations updated at or after this time;
	// microversion 2.59.
	ChangesSince time.Time `q:"changes-since"`
	// ChangesBefore keeps migrations updated before this time;
	// microversion 2.66.
	ChangesBefore time.Time `q:"changes-before"`
	// UserID and ProjectID keep one user's or project's migrations;
	// microversion 2.80.
	UserID    string `q:"user_id"`
	ProjectID string `q:"project_id"`
}

// Validate checks MigrationType, Limit and the time window.
func (opts ListOpts) Validate() error {
	switch opts.MigrationType {
	case "", TypeMigration, TypeLiveMigration, TypeResize, TypeEvacuation:
	default:
		return &gophercloud.ErrInvalidInput{Argument: "migrations.ListOpts.MigrationType", Value: opts.MigrationType, Reason: "must be migration, live-migration, resize or evacuation"}
	}
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "migrations.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	if !opts.ChangesSince.IsZero() && !opts.ChangesBefore.IsZero() && opts.ChangesBefore.Before(opts.ChangesSince) {
		return &gophercloud.ErrInvalidInput{Argument: "migrations.ListOpts.ChangesBefore", Value: opts.ChangesBefore, Reason: "must not be before ChangesSince"}
	}
	return nil
}

// List returns a Pager over the cloud's migrations, newest first; it does
// no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-migrations
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Migration] {
	return pagination.NewWithQuery(c, listURL(c), opts,
		pagination.Linked[Migration]{ItemsKey: "migrations", LinksKey: "migrations_links"})
}

// ListServer returns a Pager (of one page) over the server's live
// migrations in progress; microversion 2.23. It does no I/O, so it takes
// no ctx.
// https://docs.openstack.org/api-ref/compute/#list-migrations-of-a-server
func ListServer(c *gophercloud.ServiceClient, serverID string) pagination.Pager[ServerMigration] {
	return pagination.New(c, serverURL(c, serverID), pagination.Single[ServerMigration]{ItemsKey: "migrations"}, nil)
}

// GetServer shows one live migration of the server in progress;
// microversion 2.23.
// https://docs.openstack.org/api-ref/compute/#show-migration-details
func GetServer(ctx context.Context, c *gophercloud.ServiceClient, serverID string, id int) GetServerResult {
	return GetServerResult{Result: c.Get(ctx, serverMigrationURL(c, serverID, id), nil), Key: "migration"}
}

// ForceComplete makes a running live migration finish (by pausing the
// server, or post-copy where enabled); microversion 2.22.
// https://docs.openstack.org/api-ref/compute/#force-migration-complete-action-force-complete-action
func ForceComplete(ctx context.Context, c *gophercloud.ServiceClient, serverID string, id int) ActionResult {
	body := map[string]any{"force_complete": nil}
	return ActionResult{Result: c.Post(ctx, serverMigrationURL(c, serverID, id, "action"), body, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}

// Abort cancels a live migration in progress; microversion 2.24 (2.65
// for one still queued or preparing).
// https://docs.openstack.org/api-ref/compute/#delete-abort-migration
func Abort(ctx context.Context, c *gophercloud.ServiceClient, serverID string, id int) ActionResult {
	return ActionResult{Result: c.Delete(ctx, serverMigrationURL(c, serverID, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}
