"""The rule every SDK harness applies (test/vectors/deviations.mjs holds the TypeScript one; the Go and Java
harnesses write the same few lines natively): a vector passes when it is met and not listed in
known-deviations.json, or when it is listed for this SDK and check and what happened is still exactly the
recorded `actual`. Anything else fails: a new gap, a changed one, or a fixed one whose entry must go."""

import json
import os
import urllib.request

SDK = "python"


def load_json(variable):
    path = os.environ.get(variable)
    if not path:
        raise RuntimeError(f"{variable} is not set: run the SDK tier with `npm run test:sdks`")
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def vectors_of(entry):
    return entry["vector"] if isinstance(entry["vector"], list) else [entry["vector"]]


def known_deviations():
    """(check, vector) -> the entry recorded for this SDK."""
    return {
        (entry["check"], name): entry
        for entry in load_json("KNOWN_DEVIATIONS")
        if entry["sdk"] == SDK
        for name in vectors_of(entry)
    }


def recorder_base():
    """This SDK's own scope on the shared recording server, so parallel harnesses keep their verdicts apart."""
    return f"{os.environ['RECORDER_URL']}/s/{SDK}"


def verdict(name):
    with urllib.request.urlopen(f"{recorder_base()}/__verdict/{name}", timeout=10) as response:
        return json.load(response)


def names_field(message, field):
    """Whether an error message names the refused input (customer_id, customer-id and customerId alike)."""
    normalise = lambda text: text.lower().replace("-", "").replace("_", "")
    return normalise(field) in normalise(message)


def judge(vector, check, actual, deviations):
    """None when the vector passes, else why not. `actual` is None when the vector was met.
    With SDK_OBSERVATIONS set, every unmet vector is also appended there (one JSON line each), to review when
    the generator or the vectors change."""
    if actual is not None and os.environ.get("SDK_OBSERVATIONS"):
        with open(os.environ["SDK_OBSERVATIONS"], "a", encoding="utf-8") as file:
            line = {"sdk": SDK, "vector": vector["name"], "check": check, "actual": actual}
            file.write(json.dumps(line) + "\n")
    listed = deviations.get((check, vector["name"]))
    if listed is None:
        return None if actual is None else f"unexplained: {actual}"
    if actual is None:
        return "listed as a known deviation but now met: remove it from known-deviations.json"
    if actual != listed["actual"]:
        return f'the known deviation changed: recorded "{listed["actual"]}", now "{actual}"'
    return None
