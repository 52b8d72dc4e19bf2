#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The real client's RingCentral traffic, validated by Prism against the public OpenAPI file.

    rc-archiver -> recorder -> prism proxy SPEC <tap> --errors -> tap -> fake RingCentral

For the admin view (extension info and list, the company call log, every extension's
recordings) and for an extension user (own call log, message store: voicemail, SMS/MMS, fax and
their attachments), `rc-archiver connect ringcentral` and `run-once` talk to the recorder, a
small relay in this script; the fake writes every link (navigation, uri, contentUri) with the
recorder's address, so paging and downloads come back through it. The recorder keeps, per
request, Prism's verdict: the `sl-violations` header (response violations, request warnings)
and the `validation` list of Prism's own problem answers (422 for a request violation, 500 for a
response violation under --errors). See Checkpoint for why the app is then given the fake's
real answer, which the tap keeps. /restapi/oauth/authorize alone goes straight to the fake:
Prism's proxy would follow its 302 itself, and the spec puts the global OAuth2 requirement on
it. The fake's request log proves that nothing else bypassed Prism.

Fails on any violation except the known spec gaps of tests/fakes/ringcentral
(test_prism_conformance.KNOWN_SPEC_GAPS), on a job that does not archive cleanly, and when a
route was not exercised. Exit 77 (skipped) without Prism (RCA_PRISM, or prism on PATH) or
without <repo>/../shared/specs/ringcentral/rc-public-openapi.yml. Runs inside
tests/harness/in-session.sh (the tokens go to gnome-keyring); re-executes itself through it
when started outside a session.

    tests/integration/prism-client-conformance.py BUILD_DIR
"""
from __future__ import annotations

import http.client
import http.server
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FAKES = os.path.join(ROOT, "tests", "fakes", "ringcentral")
SPEC = os.path.normpath(os.path.join(ROOT, "..", "shared", "specs", "ringcentral",
                                     "rc-public-openapi.yml"))
SKIP = 77
STARTUP_TIMEOUT = float(os.environ.get("RCA_PRISM_STARTUP_TIMEOUT", "120"))
RUN_TIMEOUT = 120  # seconds, per rc-archiver command

sys.path.insert(0, FAKES)
from test_prism_conformance import KNOWN_SPEC_GAPS, find_prism, skip_reason  # noqa: E402

# Small data, no 429s, and rate-limit headers that let the client's limiter pace fast.
FAKE_ARGS = ["--seed", "11", "--days", "2", "--items-per-day", "3", "--recording-bytes", "4096",
             "--no-rate-limits", "--rate-window", "1", "--penalty", "1",
             "--rate-limit", "Light=100", "--rate-limit", "Medium=100",
             "--rate-limit", "Heavy=100", "--rate-limit", "Auth=20"]

# Routes (regex on the fake's path) each scenario must have sent through Prism (connect sends
# the token request and reads the extension info; run-once the rest).
EXPECTED_ROUTES = {
    "admin": {
        "token": r"/restapi/oauth/token$",
        "extension info": r"/extension/[^/]+$",
        "extension list": r"/account/[^/]+/extension$",
        "company call log": r"/account/[^/]+/call-log$",
        "recording content": r"/recording/\d+/content$",
    },
    "extension": {
        "token": r"/restapi/oauth/token$",
        "extension info": r"/extension/[^/]+$",
        "own call log": r"/extension/[^/]+/call-log$",
        "recording content": r"/recording/\d+/content$",
        "message store": r"/message-store$",
        "attachment content": r"/message-store/\d+/content/\d+$",
    },
}


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def control(base: str, method: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base}/__fake/{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


# ------------------------------------------------------------------------------ processes
class Child:
    """A child process whose merged output is kept (and watched for a line)."""

    def __init__(self, argv: list[str], ready: str, timeout: float):
        self.argv = argv
        self.lines: list[str] = []
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, text=True, errors="replace")
        seen: queue.Queue = queue.Queue()

        def pump():
            for line in self.proc.stdout:
                self.lines.append(line)
                seen.put(line)
            seen.put(None)

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = seen.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{argv[0]} did not start:\n" + "".join(self.lines[-20:]))
            if ready in line:
                self.ready_line = line
                return

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


# --------------------------------------------------------------------------------- relays
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization",
              "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length"}
TRACE = "X-Rca-Trace"


def forward(port: int, method: str, target: str, headers: dict, body: bytes | None):
    """One HTTP exchange with 127.0.0.1:port: (status, [(name, value)], body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, target, body=body, headers=headers)
        reply = conn.getresponse()
        return reply.status, reply.getheaders(), reply.read()
    finally:
        conn.close()


class Relay:
    """A small threaded HTTP relay on 127.0.0.1; `exchange` decides what the caller gets."""

    def __init__(self, port: int, exchange):
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle_one(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                try:
                    status, reply_headers, data = exchange(self.command, self.path, headers, body)
                except (OSError, http.client.HTTPException) as e:
                    status, reply_headers, data = 502, [], f"relay error: {e}".encode()
                self.send_response(status)
                for k, v in reply_headers:
                    if k.lower() not in HOP_BY_HOP:
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = handle_one

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Checkpoint:
    """app -> recorder -> Prism -> tap -> fake.

    The recorder gives each request a trace id and keeps Prism's verdict on it; the tap, behind
    Prism, keeps the fake's real answer under that id. The app gets the fake's real answer: Prism
    5 holds bodies as text and turns every byte of binary content that is not UTF-8 into U+FFFD
    (stoplightio/prism#1321), so recordings and attachments would arrive corrupted; and where
    Prism's only objections are known spec gaps (its 500 for a text/plain transcript under
    --errors), the app should see what RingCentral sends. Anything else Prism objects to is kept
    as a violation, and the app gets Prism's answer. /restapi/oauth/authorize goes straight to
    the fake (see the module docstring).
    """

    def __init__(self, recorder_port: int, prism_port: int, tap_port: int, fake_port: int):
        self.prism_port, self.fake_port = prism_port, fake_port
        self.entries: list[dict] = []    # one per request the app sent, in order
        self.upstream: dict[str, tuple] = {}  # trace id -> the fake's (status, headers, body)
        self.untraced: list[str] = []    # requests that reached the tap without a trace id
        self.lock = threading.Lock()
        self.count = 0
        self.tap = Relay(tap_port, self.tap_exchange)
        self.recorder = Relay(recorder_port, self.app_exchange)

    def tap_exchange(self, method, target, headers, body):
        trace = next((v for k, v in headers.items() if k.lower() == TRACE.lower()), None)
        headers = {k: v for k, v in headers.items() if k.lower() != TRACE.lower()}
        answer = forward(self.fake_port, method, target, headers, body)
        with self.lock:
            if trace is None:
                self.untraced.append(f"{method} {target}")
            else:
                self.upstream[trace] = answer
        return answer

    def app_exchange(self, method, target, headers, body):
        path = target.split("?")[0]
        if path == "/restapi/oauth/authorize":
            return forward(self.fake_port, method, target, headers, body)
        with self.lock:
            self.count += 1
            trace = str(self.count)
        status, reply_headers, data = forward(self.prism_port, method, target,
                                              {**headers, TRACE: trace}, body)
        with self.lock:
            upstream = self.upstream.pop(trace, None)
        lower = {k.lower(): v for k, v in reply_headers}
        violations = json.loads(lower["sl-violations"]) if "sl-violations" in lower else []
        prism_error = None
        if lower.get("content-type", "").startswith("application/problem+json"):
            # Prism's own answer (the fake never sends problem+json): a violation or a failure.
            try:
                problem = json.loads(data)
            except ValueError:
                problem = {}
            prism_error = str(problem.get("type", "#?")).rsplit("#", 1)[-1]
            violations += problem.get("validation") or [{
                "severity": "Error", "location": [],
                "message": f"Prism answered {status} {prism_error}: {problem.get('title')} "
                           f"{problem.get('detail')}"}]
        fake_status = upstream[0] if upstream else None
        problems, tolerated = [], []
        for v in violations:
            message = v.get("message", "")
            if any(fake_status in statuses and frag in path and msg in message
                   for statuses, frag, msg, _ in KNOWN_SPEC_GAPS):
                tolerated.append(f"{v.get('severity')}: {message} (fake answered {fake_status})")
            else:
                problems.append(f"{v.get('severity')} {'.'.join(map(str, v.get('location', [])))}"
                                f" {message}")
        if upstream and prism_error is None and status != fake_status:
            problems.append(f"Prism answered {status} where the fake answered {fake_status}")
        with self.lock:
            self.entries.append({"method": method, "path": path, "url": target,
                                 "status": status, "fakeStatus": fake_status,
                                 "problems": problems, "tolerated": tolerated})
        if upstream and not problems:
            return upstream
        return status, reply_headers, data

    def stop(self) -> None:
        self.recorder.stop()
        self.tap.stop()


# ------------------------------------------------------------------------------- scenario
class Scenario:
    def __init__(self, name: str, prism: str, program: str, work: str):
        self.name, self.prism_bin, self.program = name, prism, program
        self.work = os.path.join(work, name)
        self.profile = os.path.join(self.work, "profile")
        self.target = os.path.join(self.work, "archive")
        os.makedirs(self.target)
        self.children: list[Child] = []
        self.prism: Child | None = None
        self.checkpoint: Checkpoint | None = None

    def stop(self) -> None:
        if self.checkpoint:
            self.checkpoint.stop()
        for child in reversed(self.children):
            child.stop()

    def start(self) -> None:
        recorder_port, tap_port, prism_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{recorder_port}"  # what the app and the fake's links use
        user = "--admin" if self.name == "admin" else "--extension-user"
        fake = Child([sys.executable, os.path.join(FAKES, "fake_ringcentral.py"), "--port", "0",
                      user, *FAKE_ARGS, "--platform-url", self.url, "--media-url", self.url],
                     "LISTENING ", 15)
        self.children.append(fake)
        self.fake_url = fake.ready_line.split()[1]
        self.prism = Child([self.prism_bin, "proxy", SPEC, f"http://127.0.0.1:{tap_port}",
                            "--errors", "-h", "127.0.0.1", "-p", str(prism_port)],
                           "Prism is listening", STARTUP_TIMEOUT)
        self.children.append(self.prism)
        self.checkpoint = Checkpoint(recorder_port, prism_port, tap_port,
                                     int(self.fake_url.rsplit(":", 1)[1]))

    def app(self, *args: str) -> tuple[int, str, str]:
        env = dict(os.environ, RCA_RINGCENTRAL_SERVER_URL=self.url,
                   RCA_RINGCENTRAL_MEDIA_URL=self.url, RCA_RINGCENTRAL_CLIENT_ID="rca-test-client",
                   BROWSER="curl -sS -L -o /dev/null %s")
        try:
            done = subprocess.run([self.program, "--profile", self.profile, *args], env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            return -1, "", f"timed out after {RUN_TIMEOUT} s"
        return done.returncode, done.stdout, done.stderr

    def must(self, *args: str) -> str:
        code, output, errors = self.app(*args)
        if code != 0:
            raise AssertionError(f"rc-archiver {' '.join(args)} exited {code}:\n{output}{errors}")
        return output

    def run(self) -> list[str]:
        """Signs in and archives through Prism; returns the problems found."""
        self.start()
        log(f"[{self.name}] app -> {self.url} -> Prism -> fake {self.fake_url}")
        self.must("connect", "ringcentral", "--option", f"redirectPort={free_port()}")
        self.must("connect", "local", "--path", self.target)
        if self.name == "extension":
            self.must("config", "set", "sync.view", "extension")
        now = datetime.now(timezone.utc)
        iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
        started = time.monotonic()
        code, output, errors = self.app("run-once", "--from", iso(now - timedelta(days=4)),
                                        "--to", iso(now + timedelta(minutes=1)))
        log(f"[{self.name}] run-once exited {code} in {time.monotonic() - started:.1f} s: "
            + output.strip())
        problems = []
        if code != 0 or not re.search(r"Complete \(\d+ archived, 0 failed\)", output):
            problems.append(f"run-once did not archive cleanly (exit {code}):\n{output}{errors}")
        fake_log = control(self.fake_url, "GET", "requests")["requests"]
        return problems + self.check_routes(fake_log) + self.check_violations()

    def check_routes(self, fake_log: list[dict]) -> list[str]:
        """Everything the fake answered came through Prism, and every expected route did."""
        cp = self.checkpoint
        problems = [f"reached the fake without Prism: {r}" for r in cp.untraced]
        through = Counter((e["method"], e["path"]) for e in cp.entries if e["fakeStatus"])
        reached = Counter((e["method"], e["path"]) for e in fake_log
                          if e["path"] != "/restapi/oauth/authorize")
        if reached - through:
            problems.append(f"reached the fake without Prism: {dict(reached - through)}")
        for what, pattern in EXPECTED_ROUTES[self.name].items():
            n = sum(1 for e in cp.entries if e["fakeStatus"] and re.search(pattern, e["path"]))
            log(f"[{self.name}]   {what}: {n} through Prism")
            if n == 0:
                problems.append(f"no {what} request went through Prism")
        return problems

    def check_violations(self) -> list[str]:
        entries = self.checkpoint.entries
        log(f"[{self.name}] {len(entries)} requests through Prism, "
            f"{sum(1 for e in entries if e['problems'])} with violations")
        for what, n in Counter(t for e in entries for t in e["tolerated"]).items():
            log(f"[{self.name}]   tolerated (known spec gap) x{n}: {what}")
        return [f"{e['method']} {e['url']} -> Prism {e['status']}, fake {e['fakeStatus']}: {p}"
                for e in entries for p in e["problems"]]


def main() -> int:
    if len(sys.argv) != 2:
        log(f"usage: {sys.argv[0]} BUILD_DIR")
        return 2
    program = os.path.join(os.path.abspath(sys.argv[1]), "bin", "rc-archiver")
    reason = skip_reason()  # the same rules as the fake's own Prism test
    if reason:
        print(f"SKIP: {reason}")
        return SKIP
    prism = find_prism()
    if not os.access(program, os.X_OK):
        log(f"FAIL: {program} is not built")
        return 1
    if os.environ.get("RCA_IN_SESSION") != "1":
        harness = os.path.join(ROOT, "tests", "harness", "in-session.sh")
        os.execv(harness, [harness, sys.executable, os.path.abspath(__file__), *sys.argv[1:]])

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up on a CTest timeout too
    work = tempfile.mkdtemp(prefix="rca-prism-client.")
    problems = []
    try:
        for name in ("admin", "extension"):
            scenario = Scenario(name, prism, program, work)
            try:
                problems += [f"[{name}] {p}" for p in scenario.run()]
            except (AssertionError, RuntimeError, OSError) as e:
                problems.append(f"[{name}] {e}")
            finally:
                if problems and scenario.prism:
                    log(f"[{name}] Prism's last lines:\n" + "".join(scenario.prism.lines[-15:]))
                scenario.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        log(f"FAIL: {len(problems)} problem(s):")
        for p in problems:
            log("  " + p)
        return 1
    log("PASS: the client's traffic conforms to the spec (apart from the known spec gaps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
