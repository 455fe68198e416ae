package bulk

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// ExtractResponse is the report of Extract.
type ExtractResponse struct {
	// NumberFilesCreated counts the objects created.
	NumberFilesCreated int `json:"Number Files Created"`
	// ResponseStatus is the overall outcome ("201 Created", "400 Bad
	// Request").
	ResponseStatus string `json:"Response Status"`
	// ResponseBody explains a failed request.
	ResponseBody string `json:"Response Body"`
	// Errors lists the files that could not be created.
	Errors []ExtractFailure `json:"Errors"`
}

// ExtractFailure is one file Extract could not create.
type ExtractFailure struct {
	// Name is the object path ("container/file").
	Name string
	// Status is its status, such as "400 Bad Request".
	Status string
}

// UnmarshalJSON reads the [name, status] pair Cloud Files sends.
func (f *ExtractFailure) UnmarshalJSON(b []byte) error {
	var pair []string
	if err := json.Unmarshal(b, &pair); err != nil {
		return err
	}
	if len(pair) != 2 {
		return fmt.Errorf("extract error entry %q is not a [name, status] pair", pair)
	}
	f.Name, f.Status = strings.TrimPrefix(pair[0], "/"), pair[1]
	return nil
}

// StatusCode is the numeric part of ResponseStatus, 0 if there is none.
func (r *ExtractResponse) StatusCode() int {
	code, _, _ := strings.Cut(strings.TrimSpace(r.ResponseStatus), " ")
	n, _ := strconv.Atoi(code)
	return n
}

// Err is nil when every file was created, and an *ExtractError otherwise.
func (r *ExtractResponse) Err() error {
	if code := r.StatusCode(); code >= 200 && code < 300 && len(r.Errors) == 0 {
		return nil
	}
	return &ExtractError{Response: r}
}

// ExtractError reports an archive that was not fully extracted.
type ExtractError struct {
	Response *ExtractResponse
}

// Error names the status and, bounded, the first failures.
func (e *ExtractError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "bulk extract: %s, %d file(s) created, %d failed", e.Response.ResponseStatus, e.Response.NumberFilesCreated, len(e.Response.Errors))
	for i, f := range e.Response.Errors {
		if i == 3 {
			fmt.Fprintf(&b, ", …")
			break
		}
		fmt.Fprintf(&b, "; %s: %s", f.Name, f.Status)
	}
	if body := strings.TrimSpace(e.Response.ResponseBody); body != "" {
		if len(body) > 200 {
			body = body[:200] + "…"
		}
		fmt.Fprintf(&b, " (%s)", body)
	}
	return b.String()
}
