# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Spec conformance of the fake's Drive metadata routes (files list - by name, and by parent with
paging and md5Checksum -, create, get, get with alt=media): their traffic goes through ``prism
proxy`` against ../shared/specs/google-drive/drive-v3-openapi.json, which validates requests and
responses. The upload routes are not in that file and are not checked.

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

    def test_listing_and_download_routes(self):
        helper = base.FakeGoogleDriveTest()
        helper.fake, helper.token = self.fake, self.token
        folder = self.fake.control("POST", "folders", {"name": "F", "parent": "root"})["id"]
        for i in range(3):
            helper.upload_small(f"f{i}.mp3", folder, b"x" * (i + 1))
        self.fake.control("POST", "folders", {"name": "sub", "parent": folder})
        query = {"q": f"'{folder}' in parents and trashed = false", "spaces": "drive",
                 "pageSize": "2",
                 "fields": "nextPageToken,files(id,name,mimeType,size,md5Checksum)"}
        status, page = self.call("GET", "/files?" + urlencode(query))
        self.assertEqual((status, len(page["files"])), (200, 2))
        status, rest = self.call("GET", "/files?" + urlencode(
            dict(query, pageToken=page["nextPageToken"])))
        files = page["files"] + rest["files"]
        self.assertEqual((status, len(files), "nextPageToken" in rest), (200, 4, False))
        self.assertEqual(sorted(f["mimeType"] == FOLDER for f in files),
                         [False, False, False, True])
        self.fake.control("POST", "faults", {"path_regex": "^/drive/v3/files\\?",
                                             "action": "omit_checksum"})
        status, page = self.call("GET", "/files?" + urlencode(query))
        self.assertFalse(any("md5Checksum" in f for f in page["files"]))
        # Known spec gap: the file (converted from the discovery document) declares only the
        # JSON File resource for files.get's 200, so Prism (--errors) turns the bytes alt=media
        # answers into a 500 that names the response's media type. The request itself (the
        # alt=media parameter) must be valid: no violation may concern it.
        fid = next(f["id"] for f in files if f["name"] == "f2.mp3")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request("GET", f"/files/{fid}?alt=media",
                         headers={"Authorization": "Bearer " + self.token})
            r = conn.getresponse()
            payload = r.read()
        finally:
            conn.close()
        if r.status == 200:
            self.assertEqual(payload, b"xxx")
        else:
            violations = json.loads(payload).get("validation", [])
            self.assertTrue(violations, payload)
            self.assertEqual([v for v in violations if v.get("location", [""])[0] != "response"],
                             [])
        status, _, data = helper.api("GET", f"/drive/v3/files/{fid}?alt=media")
        self.assertEqual((status, data), (200, b"xxx"))

if __name__ == "__main__":
    unittest.main()
