"""Spec conformance of the fake's Drive metadata routes (files list, create, get): their traffic
goes through ``prism proxy`` against ../shared/specs/google-drive/drive-v3-openapi.json, which
validates requests and responses. The upload routes are not in that file and are not checked.

Needs Prism (``RCA_PRISM`` or ``prism`` on PATH) and the spec; otherwise skipped, saying why.

    RCA_PRISM=/tmp/prismtest/node_modules/.bin/prism python3 -m unittest -v test_prism_drive
"""
from __future__ import annotations

import http.client
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
import unittest
from urllib.parse import urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import test_fake_googledrive as base  # noqa: E402

FOLDER, Fake = base.FOLDER, base.Fake

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SPEC = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "specs", "google-drive",
                                     "drive-v3-openapi.json"))
STARTUP_TIMEOUT = float(os.environ.get("RCA_PRISM_STARTUP_TIMEOUT", "120"))


def find_prism() -> str | None:
    env = os.environ.get("RCA_PRISM")
    if env:
        return env if os.access(env, os.X_OK) else None
    return shutil.which("prism")


def skip_reason() -> str | None:
    if not os.path.isfile(SPEC):
        return f"Drive OpenAPI file not found at {SPEC}"
    if find_prism() is None:
        return "Prism not found: set RCA_PRISM to the prism binary or put prism on PATH"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@unittest.skipIf(skip_reason() is not None, skip_reason() or "")
class PrismDriveTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = Fake()
        cls.port = free_port()
        cls.proc = subprocess.Popen(
            [find_prism(), "proxy", SPEC, cls.fake.base + "/drive/v3", "--errors",
             "-h", "127.0.0.1", "-p", str(cls.port)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        q: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [q.put(l) for l in cls.proc.stdout] + [q.put(None)],
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
        cls.fake.stop()

    def setUp(self):
        self.fake.control("POST", "reset")
        helper = base.FakeGoogleDriveTest()
        helper.fake = self.fake
        self.token = helper.sign_in()

    def call(self, method, path, body=None, allow_codes=()):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Authorization": "Bearer " + self.token}
        data = b""
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            conn.request(method, path, body=data, headers=headers)
            r = conn.getresponse()
            payload = r.read()
            violations = json.loads(r.getheader("sl-violations") or "[]")
            if r.status in (422, 500) and b"VIOLATIONS" in payload:
                violations += json.loads(payload).get("validation", [])
            errors = [v for v in violations
                      if v.get("severity") == "Error" and v.get("code") not in allow_codes]
            self.assertEqual(errors, [], f"{method} {path}: {errors}")
            return r.status, json.loads(payload) if payload else {}
        finally:
            conn.close()

    def test_metadata_routes(self):
        # Known spec gap: the OpenAPI file (converted from the discovery document) declares only
        # application/octet-stream for files.create, so Prism refuses the JSON metadata body the
        # real API takes (415 in a 422) without proxying it. Create the folder at the fake
        # directly and check that Prism still refuses only that.
        status, folder = self.call("POST", "/files?fields=id,name,mimeType",
                                   {"name": "Apps", "mimeType": FOLDER, "parents": ["root"]},
                                   allow_codes={415})
        self.assertEqual(status, 422)
        helper = base.FakeGoogleDriveTest()
        helper.fake, helper.token = self.fake, self.token
        status, _, data = helper.api("POST", "/drive/v3/files?fields=id,name,mimeType",
                                     {"name": "Apps", "mimeType": FOLDER, "parents": ["root"]})
        self.assertEqual(status, 200)
        folder = json.loads(data)
        q = (f"name = 'Apps' and mimeType = '{FOLDER}' and 'root' in parents and "
             "trashed = false")
        status, found = self.call("GET", "/files?" + urlencode({
            "q": q, "spaces": "drive", "orderBy": "createdTime", "pageSize": "100",
            "fields": "nextPageToken,files(id,name,size,md5Checksum)"}))
        self.assertEqual((status, [f["id"] for f in found["files"]]), (200, [folder["id"]]))
        status, got = self.call("GET", f"/files/{folder['id']}?fields=id,mimeType,trashed")
        self.assertEqual((status, got["trashed"]), (200, False))
        status, _ = self.call("GET", "/files/doesnotexist?fields=id")
        self.assertEqual(status, 404)


if __name__ == "__main__":
    unittest.main()
