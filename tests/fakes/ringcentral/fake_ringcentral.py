#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake RingCentral server (platform API + media host) on 127.0.0.1 for tests.

    python3 fake_ringcentral.py --port 0 --seed 1 --admin --rate-window 2 --penalty 2

prints ``LISTENING http://127.0.0.1:PORT`` once it accepts connections. See README.md for the
routes, the control API under /__fake/ and how to point the application at it.
Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from rcfake.server import Config, make_server  # noqa: E402
from rcfake.timeutil import parse_iso  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Fake RingCentral server for tests")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--print-port", action="store_true",
                   help="also print the bare port number on the line after LISTENING")
    p.add_argument("--seed", type=int, default=1, help="seed of the generated account (default 1)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--admin", action="store_true",
                     help="sign in as 101 Ada Admin, an administrator (default)")
    who.add_argument("--extension-user", action="store_true",
                     help="sign in as 102, a user without admin rights")
    p.add_argument("--days", type=int, default=7, help="days of seeded history (default 7)")
    p.add_argument("--items-per-day", type=int, default=4,
                   help="calls and messages per active extension and day (default 4)")
    p.add_argument("--now", help="anchor of the seeded history, ISO 8601 (default: now, to the minute)")
    p.add_argument("--recording-bytes", type=int, default=32 * 1024,
                   help="base size of generated recordings in bytes (default 32768)")
    p.add_argument("--scenario", help="JSON scenario file (see README.md)")
    p.add_argument("--token-lifetime", type=float, default=3600.0,
                   help="access token lifetime in seconds (default 3600)")
    p.add_argument("--refresh-token-lifetime", type=float, default=7 * 86400.0,
                   help="refresh token lifetime in seconds (default 604800)")
    p.add_argument("--refresh-reuse-grace", type=float, default=10.0,
                   help="seconds a just-spent refresh token still answers its pair after the new "
                        "access token is first used (default 10; negative: dead at once)")
    p.add_argument("--keepalive-close-probability", type=float, default=0.0,
                   help="chance that an API connection is closed silently after an answer (default 0)")
    p.add_argument("--keepalive-close-max-delay-ms", type=float, default=0.0,
                   help="the close comes after a random idle time up to this (default 0: at once)")
    p.add_argument("--rate-window", type=float, default=60.0, help="rate-limit window s (default 60)")
    p.add_argument("--penalty", type=float, default=60.0, help="429 penalty in s (default 60)")
    p.add_argument("--no-rate-limits", action="store_true", help="disable rate limiting")
    p.add_argument("--rate-limit", action="append", default=[], metavar="GROUP=N",
                   help="override a group's limit, e.g. --rate-limit Heavy=3 (repeatable)")
    p.add_argument("--client-id", action="append", default=[],
                   help="accepted OAuth client_id (repeatable; default rca-test-client)")
    p.add_argument("--redirect-uri", action="append", default=[],
                   help="registered redirect URI (repeatable; default: any http loopback URI)")
    p.add_argument("--no-pkce-required", action="store_true",
                   help="allow authorization without code_challenge")
    p.add_argument("--platform-url", help="base URL written into API links (default: from Host)")
    p.add_argument("--media-url", help="base URL of content links (default: the platform URL)")
    p.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return p.parse_args(argv)


def build_config(args: argparse.Namespace) -> Config:
    cfg = Config()
    cfg.seed = args.seed
    cfg.days = args.days
    cfg.items_per_day = args.items_per_day
    cfg.anchor = parse_iso(args.now) if args.now else float(int(time.time()) // 60 * 60)
    cfg.recording_bytes = args.recording_bytes
    if args.scenario:
        with open(args.scenario, encoding="utf-8") as fh:
            cfg.scenario = json.load(fh)
        if cfg.scenario.get("now") and not args.now:
            cfg.anchor = parse_iso(cfg.scenario["now"])
    if args.extension_user:
        cfg.signed_in_extension, cfg.start_admin = "102", False
    elif args.admin:
        cfg.signed_in_extension, cfg.start_admin = "101", True
    cfg.token_lifetime = args.token_lifetime
    cfg.refresh_token_lifetime = args.refresh_token_lifetime
    cfg.refresh_reuse_grace = None if args.refresh_reuse_grace < 0 else args.refresh_reuse_grace
    cfg.keepalive_close_probability = args.keepalive_close_probability
    cfg.keepalive_close_max_delay_ms = args.keepalive_close_max_delay_ms
    cfg.rate_window = args.rate_window
    cfg.penalty = args.penalty
    cfg.rate_limits_enabled = not args.no_rate_limits
    for item in args.rate_limit:
        group, _, value = item.partition("=")
        if group not in cfg.rate_limits or not value.isdigit():
            raise SystemExit(f"bad --rate-limit {item!r}; use Light|Medium|Heavy|Auth=N")
        cfg.rate_limits[group] = int(value)
    if args.client_id:
        cfg.client_ids = list(args.client_id)
    cfg.redirect_uris = list(args.redirect_uri)
    cfg.require_pkce = not args.no_pkce_required
    cfg.platform_base_url = args.platform_url.rstrip("/") if args.platform_url else None
    cfg.media_base_url = args.media_url.rstrip("/") if args.media_url else None
    cfg.verbose = args.verbose
    return cfg


def main(argv=None) -> int:
    args = parse_args(argv)
    server = make_server(build_config(args), "127.0.0.1", args.port)  # loopback only
    port = server.server_address[1]
    stopping = threading.Event()

    def stop(signum, frame):  # serve_forever runs in this thread: shut down from another one
        if not stopping.is_set():
            stopping.set()
            threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"LISTENING http://127.0.0.1:{port}", flush=True)
    if args.print_port:
        print(port, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
