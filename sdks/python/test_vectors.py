"""Every wire vector through the generated Python SDK, twice: against the recording server (the exact request
and the caller's outcome) and against the Prism mock (no contract violation). Known deviations must hold
exactly as recorded in test/vectors/known-deviations.json."""

import json
import os
from datetime import datetime

import pytest
from pydantic import BaseModel, ValidationError

from juspay_customer import ApiClient, Configuration, CustomersApi
from juspay_customer.exceptions import ApiException

from vectors_support import SDK, judge, known_deviations, load_json, names_field, recorder_base, verdict

DOCUMENT = load_json("WIRE_VECTORS")
VECTORS = DOCUMENT["vectors"]
DEVIATIONS = known_deviations()


def call(vector, base_url):
    """('refused', error) when the SDK raised before any answer; ('answered', status, headers, result|error)."""
    credentials = DOCUMENT["credentials"]
    configuration = Configuration(host=base_url, username=credentials["apiKey"], password="")
    configuration.retries = False  # one request per vector; the canned 429/502 must reach the caller
    given = vector["input"]
    routing_id = given.get("routingId")  # absent: not given, and the contract sends no header then
    with ApiClient(configuration) as client:
        try:
            # Keyword arguments, so that a refusal names the parameter (pydantic names positional ones by index).
            response = CustomersApi(client).update_customer_with_http_info(
                customer_id=given["customerId"],
                x_merchantid=credentials["merchantId"],
                x_routing_id=routing_id,
                **given["fields"],
            )
        except ApiException as error:
            return ("answered", error.status, error.headers or {}, error)
        except Exception as error:  # noqa: BLE001 - anything raised before an answer is a refusal
            return ("refused", error)
    return ("answered", response.status_code, response.headers or {}, response.data)


def same_value(actual, expected):
    if isinstance(expected, dict):
        return isinstance(actual, BaseModel) and all(
            same_value(getattr(actual, key, None), value) for key, value in expected.items()
        )
    if isinstance(actual, datetime):
        return isinstance(expected, str) and actual == datetime.fromisoformat(expected.replace("Z", "+00:00"))
    return actual == expected


def outcome_difference(vector, result):
    """None when the caller sees the vector's outcome, else what differs (without echoing values)."""
    outcome = vector["outcome"]
    if outcome["kind"] == "customer":
        if isinstance(result, Exception):
            return f"raised {type(result).__name__}"
        wrong = [key for key, value in outcome["customer"].items() if not same_value(getattr(result, key, None), value)]
        return f"fields {', '.join(wrong)}" if wrong else None
    if not isinstance(result, ApiException):
        return "no error raised"
    code = getattr(result.data, "error_code", None)
    if code is None and result.body:
        try:
            body = json.loads(result.body)
            code = body.get("error_code") if isinstance(body, dict) else None
        except ValueError:
            code = None
    if result.status != outcome["status"]:
        return f"status {result.status}"
    return None if code == outcome["errorCode"] else "error_code"


def observe_recording(vector):
    """None when met, else the one-line account of what happened instead."""
    result = call(vector, f"{recorder_base()}/v/{vector['name']}")
    seen = verdict(vector["name"])
    if vector["outcome"]["kind"] == "rejected":
        field = vector["outcome"]["field"]
        if seen["received"]:
            return "sent"
        if not names_field(str(result[1]), field):
            return f"outcome: refused without naming {field}"
        return None
    if result[0] == "refused" and not seen["received"]:
        return f"outcome: refused before sending ({type(result[1]).__name__})"
    if not seen["ok"]:
        return "request: " + "; ".join(seen["differences"])
    difference = outcome_difference(vector, result[-1])  # the answer's model or error, or what was raised
    return f"outcome: {difference}" if difference else None


def observe_prism(vector):
    result = call(vector, os.environ["PRISM_URL"])
    if vector["outcome"]["kind"] == "rejected":
        return None if result[0] == "refused" else "sent"
    if result[0] == "refused":
        return f"outcome: refused before sending ({type(result[1]).__name__})"
    violations = next((value for name, value in result[2].items() if name.lower() == "sl-violations"), "")
    return None if 200 <= result[1] < 300 and not violations else f"prism: {result[1]} {violations}".rstrip()


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_recording(vector):
    problem = judge(vector, "recording", observe_recording(vector), DEVIATIONS)
    assert problem is None, problem


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_prism(vector):
    problem = judge(vector, "prism", observe_prism(vector), DEVIATIONS)
    assert problem is None, problem


def test_every_deviation_names_a_vector():
    names = {v["name"] for v in VECTORS}
    stale = sorted(f"{check}/{name}" for check, name in DEVIATIONS if name not in names)
    assert not stale, f"deviations for {SDK} name vectors that do not exist: {stale}"


def test_a_refusal_is_a_pydantic_validation_error_naming_the_field():
    """The harness's notion of 'refused' is not vacuous: a too-long name is refused by the SDK itself."""
    vector = next(v for v in VECTORS if v["name"] == "first_name-too-long")
    result = call(vector, "http://127.0.0.1:9")  # nothing listens: reaching the network would fail differently
    assert result[0] == "refused" and isinstance(result[1], ValidationError)
    assert names_field(str(result[1]), "first_name")
