// A stand-in for Python's `requests` with the one call the published Python sample makes,
// written to a temporary folder on PYTHONPATH by test/docs-samples.test.ts. It encodes the
// call exactly as requests 2.x does (urlencode of data= items, HTTPBasicAuth's header) and
// sends it with the standard library, so the sample needs only python3 to run against the mock.
// biome-ignore lint/complexity/noUselessStringRaw: Python source, raw so that a backslash added later reaches Python as written
export const requestsStandIn = String.raw`
import base64
import json as json_module
import urllib.error
import urllib.parse
import urllib.request


class Response:
    def __init__(self, status_code, body):
        self.status_code = status_code
        self.text = body.decode("utf-8")

    def json(self):
        return json_module.loads(self.text)

    def raise_for_status(self):
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}: {self.text}")


def post(url, *, data, auth, headers=None, timeout=None):
    # json= or a missing data= or auth= fails here as an unexpected or missing keyword.
    if not (isinstance(data, dict) and all(isinstance(v, str) for v in data.values())):
        raise TypeError("data= must be a dict of strings: the documented form body")
    if not (isinstance(auth, tuple) and len(auth) == 2 and auth[1] == ""):
        raise TypeError("auth= must be (api_key, ''): the key is the username, the password is empty")
    body = urllib.parse.urlencode(list(data.items()), doseq=True).encode("ascii")
    token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("latin1")).decode("ascii")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            **(headers or {}),
            "Authorization": f"Basic {token}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout) as reply:
            return Response(reply.status, reply.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.read())
`;
