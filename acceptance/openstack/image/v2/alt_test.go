//go:build acceptance

package v2

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
)

// altAuthOptions returns the options of the second ("alt") user demo2:
// OS_ALT_USERNAME / OS_ALT_PASSWORD / OS_ALT_PROJECT_NAME when set, else
// what `scripts/devcloud env demo2` prints. It skips t when neither is
// available.
func altAuthOptions(t *testing.T) gophercloud.AuthOptions {
	t.Helper()
	opts := clients.AuthOptions(t)
	user, pw, project := os.Getenv("OS_ALT_USERNAME"), os.Getenv("OS_ALT_PASSWORD"), os.Getenv("OS_ALT_PROJECT_NAME")
	if pw == "" {
		env := devcloudEnv(t, "demo2")
		user, pw, project = env["OS_USERNAME"], env["OS_PASSWORD"], env["OS_PROJECT_NAME"]
	}
	if user == "" || pw == "" || project == "" {
		t.Skip("no second user: set OS_ALT_USERNAME, OS_ALT_PASSWORD and OS_ALT_PROJECT_NAME (or run on the devcloud)")
	}
	if user == opts.Username && project == opts.TenantName {
		t.Skip("the alt user is the demo user itself")
	}
	opts.Username, opts.UserID, opts.Password = user, "", pw
	opts.TenantID, opts.TenantName = "", project
	if opts.Scope != nil {
		s := *opts.Scope
		s.ProjectID, s.ProjectName = "", project
		opts.Scope = &s
	}
	return opts
}

// devcloudEnv runs `scripts/devcloud env <user>` from the repository root
// and parses its export lines; nil when the script is absent or fails.
func devcloudEnv(t *testing.T, user string) map[string]string {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "scripts", "devcloud"))
	if err != nil {
		return nil
	}
	if _, err := os.Stat(script); err != nil {
		return nil
	}
	out, err := exec.CommandContext(t.Context(), script, "env", user).Output()
	if err != nil {
		t.Logf("scripts/devcloud env %s: %v", user, err)
		return nil
	}
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "export ")
		if !ok {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		env[k] = v
	}
	return env
}
