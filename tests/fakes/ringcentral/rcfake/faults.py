# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Failures on demand: each rule applies to the next ``count`` requests that match it.

Kinds:
  status         answer ``status`` (default 503) with a RingCentral error body
  rate_limit     answer 429 CMN-301 with Retry-After (``retry_after``, default the penalty)
  drop           close the connection without any response (the request is not handled)
  drop_after     handle the request (a token refresh rotates the tokens), then close the
                 connection before a byte of the answer: the client never learns the outcome
  truncate_json  send the real response with its body cut to ``after_bytes`` (default: half);
                 Content-Length matches the cut body, so HTTP is fine but the JSON does not parse
  drop_mid_body  send the real headers (full Content-Length), ``after_bytes`` (default 1000) of
                 the body, then close the connection
  delay          sleep ``delay_ms`` and then answer normally
"""
from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass

KINDS = ("status", "rate_limit", "drop", "drop_after", "truncate_json", "drop_mid_body", "delay")
PRE_KINDS = ("status", "rate_limit", "drop", "delay")  # decided before the request is handled


@dataclass
class Fault:
    id: int
    kind: str
    path_regex: str
    method: str | None
    query_regex: str | None
    count: int
    status: int
    after_bytes: int | None
    delay_ms: int
    retry_after: int | None
    applied: int = 0

    def matches(self, method: str, path: str, query: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        if not re.search(self.path_regex, path):
            return False
        if self.query_regex and not re.search(self.query_regex, query):
            return False
        return True

    def describe(self) -> dict:
        return {"id": self.id, "kind": self.kind, "path_regex": self.path_regex,
                "method": self.method, "query_regex": self.query_regex,
                "remaining": self.count, "applied": self.applied, "status": self.status,
                "after_bytes": self.after_bytes, "delay_ms": self.delay_ms,
                "retry_after": self.retry_after}


class FaultInjector:
    def __init__(self):
        self.lock = threading.Lock()
        self.rules: list[Fault] = []
        self._ids = itertools.count(1)

    def add(self, spec: dict) -> Fault:
        kind = spec.get("kind", "status")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        path_regex = spec.get("path_regex", ".*")
        re.compile(path_regex)
        if spec.get("query_regex"):
            re.compile(spec["query_regex"])
        count = int(spec.get("count", 1))
        if count < 1:
            raise ValueError("count must be >= 1")
        fault = Fault(id=next(self._ids), kind=kind, path_regex=path_regex,
                      method=spec.get("method"), query_regex=spec.get("query_regex"),
                      count=count, status=int(spec.get("status", 429 if kind == "rate_limit" else 503)),
                      after_bytes=None if spec.get("after_bytes") is None else int(spec["after_bytes"]),
                      delay_ms=int(spec.get("delay_ms", 500)),
                      retry_after=None if spec.get("retry_after") is None else int(spec["retry_after"]))
        with self.lock:
            self.rules.append(fault)
        return fault

    def take(self, method: str, path: str, query: str) -> Fault | None:
        """The first matching rule (consuming one of its uses), or None."""
        with self.lock:
            for fault in self.rules:
                if fault.count > 0 and fault.matches(method, path, query):
                    fault.count -= 1
                    fault.applied += 1
                    if fault.count == 0:
                        self.rules.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()

    def describe(self) -> list[dict]:
        with self.lock:
            return [f.describe() for f in self.rules]
