# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A small S3 client for the fake's tests: requests signed by botocore (AWSRequest +
S3SigV4Auth), sent with http.client, answers parsed; and Fake, the server in a subprocess."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

HERE = os.path.dirname(os.path.abspath(__file__))
ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
NS = "{http://s3.amazonaws.com/doc/2006-03-01/}"


def md5_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()


def sha256_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.body = status, body
        self.headers = {k.lower(): v for k, v in headers}
        self.xml = None
        if body.startswith(b"<?xml"):
            self.xml = ET.fromstring(body)
            for el in self.xml.iter():
                el.tag = el.tag.replace(NS, "")

    @property
    def code(self):
        return self.xml.findtext("Code") if self.xml is not None else None

    def find(self, path):
        return self.xml.findtext(path)

    def findall(self, path):
        return [el.text for el in self.xml.findall(path)]

    def __repr__(self):
        return f"<Answer {self.status} {self.body[:300]!r}>"


class Fake:
    """fake_s3.py in a subprocess on a free port."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_s3.py"),
                                      "--port", "0", *args], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        assert line.startswith("LISTENING "), line
        self.port = urlsplit(line.split(" ", 1)[1]).port

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stdout.close()

    def control(self, method, what, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, "/__fake/" + what,
                         json.dumps(body).encode() if body is not None else b"")
            r = conn.getresponse()
            data = r.read()
        finally:
            conn.close()
        answer = json.loads(data)
        if r.status != 200:
            raise AssertionError(f"control {method} {what}: {r.status} {answer}")
        return answer


class Client:
    def __init__(self, port, access_key=ACCESS_KEY, secret_key=SECRET_KEY, region="us-east-1"):
        self.port, self.region = port, region
        self.access_key, self.secret_key = access_key, secret_key

    def signed(self, method, path, query="", body=b"", headers=None, host=None, timestamp=None):
        """An AWSRequest signed as botocore signs S3 requests (timestamp: an x-amz-date to
        sign with instead of now)."""
        host = host or f"127.0.0.1:{self.port}"
        url = f"http://{host}{quote(path, safe='/~')}" + (f"?{query}" if query else "")
        req = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
        signer = S3SigV4Auth(Credentials(self.access_key, self.secret_key), "s3", self.region)
        if timestamp is None:
            signer.add_auth(req)
        else:
            req.context["timestamp"] = timestamp
            signer._modify_request_before_signing(req)
            canonical = signer.canonical_request(req)
            signature = signer.signature(signer.string_to_sign(req, canonical), req)
            signer._inject_signature_to_request(req, signature)
        return req

    def send(self, req, extra_headers=None, timeout=30):
        parts = urlsplit(req.url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = dict(req.headers.items())
        headers.update(extra_headers or {})
        if not parts.netloc.startswith("127.0.0.1"):
            headers["Host"] = parts.netloc
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(req.method, target, body=req.body or b"", headers=headers)
            r = conn.getresponse()
            return Answer(r.status, r.getheaders(), r.read())
        finally:
            conn.close()

    def call(self, method, path, query="", body=b"", headers=None, **kw):
        return self.send(self.signed(method, path, query, body, headers, **kw))

    # --- shorthands --------------------------------------------------------------------

    def put(self, bucket, key, data, headers=None, query=""):
        return self.call("PUT", f"/{bucket}/{key}", query, data, headers)

    def get(self, bucket, key, query="", headers=None):
        return self.call("GET", f"/{bucket}/{key}", query, b"", headers)

    def head(self, bucket, key, query="", headers=None):
        return self.call("HEAD", f"/{bucket}/{key}", query, b"", headers)

    def delete(self, bucket, key, query="", headers=None):
        return self.call("DELETE", f"/{bucket}/{key}", query, b"", headers)


def amz_date(t: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(t))


def qs(**params) -> str:
    """A query string with S3's encoding (RFC 3986, as botocore signs it); None is a bare
    subresource (?uploads)."""
    out = []
    for k, v in params.items():
        k = k.replace("_", "-")
        out.append(k if v is None else f"{k}={quote(str(v), safe='-_.~')}")
    return "&".join(out)
