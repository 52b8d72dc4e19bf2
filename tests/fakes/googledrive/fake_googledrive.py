#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake Google Drive (OAuth for installed apps + Drive v3 files and uploads) on 127.0.0.1.

    python3 fake_googledrive.py --port 0

prints ``LISTENING http://127.0.0.1:PORT`` once it accepts connections. One base URL serves
everything: ``/o/oauth2/v2/auth``, ``/token``, ``/revoke`` (accounts.google.com and
oauth2.googleapis.com) and ``/drive/v3/...``, ``/upload/drive/v3/...`` (www.googleapis.com).
Contents are kept in spooled temporary files (memory up to 8 MiB each, then disk, so a 256 MiB
benchmark costs no memory) and served by ``files/{id}?alt=media``. ``files.list`` pages with
``pageToken``; ``PATCH /upload/drive/v3/files/{id}?uploadType=resumable`` opens a session that
replaces the content of an existing file (same id and name) when it completes.

Control API (JSON) under ``/__fake/``:
  POST   /__fake/reset                  forget files, tokens, faults, log; default config
  POST   /__fake/config    {...}        token_lifetime, quota_bytes, require_pkce, client_id,
                                        client_secret, min_chunk (256 KiB)
  POST   /__fake/faults    {rule}       add a fault rule (see Fault); returns {"id": n}
  DELETE /__fake/faults                 remove every rule
  POST   /__fake/expire_tokens          every access token is now expired (401)
  POST   /__fake/revoke                 every token revoked (401, then invalid_grant)
  GET    /__fake/requests?since=N&path_regex=R   the request log
  GET    /__fake/files                  ground truth: id, name, mimeType, parents, size, md5,
                                        sha256, createdTime, trashed
  POST   /__fake/folders   {name, parent}   create a folder as the app would ("root" allowed)
  POST   /__fake/files     {name, parent, content_b64}   create a file as the app would
  GET    /__fake/sessions               open resumable sessions and how much each holds
  POST   /__fake/tamper    {...}        change stored content as someone else would (size, md5
                                        and sha256 follow; not counted as an upload); answers
                                        the file's ground truth ({} after delete). The file is
                                        {"id": ID} or {"path": "Apps/RingCentral Application/a/b"}
                                        (names from the Drive root, the oldest of a name):
                                        {"action": "delete", ...}
                                        {"action": "truncate", ..., "size": 10}
                                        {"action": "flip", ..., "offset": 0}   (one byte ^ 0xFF)
                                        {"action": "add", "name": any, "parent": ID or
                                         "folder": path, "content_b64": "..."}  (a stray file)
  GET    /__fake/uploads                files written by uploads (created or replaced by a
                                        completed multipart or resumable upload):
                                        {"total": n, "paths": {"Apps/…/a.mp3": n}, "ids": {…}};
                                        DELETE zeroes it

Fault rule: {"path_regex": "...", "method": "PUT", "count": 1, "action": A, ...} where A is
  "status" (with "status", optional "reason" for 403s, "retry_after"), "drop" (close the
  connection without answering, before reading the body), "drop_mid_chunk" (read about half a
  chunk, keep it when "keep" is true - rounded down to 256 KiB - and close), "forget_session"
  (the session is gone: 404), "corrupt_md5" (the final answer reports a wrong md5Checksum),
  "omit_checksum" (a files.list answer without md5Checksum), "drop_mid_download" (alt=media
  sends half the content, then closes).
Config "max_page_size" caps the entries of one files.list page (the real API may return fewer
than pageSize too).
  Optional "skip": let that many matching requests pass first.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import secrets
import signal
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

FOLDER_MIME = "application/vnd.google-apps.folder"
KIB256 = 256 * 1024
SPOOL_MAX = 8 * 1024 * 1024


def spool_of(data: bytes = b""):
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX)
    spool.write(data)
    return spool


def default_config() -> dict:
    return {
        "token_lifetime": 3599,
        "quota_bytes": None,
        "require_pkce": True,
        "client_id": None,  # None: any client id
        "client_secret": None,  # None: any secret, but one must be sent
        "min_chunk": KIB256,
        "max_page_size": None,
    }


class QueryError(Exception):
    pass


def tokenize_q(q: str) -> list[tuple[str, str]]:
    """Tokens of a Drive query: ('str', value), ('word', text), ('op', op)."""
    out = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c == "'":
            i += 1
            buf = []
            while True:
                if i >= n:
                    raise QueryError("unterminated string")
                c = q[i]
                if c == "\\":
                    if i + 1 >= n:
                        raise QueryError("dangling escape")
                    buf.append(q[i + 1])
                    i += 2
                elif c == "'":
                    i += 1
                    break
                else:
                    buf.append(c)
                    i += 1
            out.append(("str", "".join(buf)))
        elif q.startswith("!=", i):
            out.append(("op", "!="))
            i += 2
        elif c == "=":
            out.append(("op", "="))
            i += 1
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] not in "='!":
                j += 1
            if j == i:
                raise QueryError(f"unexpected {c!r}")
            out.append(("word", q[i:j]))
            i = j
    return out


def parse_q(q: str) -> list[tuple]:
    """The subset the client uses: clauses joined by 'and'."""
    toks = tokenize_q(q)
    clauses, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "str" and i + 2 < len(toks) and toks[i + 1] == ("word", "in") \
                and toks[i + 2] == ("word", "parents"):
            clauses.append(("in_parents", t[1]))
            i += 3
        elif t[0] == "word" and t[1] in ("name", "mimeType", "trashed") and i + 2 < len(toks) \
                and toks[i + 1][0] == "op":
            op, val = toks[i + 1][1], toks[i + 2]
            if t[1] == "trashed":
                if val[0] != "word" or val[1] not in ("true", "false"):
                    raise QueryError("trashed needs true or false")
                clauses.append(("trashed", op, val[1] == "true"))
            else:
                if val[0] != "str":
                    raise QueryError(f"{t[1]} needs a string")
                clauses.append((t[1], op, val[1]))
            i += 3
        else:
            raise QueryError(f"cannot parse near {t[1]!r}")
        if i < len(toks):
            if toks[i] != ("word", "and"):
                raise QueryError("only 'and' is supported")
            i += 1
            if i >= len(toks):
                raise QueryError("dangling and")
    return clauses


def google_error(code: int, message: str, reason: str, domain: str = "global",
                 status: str | None = None, **extra) -> dict:
    err = {"message": message, "domain": domain, "reason": reason}
    err.update(extra)
    body = {"error": {"code": code, "message": message, "errors": [err]}}
    if status:
        body["error"]["status"] = status
    return body


class State:
    def __init__(self):
        self.lock = threading.RLock()
        self.reset()

    def reset(self):
        self.config = default_config()
        self.files: dict[str, dict] = {}
        self.root_id = "0AfakeRootFolder" + secrets.token_hex(4)
        self.codes: dict[str, dict] = {}
        self.access: dict[str, float] = {}  # token -> expiry (monotonic)
        self.refresh: set[str] = set()
        self.sessions: dict[str, dict] = {}
        self.faults: list[dict] = []
        self.next_fault = 1
        self.log: list[dict] = []
        self.seq = 0
        self.clock = 0
        self.uploads: dict[str, int] = {}  # file id -> uploads that wrote it

    def created_time(self) -> str:
        # strictly increasing, so "oldest" is well defined even within one second
        self.clock += 1
        t = time.time()
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % (self.clock % 1000)

    def new_file(self, name, parents, mime, size=0, md5=None, sha256=None,
                 content=None) -> dict:
        fid = "1" + secrets.token_urlsafe(24).replace("-", "x").replace("_", "y")
        f = {"id": fid, "name": name, "mimeType": mime, "parents": list(parents),
             "createdTime": self.created_time(), "order": self.clock, "trashed": False}
        if mime != FOLDER_MIME:
            self.set_content(f, content or spool_of(), size, md5, sha256)
        self.files[fid] = f
        return f

    @staticmethod
    def set_content(f, content, size=None, md5=None, sha256=None):
        """Gives f new content (a spool); size and hashes are computed when not given."""
        if size is None or md5 is None or sha256 is None:
            size, m, s = 0, hashlib.md5(), hashlib.sha256()
            content.seek(0)
            for block in iter(lambda: content.read(1 << 20), b""):
                size += len(block)
                m.update(block)
                s.update(block)
            md5, sha256 = m.hexdigest(), s.hexdigest()
        old = f.get("content")
        if old is not None and old is not content:
            old.close()
        f["content"] = content
        f["size"] = str(size)
        f["md5Checksum"] = md5
        f["sha256"] = sha256
        f["version"] = str(int(f.get("version", "0")) + 1)

    def path_of(self, f) -> str:
        """Names from the Drive root: "Apps/RingCentral Application/a.mp3"."""
        names = []
        while f is not None:
            names.append(f["name"])
            f = self.files.get(f["parents"][0]) if f["parents"] else None
        return "/".join(reversed(names))

    def find_path(self, path: str, folder: bool | None = None):
        """The oldest file at a path of names from the Drive root; None when there is none."""
        parent, found = self.root_id, None
        for i, name in enumerate(path.split("/")):
            last = i == len(path.split("/")) - 1
            matches = [f for f in self.files.values() if f["name"] == name
                       and parent in f["parents"] and not f["trashed"]
                       and (not last or folder is None
                            or (f["mimeType"] == FOLDER_MIME) == folder)]
            if not matches:
                return None
            found = min(matches, key=lambda f: f["order"])
            parent = found["id"]
        return found

    def count_upload(self, f):
        self.uploads[f["id"]] = self.uploads.get(f["id"], 0) + 1

    def resolve_parent(self, pid: str) -> str:
        return self.root_id if pid == "root" else pid

    def used_bytes(self) -> int:
        return sum(int(f.get("size", 0)) for f in self.files.values())


STATE = State()


def file_resource(f: dict, fields: str | None, default_keys=("kind", "id", "name", "mimeType")):
    full = {"kind": "drive#file", "id": f["id"], "name": f["name"], "mimeType": f["mimeType"],
            "parents": f["parents"], "createdTime": f["createdTime"], "trashed": f["trashed"]}
    if "size" in f:
        full["size"] = f["size"]
        full["md5Checksum"] = f["md5Checksum"]
        full["sha256Checksum"] = f["sha256"]
    if not fields or fields == "*":
        return {k: full[k] for k in default_keys if k in full} if not fields else full
    keys = [k.strip() for k in fields.split(",") if k.strip()]
    return {k: full[k] for k in keys if k in full}


def split_list_fields(fields: str | None) -> tuple[list[str], str | None]:
    """'nextPageToken,files(id,name)' -> (['nextPageToken'], 'id,name')."""
    if not fields:
        return ["kind", "incompleteSearch"], None
    top, inner = [], None
    m = re.search(r"files\(([^)]*)\)", fields)
    if m:
        inner = m.group(1)
        fields = fields[:m.start()] + fields[m.end():]
    for part in fields.split(","):
        part = part.strip()
        if part == "files":
            inner = "*"
        elif part:
            top.append(part)
    return top, inner


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, Nagle and the client's
    # delayed ACK add 40 ms to every answer (the small-file benchmark measured that).
    disable_nagle_algorithm = True
    server_version = "FakeGoogleDrive/1.0"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("%s\n" % (fmt % args))

    # ------------------------------------------------------------------ plumbing
    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def dispatch(self, method):
        url = urlsplit(self.path)
        self.method, self.route = method, url.path
        self.query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.status_sent = None
        self.body_read = False
        self.entry = None
        try:
            if self.route.startswith("/__fake/"):
                self.control()
                return
            with STATE.lock:
                STATE.seq += 1
                self.entry = {"seq": STATE.seq, "method": method, "path": self.route,
                              "query": url.query, "status": None,
                              "content_range": self.headers.get("Content-Range"),
                              "content_length": int(self.headers.get("Content-Length") or 0),
                              "time": time.time()}
                STATE.log.append(self.entry)
                fault = self.take_fault()
            if fault and self.apply_fault(fault):
                return
            self.fault = fault
            self.route_request()
        except ConnectionError:
            self.close_connection = True
        finally:
            if self.entry is not None and self.entry["status"] is None:
                self.entry["status"] = self.status_sent

    def take_fault(self):
        for rule in STATE.faults:
            if rule.get("method") and rule["method"] != self.method:
                continue
            if rule.get("path_regex") and not re.search(rule["path_regex"], self.path):
                continue
            if rule.get("skip", 0) > 0:
                rule["skip"] -= 1
                continue
            rule["count"] = rule.get("count", 1) - 1
            if rule["count"] <= 0:
                STATE.faults.remove(rule)
            return dict(rule)
        return None

    def apply_fault(self, rule) -> bool:
        action = rule.get("action", "status")
        self.entry["fault"] = action
        if action == "status":
            self.read_body()
            status = int(rule.get("status", 500))
            reason = rule.get("reason")
            headers = {}
            if rule.get("retry_after") is not None:
                headers["Retry-After"] = str(rule["retry_after"])
            if status == 403 and reason == "storageQuotaExceeded":
                body = google_error(403, "The user's Drive storage quota has been exceeded.",
                                    "storageQuotaExceeded", domain="usageLimits")
            elif status == 403:
                reason = reason or "userRateLimitExceeded"
                body = google_error(403, "User rate limit exceeded.", reason,
                                    domain="usageLimits")
            elif status == 429:
                body = google_error(429, "Rate limit exceeded", "rateLimitExceeded",
                                    domain="usageLimits", status="RESOURCE_EXHAUSTED")
            elif status == 401:
                body = self.auth_error_body()
            else:
                body = google_error(status, "Backend Error", "backendError")
            self.send_json(status, body, headers)
            return True
        if action == "drop":
            self.drop()
            return True
        if action in ("forget_session", "corrupt_md5", "drop_mid_chunk", "omit_checksum",
                      "drop_mid_download"):
            return False  # handled where they apply
        return False

    def drop(self):
        self.status_sent = 0
        self.close_connection = True
        try:
            self.connection.shutdown(2)
        except OSError:
            pass

    def read_body(self) -> bytes:
        if self.body_read:
            return b""
        self.body_read = True
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send_json(self, status: int, obj, headers: dict | None = None):
        data = json.dumps(obj).encode()
        self.send_raw(status, data, "application/json; charset=UTF-8", headers)

    def send_raw(self, status, data: bytes, ctype="text/plain", headers=None):
        if not self.body_read and self.method in ("POST", "PUT", "PATCH"):
            self.read_body()
        self.status_sent = status
        self.send_response(status)
        if data or status not in (204, 304):
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data:
            self.wfile.write(data)

    def auth_error_body(self):
        return google_error(401, "Request had invalid authentication credentials. Expected OAuth 2 "
                                 "access token, login cookie or other valid authentication "
                                 "credential.", "authError", location="Authorization",
                            locationType="header", status="UNAUTHENTICATED")

    def check_auth(self) -> bool:
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        with STATE.lock:
            expiry = STATE.access.get(token) if token else None
        if expiry is None or expiry < time.monotonic():
            self.send_json(401, self.auth_error_body(),
                           {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                                                'error="invalid_token"'})
            return False
        return True

    def not_found(self, what="Not Found"):
        self.send_json(404, google_error(404, what, "notFound", location="fileId",
                                         locationType="parameter"))

    def bad_request(self, message, reason="badRequest"):
        self.send_json(400, google_error(400, message, reason))

    # ------------------------------------------------------------------ routes
    def route_request(self):
        r, m = self.route, self.method
        if r == "/o/oauth2/v2/auth" and m == "GET":
            return self.authorize()
        if r == "/token" and m == "POST":
            return self.token()
        if r == "/revoke" and m == "POST":
            return self.revoke()
        if r == "/drive/v3/files" and m == "GET":
            return self.with_auth(self.files_list)
        if r == "/drive/v3/files" and m == "POST":
            return self.with_auth(self.files_create)
        mm = re.fullmatch(r"/drive/v3/files/([^/]+)", r)
        if mm and m == "GET":
            return self.with_auth(lambda: self.files_get(mm.group(1)))
        if mm and m == "DELETE":
            return self.with_auth(lambda: self.files_delete(mm.group(1)))
        mu = re.fullmatch(r"/upload/drive/v3/files/([^/]+)", r)
        if mu:
            if m == "PATCH" and self.query.get("uploadType") == "resumable":
                return self.with_auth(lambda: self.upload_start(mu.group(1)))
            if m == "PUT" and self.query.get("upload_id"):
                return self.upload_put()
            if m == "DELETE" and self.query.get("upload_id"):
                return self.upload_cancel()
            if m == "PATCH":
                return self.bad_request("This fake updates content only with "
                                        "uploadType=resumable")
        if r == "/upload/drive/v3/files":
            if m == "POST" and self.query.get("uploadType") == "multipart":
                return self.with_auth(self.upload_multipart)
            if m == "POST" and self.query.get("uploadType") == "resumable":
                return self.with_auth(self.upload_start)
            if m == "PUT" and self.query.get("upload_id"):
                return self.upload_put()
            if m == "DELETE" and self.query.get("upload_id"):
                return self.upload_cancel()
            if m == "POST" and self.query.get("uploadType") == "media":
                return self.bad_request("uploadType=media is not supported by the fake")
        self.send_json(404, google_error(404, f"Not Found: {m} {r}", "notFound"))

    def with_auth(self, fn):
        if self.check_auth():
            fn()

    # OAuth ---------------------------------------------------------------
    def authorize(self):
        q = self.query
        cfg = STATE.config
        redirect = q.get("redirect_uri", "")
        ru = urlsplit(redirect)
        if ru.scheme != "http" or ru.hostname not in ("127.0.0.1", "localhost", "[::1]"):
            return self.send_raw(400, b"Error 400: invalid_request (redirect_uri must be a "
                                      b"loopback address)")
        if cfg["client_id"] and q.get("client_id") != cfg["client_id"]:
            return self.send_raw(401, b"Error 401: invalid_client (The OAuth client was not found.)")
        params = {"state": q.get("state", "")}
        if q.get("response_type") != "code":
            params["error"] = "unsupported_response_type"
        elif cfg["require_pkce"] and (not q.get("code_challenge")
                                      or q.get("code_challenge_method") != "S256"):
            params["error"] = "invalid_request"
        else:
            code = "4/0A" + secrets.token_urlsafe(32)
            with STATE.lock:
                STATE.codes[code] = {"client_id": q.get("client_id"), "redirect_uri": redirect,
                                     "challenge": q.get("code_challenge"),
                                     "scope": q.get("scope", ""),
                                     "offline": q.get("access_type") == "offline"}
            params["code"] = code
            params["scope"] = q.get("scope", "")
        self.send_raw(302, b"", headers={"Location": redirect + ("&" if "?" in redirect else "?")
                                          + urlencode(params)})

    def form(self) -> dict:
        body = self.read_body().decode()
        return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def oauth_error(self, status, error, description):
        self.send_json(status, {"error": error, "error_description": description})

    def issue_access(self) -> dict:
        token = "ya29.fake-" + secrets.token_urlsafe(32)
        STATE.access[token] = time.monotonic() + STATE.config["token_lifetime"]
        return {"access_token": token, "expires_in": STATE.config["token_lifetime"],
                "scope": "https://www.googleapis.com/auth/drive.file", "token_type": "Bearer"}

    def token(self):
        f = self.form()
        cfg = STATE.config
        if cfg["client_id"] and f.get("client_id") != cfg["client_id"]:
            return self.oauth_error(401, "invalid_client", "The OAuth client was not found.")
        if not f.get("client_secret") or (cfg["client_secret"]
                                          and f["client_secret"] != cfg["client_secret"]):
            return self.oauth_error(400 if not f.get("client_secret") else 401,
                                    "invalid_request" if not f.get("client_secret")
                                    else "invalid_client", "client_secret is missing or wrong.")
        grant = f.get("grant_type")
        with STATE.lock:
            if grant == "authorization_code":
                code = STATE.codes.pop(f.get("code", ""), None)
                if not code or code["client_id"] != f.get("client_id") \
                        or code["redirect_uri"] != f.get("redirect_uri"):
                    return self.oauth_error(400, "invalid_grant", "Malformed auth code.")
                if code["challenge"]:
                    digest = hashlib.sha256(f.get("code_verifier", "").encode()).digest()
                    expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
                    if expected != code["challenge"]:
                        return self.oauth_error(400, "invalid_grant", "Invalid code verifier.")
                answer = self.issue_access()
                if code["offline"]:
                    rt = "1//0fake-" + secrets.token_urlsafe(32)
                    STATE.refresh.add(rt)
                    answer["refresh_token"] = rt
                return self.send_json(200, answer)
            if grant == "refresh_token":
                if f.get("refresh_token") not in STATE.refresh:
                    return self.oauth_error(400, "invalid_grant",
                                            "Token has been expired or revoked.")
                return self.send_json(200, self.issue_access())  # Google keeps the refresh token
        self.oauth_error(400, "unsupported_grant_type", "Invalid grant_type: " + str(grant))

    def revoke(self):
        f = self.form()
        token = f.get("token") or self.query.get("token")
        with STATE.lock:
            if token in STATE.refresh:
                STATE.refresh.discard(token)
                STATE.access.clear()  # revoking the grant ends its access tokens too
                return self.send_json(200, {})
            if token in STATE.access:
                STATE.access.pop(token)
                return self.send_json(200, {})
        self.oauth_error(400, "invalid_token", "Token expired or revoked")

    # Drive metadata --------------------------------------------------------
    def matching(self, clauses) -> list[dict]:
        out = []
        for f in STATE.files.values():
            ok = True
            for c in clauses:
                if c[0] == "in_parents":
                    ok = STATE.resolve_parent(c[1]) in f["parents"]
                elif c[0] == "trashed":
                    ok = (f["trashed"] == c[2]) == (c[1] == "=")
                else:
                    ok = (f[c[0]] == c[2]) == (c[1] == "=")
                if not ok:
                    break
            if ok:
                out.append(f)
        return out

    def files_list(self):
        omit = self.fault is not None and self.fault.get("action") == "omit_checksum"
        q = self.query.get("q", "")
        try:
            clauses = parse_q(q) if q else []
        except QueryError as e:
            return self.send_json(400, google_error(400, f"Invalid Value: {e}", "invalid",
                                                    location="q", locationType="parameter"))
        order = self.query.get("orderBy", "")
        try:
            page_size = int(self.query.get("pageSize", "100"))
        except ValueError:
            return self.bad_request("Invalid pageSize")
        page_size = max(1, min(page_size, 1000, STATE.config["max_page_size"] or 1000))
        with STATE.lock:
            found = self.matching(clauses)
            if order.startswith("createdTime"):
                found.sort(key=lambda f: f["order"], reverse=order.endswith(" desc"))
            elif order.startswith("name"):
                found.sort(key=lambda f: f["name"])
            start = int(self.query.get("pageToken") or 0)
            page = found[start:start + page_size]
            top, inner = split_list_fields(self.query.get("fields"))
            body = {}
            if "kind" in top:
                body["kind"] = "drive#fileList"
            if "incompleteSearch" in top:
                body["incompleteSearch"] = False
            if start + page_size < len(found) and ("nextPageToken" in top or not
                                                   self.query.get("fields")):
                body["nextPageToken"] = str(start + page_size)
            body["files"] = [file_resource(f, inner) for f in page]
            if omit:
                for f in body["files"]:
                    f.pop("md5Checksum", None)
        self.send_json(200, body)

    def files_get(self, fid):
        with STATE.lock:
            if fid == "root":
                fid = STATE.root_id
                if fid not in STATE.files:
                    f = {"id": fid, "name": "My Drive", "mimeType": FOLDER_MIME, "parents": [],
                         "createdTime": "2020-01-01T00:00:00.000Z", "order": 0, "trashed": False}
                    return self.send_json(200, file_resource(f, self.query.get("fields")))
            f = STATE.files.get(fid)
            if not f:
                return self.not_found(f"File not found: {fid}.")
            if self.query.get("alt") == "media":
                return self.download(f)
            self.send_json(200, file_resource(f, self.query.get("fields")))

    def download(self, f):
        """The content of f (alt=media), read in blocks so no file is held whole."""
        if f["mimeType"] == FOLDER_MIME:
            return self.send_json(403, google_error(
                403, "Only files with binary content can be downloaded. Use Export with Docs "
                     "Editors files.", "fileNotDownloadable", location="alt",
                locationType="parameter"))
        content, size = f["content"], int(f["size"])
        if self.fault and self.fault.get("action") == "drop_mid_download":
            size_sent = size // 2
        else:
            size_sent = size
        self.status_sent = 200
        self.send_response(200)
        self.send_header("Content-Type", f["mimeType"])
        self.send_header("Content-Length", str(size))
        self.end_headers()
        offset = 0
        while offset < size_sent:
            with STATE.lock:
                content.seek(offset)
                block = content.read(min(1 << 20, size_sent - offset))
            if not block:
                break
            self.wfile.write(block)
            offset += len(block)
        if size_sent < size:
            self.wfile.flush()
            self.drop()

    def files_delete(self, fid):
        with STATE.lock:
            if fid not in STATE.files:
                return self.not_found(f"File not found: {fid}.")
            del STATE.files[fid]
        self.send_raw(204, b"")

    def metadata_from(self, meta: dict, media_type: str | None = None):
        """(name, parents, mimeType) or an error already sent."""
        name = meta.get("name")
        if not isinstance(name, str) or not name:
            name = "Untitled"
        parents = meta.get("parents") or ["root"]
        if not isinstance(parents, list) or len(parents) != 1:
            self.bad_request("A file must have exactly one parent.", "cannotAddParent")
            return None
        pid = STATE.resolve_parent(parents[0])
        if pid != STATE.root_id and (pid not in STATE.files
                                     or STATE.files[pid]["mimeType"] != FOLDER_MIME):
            self.not_found(f"File not found: {parents[0]}.")
            return None
        return name, [pid], meta.get("mimeType") or media_type or "application/octet-stream"

    def files_create(self):
        try:
            meta = json.loads(self.read_body() or b"{}")
        except ValueError:
            return self.bad_request("Invalid JSON payload received.", "parseError")
        with STATE.lock:
            parsed = self.metadata_from(meta)
            if parsed is None:
                return
            f = STATE.new_file(*parsed)
            self.send_json(200, file_resource(f, self.query.get("fields")))

    def quota_exceeded(self, extra: int) -> bool:
        quota = STATE.config["quota_bytes"]
        if quota is not None and STATE.used_bytes() + extra > quota:
            self.send_json(403, google_error(403, "The user's Drive storage quota has been "
                                                  "exceeded.", "storageQuotaExceeded",
                                             domain="usageLimits"))
            return True
        return False

    def finish_file(self, name, parents, mime, size, md5, sha256, content, target=None):
        """Stores an upload: a new file, or new content for the file target (an update)."""
        f = STATE.files.get(target) if target else None
        if target and f is None:
            return None
        if f is not None:
            STATE.set_content(f, content, size, md5, sha256)
            f["name"] = name or f["name"]
        else:
            f = STATE.new_file(name, parents, mime, size, md5, sha256, content)
        STATE.count_upload(f)
        res = file_resource(f, self.query.get("fields"))
        if self.fault and self.fault.get("action") == "corrupt_md5" and "md5Checksum" in res:
            res["md5Checksum"] = hashlib.md5(b"corrupt" + md5.encode()).hexdigest()
        return res

    def upload_multipart(self):
        ctype = self.headers.get("Content-Type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/related") or not m:
            return self.bad_request("Multipart upload needs Content-Type multipart/related.")
        n = int(self.headers.get("Content-Length") or 0)
        if n > 5 * 1024 * 1024 + 64 * 1024:
            return self.bad_request("Multipart uploads are limited to 5 MB.", "badContent")
        body = self.read_body()
        delim = b"--" + m.group(1).encode()
        parts = body.split(delim)
        # ['', part1, part2, '--\r\n']
        if len(parts) < 4 or not parts[-1].startswith(b"--"):
            return self.bad_request("Malformed multipart body.")

        def split_part(p: bytes) -> tuple[str, bytes]:
            p = p[2:] if p.startswith(b"\r\n") else p
            head, _, content = p.partition(b"\r\n\r\n")
            m = re.search(rb"(?im)^content-type:\s*([^;\r\n]+)", head)
            return (m.group(1).decode().strip() if m else None,
                    content[:-2] if content.endswith(b"\r\n") else content)

        try:
            meta = json.loads(split_part(parts[1])[1] or b"{}")
        except ValueError:
            return self.bad_request("Invalid JSON metadata part.", "parseError")
        media_type, data = split_part(parts[2])
        with STATE.lock:
            parsed = self.metadata_from(meta, media_type)
            if parsed is None or self.quota_exceeded(len(data)):
                return
            res = self.finish_file(*parsed, len(data), hashlib.md5(data).hexdigest(),
                                   hashlib.sha256(data).hexdigest(), spool_of(data))
        self.send_json(200, res)

    def upload_start(self, target=None):
        """A resumable session: creates a file, or (target: files.update) replaces the content
        of an existing one when it completes."""
        try:
            meta = json.loads(self.read_body() or b"{}")
        except ValueError:
            return self.bad_request("Invalid JSON payload received.", "parseError")
        total = self.headers.get("X-Upload-Content-Length")
        with STATE.lock:
            if target is not None:
                f = STATE.files.get(target)
                if f is None:
                    return self.not_found(f"File not found: {target}.")
                if f["mimeType"] == FOLDER_MIME:
                    return self.bad_request("A folder has no content to update.")
                if "parents" in meta:
                    return self.send_json(403, google_error(
                        403, "The parents field is not directly writable in update requests. "
                             "Use the addParents and removeParents parameters instead.",
                        "fieldNotWritable"))
                parsed = (meta.get("name") or f["name"], f["parents"], f["mimeType"])
            else:
                parsed = self.metadata_from(meta, self.headers.get("X-Upload-Content-Type"))
            if parsed is None:
                return
            if total is not None and self.quota_exceeded(int(total)):
                return
            sid = "ADPycd" + secrets.token_urlsafe(24)
            STATE.sessions[sid] = {"meta": parsed, "received": 0, "md5": hashlib.md5(),
                                   "sha256": hashlib.sha256(), "fields": self.query.get("fields"),
                                   "done": None, "content": spool_of(), "target": target}
        host = self.headers.get("Host", "127.0.0.1:%d" % self.server.server_port)
        location = f"http://{host}/upload/drive/v3/files" + (f"/{target}" if target else "") \
            + "?" + urlencode({"uploadType": "resumable", "upload_id": sid})
        self.send_raw(200, b"", headers={"Location": location, "X-GUploader-UploadID": sid})

    def session_gone(self):
        self.send_json(404, google_error(404, "Upload session not found or expired.", "notFound"))

    def upload_cancel(self):
        with STATE.lock:
            STATE.sessions.pop(self.query["upload_id"], None)
        self.send_raw(499, b"")

    def range_headers(self, s) -> dict:
        return {"Range": f"bytes=0-{s['received'] - 1}"} if s["received"] else {}

    def upload_put(self):
        if self.headers.get("Authorization") and not self.check_auth():
            return
        sid = self.query["upload_id"]
        fault = self.fault or {}
        with STATE.lock:
            s = STATE.sessions.get(sid)
            if fault.get("action") == "forget_session":
                STATE.sessions.pop(sid, None)
                s = None
        if s is None:
            return self.session_gone()
        cr = self.headers.get("Content-Range", "")
        n = int(self.headers.get("Content-Length") or 0)
        m_status = re.fullmatch(r"bytes \*/(\*|\d+)", cr)
        m_data = re.fullmatch(r"bytes (\d+)-(\d+)/(\*|\d+)", cr)
        if m_status:
            self.read_body()
            with STATE.lock:
                if s["done"] is not None:
                    return self.send_json(200, s["done"])
                total = m_status.group(1)
                if total != "*" and int(total) == s["received"]:
                    return self.complete(sid, s)
                return self.send_raw(308, b"", headers=self.range_headers(s))
        if not m_data:
            return self.bad_request("Failed to parse Content-Range header.")
        first, last = int(m_data.group(1)), int(m_data.group(2))
        total = None if m_data.group(3) == "*" else int(m_data.group(3))
        if last - first + 1 != n:
            return self.bad_request("Content-Range does not match the body length.")
        with STATE.lock:
            received = s["received"]
        if first > received:
            self.read_body()
            return self.send_raw(308, b"", headers=self.range_headers(s))  # a gap: say where
        is_last = total is not None and last + 1 == total
        if not is_last and n % STATE.config["min_chunk"] != 0:
            return self.bad_request("Invalid request. The chunk size must be a multiple of "
                                    "256 KiB unless it is the last chunk.")
        if fault.get("action") == "drop_mid_chunk":
            part = self.rfile.read(max(1, n // 2))
            self.body_read = True
            if fault.get("keep", True):
                keep = (first + len(part)) // KIB256 * KIB256
                with STATE.lock:
                    if keep > s["received"]:
                        self.absorb(s, part[s["received"] - first:keep - first])
            return self.drop()
        data = self.rfile.read(n)
        self.body_read = True
        if len(data) != n:
            raise ConnectionError("short body")
        with STATE.lock:
            if sid not in STATE.sessions:
                return self.session_gone()
            skip = s["received"] - first  # bytes the server already holds
            if skip < len(data):
                if self.quota_exceeded(len(data) - skip):
                    return
                self.absorb(s, data[skip:])
            if is_last and s["received"] == total:
                return self.complete(sid, s)
            self.send_raw(308, b"", headers=self.range_headers(s))

    @staticmethod
    def absorb(s, data: bytes):
        s["md5"].update(data)
        s["sha256"].update(data)
        s["content"].write(data)
        s["received"] += len(data)

    def complete(self, sid, s):
        saved_query = self.query
        self.query = dict(self.query, fields=s["fields"] or self.query.get("fields") or "")
        if not self.query["fields"]:
            self.query.pop("fields")
        res = self.finish_file(*s["meta"], s["received"], s["md5"].hexdigest(),
                               s["sha256"].hexdigest(), s["content"], s["target"])
        self.query = saved_query
        if res is None:  # the file to update was deleted meanwhile
            STATE.sessions.pop(sid, None)
            return self.not_found(f"File not found: {s['target']}.")
        s["done"] = res
        self.send_json(200, res)

    # Control ----------------------------------------------------------------
    def tamper(self, body):
        """Changes stored content behind the app's back (STATE.lock held)."""
        action = body.get("action")
        if action == "add":
            parent = STATE.resolve_parent(body.get("parent", "root"))
            if "folder" in body:
                folder = STATE.find_path(body["folder"], folder=True)
                if folder is None:
                    return self.send_json(404, {"error": "no folder " + body["folder"]})
                parent = folder["id"]
            f = STATE.new_file(body["name"], [parent],
                               body.get("mimeType", "application/octet-stream"),
                               content=spool_of(base64.b64decode(body.get("content_b64", ""))))
        else:
            f = STATE.files.get(body.get("id", "")) if "id" in body else \
                STATE.find_path(body.get("path", ""), folder=False)
            if f is None or f["mimeType"] == FOLDER_MIME:
                return self.send_json(404, {"error": "no such file"})
            if action == "delete":
                f["content"].close()
                del STATE.files[f["id"]]
                return self.send_json(200, {})
            f["content"].seek(0)
            data = bytearray(f["content"].read())
            if action == "truncate":
                data = data[:int(body.get("size", 0))]
            elif action == "flip":
                if data:
                    data[int(body.get("offset", 0))] ^= 0xFF
            else:
                return self.send_json(400, {"error": f"unknown tamper action {action!r}"})
            STATE.set_content(f, spool_of(bytes(data)))
        res = {k: v for k, v in f.items() if k not in ("order", "content")}
        res["size"] = int(res["size"])
        self.send_json(200, res)

    def control(self):
        r, m = self.route[len("/__fake/"):], self.method
        body = {}
        if m in ("POST", "PUT"):
            raw = self.read_body()
            body = json.loads(raw) if raw.strip() else {}
        with STATE.lock:
            if r == "reset" and m == "POST":
                STATE.reset()
                return self.send_json(200, {"ok": True, "root_id": STATE.root_id})
            if r == "config" and m == "POST":
                for k, v in body.items():
                    if k not in STATE.config:
                        return self.send_json(400, {"error": f"unknown config key {k}"})
                    STATE.config[k] = v
                return self.send_json(200, STATE.config)
            if r == "config" and m == "GET":
                return self.send_json(200, dict(STATE.config, root_id=STATE.root_id))
            if r == "faults" and m == "POST":
                rule = dict(body)
                rule["id"] = STATE.next_fault
                rule.setdefault("count", 1)
                STATE.next_fault += 1
                STATE.faults.append(rule)
                return self.send_json(200, {"id": rule["id"]})
            if r == "faults" and m == "DELETE":
                STATE.faults.clear()
                return self.send_json(200, {"ok": True})
            if r == "faults" and m == "GET":
                return self.send_json(200, {"faults": STATE.faults})
            if r == "expire_tokens" and m == "POST":
                for t in STATE.access:
                    STATE.access[t] = 0.0
                return self.send_json(200, {"expired": len(STATE.access)})
            if r == "revoke" and m == "POST":
                STATE.access.clear()
                STATE.refresh.clear()
                return self.send_json(200, {"ok": True})
            if r == "requests" and m == "GET":
                since = int(self.query.get("since", 0))
                rx = self.query.get("path_regex")
                entries = [e for e in STATE.log if e["seq"] > since
                           and (not rx or re.search(rx, e["path"] + "?" + e["query"]))]
                return self.send_json(200, {"requests": entries})
            if r == "files" and m == "GET":
                files = [{k: v for k, v in f.items() if k not in ("order", "content")}
                         for f in sorted(STATE.files.values(), key=lambda f: f["order"])]
                for f in files:
                    if "size" in f:
                        f["size"] = int(f["size"])
                return self.send_json(200, {"root_id": STATE.root_id, "files": files})
            if r == "folders" and m == "POST":
                f = STATE.new_file(body["name"], [STATE.resolve_parent(body.get("parent",
                                                                                 "root"))],
                                   FOLDER_MIME)
                return self.send_json(200, {"id": f["id"]})
            if r == "files" and m == "POST":
                data = base64.b64decode(body.get("content_b64", ""))
                f = STATE.new_file(body["name"], [STATE.resolve_parent(body.get("parent",
                                                                                 "root"))],
                                   body.get("mimeType", "application/octet-stream"), len(data),
                                   hashlib.md5(data).hexdigest(),
                                   hashlib.sha256(data).hexdigest(), spool_of(data))
                return self.send_json(200, {"id": f["id"]})
            if r == "tamper" and m == "POST":
                return self.tamper(body)
            if r == "uploads" and m == "DELETE":
                STATE.uploads.clear()
                return self.send_json(200, {"ok": True})
            if r == "uploads" and m == "GET":
                paths: dict[str, int] = {}
                for fid, n in STATE.uploads.items():
                    if fid in STATE.files:
                        path = STATE.path_of(STATE.files[fid])
                        paths[path] = paths.get(path, 0) + n
                return self.send_json(200, {"total": sum(STATE.uploads.values()),
                                            "paths": paths, "ids": STATE.uploads})
            if r == "sessions" and m == "GET":
                return self.send_json(200, {"sessions": [
                    {"id": k, "received": v["received"], "done": v["done"] is not None}
                    for k, v in STATE.sessions.items()]})
        self.send_json(404, {"error": f"no control route {m} {r}"})


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    verbose = False

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that goes away between requests, or a fault test's drop
        super().handle_error(request, client_address)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Fake Google Drive for tests")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--token-lifetime", type=int, default=3599)
    p.add_argument("--client-id", help="the only accepted client_id (default: any)")
    p.add_argument("--client-secret", help="the only accepted client_secret (default: any)")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)
    STATE.config["token_lifetime"] = args.token_lifetime
    STATE.config["client_id"] = args.client_id
    STATE.config["client_secret"] = args.client_secret
    server = Server(("127.0.0.1", args.port), Handler)
    server.verbose = args.verbose

    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"LISTENING http://127.0.0.1:{server.server_port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
