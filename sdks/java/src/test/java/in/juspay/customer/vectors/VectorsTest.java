// Every wire vector through the generated Java SDK (OpenAPI Generator, okhttp-gson), twice: against the
// recording server (the exact request and the caller's outcome) and against the Prism mock (no contract
// violation). Known deviations must hold exactly as recorded in test/vectors/known-deviations.json; the
// rule and the one-line accounts are the same as in the Python and Go harnesses.
package in.juspay.customer.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import in.juspay.customer.ApiClient;
import in.juspay.customer.ApiException;
import in.juspay.customer.ApiResponse;
import in.juspay.customer.BeanValidationException;
import in.juspay.customer.JSON;
import in.juspay.customer.api.CustomersApi;
import in.juspay.customer.model.Customer;
import java.io.FileWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VectorsTest {
  static final String SDK = "java";
  static final Gson GSON = new Gson();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static JsonElement loadJson(String variable) throws IOException {
    String path = System.getenv(variable);
    if (path == null || path.isEmpty()) {
      throw new IllegalStateException(variable + " is not set: run the SDK tier with `npm run test:sdks`");
    }
    return JsonParser.parseString(Files.readString(Path.of(path)));
  }

  static final JsonObject DOCUMENT;
  static final Map<String, JsonObject> DEVIATIONS = new HashMap<>(); // "check/vector" -> entry
  static final Set<String> LISTED_NAMES = new TreeSet<>();

  static {
    try {
      DOCUMENT = loadJson("WIRE_VECTORS").getAsJsonObject();
      for (JsonElement element : loadJson("KNOWN_DEVIATIONS").getAsJsonArray()) {
        JsonObject entry = element.getAsJsonObject();
        if (!SDK.equals(entry.get("sdk").getAsString())) continue;
        JsonElement vector = entry.get("vector");
        List<JsonElement> names = new ArrayList<>();
        if (vector.isJsonArray()) vector.getAsJsonArray().forEach(names::add);
        else names.add(vector);
        for (JsonElement name : names) {
          DEVIATIONS.put(entry.get("check").getAsString() + "/" + name.getAsString(), entry);
          LISTED_NAMES.add(name.getAsString());
        }
      }
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static List<JsonObject> vectors() {
    List<JsonObject> list = new ArrayList<>();
    DOCUMENT.getAsJsonArray("vectors").forEach(v -> list.add(v.getAsJsonObject()));
    return list;
  }

  /** What one call gave: an answer (status, headers, body or model) or a refusal before any answer. */
  record Result(boolean answered, int status, Map<String, List<String>> headers, Object value, Exception error) {}

  static String text(JsonObject object, String name) {
    JsonElement element = object.get(name);
    return element == null || element.isJsonNull() ? null : element.getAsString();
  }

  static Result call(JsonObject vector, String baseUrl) {
    JsonObject credentials = DOCUMENT.getAsJsonObject("credentials");
    JsonObject input = vector.getAsJsonObject("input");
    JsonObject fields = input.getAsJsonObject("fields");
    String customerId = text(input, "customerId");
    String routingId = text(input, "routingId"); // absent: not given, and the contract sends no header then
    ApiClient client = new ApiClient();
    client.setBasePath(baseUrl);
    client.setUsername(text(credentials, "apiKey"));
    client.setPassword("");
    CustomersApi api = new CustomersApi(client);
    try {
      ApiResponse<Customer> response = api.updateCustomerWithHttpInfo(customerId, text(credentials, "merchantId"),
          routingId, text(fields, "email_address"), text(fields, "first_name"), text(fields, "last_name"),
          text(fields, "mobile_country_code"), text(fields, "mobile_number"));
      return new Result(true, response.getStatusCode(), response.getHeaders(), response.getData(), null);
    } catch (ApiException e) {
      if (e.getCode() > 0) return new Result(true, e.getCode(), e.getResponseHeaders(), e.getResponseBody(), e);
      return new Result(false, 0, Map.of(), null, e);
    } catch (RuntimeException e) { // bean validation and OkHttp's own header checks refuse before sending
      return new Result(false, 0, Map.of(), null, e);
    }
  }

  static JsonObject verdict(String name) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(recorderBase() + "/__verdict/" + name)).build();
    return JsonParser.parseString(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject();
  }

  /** This SDK's own scope on the shared recording server, so parallel harnesses keep their verdicts apart. */
  static String recorderBase() {
    return System.getenv("RECORDER_URL") + "/s/" + SDK;
  }

  /** An error as a caller reads it: a bean-validation refusal names its parameters in its violations. */
  static String describe(Exception error) {
    if (error instanceof BeanValidationException refusal) {
      List<String> paths = new ArrayList<>();
      refusal.getViolations().forEach(v -> paths.add(v.getPropertyPath() + ": " + v.getMessage()));
      return String.join("; ", paths);
    }
    return error == null ? null : error.getMessage();
  }

  /** Whether an error names the refused input (customerId, customer_id and customer-id alike). */
  static boolean namesField(String message, String field) {
    String normal = field.toLowerCase().replace("-", "").replace("_", "");
    return message != null && message.toLowerCase().replace("-", "").replace("_", "").contains(normal);
  }

  static boolean sameValue(JsonElement actual, JsonElement expected) {
    if (expected.isJsonObject()) {
      if (actual == null || !actual.isJsonObject()) return false;
      for (Map.Entry<String, JsonElement> entry : expected.getAsJsonObject().entrySet()) {
        JsonElement value = actual.getAsJsonObject().get(entry.getKey());
        if (!sameValue(value == null ? com.google.gson.JsonNull.INSTANCE : value, entry.getValue())) return false;
      }
      return true;
    }
    if (actual != null && actual.equals(expected)) return true;
    try { // timestamps compare as instants
      return actual != null && OffsetDateTime.parse(actual.getAsString()).isEqual(
          OffsetDateTime.parse(expected.getAsString()));
    } catch (DateTimeParseException | UnsupportedOperationException | IllegalStateException e) {
      return false;
    }
  }

  static String outcomeDifference(JsonObject vector, Result result) {
    JsonObject outcome = vector.getAsJsonObject("outcome");
    if ("customer".equals(text(outcome, "kind"))) {
      if (!(result.value() instanceof Customer customer)) {
        return "raised " + (result.error() == null ? "nothing" : result.error().getClass().getSimpleName());
      }
      JsonElement actual = JsonParser.parseString(JSON.getGson().toJson(customer));
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<String, JsonElement> entry : outcome.getAsJsonObject("customer").entrySet()) {
        JsonElement value = actual.getAsJsonObject().get(entry.getKey());
        if (!sameValue(value == null ? com.google.gson.JsonNull.INSTANCE : value, entry.getValue())) {
          wrong.add(entry.getKey());
        }
      }
      return wrong.isEmpty() ? null : "fields " + String.join(", ", wrong);
    }
    if (result.error() == null) return "no error raised";
    if (result.status() != outcome.get("status").getAsInt()) return "status " + result.status();
    String code = null;
    try {
      JsonElement body = JsonParser.parseString(String.valueOf(result.value()));
      if (body.isJsonObject()) code = text(body.getAsJsonObject(), "error_code");
    } catch (RuntimeException notJson) {
      code = null;
    }
    String expected = text(outcome, "errorCode");
    return (code == null ? expected == null : code.equals(expected)) ? null : "error_code";
  }

  /** null when the vector is met, else the one-line account of what happened instead. */
  static String observeRecording(JsonObject vector) throws Exception {
    String name = text(vector, "name");
    Result result = call(vector, recorderBase() + "/v/" + name);
    JsonObject seen = verdict(name);
    JsonObject outcome = vector.getAsJsonObject("outcome");
    if ("rejected".equals(text(outcome, "kind"))) {
      String field = text(outcome, "field");
      if (seen.get("received").getAsBoolean()) return "sent";
      return namesField(describe(result.error()), field)
          ? null : "outcome: refused without naming " + field;
    }
    if (!result.answered() && !seen.get("received").getAsBoolean()) {
      return "outcome: refused before sending (" + result.error().getClass().getSimpleName() + ")";
    }
    if (!seen.get("ok").getAsBoolean()) {
      List<String> differences = new ArrayList<>();
      seen.getAsJsonArray("differences").forEach(d -> differences.add(d.getAsString()));
      return "request: " + String.join("; ", differences);
    }
    String difference = outcomeDifference(vector, result);
    return difference == null ? null : "outcome: " + difference;
  }

  static String observePrism(JsonObject vector) {
    Result result = call(vector, System.getenv("PRISM_URL"));
    if ("rejected".equals(text(vector.getAsJsonObject("outcome"), "kind"))) return result.answered() ? "sent" : null;
    if (!result.answered()) {
      return "outcome: refused before sending (" + result.error().getClass().getSimpleName() + ")";
    }
    String violations = "";
    for (Map.Entry<String, List<String>> header : result.headers().entrySet()) {
      if ("sl-violations".equalsIgnoreCase(header.getKey())) violations = String.join(", ", header.getValue());
    }
    if (result.status() >= 200 && result.status() < 300 && violations.isEmpty()) return null;
    return ("prism: " + result.status() + " " + violations).stripTrailing();
  }

  /** The shared rule (test/vectors/deviations.mjs); null when the vector passes. */
  static String judge(JsonObject vector, String check, String actual) throws IOException {
    String name = text(vector, "name");
    String observations = System.getenv("SDK_OBSERVATIONS");
    if (actual != null && observations != null && !observations.isEmpty()) {
      Map<String, String> line = Map.of("sdk", SDK, "vector", name, "check", check, "actual", actual);
      try (FileWriter writer = new FileWriter(observations, true)) {
        writer.write(GSON.toJson(line) + "\n");
      }
    }
    JsonObject listed = DEVIATIONS.get(check + "/" + name);
    if (listed == null) return actual == null ? null : "unexplained: " + actual;
    if (actual == null) return "listed as a known deviation but now met: remove it from known-deviations.json";
    String recorded = text(listed, "actual");
    return actual.equals(recorded) ? null
        : "the known deviation changed: recorded \"" + recorded + "\", now \"" + actual + "\"";
  }

  @TestFactory
  Stream<DynamicTest> recording() {
    return vectors().stream().map(v -> DynamicTest.dynamicTest(text(v, "name"), () -> {
      String problem = judge(v, "recording", observeRecording(v));
      if (problem != null) fail(text(v, "name") + ": " + problem);
    }));
  }

  @TestFactory
  Stream<DynamicTest> prism() {
    return vectors().stream().map(v -> DynamicTest.dynamicTest(text(v, "name"), () -> {
      String problem = judge(v, "prism", observePrism(v));
      if (problem != null) fail(text(v, "name") + ": " + problem);
    }));
  }

  @Test
  void everyDeviationNamesAVector() {
    Set<String> names = new TreeSet<>();
    vectors().forEach(v -> names.add(text(v, "name")));
    Set<String> stale = new TreeSet<>(LISTED_NAMES);
    stale.removeAll(names);
    assertEquals(Set.of(), stale, "deviations for " + SDK + " name vectors that do not exist");
  }
}
