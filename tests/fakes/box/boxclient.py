# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tests' side of the fake Box: the fake in a subprocess (Fake) and a small client that
signs in and calls the API the way a connector would (BoxClient). Standard library only."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import subprocess
import sys
from urllib.parse import parse_qs, urlencode, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT_ID, CLIENT_SECRET = "fake-box-client-id", "fake-box-client-secret"
REDIRECT = "http://127.0.0.1:9/callback"
# What a dropped connection looks like to http.client, depending on when it happens.
DROPPED = (http.client.HTTPException, ConnectionError, OSError)


def sha1_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode()


def multipart(fields: list[tuple[str, bytes]], boundary="xYzBoundary42") -> tuple[bytes, str]:
    out = b""
    for name, content in fields:
        # A file part without Content-Type crashes Prism 5.14.2's multipart parser.
        extra = ('; filename="blob"\r\nContent-Type: application/octet-stream'
                 if name == "file" else "")
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{extra}\r\n"
                "\r\n").encode() + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


class Fake:
    """fake_box.py in a subprocess on a free port."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_box.py"),
                                      "--port", "0", *args], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith("LISTENING "):
            self.proc.kill()
            raise RuntimeError("the fake did not start: %r" % line)
        self.base = line.split(" ", 1)[1]
        self.port = urlsplit(self.base).port

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stdout.close()

    def request(self, method, path, body=b"", headers=None, port=None):
        """(status, headers with lower-case names, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", port or self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            conn.close()

    def control(self, method, what, body=None):
        status, _, data = self.request(method, "/__fake/" + what,
                                       json.dumps(body).encode() if body is not None else b"")
        if status != 200:
            raise AssertionError(f"control {method} {what}: {status} {data!r}")
        return json.loads(data)


class BoxClient:
    """Signs in like a connector and calls the API; answers (status, headers, JSON or bytes).
    port: where requests go (the fake by default); spec_paths: send the paths as the OpenAPI
    file names them, without the host's prefix ("/2.0/users/me" goes out as "/users/me")."""

    def __init__(self, fake: Fake, port=None, spec_paths=False):
        self.fake, self.port, self.spec_paths = fake, port, spec_paths
        self.access = self.refresh_token = None

    def request(self, method, path, body=b"", headers=None):
        if self.spec_paths:
            path = "/authorize" + path[len("/api/oauth2/authorize"):] \
                if path.startswith("/api/oauth2/authorize") \
                else path.removeprefix("/api/2.0").removeprefix("/2.0")
        status, headers, data = self.fake.request(method, path, body, headers, self.port)
        if data[:1] in (b"{", b"["):
            data = json.loads(data)
        return status, headers, data

    def authorize(self, state="st4te", **extra) -> dict:
        query = dict({"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT,
                      "state": state}, **extra)
        status, headers, data = self.request("GET", "/api/oauth2/authorize?" + urlencode(query))
        assert status == 302, (status, data)
        return {k: v[0] for k, v in parse_qs(urlsplit(headers["location"]).query).items()}

    def token(self, **form):
        form = dict({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, **form)
        return self.request("POST", "/oauth2/token", urlencode(form).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self):
        code = self.authorize()["code"]
        status, _, answer = self.token(grant_type="authorization_code", code=code)
        assert status == 200, answer
        self.access, self.refresh_token = answer["access_token"], answer["refresh_token"]
        return answer

    def refresh(self):
        status, headers, answer = self.token(grant_type="refresh_token",
                                             refresh_token=self.refresh_token)
        if status == 200:
            self.access, self.refresh_token = answer["access_token"], answer["refresh_token"]
        return status, headers, answer

    def api(self, method, path, body=None, headers=None):
        h = {"Authorization": "Bearer " + self.access}
        data = b""
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        elif body is not None:
            data = body
        h.update(headers or {})
        return self.request(method, path, data, h)

    def mkdir(self, name, parent="0"):
        return self.api("POST", "/2.0/folders", {"name": name, "parent": {"id": parent}})

    def upload(self, name, parent, data, file_id=None, md5=True, order=("attributes", "file"),
               headers=None, query=""):
        attrs = json.dumps({"name": name, "parent": {"id": parent}}).encode()
        body, ctype = multipart([(n, attrs if n == "attributes" else data) for n in order])
        h = {"Content-Type": ctype}
        if md5:
            h["Content-MD5"] = md5 if isinstance(md5, str) else hashlib.sha1(data).hexdigest()
        h.update(headers or {})
        path = f"/api/2.0/files/{file_id}/content" if file_id else "/api/2.0/files/content"
        return self.api("POST", path + query, body, h)

    def create_session(self, name, folder, size, file_id=None):
        if file_id:
            return self.api("POST", f"/api/2.0/files/{file_id}/upload_sessions",
                            {"file_size": size})
        return self.api("POST", "/api/2.0/files/upload_sessions",
                        {"folder_id": folder, "file_size": size, "file_name": name})

    def put_part(self, sid, offset, chunk, total, digest=None):
        return self.api("PUT", f"/api/2.0/files/upload_sessions/{sid}", chunk, {
            "Content-Type": "application/octet-stream",
            "Content-Range": f"bytes {offset}-{offset + len(chunk) - 1}/{total}",
            "Digest": "sha=" + (digest or sha1_b64(chunk))})

    def commit(self, sid, parts, whole: bytes, digest=None):
        return self.api("POST", f"/api/2.0/files/upload_sessions/{sid}/commit",
                        {"parts": parts}, {"Digest": "sha=" + (digest or sha1_b64(whole))})

    def upload_in_session(self, name, folder, data, file_id=None):
        """Create, send every part, commit: the commit's answer."""
        status, _, s = self.create_session(name, folder, len(data), file_id)
        assert status == 201, s
        parts = []
        for offset in range(0, len(data), s["part_size"]):
            status, _, part = self.put_part(s["id"], offset,
                                            data[offset:offset + s["part_size"]], len(data))
            assert status == 200, part
            parts.append(part["part"])
        return self.commit(s["id"], parts, data)
