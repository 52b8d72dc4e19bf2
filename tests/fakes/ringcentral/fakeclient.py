# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Test helpers: start fake_ringcentral.py in a subprocess and talk to it (stdlib only)."""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import secrets
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlencode, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "fake_ringcentral.py")
CLIENT_ID = "rca-test-client"
REDIRECT_URI = "http://127.0.0.1:5000/oauth2callback"


class Reply:
    def __init__(self, status: int, headers, body: bytes):
        self.status = status
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def header(self, name: str, default=None):
        return self.headers.get(name.lower(), default)

    def __repr__(self):
        return f"<Reply {self.status} {self.body[:200]!r}>"


class FakeProcess:
    """fake_ringcentral.py running in a child process on a free port."""

    def __init__(self, *args: str, startup_timeout: float = 15.0):
        self.proc = subprocess.Popen([sys.executable, SCRIPT, "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + startup_timeout
        line = ""
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if line.startswith("LISTENING ") or not line:
                break
        if not line.startswith("LISTENING "):
            self.proc.kill()
            raise RuntimeError(f"fake did not start: {line!r} {self.proc.stderr.read()!r}")
        self.base = line.split()[1].strip()
        self.port = int(self.base.rsplit(":", 1)[1])

    def stop(self, timeout: float = 10.0) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout)
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()
        return self.proc.returncode


class Client:
    """A tiny HTTP client bound to one fake (or to a proxy in front of it)."""

    def __init__(self, base: str, timeout: float = 10.0):
        self.base = base.rstrip("/")
        self.timeout = timeout
        self.access_token: str | None = None
        self.refresh_token: str | None = None

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict | None = None, auth: bool = True) -> Reply:
        if url.startswith("/"):
            url = self.base + url
        parts = urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.timeout)
        try:
            h = dict(headers or {})
            if auth and self.access_token and "Authorization" not in h:
                h["Authorization"] = f"Bearer {self.access_token}"
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(method, target, body=body, headers=h)
            resp = conn.getresponse()
            data = resp.read()
            return Reply(resp.status, resp.getheaders(), data)
        finally:
            conn.close()

    def get(self, url: str, **kw) -> Reply:
        return self.request("GET", url, **kw)

    def post_form(self, url: str, form: dict, **kw) -> Reply:
        return self.request("POST", url, urlencode(form).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"}, **kw)

    def control(self, method: str, path: str, obj=None) -> Reply:
        body = None if obj is None else json.dumps(obj).encode()
        headers = {} if obj is None else {"Content-Type": "application/json"}
        return self.request(method, "/__fake/" + path.lstrip("/"), body, headers, auth=False)

    # ------------------------------------------------------------ OAuth flow
    @staticmethod
    def pkce() -> tuple[str, str]:
        verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        return verifier, challenge

    def authorize(self, challenge: str, state: str = "st-1", redirect_uri: str = REDIRECT_URI,
                  client_id: str = CLIENT_ID) -> Reply:
        q = urlencode({"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
                       "state": state, "code_challenge": challenge, "code_challenge_method": "S256"})
        return self.get("/restapi/oauth/authorize?" + q, auth=False)

    @staticmethod
    def redirect_params(reply: Reply) -> dict:
        return {k: v[0] for k, v in parse_qs(urlsplit(reply.header("location")).query).items()}

    def login(self) -> dict:
        verifier, challenge = self.pkce()
        code = self.redirect_params(self.authorize(challenge))["code"]
        reply = self.post_form("/restapi/oauth/token", {
            "grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI,
            "client_id": CLIENT_ID, "code_verifier": verifier}, auth=False)
        if reply.status != 200:
            raise AssertionError(f"login failed: {reply}")
        info = reply.json()
        self.access_token, self.refresh_token = info["access_token"], info["refresh_token"]
        return info

    def refresh(self, token: str | None = None) -> Reply:
        reply = self.post_form("/restapi/oauth/token", {
            "grant_type": "refresh_token", "refresh_token": token or self.refresh_token,
            "client_id": CLIENT_ID}, auth=False)
        if reply.status == 200:
            info = reply.json()
            self.access_token, self.refresh_token = info["access_token"], info["refresh_token"]
        return reply
