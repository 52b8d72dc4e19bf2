# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Spec conformance of the fake Box: a representative set of its traffic (token, users/me,
folders create / get / items, direct upload, new version, file get / content / delete, upload
session create / part / parts / status / commit / abort) goes through ``prism proxy`` against
../shared/specs/box/openapi.json, which validates requests and answers. Prism reports the
violations in the sl-violations header of the answers it passes on; any of severity Error
fails the test unless listed in SPEC_DEFECTS.

The file names paths without their host's prefix (/users/me on https://api.box.com/2.0,
/files/content on https://upload.box.com/api/2.0, /oauth2/token on https://api.box.com), so the
client sends those (BoxClient(spec_paths=True)) and a small forwarder between Prism and the fake
puts each path back under its host's prefix.

Needs Prism (``RCA_PRISM`` or ``prism`` on PATH) and the spec; otherwise skipped, saying why.

    RCA_PRISM=/path/to/node_modules/.bin/prism python3 -m unittest -v test_prism_box

RCA_PRISM_VERBOSE=1 prints every request with the violations Prism reported.
"""

from __future__ import annotations

import http.client
import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from boxclient import BoxClient, Fake  # noqa: E402

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SPEC = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "specs", "box", "openapi.json"))
STARTUP_TIMEOUT = float(os.environ.get("RCA_PRISM_STARTUP_TIMEOUT", "120"))

# Violations that are not the fake's fault: (where: None for anywhere, a status or a route;
# location; code) -> why. Each is asserted to happen where expected, so a fixed spec or Prism
# shows up here.
ENUM = (None, ("response", "body", "code"), "enum")
ATTRIBUTES = (None, ("request", "body", "attributes"), "type")
EMPTY_401 = [(401, ("response",), None), (401, ("response", "body"), "type")]
SPEC_DEFECTS = {
    ENUM: "Spec defect: ClientError.code enumerates only generic codes (bad_request, conflict, "
          "...), but Box answers the specific ones its own error guide lists and the endpoint "
          "descriptions name: item_name_in_use, storage_limit_exceeded, rate_limit_exceeded, "
          "digest_mismatch, range_overlaps_existing_part, file_size_too_small...",
    ATTRIBUTES: "Prism 5.14.2 limit: it validates every multipart/form-data part as the text it "
                "is (prism-http validator/validators/body.js, parseMultipartFormDataParams) and "
                "never decodes the JSON that OpenAPI 3.0 makes the default encoding of an object "
                "property, so the upload's attributes part is always 'not an object'. "
                "test_fake_box checks that the fake itself refuses attributes that are not JSON.",
    EMPTY_401[0]: "Spec defect: the 401 answers are declared as a JSON ClientError, but Box "
                  "answers 401 with Content-Length: 0 and the reason in WWW-Authenticate "
                  "(Bearer realm=\"Service\", error=\"invalid_token\", ...), as seen in "
                  "box/box-node-sdk issue 157; the fake does the same.",
}
SPEC_DEFECTS[EMPTY_401[1]] = SPEC_DEFECTS[EMPTY_401[0]]
REVOKE = ("/oauth2/revoke", ("request", "body"), "required")
SPEC_DEFECTS[REVOKE] = ("Spec defect: PostOAuth2Revoke requires grant_type, a property it does "
                        "not declare (its properties are client_id, client_secret and token; "
                        "revoking is no grant).")

# The spec's paths served by upload.box.com/api/2.0 (everything else is api.box.com/2.0, but
# /oauth2/* which is api.box.com and /authorize which is account.box.com/api/oauth2).
UPLOAD_ROUTES = [("POST", r"/files/content"), ("POST", r"/files/[^/]+/content"),
                 (None, r"/files/upload_sessions(/.*)?"), ("POST", r"/files/[^/]+/upload_sessions")]


def fake_path(method: str, path: str) -> str:
    route = path.partition("?")[0]
    if route.startswith("/oauth2/"):
        return path
    if route == "/authorize":
        return "/api/oauth2" + path
    if any((m is None or m == method) and re.fullmatch(rx, route) for m, rx in UPLOAD_ROUTES):
        return "/api/2.0" + path
    return "/2.0" + path


def find_prism() -> str | None:
    env = os.environ.get("RCA_PRISM")
    if env:
        return env if os.access(env, os.X_OK) else None
    return shutil.which("prism")


def skip_reason() -> str | None:
    if not os.path.isfile(SPEC):
        return f"Box OpenAPI file not found at {SPEC}"
    if find_prism() is None:
        if os.environ.get("RCA_PRISM"):
            return f"RCA_PRISM={os.environ['RCA_PRISM']} is not an executable"
        return "Prism not found: set RCA_PRISM to the prism binary or put prism on PATH"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Forwarder(ThreadingHTTPServer):
    """Passes each request from Prism on to the fake under its host's prefix, and the answer
    back untouched (redirects included)."""
    daemon_threads = True

    def __init__(self, fake_port):
        self.fake_port = fake_port

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, fmt, *args):
                pass

            def forward(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "connection", "content-length")}
                conn = http.client.HTTPConnection("127.0.0.1", fake_port, timeout=60)
                try:
                    conn.request(self.command, fake_path(self.command, self.path), body, headers)
                    r = conn.getresponse()
                    data = r.read()
                finally:
                    conn.close()
                self.send_response(r.status)
                for k, v in r.getheaders():
                    if k.lower() not in ("server", "date", "connection", "transfer-encoding"):
                        self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_OPTIONS = forward

        super().__init__(("127.0.0.1", 0), Handler)


@unittest.skipIf(skip_reason() is not None, skip_reason() or "")
class PrismBoxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = Fake()
        cls.forwarder = Forwarder(cls.fake.port)
        threading.Thread(target=cls.forwarder.serve_forever, daemon=True).start()
        cls.port = free_port()
        cls.proc = subprocess.Popen(
            [find_prism(), "proxy", SPEC, "http://127.0.0.1:%d" % cls.forwarder.server_port,
             "-h", "127.0.0.1", "-p", str(cls.port)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        q: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [q.put(line) for line in cls.proc.stdout] + [q.put(None)],
                         daemon=True).start()
        deadline, lines = time.monotonic() + STARTUP_TIMEOUT, []
        while time.monotonic() < deadline:
            try:
                line = q.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            lines.append(line)
            if "Prism is listening" in line:
                return
        cls.tearDownClass()
        raise RuntimeError("prism did not start:\n" + "".join(lines[-20:]))

    @classmethod
    def tearDownClass(cls):
        if cls.proc.poll() is None:
            cls.proc.terminate()
            cls.proc.wait(10)
        cls.forwarder.shutdown()
        cls.forwarder.server_close()
        cls.fake.stop()

    def setUp(self):
        self.fake.control("POST", "reset")
        self.fake.control("POST", "config", {"min_session_size": 10, "part_size": 4})
        self.box = BoxClient(self.fake, port=self.port, spec_paths=True)
        self.seen: list[tuple] = []
        self.raw_request = self.box.request
        self.box.request = self.checked(self.box.request)
        # The authorize page is not checked: Box answers the browser with its HTML consent
        # page, the fake with the redirect that follows it, and Prism follows redirects itself
        # (to the redirect_uri, where nothing listens). The code exchange goes through Prism.
        code = BoxClient(self.fake).authorize()["code"]
        status, _, answer = self.box.token(grant_type="authorization_code", code=code)
        self.assertEqual(status, 200)
        self.box.access, self.box.refresh_token = answer["access_token"], answer["refresh_token"]

    def checked(self, request):
        """Wraps BoxClient.request: fails on any violation Prism reports but SPEC_DEFECTS."""
        def call(method, path, body=b"", headers=None):
            headers = dict(headers or {})
            status, answer_headers, data = request(method, path, body, headers)
            violations = json.loads(answer_headers.get("sl-violations") or "[]")
            if status in (422, 500) and isinstance(data, dict) and "validation" in data:
                violations += data["validation"]  # Prism's own refusal, not the fake's answer
            errors = []
            if os.environ.get("RCA_PRISM_VERBOSE"):
                print(method, path, status, violations, file=sys.stderr)
            for v in violations:
                where = (tuple(v.get("location", [])), v.get("code"))
                key = next((k for k in ((status,) + where, (None,) + where,
                                        (path.partition("?")[0],) + where)
                            if k in SPEC_DEFECTS), None)
                if key is not None:
                    self.seen.append(key)
                elif v.get("severity") == "Error":
                    errors.append(v)
            self.assertEqual(errors, [], f"{method} {path} -> {status}: {errors}")
            return status, answer_headers, data
        return call

    def test_token_and_user(self):
        self.assertEqual(self.box.refresh()[0], 200)
        status, _, me = self.box.api("GET", "/2.0/users/me")
        self.assertEqual((status, me["type"]), (200, "user"))
        status, _, me = self.box.api("GET", "/2.0/users/me?fields=login,space_used")
        self.assertEqual(set(me), {"type", "id", "login", "space_used"})

    def test_folders(self):
        status, _, folder = self.box.mkdir("Recordings")
        self.assertEqual(status, 201)
        status, _, err = self.box.mkdir("Recordings")
        self.assertEqual((status, err["code"]), (409, "item_name_in_use"))
        self.assertIn(ENUM, self.seen)
        self.box.upload("a.mp3", folder["id"], b"a")
        self.box.mkdir("sub", folder["id"])
        status, _, got = self.box.api("GET", f"/2.0/folders/{folder['id']}")
        self.assertEqual((status, got["item_collection"]["total_count"]), (200, 2))
        status, _, page = self.box.api(
            "GET", f"/2.0/folders/{folder['id']}/items?fields=name,size,sha1&limit=1&offset=1")
        self.assertEqual((status, [e["name"] for e in page["entries"]]), (200, ["a.mp3"]))
        status, _, page = self.box.api("GET", "/2.0/folders/0/items?usemarker=true&limit=1")
        self.assertEqual((status, len(page["entries"]), page["next_marker"]), (200, 1, None))
        status, _, err = self.box.api("GET", "/2.0/folders/123/items")
        self.assertEqual((status, err["code"]), (404, "not_found"))

    def test_files(self):
        status, _, files = self.box.upload("r.mp3", "0", b"recording")
        self.assertEqual(status, 201)
        self.assertIn(ATTRIBUTES, self.seen)
        fid = files["entries"][0]["id"]
        status, _, files = self.box.upload("r.mp3", "0", b"recording 2", file_id=fid)
        self.assertEqual(status, 200)
        status, _, f = self.box.api("GET", f"/2.0/files/{fid}?fields=sha1,size,name,parent")
        self.assertEqual((status, f["size"]), (200, 11))
        status, _, f = self.box.api("GET", f"/2.0/files/{fid}")
        self.assertEqual((status, f["file_version"]["type"]), (200, "file_version"))
        status, headers, _ = self.box.api("GET", f"/2.0/files/{fid}/content")
        self.assertIn(status, (200, 302))  # Prism may follow the redirect itself
        self.assertEqual(self.box.api("DELETE", f"/2.0/files/{fid}")[0], 204)
        status, _, err = self.box.api("GET", f"/2.0/files/{fid}")
        self.assertEqual((status, err["code"]), (404, "not_found"))

    def test_upload_session(self):
        data = b"0123456789"
        status, _, s = self.box.create_session("big.bin", "0", len(data))
        self.assertEqual((status, s["total_parts"]), (201, 3))
        parts = []
        for offset in (0, 4, 8):
            status, _, part = self.box.put_part(s["id"], offset, data[offset:offset + 4], 10)
            self.assertEqual(status, 200)
            parts.append(part["part"])
        status, _, listed = self.box.api("GET", f"/api/2.0/files/upload_sessions/{s['id']}/parts")
        self.assertEqual((status, listed["total_count"]), (200, 3))
        status, _, got = self.box.api("GET", f"/api/2.0/files/upload_sessions/{s['id']}")
        self.assertEqual((status, got["num_parts_processed"]), (200, 3))
        self.fake.control("POST", "config", {"commit_202_count": 1})
        status, headers, _ = self.box.commit(s["id"], parts, data)
        self.assertEqual((status, headers["retry-after"]), (202, "1"))
        status, _, files = self.box.commit(s["id"], parts, data)
        self.assertEqual((status, files["entries"][0]["size"]), (201, 10))
        fid = files["entries"][0]["id"]
        status, _, s = self.box.create_session(None, None, len(data), file_id=fid)
        self.assertEqual(status, 201)
        self.assertEqual(self.box.api("DELETE", f"/api/2.0/files/upload_sessions/{s['id']}")[0],
                         204)

    def test_error_answers(self):
        fid = self.box.upload("e.mp3", "0", b"e")[2]["entries"][0]["id"]
        self.fake.control("POST", "faults", {"path_regex": "users/me", "action": "rate_limit"})
        status, headers, err = self.box.api("GET", "/2.0/users/me")
        self.assertEqual((status, headers["retry-after"], err["code"]),
                         (429, "1", "rate_limit_exceeded"))
        self.fake.control("POST", "faults", {"path_regex": "/files/", "action": "status",
                                             "status": 503})
        self.assertEqual(self.box.api("GET", f"/2.0/files/{fid}")[0], 503)
        self.fake.control("POST", "expire_tokens")
        status, headers, body = self.box.api("GET", f"/2.0/files/{fid}")
        self.assertEqual((status, body), (401, b""))
        self.assertEqual(self.seen[-2:], EMPTY_401)
        self.assertEqual(self.box.refresh()[0], 200)
        status, _, err = self.box.create_session("small.bin", "0", 9)
        self.assertEqual((status, err["code"]), (400, "file_size_too_small"))
        status, _, s = self.box.create_session("big.bin", "0", 10)
        self.box.put_part(s["id"], 0, b"0123", 10)
        status, _, err = self.box.put_part(s["id"], 0, b"ABCD", 10)
        self.assertEqual((status, err["code"]), (416, "range_overlaps_existing_part"))
        status, _, err = self.box.commit(s["id"], [], b"0123456789")
        self.assertEqual((status, err["code"]), (400, "parts_mismatch"))
        form = {"client_id": "fake-box-client-id", "client_secret": "fake-box-client-secret",
                "token": self.box.access}
        status, _, _ = self.box.request("POST", "/oauth2/revoke", urlencode(form).encode(),
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual((status, self.seen[-1]), (200, REVOKE))
        status, _, err = self.box.refresh()
        self.assertEqual((status, err["error"]), (400, "invalid_grant"))

    def test_prism_reports_violations(self):
        """The check is live: a part sent without its required digest header is reported (and
        passed on: the fake refuses it too). test_folders shows answers are checked as well."""
        status, _, s = self.box.create_session("big.bin", "0", 10)
        status, headers, err = self.raw_request(
            "PUT", f"/api/2.0/files/upload_sessions/{s['id']}", b"0123",
            {"Authorization": "Bearer " + self.box.access, "Content-Range": "bytes 0-3/10"})
        violations = json.loads(headers.get("sl-violations") or "[]")
        self.assertEqual([(v["location"], v["code"]) for v in violations],
                         [(["request", "header"], "required")])
        self.assertEqual((status, err["code"]), (400, "bad_request"))

if __name__ == "__main__":
    unittest.main()
