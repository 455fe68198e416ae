package imageimport

import (
	"encoding/json"
	"errors"

	"github.com/cloudsdk/gophercloud"
)

// ImportInfo is the cloud's import discovery document.
type ImportInfo struct {
	// ImportMethods lists the import methods the cloud offers.
	ImportMethods ImportMethods `json:"import-methods"`
}

// ImportMethods describes the offered import methods.
type ImportMethods struct {
	Description string `json:"description"`
	Type        string `json:"type"`
	// Value holds the method names, e.g. GlanceDirectMethod.
	Value []string `json:"value"`
}

// UnmarshalJSON rejects a document without import-methods.
func (i *ImportInfo) UnmarshalJSON(b []byte) error {
	var p struct {
		ImportMethods *ImportMethods `json:"import-methods"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.ImportMethods == nil {
		return errors.New("import info has no import-methods")
	}
	i.ImportMethods = *p.ImportMethods
	return nil
}

// GetInfoResult is the result of GetInfo; Extract returns the ImportInfo.
type GetInfoResult = gophercloud.ValueResult[ImportInfo]

// CreateResult is the result of Create; call ExtractErr.
type CreateResult = gophercloud.ErrResult
