package fakeoned_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
	"github.com/stretchr/testify/require"
)

// xsdDir finds the OpenNebula XSDs: $OPENNEBULA_XSD_DIR, or
// shared/opennebula/xsd beside one of the working directory's ancestors
// (the repository clone and the shared directory are siblings).
func xsdDir(t *testing.T) string {
	if d := os.Getenv("OPENNEBULA_XSD_DIR"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	require.NoError(t, err)
	for dir := wd; ; dir = filepath.Dir(dir) {
		for _, c := range []string{filepath.Join(dir, "shared", "opennebula", "xsd"), filepath.Join(filepath.Dir(dir), "shared", "opennebula", "xsd")} {
			if st, err := os.Stat(filepath.Join(c, "vm.xsd")); err == nil && !st.IsDir() {
				return c
			}
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	skipOrFail(t, "OpenNebula XSDs not found: set OPENNEBULA_XSD_DIR")
	return ""
}

func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: required)")
	}
	t.Skip(msg)
}

// withNamespace puts OpenNebula's schema namespace on the root element:
// oned sends none, the XSDs declare one (their README says as much).
func withNamespace(doc string) string {
	i := strings.IndexAny(doc, " >")
	return doc[:i] + ` xmlns="http://opennebula.org/XMLSchema"` + doc[i:]
}

func TestDocumentsValidateAgainstXSD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		skipOrFail(t, "xmllint not installed (apt-get install -y libxml2-utils)")
	}
	dir := xsdDir(t)
	s := fakeoned.Setup(t)
	ctx := context.Background()
	c := s.Client()
	ctrl := opennebula.NewController(c)
	ids := populate(t, ctx, ctrl)

	docs := []struct {
		name, xsd, method string
		args              []any
	}{
		{"vm", "vm.xsd", "one.vm.info", []any{ids["vm"], false}},
		{"vm_pool", "vm_pool.xsd", "one.vmpool.info", []any{-2, -1, -1, -1}},
		{"vm_pool_extended", "vm_pool_extended.xsd", "one.vmpool.infoextended", []any{-2, -1, -1, -1}},
		{"image", "image.xsd", "one.image.info", []any{ids["image"], false}},
		{"image_pool", "image_pool.xsd", "one.imagepool.info", []any{-2, -1, -1}},
		{"template", "vmtemplate.xsd", "one.template.info", []any{ids["template"], false}},
		{"template_pool", "vmtemplate_pool.xsd", "one.templatepool.info", []any{-2, -1, -1}},
		{"vnet", "vnet.xsd", "one.vn.info", []any{ids["vnet"], false}},
		{"vnet_pool", "vnet_pool.xsd", "one.vnpool.info", []any{-2, -1, -1}},
		{"user", "user.xsd", "one.user.info", []any{ids["user"], false}},
		{"user_pool", "user_pool.xsd", "one.userpool.info", nil},
		{"group", "group.xsd", "one.group.info", []any{ids["group"], false}},
		{"group_pool", "group_pool.xsd", "one.grouppool.info", nil},
		{"host", "host.xsd", "one.host.info", []any{ids["host"], false}},
		{"host_pool", "host_pool.xsd", "one.hostpool.info", nil},
		{"datastore", "datastore.xsd", "one.datastore.info", []any{ids["datastore"], false}},
		{"datastore_pool", "datastore_pool.xsd", "one.datastorepool.info", nil},
		{"cluster", "cluster.xsd", "one.cluster.info", []any{ids["cluster"], false}},
		{"cluster_pool", "cluster_pool.xsd", "one.clusterpool.info", nil},
		{"acl_pool", "acl_pool.xsd", "one.acl.info", nil},
		{"document", "document.xsd", "one.document.info", []any{ids["document"], false}},
		{"document_pool", "document_pool.xsd", "one.documentpool.info", []any{-2, -1, -1, 100}},
		{"hook", "hook.xsd", "one.hook.info", []any{ids["hook"], false}},
		{"hook_pool", "hook_pool.xsd", "one.hookpool.info", []any{-2, -1, -1}},
		{"market", "marketplace.xsd", "one.market.info", []any{ids["market"], false}},
		{"market_pool", "marketplace_pool.xsd", "one.marketpool.info", nil},
		{"marketapp", "marketplaceapp.xsd", "one.marketapp.info", []any{ids["marketapp"], false}},
		{"marketapp_pool", "marketplaceapp_pool.xsd", "one.marketapppool.info", []any{-2, -1, -1}},
		{"secgroup", "security_group.xsd", "one.secgroup.info", []any{ids["secgroup"], false}},
		{"secgroup_pool", "security_group_pool.xsd", "one.secgrouppool.info", []any{-2, -1, -1}},
		{"vdc", "vdc.xsd", "one.vdc.info", []any{ids["vdc"], false}},
		{"vdc_pool", "vdc_pool.xsd", "one.vdcpool.info", nil},
		{"vrouter", "vrouter.xsd", "one.vrouter.info", []any{ids["vrouter"], false}},
		{"vrouter_pool", "vrouter_pool.xsd", "one.vrouterpool.info", []any{-2, -1, -1}},
		{"vmgroup", "vm_group.xsd", "one.vmgroup.info", []any{ids["vmgroup"], false}},
		{"vmgroup_pool", "vm_group_pool.xsd", "one.vmgrouppool.info", []any{-2, -1, -1}},
		{"vntemplate", "vntemplate.xsd", "one.vntemplate.info", []any{ids["vntemplate"], false}},
		{"vntemplate_pool", "vntemplate_pool.xsd", "one.vntemplatepool.info", []any{-2, -1, -1}},
		{"zone", "zone.xsd", "one.zone.info", []any{ids["zone"], false}},
		{"zone_pool", "zone_pool.xsd", "one.zonepool.info", nil},
	}
	out := t.TempDir()
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			resp, err := c.Call(ctx, d.method, d.args...)
			require.NoError(t, err)
			require.False(t, resp.IsInt)
			f := filepath.Join(out, d.name+".xml")
			require.NoError(t, os.WriteFile(f, []byte(withNamespace(resp.Body)), 0o600))
			cmd := exec.Command(xmllint, "--noout", "--schema", filepath.Join(dir, d.xsd), f)
			b, err := cmd.CombinedOutput()
			require.NoError(t, err, "xmllint %s:\n%s\n%s", d.xsd, b, resp.Body)
		})
	}
}

// TestValidatorRejectsBadDocument proves the validation can fail: a VM
// without its required elements does not pass.
func TestValidatorRejectsBadDocument(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		skipOrFail(t, "xmllint not installed (apt-get install -y libxml2-utils)")
	}
	dir := xsdDir(t)
	f := filepath.Join(t.TempDir(), "bad.xml")
	require.NoError(t, os.WriteFile(f, []byte(withNamespace(`<VM><ID>1</ID><NAME>x</NAME></VM>`)), 0o600))
	b, err := exec.Command(xmllint, "--noout", "--schema", filepath.Join(dir, "vm.xsd"), f).CombinedOutput()
	require.Error(t, err, "%s", b)
}
