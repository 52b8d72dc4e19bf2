#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference SigV4 signatures from botocore, for tests/unit/tst_awssigv4.cpp.

Reads a JSON list of requests on stdin and prints {"botocore": its version, "results": [...]}
with what botocore's S3SigV4Auth (or S3SigV4QueryAuth for a presigned URL) makes of each
request, in the same order, at the request's time. Each request is an object:

  method, scheme, host, port (null: none), path (literal text, e.g. "/bucket/a b+c"),
  query ([[name, value], ...], literal), headers ([[name, value], ...]), body (text, UTF-8) or
  unsigned_payload (true: "UNSIGNED-PAYLOAD"), region, service, access_key, secret_key, token
  (null: none), time ("20260102T030405Z"), presign_expires (null, or seconds: a presigned URL).

The path is encoded as botocore's REST serializer encodes a greedy {Key+} label
(percent_encode(path, safe='/~')) and the query goes in as request.params, which botocore
encodes itself. Each result is {"headers": {name: value}, "url": the URL botocore would send,
"canonical_request": what it signed}. Exits 3 when botocore cannot be imported.
"""

import datetime
import json
import sys
import types

try:
    import botocore
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.config import Config
    from botocore.credentials import Credentials
    from botocore.utils import percent_encode
except ImportError as error:
    print(f"botocore is not importable: {error}", file=sys.stderr)
    sys.exit(3)


class FixedClock:
    """The time botocore.auth signs at: it asks datetime.datetime.utcnow() (botocore 1.29, Debian
    12) or compat.get_current_datetime() (newer botocore, imported into botocore.auth)."""

    def __init__(self):
        self.now = None
        outer = self

        class FixedDateTime(datetime.datetime):
            @classmethod
            def utcnow(cls):
                return outer.now

        self.datetime = FixedDateTime


def recording(signer_class):
    class Recording(signer_class):
        canonical = None

        def canonical_request(self, request):
            self.canonical = super().canonical_request(request)
            return self.canonical

    return Recording


def sign(spec, clock):
    clock.now = datetime.datetime.strptime(spec["time"], "%Y%m%dT%H%M%SZ")
    netloc = spec["host"] if spec.get("port") is None else f'{spec["host"]}:{spec["port"]}'
    url = f'{spec["scheme"]}://{netloc}{percent_encode(spec["path"], safe="/~")}'
    request = AWSRequest(method=spec["method"], url=url,
                         params=[tuple(pair) for pair in spec.get("query", [])])
    for name, value in spec.get("headers", []):
        request.headers[name] = value  # appends: a repeated name stays repeated
    if spec.get("body") is not None:
        request.data = spec["body"].encode("utf-8")
    if spec.get("unsigned_payload"):
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
    credentials = Credentials(spec["access_key"], spec["secret_key"], spec.get("token"))
    if spec.get("presign_expires") is not None:
        signer = recording(botocore.auth.S3SigV4QueryAuth)(
            credentials, spec["service"], spec["region"], expires=spec["presign_expires"])
    else:
        signer = recording(botocore.auth.S3SigV4Auth)(
            credentials, spec["service"], spec["region"])
    signer.add_auth(request)
    prepared = request.prepare()
    return {
        "headers": {name: value for name, value in request.headers.items()},
        "url": prepared.url,
        "canonical_request": signer.canonical,
    }


def main():
    clock = FixedClock()
    botocore.auth.datetime = types.SimpleNamespace(datetime=clock.datetime)
    if hasattr(botocore.auth, "get_current_datetime"):
        botocore.auth.get_current_datetime = lambda *args, **kwargs: clock.now
    specs = json.load(sys.stdin)
    results = [sign(spec, clock) for spec in specs]
    json.dump({"botocore": botocore.__version__, "results": results}, sys.stdout,
              ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
