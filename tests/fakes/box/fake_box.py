#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake Box for tests: one HTTP server on 127.0.0.1 serving, under their real paths, what
production spreads over account.box.com, api.box.com, upload.box.com and dl.boxcloud.com.

    python3 fake_box.py --port 0 [--client-id ID --client-secret SECRET] [--verbose]

prints ``LISTENING http://127.0.0.1:PORT`` once it accepts connections; SIGTERM stops it.
Behaves like the public API (../../../../shared/specs/box/openapi.json and Box's error guide);
README.md tells what is faithful and what is simplified.

OAuth 2 (no PKCE); the client is --client-id / --client-secret, by default
"fake-box-client-id" / "fake-box-client-secret" (config client_id, client_secret):
  GET  /api/oauth2/authorize?response_type=code&client_id=&redirect_uri=&state=
       302 to redirect_uri?code=..&state=.. (no consent page: GET it and read Location);
       error=access_denied&state= when config deny_authorization; 400 (HTML) for an unknown
       client_id or a redirect_uri that is not http(s) or not config redirect_uri (when set).
  POST /oauth2/token  (form) grant_type=authorization_code&code=&client_id=&client_secret=
       or grant_type=refresh_token&refresh_token=&client_id=&client_secret= ->
       {"access_token", "expires_in", "restricted_to": [], "refresh_token",
        "token_type": "bearer"}. Codes are single use and live code_lifetime (30 s). Access
       tokens live access_token_lifetime (3600 s). Refresh tokens live refresh_token_lifetime
       (60 days) and are SINGLE USE: every refresh answers a new one and the old one is dead.
       Errors 400 {"error", "error_description"}: invalid_client "The client credentials are
       invalid" (wrong id or secret); invalid_grant "Auth code doesn't exist or is invalid for
       the client", "The authorization code has expired", "Invalid refresh token" (unknown,
       revoked or already used), "Refresh token has expired"; invalid_request (grant_type).
  POST /oauth2/revoke (form) client_id, client_secret, token -> 200 empty; ends the grant
       (its access and refresh tokens); 400 invalid_client for a wrong client.
  Every /2.0 and /api/2.0 route needs Authorization: Bearer TOKEN, else 401 with an EMPTY body
  and WWW-Authenticate: Bearer realm="Service", error="invalid_token", error_description="The
  access token provided is invalid." (expired, revoked or unknown alike).

api.box.com (root folder "0", "All Files"; ids are digit strings; names unique per folder
without case; on every route answering items, uploads and commits included, fields=a,b answers
type, id, etag plus those fields, else Box's standard object):
  GET    /2.0/users/me                    {type, id, name, login, space_amount, space_used, ..}
  POST   /2.0/folders  {"name", "parent": {"id"}}   201 folder; 409 item_name_in_use with
         context_info.conflicts = [mini of the existing item] (a LIST, as Box does)
  GET    /2.0/folders/{id}                folder with item_collection (first 100)
  GET    /2.0/folders/{id}/items?fields=&limit=(100, max 1000)&offset=&sort=&direction=
         {total_count, entries, offset, limit, order}; folders first, then by name. With
         usemarker=true (and marker=): {entries, limit, next_marker (null at the end),
         prev_marker}. Without fields, entries are minis: file {type, id, file_version, sequence_id,
         etag, sha1, name}, folder {type, id, sequence_id, etag, name}.
  DELETE /2.0/folders/{id}[?recursive=true]   204; 400 folder_not_empty
  GET    /2.0/files/{id}                  file (sha1 = hex SHA-1, size, name, parent, ...)
  DELETE /2.0/files/{id}                  204 (gone at once: no trash); If-Match -> 412
  GET    /2.0/files/{id}/content[?version=]   302 Location: http://HOST/d/1/TOKEN/download,
         served by this server without a token (single Range supported: 206 / 416)
  OPTIONS /2.0/files/content {"name", "parent": {"id"}, "size"}   preflight: 200
         {upload_url, upload_token}, or the 409 / 403 the upload would get
  Unknown id: 404 not_found (context_info.errors[].reason invalid_parameter); an id that is
  not digits: 405 method_not_allowed.

upload.box.com:
  POST /api/2.0/files/content   multipart/form-data: part "attributes" {"name", "parent":
       {"id"}} BEFORE part "file" (else 400 metadata_after_file_contents) -> 201 {total_count:
       1, entries: [file]}. Header Content-MD5 = hex SHA-1 of the file, optional; a mismatch
       is 400 bad_digest. Name in use: 409 item_name_in_use, context_info.conflicts = ONE
       object {type, id, file_version {type, id, sha1}, sequence_id, etag, sha1, name} (as
       Box: no size; GET /2.0/files/{id}?fields=size,sha1 for it). Over max_direct_upload
       (50 MiB): 413 request_entity_too_large. Quota: 403 storage_limit_exceeded.
  POST /api/2.0/files/{id}/content   a new version (attributes optional): 200 {entries}; If-Match
  POST /api/2.0/files/upload_sessions {"folder_id", "file_size", "file_name"}, or
  POST /api/2.0/files/{id}/upload_sessions {"file_size"[, "file_name"]} (new version) -> 201
       {id, type: "upload_session", part_size, total_parts, num_parts_processed,
        session_expires_at, session_endpoints {upload_part, commit, abort, list_parts, status,
        log_event} (absolute URLs on this server)}. file_size under min_session_size
       (20000000) is 400 file_size_too_small; 409 / 403 as for uploads; 400 missing_destination,
       missing_file_size, invalid_file_size, missing_file_name.
  PUT  /api/2.0/files/upload_sessions/{sid}  Content-Range: bytes A-B/TOTAL, Digest:
       sha=<base64 SHA-1 of the part> -> 200 {"part": {part_id, offset, size, sha1 (hex)}}.
       A must be a multiple of part_size, every part part_size bytes but the last (else 416
       range_not_satisfiable); digest mismatch 400 digest_mismatch; a part already stored at A:
       the same bytes answer the same part again (200) unless config part_retry_conflict,
       other bytes (or part_retry_conflict) 416 range_overlaps_existing_part.
  GET  /api/2.0/files/upload_sessions/{sid}/parts?offset=&limit=   {entries, total_count, ..}
  GET  /api/2.0/files/upload_sessions/{sid}     the session (num_parts_processed)
  POST /api/2.0/files/upload_sessions/{sid}/commit  {"parts": [..]} with Digest: sha=<base64
       SHA-1 of the whole file> -> 201 {total_count: 1, entries: [file]}; the session is gone
       after (404). The first config commit_202_count commits of each session answer 202 with
       Retry-After: commit_retry_after and an empty body. 400 parts_mismatch (parts not exactly
       those uploaded, or not the whole file), 400 digest_mismatch, 409, 403, 412 (If-Match).
  DELETE /api/2.0/files/upload_sessions/{sid}   204 (abort); unknown sessions 404 not_found.
Errors are Box's {"type": "error", "status", "code", "message", "help_url", "request_id",
"context_info"?}; every answer has a box-request-id header.

Control API (JSON, no token, not logged) under /__fake/:
  POST   /__fake/reset                  forget everything; config back to defaults + CLI
  GET|POST /__fake/config  {...}        keys: client_id, client_secret, redirect_uri,
                                        deny_authorization, access_token_lifetime,
                                        refresh_token_lifetime, code_lifetime,
                                        max_direct_upload, min_session_size, part_size,
                                        commit_202_count, commit_retry_after,
                                        part_retry_conflict, quota_bytes (null: unlimited),
                                        max_page_size (caps a folder items page), user_name,
                                        user_login; unknown keys: 400
  POST   /__fake/faults    {rule}       add a fault rule; answers {"id"}; GET lists; DELETE clears
  POST   /__fake/expire_tokens {"refresh": false}   every access token (and refresh token
                                        with "refresh": true) is expired now
  POST   /__fake/revoke                 every token revoked (401, then invalid_grant)
  GET    /__fake/requests?since=N&path_regex=R   (R as in fault rules)
                                        the log: [{seq, method, path, query, status,
                                        content_length, content_range, digest, content_md5,
                                        time, and when they apply: fault (its action), dropped,
                                        grant_type, rotated (a refresh token was used up)}];
                                        DELETE clears
  GET    /__fake/files                  ground truth: {"files": [{path ("/a/b.mp3" from the
                                        root), id, name, parent_id, size, sha1, sha256,
                                        versions, version_id}]}
  POST   /__fake/files     {"path", "data_b64"}   place a file (folders made; a new version if
                                        it exists); answers its ground truth
  GET    /__fake/folders                {"folders": [{path, id}]}
  POST   /__fake/folders   {"path"}     make folders (like mkdir -p); answers {id, path}
  POST   /__fake/tamper    {...}        change content as someone else would (a new version;
                                        not counted as an upload); the file is {"id"} or
                                        {"path"}; answers its ground truth ({} after delete):
                                        {"action": "delete", ...}
                                        {"action": "truncate", ..., "size": 10}
                                        {"action": "flip", ..., "offset": 0}  (one byte ^ 0xFF)
                                        {"action": "add", "path": "/a/any name", "data_b64"}
                                        or {"action": "add", "parent_id", "name", "data_b64"}:
                                        a stray file, any name (none is checked)
  GET    /__fake/uploads                {"total": n, "paths": {path: n}, "ids": {id: n}}: files
                                        written by uploads (direct, new versions, commits);
                                        refused ones do not count; DELETE zeroes it
  GET    /__fake/sessions               open upload sessions with their parts
  GET    /__fake/state                  {access_tokens, refresh_tokens (unused), sessions}

Fault rule: {"path_regex": R, "method": M, "count": 1, "skip": 0, "action": A}; R matches
  when re.search finds it in the path or in path?query ("^/api/2.0/files/content$" matches an
  upload with ?fields=); the rule applies to the next `count` matching requests after `skip`
  passed:
  "status"       answer "status" (default 500) at once: Box's error with code and message for
                 it (429 rate_limit_exceeded, 500 internal_server_error, 502 bad_gateway, 503
                 unavailable, ...; "code" and "message" override), 401 / 202 / 204 empty;
                 "retry_after" adds Retry-After
  "rate_limit"   429 rate_limit_exceeded with Retry-After ("retry_after", default 1)
  "quota"        403 storage_limit_exceeded "Account storage limit reached"
  "expired_token" 401 as for an expired token
  "drop"         close the connection before reading the body, no answer
  "drop_mid_body" read "bytes" of the body (half by default), close; nothing is stored
  "drop_after"   do everything (store the part, rotate the refresh token, commit...) but close
                 instead of answering: the client never sees the answer
  "drop_mid_download" on /d/1/...: headers and half the content, then close
  "corrupt"      an upload or commit stores the bytes with the first one flipped (the answer
                 describes what was stored)
  "omit_sha1"    the answer's file objects carry no sha1
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import secrets
import signal
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from box_control import Control  # noqa: E402
from box_items import ItemRoutes  # noqa: E402
from box_oauth import OAuthRoutes  # noqa: E402
from box_state import STATE, Drop, box_error  # noqa: E402
from box_uploads import UploadRoutes  # noqa: E402

DRAIN_LIMIT = 8 * 1024 * 1024
SID = r"/api/2.0/files/upload_sessions/([^/]+)"

# (method, path regex, handler method, needs a bearer token); the first full match wins.
ROUTES = [
    ("GET", r"/api/oauth2/authorize", "authorize", False),
    ("POST", r"/oauth2/token", "token", False),
    ("POST", r"/oauth2/revoke", "revoke", False),
    ("GET", r"/2.0/users/me", "users_me", True),
    ("POST", r"/2.0/folders", "folder_create", True),
    ("GET", r"/2.0/folders/([^/]+)", "folder_get", True),
    ("DELETE", r"/2.0/folders/([^/]+)", "folder_delete", True),
    ("GET", r"/2.0/folders/([^/]+)/items", "folder_items", True),
    ("OPTIONS", r"/2.0/files/content", "preflight", True),
    ("GET", r"/2.0/files/([^/]+)", "file_get", True),
    ("DELETE", r"/2.0/files/([^/]+)", "file_delete", True),
    ("GET", r"/2.0/files/([^/]+)/content", "file_content", True),
    ("GET", r"/d/1/([^/]+)/download", "download", False),
    ("POST", r"/api/2.0/files/content", "upload_direct", True),
    ("POST", r"/api/2.0/files/upload_sessions", "session_create", True),
    ("GET", SID, "session_status", True),
    ("PUT", SID, "session_put", True),
    ("DELETE", SID, "session_abort", True),
    ("GET", SID + "/parts", "session_parts", True),
    ("POST", SID + "/commit", "session_commit", True),
    ("POST", r"/api/2.0/files/([^/]+)/content", "upload_direct", True),
    ("POST", r"/api/2.0/files/([^/]+)/upload_sessions", "session_create", True),
]

FAULT_ERRORS = {
    400: ("bad_request", "Bad Request"), 403: ("forbidden", "Forbidden"),
    404: ("not_found", "Not Found"), 409: ("conflict", "Conflict"),
    412: ("precondition_failed", "The resource has been modified. Retrieve the resource "
                                 "again and retry"),
    429: ("rate_limit_exceeded", "Request rate limit exceeded, please try again later"),
    500: ("internal_server_error", "Internal Server Error"), 502: ("bad_gateway", "Bad Gateway"),
    503: ("unavailable", "Unavailable"), 504: ("gateway_timeout", "Gateway Timeout"),
}


class Handler(OAuthRoutes, ItemRoutes, UploadRoutes, Control, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeBox/1.0"
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("%s\n" % (fmt % args))

    # --- plumbing -------------------------------------------------------------------------

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_OPTIONS(self):
        self.dispatch("OPTIONS")

    def read_body(self) -> bytes:
        if self.body is not None:
            return self.body
        chunks = []
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0] or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        else:
            left = int(self.headers.get("Content-Length") or 0)
            while left > 0:
                part = self.rfile.read(min(left, 1 << 20))
                if not part:
                    raise Drop()  # the client went away mid body
                chunks.append(part)
                left -= len(part)
        self.body = b"".join(chunks)
        return self.body

    def finish_body(self) -> bool:
        """Reads what the client sent and the route did not (up to DRAIN_LIMIT) so the
        connection can carry the next request; True when it must close instead."""
        if self.body is not None:
            return False
        chunked = self.headers.get("Transfer-Encoding", "").lower() == "chunked"
        if chunked or int(self.headers.get("Content-Length") or 0) <= DRAIN_LIMIT:
            self.read_body()
            return False
        return True

    def send_response(self, code, message=None):
        self.status_sent = code
        if self.entry is not None:
            self.entry["status"] = code
        super().send_response(code, message)

    def send_raw(self, status, data=b"", ctype=None, headers=None):
        close = self.finish_body()
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.send_header("box-request-id", secrets.token_hex(16))
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if data:
            self.wfile.write(data)

    def send_json(self, status, obj, headers=None):
        self.send_raw(status, json.dumps(obj).encode(), "application/json", headers)

    def error(self, status, code, message, context_info=None, headers=None):
        self.send_json(status, box_error(status, code, message, context_info), headers)

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # --- dispatch -------------------------------------------------------------------------

    def dispatch(self, method):
        url = urlsplit(self.path)
        self.method, self.route = method, url.path
        self.query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.body = None
        self.status_sent = None
        self.entry = None
        self.fault = None
        try:
            if self.route.startswith("/__fake/"):
                return self.control()
            with STATE.lock:
                STATE.seq += 1
                self.entry = {
                    "seq": STATE.seq, "method": method, "path": self.route, "query": url.query,
                    "status": None, "content_length": int(self.headers.get("Content-Length") or 0),
                    "content_range": self.headers.get("Content-Range"),
                    "digest": self.headers.get("Digest"),
                    "content_md5": self.headers.get("Content-MD5"), "time": time.time()}
                STATE.log.append(self.entry)
                self.fault = self.take_fault()
            if self.fault is not None:
                self.entry["fault"] = self.fault["action"]
                if self.apply_fault():
                    return
            if self.fault is not None and self.fault["action"] == "drop_after":
                wfile, self.wfile = self.wfile, io.BytesIO()  # the answer is thrown away
                try:
                    self.route_request()
                finally:
                    self.wfile = wfile
                raise Drop()
            self.route_request()
        except Drop:
            if self.entry is not None:
                self.entry["dropped"] = True
            self.drop()
        except ConnectionError:
            self.close_connection = True

    def route_request(self):
        allowed = False
        for method, pattern, name, auth in ROUTES:
            m = re.fullmatch(pattern, self.route)
            if not m:
                continue
            if method != self.method:
                allowed = True
                continue
            if auth and not self.check_auth():
                return
            return getattr(self, name)(*m.groups())
        if allowed:
            return self.error(405, "method_not_allowed", "Method Not Allowed")
        self.error(404, "not_found", "Not Found")

    def take_fault(self):
        for rule in STATE.faults:
            if rule.get("method") and rule["method"] != self.method:
                continue
            rx = rule.get("path_regex")
            if rx and not (re.search(rx, self.route) or re.search(rx, self.path)):
                continue
            if rule.get("skip", 0) > 0:
                rule["skip"] -= 1
                continue
            rule["count"] = rule.get("count", 1) - 1
            if rule["count"] <= 0:
                STATE.faults.remove(rule)
            return dict(rule)
        return None

    def apply_fault(self) -> bool:
        """Answers (or drops) per the fault rule; False when the route must run (the rule
        acts inside it)."""
        rule = self.fault
        action = rule["action"]
        headers = {}
        if rule.get("retry_after") is not None:
            headers["Retry-After"] = str(rule["retry_after"])
        if action == "drop":
            raise Drop()
        if action == "drop_mid_body":
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(int(rule.get("bytes", length // 2)))
            raise Drop()
        if action == "rate_limit":
            headers.setdefault("Retry-After", "1")
            rule = dict(rule, status=429)
        elif action == "quota":
            rule = dict(rule, status=403, code=rule.get("code", "storage_limit_exceeded"),
                        message=rule.get("message", "Account storage limit reached"))
        elif action == "expired_token":
            self.unauthorized()
            return True
        elif action != "status":
            return False
        status = int(rule.get("status", 500))
        if status == 401:
            self.unauthorized()
        elif status in (202, 204, 304) or status < 200:
            self.send_raw(status, b"", headers=headers)
        else:
            code, message = FAULT_ERRORS.get(status, ("internal_server_error", "Error"))
            self.error(status, rule.get("code", code), rule.get("message", message),
                       headers=headers)
        return True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    verbose = False

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # clients drop connections on purpose in the fault tests
        super().handle_error(request, client_address)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Fake Box for tests")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--client-id", help="the client_id (default fake-box-client-id)")
    p.add_argument("--client-secret", help="the client_secret (default fake-box-client-secret)")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)
    if args.client_id:
        STATE.cli_config["client_id"] = args.client_id
    if args.client_secret:
        STATE.cli_config["client_secret"] = args.client_secret
    STATE.reset()
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
