#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake Dropbox for tests: one HTTP server on 127.0.0.1 that serves the routes RC Archiver
uses from both hosts (api.dropboxapi.com RPC routes, content.dropboxapi.com upload routes) and
the OAuth endpoints of www.dropbox.com, with an app folder seen as "/".

Behaves like the public API (../../../../shared/specs/dropbox: files.stone, auth.stone,
routes.json): PKCE sign-in with offline refresh tokens (not rotated), 401 expired_access_token,
409 route errors {error_summary, error{.tag}}, 429 too_many_write_operations with Retry-After,
upload sessions with incorrect_offset/correct_offset, content_hash, Dropbox-API-Arg that must be
pure ASCII (\\uXXXX escapes), write modes add / overwrite / update, list_folder (recursive, paged
with limit and list_folder/continue cursors; a recursive listing starts with the folder itself)
and files/download (content in the body, metadata in Dropbox-API-Result).

Control API under /__fake/ (JSON):
  GET  /__fake/files              ground truth: [{path, size, content_hash, sha256}]
  GET  /__fake/requests           the request log; DELETE clears it
  POST /__fake/faults             {"route": "/2/files/upload", "action": "status|drop|
                                   drop_mid_body|drop_after|corrupt|expire", "status": 503,
                                   "retry_after": 1, "count": 1, "skip": 0}
  DELETE /__fake/faults           clears the faults
  POST /__fake/expire_tokens      every access token expires now
  POST /__fake/revoke             every token (access and refresh) is revoked
  POST /__fake/config             {"token_lifetime": 14400, "max_upload": ..., "quota": ...}
  POST /__fake/reset              forgets everything
  POST /__fake/files              {"path": "/x", "data_b64": "..."} places a file
  POST /__fake/tamper             changes stored content as someone else would (new rev and
                                  content_hash; not counted as an upload); answers the file's
                                  ground truth entry (or {} after delete):
                                  {"action": "delete", "path": "/x"}
                                  {"action": "truncate", "path": "/x", "size": 10}
                                  {"action": "flip", "path": "/x", "offset": 0}  (one byte ^ 0xFF)
                                  {"action": "add", "path": "/any name", "data_b64": "...",
                                   "path_display": "/reported elsewhere"}  (a stray file: any
                                   name, control characters and ".." included; path_display
                                   optionally overrides the path listings report)
  GET  /__fake/uploads            files written by uploads (commits that stored bytes: created
                                  or replaced; refused ones do not count):
                                  {"total": n, "paths": {"/display path": n}}; DELETE zeroes it
  fault action "omit_checksum"    a list_folder(/continue) answer without content_hash
  fault action "drop_mid_download"  files/download sends half the content, then closes
  config "list_page_size"         most entries per list_folder page (default 2000)

Run: fake_dropbox.py --port 0   (prints "LISTENING http://127.0.0.1:PORT")
"""

import argparse
import base64
import hashlib
import json
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BLOCK = 4 * 1024 * 1024
MiB = 1024 * 1024


def content_hash(data):
    blocks = b"".join(hashlib.sha256(data[i:i + BLOCK]).digest()
                      for i in range(0, len(data), BLOCK))
    return hashlib.sha256(blocks).hexdigest()


# The routes this fake serves, as routes.json names them, with their host and style; checked
# by test_fake_dropbox against the spec.
ROUTES = {
    "/2/auth/token/revoke": ("auth/token/revoke", "api", "rpc"),
    "/2/files/create_folder_v2": ("files/create_folder_v2", "api", "rpc"),
    "/2/files/get_metadata": ("files/get_metadata", "api", "rpc"),
    "/2/files/delete_v2": ("files/delete_v2", "api", "rpc"),
    "/2/files/upload": ("files/upload", "content", "upload"),
    "/2/files/upload_session/start": ("files/upload_session/start", "content", "upload"),
    "/2/files/upload_session/append_v2": ("files/upload_session/append_v2", "content", "upload"),
    "/2/files/upload_session/finish": ("files/upload_session/finish", "content", "upload"),
    "/2/files/list_folder": ("files/list_folder", "api", "rpc"),
    "/2/files/list_folder/continue": ("files/list_folder/continue", "api", "rpc"),
    "/2/files/download": ("files/download", "content", "download"),
}


class State:
    def __init__(self):
        self.lock = threading.RLock()
        self.reset()

    def reset(self):
        self.files = {}      # path_lower -> {"path": display, "data": bytes, "rev": str, "id": str}
        self.folders = {"": "/"}  # path_lower -> display ("" is the app folder)
        self.codes = {}      # code -> {challenge, redirect_uri, client_id}
        self.access = {}     # token -> {"expires": t, "refresh": r}
        self.refresh = {}    # refresh token -> client_id
        self.sessions = {}   # id -> {"data": bytearray, "closed": bool}
        self.faults = []
        self.requests = []
        self.token_lifetime = 14400
        self.max_upload = 150 * MiB
        self.quota = None
        self.counter = 0
        self.cursors = {}    # cursor -> entries still to list
        self.list_page_size = 2000
        self.uploads = {}    # display path -> how many uploads wrote it

    def store(self, path, data, display=None):
        """Puts data at path as a new revision; returns its path_lower."""
        n = self.next_id()
        parts = path.split("/")
        for i in range(2, len(parts)):
            self.folders.setdefault("/".join(parts[:i]).lower(), "/".join(parts[:i]))
        lower = path.lower()
        old = self.files.get(lower)
        self.files[lower] = {"path": path, "data": bytes(data), "rev": "%015x" % (0x5f0000 + n),
                             "id": old["id"] if old else "id:file%d" % n,
                             "hash": content_hash(data)}
        if display:
            self.files[lower]["display"] = display
        return lower

    def next_id(self):
        self.counter += 1
        return self.counter


STATE = State()


class Drop(Exception):
    """Close the connection without an answer."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeDropbox/1.0"
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def log_message(self, fmt, *args):
        pass

    # --- plumbing -------------------------------------------------------------------------

    def send_json(self, status, obj, headers=None):
        body = b"null" if obj is None else json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        self.wfile.write(body)

    def send_text(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_error(self, tag_obj, summary, status=409, headers=None):
        self.send_json(status, {"error_summary": summary, "error": tag_obj}, headers)

    def read_body(self, limit=None):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = bytearray()
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
            return bytes(data)
        length = int(self.headers.get("Content-Length") or 0)
        if limit is not None:
            return self.rfile.read(min(length, limit))
        chunks = []
        left = length
        while left > 0:
            part = self.rfile.read(min(left, 1 << 20))
            if not part:
                raise Drop()
            chunks.append(part)
            left -= len(part)
        return b"".join(chunks)

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def take_fault(self, path):
        with STATE.lock:
            for fault in STATE.faults:
                if fault.get("route") not in (None, path):
                    continue
                if fault.get("skip", 0) > 0:
                    fault["skip"] -= 1
                    continue
                fault["count"] = fault.get("count", 1) - 1
                if fault["count"] <= 0:
                    STATE.faults.remove(fault)
                return dict(fault)
        return None

    def log(self, entry):
        with STATE.lock:
            STATE.requests.append(entry)

    def send_response(self, code, message=None):
        # Logged before the answer leaves, so a client that reads /__fake/requests right after
        # its request returned always finds it there.
        entry = getattr(self, "entry", None)
        if entry is not None:
            self.entry = None
            self.log(entry)
        super().send_response(code, message)

    # --- dispatch -------------------------------------------------------------------------

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def dispatch(self, method):
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        entry = {"method": method, "path": path}
        self.entry = None if path.startswith("/__fake/") else entry
        try:
            if path.startswith("/__fake/"):
                return self.control(method, path)
            if path == "/oauth2/authorize" and method == "GET":
                return self.authorize(urllib.parse.parse_qs(url.query))
            if path == "/oauth2/token" and method == "POST":
                return self.token(entry)
            if path in ROUTES and method == "POST":
                return self.api(path, entry)
            self.send_text(404, "Unknown route")
        except Drop:
            entry["dropped"] = True
            self.drop()
        finally:
            # Not answered (a dropped connection): logged now.
            if self.entry is not None:
                self.entry = None
                self.log(entry)

    # --- OAuth ----------------------------------------------------------------------------

    def authorize(self, query):
        q = {k: v[0] for k, v in query.items()}
        redirect = q.get("redirect_uri", "")
        if q.get("response_type") != "code" or not redirect or not q.get("client_id"):
            return self.send_text(400, "Invalid authorize request")
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return self.send_text(400, "PKCE with code_challenge_method=S256 is required")
        if q.get("token_access_type") != "offline":
            return self.send_text(400, "token_access_type=offline expected")
        code = secrets.token_urlsafe(16)
        with STATE.lock:
            STATE.codes[code] = {"challenge": q["code_challenge"], "redirect_uri": redirect,
                                 "client_id": q["client_id"]}
        target = redirect + ("&" if "?" in redirect else "?") + urllib.parse.urlencode(
            {"code": code, "state": q.get("state", "")})
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def token(self, entry):
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.read_body().decode()).items()}
        grant = form.get("grant_type")
        entry["grant_type"] = grant
        now = time.time()
        with STATE.lock:
            if grant == "authorization_code":
                info = STATE.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "").encode()
                challenge = base64.urlsafe_b64encode(
                    hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
                if (info is None or info["challenge"] != challenge
                        or info["redirect_uri"] != form.get("redirect_uri")
                        or info["client_id"] != form.get("client_id")):
                    return self.send_json(400, {"error": "invalid_grant",
                                                "error_description": "code doesn't exist or has expired"})
                refresh = "rt-" + secrets.token_urlsafe(24)
                STATE.refresh[refresh] = info["client_id"]
                access = "sl." + secrets.token_urlsafe(24)
                STATE.access[access] = {"expires": now + STATE.token_lifetime, "refresh": refresh}
                return self.send_json(200, {
                    "access_token": access, "token_type": "bearer",
                    "expires_in": STATE.token_lifetime, "refresh_token": refresh,
                    "scope": "files.content.write files.metadata.read",
                    "uid": "12345", "account_id": "dbid:FAKEACCOUNT"})
            if grant == "refresh_token":
                refresh = form.get("refresh_token", "")
                if refresh not in STATE.refresh or STATE.refresh[refresh] != form.get("client_id"):
                    return self.send_json(400, {"error": "invalid_grant",
                                                "error_description": "refresh token is malformed"})
                access = "sl." + secrets.token_urlsafe(24)
                STATE.access[access] = {"expires": now + STATE.token_lifetime, "refresh": refresh}
                return self.send_json(200, {"access_token": access, "token_type": "bearer",
                                            "expires_in": STATE.token_lifetime})
        self.send_json(400, {"error": "unsupported_grant_type",
                             "error_description": "unknown grant_type"})

    def check_auth(self):
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        with STATE.lock:
            info = STATE.access.get(token)
            if info is None:
                self.send_json(401, {"error_summary": "invalid_access_token/...",
                                     "error": {".tag": "invalid_access_token"}})
                return None
            if info["expires"] <= time.time():
                self.send_json(401, {"error_summary": "expired_access_token/...",
                                     "error": {".tag": "expired_access_token"}})
                return None
        return token

    # --- API routes -----------------------------------------------------------------------

    def api(self, path, entry):
        name, host, style = ROUTES[path]
        arg = None
        if style in ("upload", "download"):
            raw = self.headers.get("Dropbox-API-Arg")
            entry["arg_raw"] = raw
            if raw is None:
                self.read_body()
                return self.send_text(400, 'Error in call to API function "%s": Must provide '
                                      'HTTP header "Dropbox-API-Arg" or URL parameter "arg".' % name)
            if any(ord(c) > 0x7e for c in raw):
                self.read_body()
                return self.send_text(400, 'Error in call to API function "%s": Bad HTTP '
                                      '"Dropbox-API-Arg" header: non-ASCII characters must be '
                                      'escaped as \\uXXXX.' % name)
            try:
                arg = json.loads(raw)
            except ValueError:
                self.read_body()
                return self.send_text(400, 'Error in call to API function "%s": could not decode '
                                      'input as JSON' % name)
        fault = self.take_fault(path)
        action = fault.get("action", "status") if fault else None
        if action == "drop_mid_body":
            length = int(self.headers.get("Content-Length") or 0)
            self.read_body(limit=length // 2)
            raise Drop()
        body = self.read_body()
        entry["bytes"] = len(body)
        if style == "rpc":
            try:
                arg = json.loads(body.decode() or "null")
            except ValueError:
                return self.send_text(400, 'Error in call to API function "%s": request body: '
                                      'could not decode input as JSON' % name)
        entry["arg"] = arg
        if action == "drop":
            raise Drop()
        if action == "expire":
            with STATE.lock:
                for info in STATE.access.values():
                    info["expires"] = 0
        elif action == "status":
            status = fault.get("status", 503)
            entry["status"] = status
            if status == 429:
                retry = fault.get("retry_after", 1)
                return self.send_json(429, {
                    "error_summary": "too_many_write_operations/...",
                    "error": {"reason": {".tag": "too_many_write_operations"},
                              "retry_after": retry}}, {"Retry-After": retry})
            return self.send_text(status, "Internal Server Error")
        token = self.check_auth()
        if token is None:
            entry["status"] = 401
            return
        handler = getattr(self, "r_" + name.split("/", 1)[1].replace("/", "_"))
        if style == "download" and body:
            return self.send_text(400, 'Error in call to API function "%s": This function '
                                  'requires its argument in the HTTP header "Dropbox-API-Arg" '
                                  'and an empty body.' % name)
        handler(token, arg, body, fault if action in ("corrupt", "omit_checksum", "drop_mid_download") else None)
        if action == "drop_after":
            raise Drop()

    def r_token_revoke(self, token, arg, body, fault):
        with STATE.lock:
            refresh = STATE.access[token]["refresh"]
            STATE.refresh.pop(refresh, None)
            for t in [t for t, i in STATE.access.items() if i["refresh"] == refresh]:
                del STATE.access[t]
        self.send_json(200, None)

    @staticmethod
    def bad_path(p):
        return not isinstance(p, str) or not p.startswith("/") or p.endswith("/") or "//" in p \
            or any(ord(c) < 0x20 for c in p) or any(part in (".", "..") for part in p.split("/"))

    def path_error(self, route, kind, prefix="path", status=409, extra=None):
        inner = {".tag": kind}
        if kind == "conflict":
            inner = {".tag": "conflict", "conflict": {".tag": extra}}
        summary = prefix + "/" + kind + ("/" + extra if kind == "conflict" else "") + "/.."
        self.route_error({".tag": "path", "path": inner}, summary)

    def folder_meta(self, lower):
        display = STATE.folders[lower]
        return {".tag": "folder", "name": display.rsplit("/", 1)[-1], "id": "id:f" + str(hash(lower) & 0xffffff),
                "path_lower": lower, "path_display": display}

    def file_meta(self, lower):
        f = STATE.files[lower]
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        display = f.get("display", f["path"])
        return {".tag": "file", "name": display.rsplit("/", 1)[-1], "id": f["id"],
                "client_modified": stamp, "server_modified": stamp, "rev": f["rev"],
                "size": len(f["data"]), "path_lower": lower, "path_display": display,
                "is_downloadable": True, "content_hash": f["hash"]}

    def r_create_folder_v2(self, token, arg, body, fault):
        path = (arg or {}).get("path")
        if self.bad_path(path):
            return self.path_error("create_folder", "malformed_path")
        with STATE.lock:
            lower = path.lower()
            if lower in STATE.folders:
                return self.path_error("create_folder", "conflict", extra="folder")
            parts = path.split("/")
            for i in range(2, len(parts) + 1):
                sub = "/".join(parts[:i])
                if sub.lower() in STATE.files:
                    return self.path_error("create_folder", "conflict", extra="file")
                STATE.folders.setdefault(sub.lower(), sub)
            meta = self.folder_meta(lower)
            meta.pop(".tag")
        self.send_json(200, {"metadata": meta})

    def r_get_metadata(self, token, arg, body, fault):
        path = (arg or {}).get("path")
        if self.bad_path(path):
            return self.path_error("get_metadata", "malformed_path")
        with STATE.lock:
            lower = path.lower()
            if lower in STATE.files:
                return self.send_json(200, self.file_meta(lower))
            if lower in STATE.folders:
                return self.send_json(200, self.folder_meta(lower))
        self.path_error("get_metadata", "not_found")

    def r_delete_v2(self, token, arg, body, fault):
        path = (arg or {}).get("path")
        with STATE.lock:
            lower = (path or "").lower()
            f = STATE.files.get(lower)
            if f is None:
                return self.route_error({".tag": "path_lookup", "path_lookup": {".tag": "not_found"}},
                                        "path_lookup/not_found/..")
            if arg.get("parent_rev") and arg["parent_rev"] != f["rev"]:
                return self.route_error({".tag": "path_write", "path_write": {
                    ".tag": "conflict", "conflict": {".tag": "file"}}}, "path_write/conflict/file/..")
            meta = self.file_meta(lower)
            del STATE.files[lower]
        self.send_json(200, {"metadata": meta})

    def write_file(self, commit, data, fault, upload_error_shape):
        """Stores data per a CommitInfo; sends the answer. upload_error_shape: files/upload's
        UploadError (path → UploadWriteFailed) rather than finish's (path → WriteError)."""
        path = (commit or {}).get("path")

        def write_error(kind, extra=None):
            inner = {".tag": kind}
            summary = "path/" + kind + "/"
            if kind == "conflict":
                inner["conflict"] = {".tag": extra}
                summary = "path/conflict/" + extra + "/"
            if upload_error_shape:
                err = {".tag": "path", "reason": inner, "upload_session_id": "pid_upload_session:X"}
            else:
                err = {".tag": "path", "path": inner}
            self.route_error(err, summary + "..")

        if self.bad_path(path):
            return write_error("malformed_path")
        mode = commit.get("mode", "add")
        rev = mode.get("update") if isinstance(mode, dict) else None
        mode = mode.get(".tag") if isinstance(mode, dict) else mode
        if mode not in ("add", "overwrite", "update") or (mode == "update" and not rev) \
                or commit.get("autorename", False):
            return self.send_text(400, "This fake supports the modes add, overwrite and "
                                  "update (with a rev), without autorename")
        with STATE.lock:
            lower = path.lower()
            existing = STATE.files.get(lower)
            if mode == "add" and existing is not None:
                return write_error("conflict", "file")
            if mode == "update" and (existing is None or existing["rev"] != rev):
                return write_error("conflict", "file")
            if lower in STATE.folders:
                return write_error("conflict", "folder")
            parts = path.split("/")
            for i in range(2, len(parts)):
                if "/".join(parts[:i]).lower() in STATE.files:
                    return write_error("conflict", "file")
            if STATE.quota is not None:
                used = sum(len(f["data"]) for f in STATE.files.values())
                if used + len(data) > STATE.quota:
                    return write_error("insufficient_space")
            stored = bytes(data)
            if fault and fault.get("action") == "corrupt" and stored:
                stored = bytes([stored[0] ^ 0xFF]) + stored[1:]
            if existing is None or existing["data"] != stored:
                # Dropbox keeps the revision when an overwrite brings the same bytes.
                STATE.store(existing["path"] if existing else path, stored)
            display = STATE.files[lower]["path"]
            STATE.uploads[display] = STATE.uploads.get(display, 0) + 1
            meta = self.file_meta(lower)
        self.send_json(200, meta)

    def r_upload(self, token, arg, body, fault):
        if len(body) > STATE.max_upload:
            return self.route_error({".tag": "payload_too_large"}, "payload_too_large/..")
        self.write_file(arg, body, fault, True)

    def r_upload_session_start(self, token, arg, body, fault):
        sid = "pid_upload_session:" + secrets.token_urlsafe(12)
        with STATE.lock:
            STATE.sessions[sid] = {"data": bytearray(body), "closed": bool((arg or {}).get("close"))}
        self.send_json(200, {"session_id": sid})

    def lookup(self, cursor, body, wrap):
        def err(tag_obj, summary):
            if wrap:
                return self.route_error({".tag": "lookup_failed", "lookup_failed": tag_obj},
                                        "lookup_failed/" + summary)
            return self.route_error(tag_obj, summary)
        session = STATE.sessions.get((cursor or {}).get("session_id"))
        if session is None:
            err({".tag": "not_found"}, "not_found/..")
            return None
        if session["closed"] and not wrap:
            err({".tag": "closed"}, "closed/..")
            return None
        if cursor.get("offset") != len(session["data"]):
            err({".tag": "incorrect_offset", "correct_offset": len(session["data"])},
                "incorrect_offset/..")
            return None
        if len(body) > STATE.max_upload:
            err({".tag": "payload_too_large"}, "payload_too_large/..")
            return None
        return session

    def r_upload_session_append_v2(self, token, arg, body, fault):
        with STATE.lock:
            session = self.lookup((arg or {}).get("cursor"), body, False)
            if session is None:
                return
            session["data"] += body
            session["closed"] = bool(arg.get("close"))
        self.send_json(200, None)

    def r_upload_session_finish(self, token, arg, body, fault):
        with STATE.lock:
            cursor = (arg or {}).get("cursor")
            session = self.lookup(cursor, body, True)
            if session is None:
                return
            session["data"] += body
            session["closed"] = True
            data = bytes(session["data"])
        self.write_file(arg.get("commit"), data, fault, False)
        with STATE.lock:
            if (arg.get("commit") or {}).get("path", "").lower() in STATE.files:
                STATE.sessions.pop(cursor["session_id"], None)

    def entries_below(self, lower, recursive):
        """Metadata of what the folder lower holds (everything below when recursive), parents
        before children; a recursive listing starts with the folder itself, like Dropbox's."""
        prefix = lower + "/"
        out = []
        for key in sorted(set(STATE.folders) | set(STATE.files)):
            if not key.startswith(prefix) or (not recursive and "/" in key[len(prefix):]):
                continue
            out.append(self.file_meta(key) if key in STATE.files else self.folder_meta(key))
        if recursive and lower:
            out.insert(0, self.folder_meta(lower))
        return out

    def send_page(self, entries, limit, fault):
        page, rest = entries[:limit], entries[limit:]
        if fault and fault.get("action") == "omit_checksum":
            page = [{k: v for k, v in e.items() if k != "content_hash"} for e in page]
        cursor = "AAF" + secrets.token_urlsafe(24)
        STATE.cursors[cursor] = {"entries": rest, "limit": limit}
        self.send_json(200, {"entries": page, "cursor": cursor, "has_more": bool(rest)})

    def r_list_folder(self, token, arg, body, fault):
        arg = arg or {}
        path = arg.get("path")
        if path != "" and self.bad_path(path):
            return self.path_error("list_folder", "malformed_path")
        limit = arg.get("limit", 2000)
        if not isinstance(limit, int) or not 1 <= limit <= 2000:
            return self.send_text(400, 'Error in call to API function "files/list_folder": '
                                  'request body: limit: value out of range')
        with STATE.lock:
            lower = path.lower()
            if lower in STATE.files:
                return self.path_error("list_folder", "not_folder")
            if lower not in STATE.folders:
                return self.path_error("list_folder", "not_found")
            entries = self.entries_below(lower, bool(arg.get("recursive")))
            self.send_page(entries, min(limit, STATE.list_page_size), fault)

    def r_list_folder_continue(self, token, arg, body, fault):
        with STATE.lock:
            state = STATE.cursors.pop((arg or {}).get("cursor"), None)
            if state is None:
                return self.route_error({".tag": "reset"}, "reset/..")
            self.send_page(state["entries"], state["limit"], fault)

    def r_download(self, token, arg, body, fault):
        path = (arg or {}).get("path")
        if self.bad_path(path):
            return self.path_error("download", "malformed_path")
        with STATE.lock:
            lower = path.lower()
            if lower in STATE.folders:
                return self.path_error("download", "not_file")
            if lower not in STATE.files:
                return self.path_error("download", "not_found")
            data = STATE.files[lower]["data"]
            meta = self.file_meta(lower)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Dropbox-API-Result", json.dumps(meta))  # ASCII: \uXXXX escapes
        self.end_headers()
        if fault and fault.get("action") == "drop_mid_download":
            self.wfile.write(data[:len(data) // 2])
            self.wfile.flush()
            raise Drop()
        for i in range(0, len(data), 1 << 20):
            self.wfile.write(data[i:i + (1 << 20)])

    def tamper(self, arg):
        action, path = arg.get("action"), arg.get("path", "")
        lower = path.lower()
        if action == "add":
            STATE.store(path, base64.b64decode(arg.get("data_b64", "")), arg.get("path_display"))
        elif lower not in STATE.files:
            return self.send_json(404, {"error": "no file at " + path})
        elif action == "delete":
            del STATE.files[lower]
            return self.send_json(200, {})
        elif action in ("truncate", "flip"):
            f = STATE.files[lower]
            data = bytearray(f["data"])
            if action == "truncate":
                data = data[:arg.get("size", 0)]
            elif data:
                data[arg.get("offset", 0)] ^= 0xFF
            STATE.store(f["path"], bytes(data), f.get("display"))
        else:
            return self.send_json(400, {"error": "unknown tamper action %r" % action})
        f = STATE.files[lower]
        self.send_json(200, {"path": f["path"], "size": len(f["data"]),
                             "content_hash": f["hash"], "rev": f["rev"],
                             "sha256": hashlib.sha256(f["data"]).hexdigest()})

    # --- control API ----------------------------------------------------------------------

    def control(self, method, path):
        body = self.read_body()
        arg = json.loads(body) if body.strip() else {}
        what = path[len("/__fake/"):]
        with STATE.lock:
            if what == "files" and method == "GET":
                return self.send_json(200, {"files": sorted((
                    {"path": f["path"], "size": len(f["data"]), "content_hash": f["hash"],
                     "sha256": hashlib.sha256(f["data"]).hexdigest()}
                    for f in STATE.files.values()), key=lambda f: f["path"])})
            if what == "files" and method == "POST":
                STATE.store(arg["path"], base64.b64decode(arg.get("data_b64", "")))
                return self.send_json(200, {})
            if what == "tamper" and method == "POST":
                return self.tamper(arg)
            if what == "uploads":
                if method == "DELETE":
                    STATE.uploads = {}
                    return self.send_json(200, {})
                return self.send_json(200, {"total": sum(STATE.uploads.values()),
                                            "paths": STATE.uploads})
            if what == "folders" and method == "GET":
                return self.send_json(200, {"folders": sorted(STATE.folders.values())})
            if what == "requests":
                if method == "DELETE":
                    STATE.requests = []
                    return self.send_json(200, {})
                return self.send_json(200, {"requests": STATE.requests})
            if what == "faults":
                if method == "DELETE":
                    STATE.faults = []
                    return self.send_json(200, {})
                STATE.faults.append(arg)
                return self.send_json(200, {})
            if what == "expire_tokens":
                for info in STATE.access.values():
                    info["expires"] = 0
                return self.send_json(200, {})
            if what == "revoke":
                STATE.access.clear()
                STATE.refresh.clear()
                return self.send_json(200, {})
            if what == "config":
                STATE.token_lifetime = arg.get("token_lifetime", STATE.token_lifetime)
                STATE.max_upload = arg.get("max_upload", STATE.max_upload)
                STATE.quota = arg.get("quota", STATE.quota)
                STATE.list_page_size = arg.get("list_page_size", STATE.list_page_size)
                return self.send_json(200, {})
            if what == "state":
                return self.send_json(200, {"sessions": len(STATE.sessions),
                                            "access_tokens": len(STATE.access),
                                            "refresh_tokens": len(STATE.refresh)})
            if what == "reset":
                STATE.reset()
                return self.send_json(200, {})
        self.send_text(404, "Unknown control route")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # clients drop connections on purpose in the fault tests
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    print("LISTENING http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
