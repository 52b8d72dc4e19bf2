# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""HTTP plumbing of the fake: routing, Bearer checks, rate limits, faults, the request log.

One server answers both the platform API and the media host (recording and attachment content);
the client may use different base URLs that point at it. Absolute URLs in responses are built
from the request's Host header unless ``platform_base_url``/``media_base_url`` are configured.
"""
from __future__ import annotations

import copy
import random
import re
import socket
import sys
import threading
import time
import uuid
from collections import deque
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from . import errors as E
from .api import Api
from .auth import AuthState
from .common import HttpError, Request, Response, json_response
from .control import Control
from .data import apply_items, build_account
from .faults import PRE_KINDS, FaultInjector
from .oauth import OAuthRoutes
from .ratelimit import RateLimiter
from .render import Urls
from .timeutil import parse_iso, to_iso

API = r"^/restapi/v1\.0/account/(?P<acc>[^/]+)"
# (methods, path regex, rate-limit group, handler name, needs a Bearer token)
ROUTES = [
    (("GET",), r"^/restapi/oauth/authorize$", "Auth", "oauth.authorize", False),
    (("POST",), r"^/restapi/oauth/token$", "Auth", "oauth.token", False),
    (("POST",), r"^/restapi/oauth/revoke$", "Auth", "oauth.revoke", False),
    (("GET",), API + r"/extension$", "Medium", "api.extension_list", True),
    (("GET",), API + r"/extension/(?P<ext>[^/]+)$", "Light", "api.extension_info", True),
    (("GET",), API + r"/call-log$", "Heavy", "api.company_call_log", True),
    (("GET",), API + r"/extension/(?P<ext>[^/]+)/call-log$", "Heavy", "api.extension_call_log", True),
    (("GET",), API + r"/recording/(?P<rec>[^/]+)$", "Heavy", "api.recording_info", True),
    (("GET", "HEAD"), API + r"/recording/(?P<rec>[^/]+)/content$", "Heavy", "api.recording_content", True),
    (("GET",), API + r"/extension/(?P<ext>[^/]+)/message-store$", "Light", "api.message_list", True),
    (("GET",), API + r"/extension/(?P<ext>[^/]+)/message-store/(?P<msg>[^/]+)$", "Light",
     "api.message_info", True),
    (("GET", "HEAD"), API + r"/extension/(?P<ext>[^/]+)/message-store/(?P<msg>[^/]+)/content/(?P<att>[^/]+)$",
     "Medium", "api.attachment_content", True),
]
COMPILED = [(methods, re.compile(rx), group, name, auth) for methods, rx, group, name, auth in ROUTES]


@dataclass
class Config:
    """Runtime settings; POST /__fake/config changes them, /__fake/reset restores the start values."""
    seed: int = 1
    days: int = 7
    items_per_day: int = 4
    anchor: float = 0.0  # seeded items lie in [anchor - days, anchor)
    recording_bytes: int = 32 * 1024
    scenario: dict | None = None
    signed_in_extension: str = "101"
    start_admin: bool | None = None  # --admin / --extension-user override of the flag
    token_lifetime: float = 3600.0
    refresh_token_lifetime: float = 7 * 86400.0
    auth_code_lifetime: float = 60.0
    refresh_reuse_grace: float | None = 10.0  # None or < 0: a spent refresh token is dead at once
    keepalive_close_probability: float = 0.0  # after an API answer, close its connection silently
    keepalive_close_max_delay_ms: float = 0.0  # … at once, or after a random idle time up to this
    authorize_mode: str = "consent"
    require_pkce: bool = True
    client_ids: list = field(default_factory=lambda: ["rca-test-client"])
    redirect_uris: list = field(default_factory=list)
    platform_base_url: str | None = None
    media_base_url: str | None = None
    rate_limits_enabled: bool = True
    rate_limits: dict = field(default_factory=lambda: {"Light": 50, "Medium": 40, "Heavy": 10, "Auth": 5})
    rate_window: float = 60.0
    penalty: float = 60.0
    verbose: bool = False


class RequestLog:
    def __init__(self, limit: int = 20000):
        self.lock = threading.Lock()
        self.items: deque = deque(maxlen=limit)
        self.seq = 0

    def add(self, entry: dict) -> None:
        with self.lock:
            self.seq += 1
            entry["seq"] = self.seq
            self.items.append(entry)

    def update(self, entry: dict, **fields) -> None:
        with self.lock:
            entry.update(fields)

    def entries(self) -> list[dict]:
        with self.lock:
            return [dict(e) for e in self.items]

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


class App:
    """All state of one fake server."""

    def __init__(self, config: Config):
        self.start_config = copy.deepcopy(config)
        self.lock = threading.RLock()
        self.request_log = RequestLog()
        self.faults = FaultInjector()
        self.api = Api(self)
        self.oauth = OAuthRoutes(self)
        self.control = Control(self)
        self.random = random.Random(config.seed)
        self.stats = {"keepaliveCloses": 0, "droppedAfterHandling": 0}
        self._install(copy.deepcopy(config))

    def _install(self, config: Config) -> None:
        self.config = config
        self.account = build_account(config.seed, config.anchor, config.days, config.items_per_day,
                                     config.recording_bytes, config.scenario)
        if config.scenario and config.scenario.get("signedInExtension"):
            config.signed_in_extension = str(config.scenario["signedInExtension"])
        ext = self.signed_in_extension()
        if ext is not None and config.start_admin is not None:
            ext.admin = config.start_admin
        self.auth = AuthState(config)
        self.limiter = RateLimiter(config.rate_limits, config.rate_window, config.penalty,
                                   config.rate_limits_enabled)

    def reset(self) -> None:
        with self.lock:
            self.faults.clear()
            self.request_log.clear()
            self.random.seed(self.start_config.seed)
            self.stats = dict.fromkeys(self.stats, 0)
            self._install(copy.deepcopy(self.start_config))

    def count(self, stat: str) -> None:
        with self.lock:
            self.stats[stat] += 1

    def keepalive_close_delay(self) -> float | None:
        """Seconds after which to close a kept-alive connection now answered, or None to keep it."""
        cfg = self.config
        with self.lock:
            if cfg.keepalive_close_probability <= 0 or \
                    self.random.random() >= cfg.keepalive_close_probability:
                return None
            return self.random.uniform(0.0, max(0.0, cfg.keepalive_close_max_delay_ms) / 1000.0)

    def load_scenario(self, scenario: dict, replace: bool) -> None:
        with self.lock:
            if replace:
                config = copy.deepcopy(self.config)
                config.scenario = scenario
                if scenario.get("now"):
                    config.anchor = parse_iso(scenario["now"])
                self._install(config)
            else:
                for spec in scenario.get("extensions", []):
                    self.account.add_extension(spec)
                apply_items(self.account, scenario)

    def signed_in_extension(self):
        return self.account.find_extension(self.config.signed_in_extension)

    def describe_config(self) -> dict:
        cfg = asdict(self.config)
        cfg.pop("scenario", None)
        cfg["anchor"] = to_iso(self.config.anchor)
        rl = self.limiter.describe()
        cfg.update({"rate_limits_enabled": rl["enabled"], "rate_limits": rl["limits"],
                    "rate_window": rl["window"], "penalty": rl["penalty"]})
        ext = self.signed_in_extension()
        cfg["signed_in"] = {"id": str(ext.id), "extensionNumber": ext.number, "name": ext.name,
                            "admin": ext.admin} if ext else None
        cfg["account_id"] = str(self.account.account_id)
        return cfg


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeRingCentral/1.0"
    sys_version = ""

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, fmt, *args):  # noqa: N802 (http.server API)
        if self.app.config.verbose:
            sys.stderr.write("fake_ringcentral: " + (fmt % args) + "\n")

    def do_GET(self):  # noqa: N802
        self._dispatch("GET")

    def do_HEAD(self):  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self):  # noqa: N802
        self._dispatch("POST")

    def do_PUT(self):  # noqa: N802
        self._dispatch("PUT")

    def do_DELETE(self):  # noqa: N802
        self._dispatch("DELETE")

    # ---------------------------------------------------------------- input
    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            for _ in range(100000):
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _urls(self) -> Urls:
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        own = f"http://{host}"
        cfg = self.app.config
        platform = cfg.platform_base_url or own
        return Urls(platform=platform, media=cfg.media_base_url or platform,
                    account_id=self.app.account.account_id)

    # ------------------------------------------------------------- dispatch
    def _dispatch(self, method: str) -> None:
        started = time.time()
        split = urlsplit(self.path)
        path, query = split.path, split.query
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        req = Request(method=method, path=path, query=query,
                      params=parse_qs(query, keep_blank_values=True),
                      headers={k.lower(): v for k, v in self.headers.items()}, body=body,
                      urls=self._urls())
        if path.startswith("/__fake/"):
            try:
                resp = self.app.control.handle(req)
            except HttpError as err:
                resp = json_response(err.body, err.status, err.headers)
            except Exception as err:  # a bug in the fake: say so instead of hanging the test
                resp = json_response({"error": "fake_internal_error", "message": repr(err)}, 500)
            self._send(req, resp, None)
            return
        entry = {"time": to_iso(started), "method": method, "path": path, "query": query,
                 "params": req.params, "group": None, "status": None, "owner": None, "fault": None}
        if req.headers.get("range"):
            entry["range"] = req.headers["range"]
        fault = self.app.faults.take(method, path, query)
        if fault is not None:
            entry["fault"] = fault.kind
        try:
            resp, fault = self._handle(req, entry, fault)
        except HttpError as err:
            resp = json_response(err.body, err.status, err.headers)
        except Exception as err:  # noqa: BLE001
            resp = json_response(E.api_error(E.CMN_203, detail=repr(err)), 500)
        if resp is None or (fault is not None and fault.kind == "drop_after"):
            # connection dropped on purpose: before handling, or after it (tokens rotated) but
            # before a byte of the answer
            if resp is not None:
                entry["handledStatus"] = resp.status
                self.app.count("droppedAfterHandling")
            entry["status"] = 0
            self.app.request_log.add(entry)
            self._drop()
            return
        entry["status"] = resp.status
        # logged before the body goes out, so a test that has its reply also finds the entry
        self.app.request_log.add(entry)
        sent = self._send(req, resp, fault)
        self.app.request_log.update(entry, bytesSent=sent,
                                    durationMs=round((time.time() - started) * 1000, 1))
        self._maybe_close_keepalive()

    def _maybe_close_keepalive(self) -> None:
        """A server closes idle kept-alive connections when it likes, without saying so in the
        answer: at once, or after an idle time that can cross the client's next request on this
        connection (which is then never read, let alone handled)."""
        if self.close_connection:
            return
        delay = self.app.keepalive_close_delay()
        if delay is None:
            return
        if delay > 0:
            time.sleep(delay)
        self.app.count("keepaliveCloses")
        self._drop()

    def _handle(self, req: Request, entry: dict, fault):
        """-> (Response or None to drop the connection, fault still to apply while sending)."""
        if fault is not None and fault.kind in PRE_KINDS:
            if fault.kind == "delay":
                time.sleep(fault.delay_ms / 1000.0)
                fault = None
            elif fault.kind == "drop":
                return None, None
            else:  # status / rate_limit
                status = 429 if fault.kind == "rate_limit" else fault.status
                headers = {}
                retry = fault.retry_after
                if status == 429:
                    retry = retry if retry is not None else max(1, int(round(self.app.limiter.penalty)))
                if retry is not None:
                    headers["Retry-After"] = str(retry)
                return json_response(E.status_error(status), status, headers), None
        route = None
        for methods, rx, group, name, needs_auth in COMPILED:
            m = rx.match(req.path)
            if m:
                route = (methods, group, name, needs_auth)
                req.match = m.groupdict()
                if req.method in methods:
                    break
        if route is None:
            raise HttpError(404, E.api_error(E.CMN_120))
        methods, group, name, needs_auth = route
        entry["group"] = group
        if req.method not in methods:
            raise HttpError(405, E.api_error(E.CMN_202),
                            {"Allow": ", ".join(methods)})
        limiter = self.app.limiter
        if needs_auth:
            check = self.app.auth.check_bearer(req.headers.get("authorization"))
            if check.error is not None:
                headers = {"WWW-Authenticate": 'Bearer realm="RingCentral"'}
                raise HttpError(401, E.api_error(check.error), headers)
            req.session = check.session
            req.owner = str(check.session.ext_id)
        else:
            req.owner = self.app.oauth.owner_for(req)
        entry["owner"] = req.owner
        verdict = limiter.check(req.owner, group)
        rl_headers = verdict.headers()
        if not verdict.allowed:
            rl_headers["Retry-After"] = str(verdict.retry_after)
            return json_response(E.api_error(E.CMN_301), 429, rl_headers), None
        target, method_name = name.split(".")
        try:
            resp = getattr(getattr(self.app, target), method_name)(req)
        except HttpError as err:
            err.headers.update(rl_headers)
            raise
        resp.headers.update(rl_headers)
        return resp, fault

    # --------------------------------------------------------------- output
    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, req: Request, resp: Response, fault) -> int:
        """Write the response (applying a truncate/drop_mid_body fault). Returns body bytes sent."""
        body_len = resp.length
        declared = body_len
        cut = None
        if fault is not None and fault.kind == "truncate_json":
            cut = body_len // 2 if fault.after_bytes is None else min(body_len - 1, fault.after_bytes)
            cut = max(0, cut)
            declared = cut
        elif fault is not None and fault.kind == "drop_mid_body":
            after = 1000 if fault.after_bytes is None else fault.after_bytes
            cut = max(0, min(after, body_len))
        try:
            self.send_response(resp.status)
            headers = {"RCRequestId": str(uuid.uuid4()), "Cache-Control": "no-cache"}
            headers.update(resp.headers)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(declared))
            self.end_headers()
            if req.method == "HEAD":
                self.wfile.flush()
                return 0
            sent = 0
            limit = declared if cut is None else cut
            for piece in self._pieces(resp):
                if sent >= limit:
                    break
                piece = piece[: limit - sent]
                self.wfile.write(piece)
                sent += len(piece)
            self.wfile.flush()
            if fault is not None and fault.kind == "drop_mid_body":
                self._drop()
            return sent
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
            return -1

    @staticmethod
    def _pieces(resp: Response):
        if resp.blob is not None:
            yield from resp.blob.chunks(resp.start, resp.end)
        else:
            yield resp.body


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, app: App):
        super().__init__(address, Handler)
        self.app = app


def make_server(config: Config, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
    return FakeServer((host, port), App(config))

