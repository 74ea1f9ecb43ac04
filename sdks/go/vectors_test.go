// Every wire vector through the generated Go SDK (ogen), twice: against the recording server (the exact
// request and the caller's outcome) and against the Prism mock (no contract violation). Known deviations
// must hold exactly as recorded in test/vectors/known-deviations.json. The observation sentences are the
// same as in the Python and Java harnesses.
package vectors

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ogen-go/ogen/validate"
	customer "juspay.local/customer"
)

const sdk = "go"

type vector struct {
	Name  string `json:"name"`
	Input struct {
		CustomerID string            `json:"customerId"`
		Fields     map[string]string `json:"fields"`
		RoutingID  *string           `json:"routingId"`
	} `json:"input"`
	Outcome struct {
		Kind      string         `json:"kind"`
		Customer  map[string]any `json:"customer"`
		Status    int            `json:"status"`
		ErrorCode *string        `json:"errorCode"`
		Field     string         `json:"field"`
	} `json:"outcome"`
}

type document struct {
	Credentials struct {
		APIKey     string `json:"apiKey"`
		MerchantID string `json:"merchantId"`
	} `json:"credentials"`
	Vectors []vector `json:"vectors"`
}

type deviation struct {
	SDK    string `json:"sdk"`
	Vector any    `json:"vector"` // one name or a list of names
	Check  string `json:"check"`
	Actual string `json:"actual"`
}

func loadJSON(t *testing.T, variable string, into any) {
	t.Helper()
	path := os.Getenv(variable)
	if path == "" {
		t.Fatalf("%s is not set: run the SDK tier with `npm run test:sdks`", variable)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

type credentials struct{ key string }

func (c credentials) BasicAuth(context.Context, customer.OperationName) (customer.BasicAuth, error) {
	return customer.BasicAuth{Username: c.key, Password: ""}, nil
}

// answerSeen wraps the transport to learn whether an answer came back and with which status and headers.
type answerSeen struct {
	status  int
	headers http.Header
}

func (a *answerSeen) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if resp != nil {
		a.status, a.headers = resp.StatusCode, resp.Header
	}
	return resp, err
}

type result struct {
	answered bool
	status   int
	headers  http.Header
	res      customer.UpdateCustomerRes
	err      error
}

func call(t *testing.T, doc *document, v vector, baseURL string) result {
	seen := &answerSeen{}
	client, err := customer.NewClient(baseURL, credentials{doc.Credentials.APIKey},
		customer.WithClient(&http.Client{Transport: seen, Timeout: 10 * time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	body := &customer.UpdateCustomerBody{}
	for name, value := range v.Input.Fields {
		switch name {
		case "email_address":
			body.SetEmailAddress(customer.NewOptEmailAddress(customer.EmailAddress(value)))
		case "first_name":
			body.SetFirstName(customer.NewOptPersonName(customer.PersonName(value)))
		case "last_name":
			body.SetLastName(customer.NewOptPersonName(customer.PersonName(value)))
		case "mobile_country_code":
			body.SetMobileCountryCode(customer.NewOptMobileCountryCode(customer.MobileCountryCode(value)))
		case "mobile_number":
			body.SetMobileNumber(customer.NewOptMobileNumber(customer.MobileNumber(value)))
		default:
			t.Fatalf("the harness does not know the field %s", name)
		}
	}
	params := customer.UpdateCustomerParams{CustomerID: v.Input.CustomerID, XMerchantid: doc.Credentials.MerchantID}
	if v.Input.RoutingID != nil { // absent: not given, and the contract sends no header then
		params.XRoutingID = customer.NewOptString(*v.Input.RoutingID)
	}
	res, err := client.UpdateCustomer(context.Background(), body, params)
	return result{answered: seen.headers != nil, status: seen.status, headers: seen.headers, res: res, err: err}
}

func verdictOf(t *testing.T, recorder, name string) (verdict struct {
	Received    bool     `json:"received"`
	OK          bool     `json:"ok"`
	Differences []string `json:"differences"`
}) {
	resp, err := http.Get(recorder + "/__verdict/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&verdict); err != nil {
		t.Fatal(err)
	}
	return verdict
}

func namesField(message, field string) bool {
	normalise := func(s string) string { return strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(s)) }
	return strings.Contains(normalise(message), normalise(field))
}

// sameValue compares one expected outcome value with the SDK's value as its own JSON encoding gives it;
// timestamps compare as instants.
func sameValue(actual, expected any) bool {
	if want, ok := expected.(map[string]any); ok {
		got, ok := actual.(map[string]any)
		if !ok {
			return false
		}
		for key, value := range want {
			if !sameValue(got[key], value) {
				return false
			}
		}
		return true
	}
	if want, ok := expected.(string); ok {
		if got, ok := actual.(string); ok && got != want {
			a, errA := time.Parse(time.RFC3339, got)
			b, errB := time.Parse(time.RFC3339, want)
			return errA == nil && errB == nil && a.Equal(b)
		}
	}
	return reflect.DeepEqual(actual, expected)
}

// errorOutcome reads the status and error_code the SDK hands its caller: a typed answer for each documented
// status, or ogen's UnexpectedStatusCodeError (with the raw answer) for any other.
func errorOutcome(r result) (status int, code *string, ok bool) {
	var body *customer.ErrorResponse
	switch res := r.res.(type) {
	case *customer.UpdateCustomerBadRequest:
		status, body = 400, (*customer.ErrorResponse)(res)
	case *customer.UpdateCustomerUnauthorized:
		status, body = 401, (*customer.ErrorResponse)(res)
	case *customer.UpdateCustomerForbidden:
		status, body = 403, (*customer.ErrorResponse)(res)
	case *customer.UpdateCustomerNotFound:
		status, body = 404, (*customer.ErrorResponse)(res)
	case *customer.TooManyRequestsHeaders:
		status, body = 429, &res.Response
	case *customer.UpdateCustomerInternalServerError:
		status, body = 500, (*customer.ErrorResponse)(res)
	case *customer.UpdateCustomerBadGateway:
		status, body = 502, (*customer.ErrorResponse)(res)
	case *customer.ServiceUnavailableHeaders:
		status, body = 503, &res.Response
	case *customer.UpdateCustomerGatewayTimeout:
		status, body = 504, (*customer.ErrorResponse)(res)
	}
	if body != nil {
		if value, set := body.ErrorCode.Get(); set {
			code = &value
		}
		return status, code, true
	}
	var unexpected *validate.UnexpectedStatusCodeError
	if errors.As(r.err, &unexpected) {
		var parsed map[string]any
		if json.NewDecoder(unexpected.Payload.Body).Decode(&parsed) == nil {
			if value, isString := parsed["error_code"].(string); isString {
				code = &value
			}
		}
		return unexpected.StatusCode, code, true
	}
	return 0, nil, false
}

func outcomeDifference(v vector, r result) string {
	if v.Outcome.Kind == "customer" {
		got, isCustomer := r.res.(*customer.Customer)
		if r.err != nil || !isCustomer {
			return fmt.Sprintf("raised %T", errors.Unwrap(r.err))
		}
		raw, err := got.MarshalJSON()
		if err != nil {
			return "unencodable customer"
		}
		var actual map[string]any
		_ = json.Unmarshal(raw, &actual)
		var wrong []string
		for key, value := range v.Outcome.Customer {
			if !sameValue(actual[key], value) {
				wrong = append(wrong, key)
			}
		}
		if len(wrong) > 0 {
			return "fields " + strings.Join(sorted(wrong, v.Outcome.Customer), ", ")
		}
		return ""
	}
	status, code, ok := errorOutcome(r)
	switch {
	case !ok && r.err != nil:
		return "error without a status: " + r.err.Error()
	case !ok:
		return "no error raised"
	case status != v.Outcome.Status:
		return fmt.Sprintf("status %d", status)
	case (code == nil) != (v.Outcome.ErrorCode == nil) || (code != nil && *code != *v.Outcome.ErrorCode):
		return "error_code"
	}
	return ""
}

// sorted puts field names in the order the vector lists them (map order is random in Go).
func sorted(names []string, order map[string]any) []string {
	raw, _ := json.Marshal(order)
	var out []string
	for _, name := range names {
		out = append(out, name)
	}
	// Stable order by position in the encoded outcome.
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if strings.Index(string(raw), `"`+out[j]+`"`) < strings.Index(string(raw), `"`+out[i]+`"`) {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// recorderBase is this SDK's own scope on the shared recording server, so parallel harnesses keep their
// verdicts apart.
func recorderBase() string { return os.Getenv("RECORDER_URL") + "/s/" + sdk }

// observeRecording returns "" when the vector is met, else the one-line account of what happened instead.
func observeRecording(t *testing.T, doc *document, v vector) string {
	r := call(t, doc, v, recorderBase()+"/v/"+v.Name)
	seen := verdictOf(t, recorderBase(), v.Name)
	if v.Outcome.Kind == "rejected" {
		switch {
		case seen.Received:
			return "sent"
		case r.err == nil || !namesField(r.err.Error(), v.Outcome.Field):
			return "outcome: refused without naming " + v.Outcome.Field
		}
		return ""
	}
	if !r.answered && r.err != nil {
		return "outcome: refused before sending"
	}
	if !seen.OK {
		return "request: " + strings.Join(seen.Differences, "; ")
	}
	if difference := outcomeDifference(v, r); difference != "" {
		return "outcome: " + difference
	}
	return ""
}

func observePrism(t *testing.T, doc *document, v vector) string {
	r := call(t, doc, v, os.Getenv("PRISM_URL"))
	if v.Outcome.Kind == "rejected" {
		if r.answered {
			return "sent"
		}
		return ""
	}
	if !r.answered {
		return "outcome: refused before sending"
	}
	violations := r.headers.Get("sl-violations")
	if r.status >= 200 && r.status < 300 && violations == "" {
		return ""
	}
	return strings.TrimRight(fmt.Sprintf("prism: %d %s", r.status, violations), " ")
}

// judge applies the shared rule (test/vectors/deviations.mjs): met and not listed, or listed and still
// exactly the recorded account.
func judge(v vector, check, actual string, deviations map[string]deviation) string {
	if path := os.Getenv("SDK_OBSERVATIONS"); path != "" && actual != "" {
		line, _ := json.Marshal(deviation{SDK: sdk, Vector: v.Name, Check: check, Actual: actual})
		if f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
			_, _ = f.Write(append(line, '\n'))
			_ = f.Close()
		}
	}
	known, listed := deviations[check+"/"+v.Name]
	switch {
	case !listed && actual == "", listed && actual == known.Actual:
		return ""
	case !listed:
		return "unexplained: " + actual
	case actual == "":
		return "listed as a known deviation but now met: remove it from known-deviations.json"
	}
	return fmt.Sprintf("the known deviation changed: recorded %q, now %q", known.Actual, actual)
}

func TestVectors(t *testing.T) {
	var doc document
	loadJSON(t, "WIRE_VECTORS", &doc)
	var all []deviation
	loadJSON(t, "KNOWN_DEVIATIONS", &all)
	deviations := map[string]deviation{}
	names := map[string]bool{}
	for _, v := range doc.Vectors {
		names[v.Name] = true
	}
	for _, d := range all {
		if d.SDK != sdk {
			continue
		}
		listed := []any{d.Vector}
		if many, isList := d.Vector.([]any); isList {
			listed = many
		}
		for _, name := range listed {
			name, _ := name.(string)
			if !names[name] {
				t.Errorf("a deviation for %s names the vector %q, which does not exist", sdk, name)
			}
			deviations[d.Check+"/"+name] = d
		}
	}
	for _, v := range doc.Vectors {
		t.Run(v.Name+"/recording", func(t *testing.T) {
			if problem := judge(v, "recording", observeRecording(t, &doc, v), deviations); problem != "" {
				t.Error(problem)
			}
		})
		t.Run(v.Name+"/prism", func(t *testing.T) {
			if problem := judge(v, "prism", observePrism(t, &doc, v), deviations); problem != "" {
				t.Error(problem)
			}
		})
	}
}
