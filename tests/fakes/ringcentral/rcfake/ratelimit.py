# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Per-user, per-group request rate limits with RingCentral's penalty rule.

Each (owner, group) pair may make ``limit`` requests within a sliding ``window``. The request
that exceeds it gets 429 and starts a penalty of ``penalty`` seconds; every request made during
the penalty is refused too and restarts the penalty (RingCentral's documented behaviour).
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass

DEFAULT_LIMITS = {"Light": 50, "Medium": 40, "Heavy": 10, "Auth": 5}


@dataclass
class Verdict:
    allowed: bool
    group: str
    limit: int
    remaining: int
    window: int
    retry_after: int = 0

    def headers(self) -> dict[str, str]:
        return {
            "X-Rate-Limit-Group": self.group,
            "X-Rate-Limit-Limit": str(self.limit),
            "X-Rate-Limit-Remaining": str(self.remaining),
            "X-Rate-Limit-Window": str(self.window),
        }


class RateLimiter:
    def __init__(self, limits: dict[str, int] | None = None, window: float = 60.0,
                 penalty: float = 60.0, enabled: bool = True):
        self.lock = threading.Lock()
        self.limits = dict(DEFAULT_LIMITS if limits is None else limits)
        self.window = float(window)
        self.penalty = float(penalty)
        self.enabled = enabled
        self._hits: dict[tuple[str, str], deque] = {}
        self._penalty_until: dict[tuple[str, str], float] = {}

    def reset(self) -> None:
        with self.lock:
            self._hits.clear()
            self._penalty_until.clear()

    def _window_header(self) -> int:
        return max(1, int(math.ceil(self.window)))

    def check(self, owner: str, group: str, now: float | None = None) -> Verdict:
        """Count one request of ``owner`` in ``group`` and say whether it may proceed."""
        now = time.monotonic() if now is None else now
        limit = int(self.limits.get(group, 0))
        with self.lock:
            if not self.enabled or limit <= 0:
                return Verdict(True, group, limit, limit, self._window_header())
            key = (owner, group)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            until = self._penalty_until.get(key, 0.0)
            if now < until or len(hits) >= limit:
                # refused: (re)start the penalty interval
                self._penalty_until[key] = now + self.penalty
                return Verdict(False, group, limit, 0, self._window_header(),
                               retry_after=max(1, int(math.ceil(self.penalty))))
            hits.append(now)
            return Verdict(True, group, limit, limit - len(hits), self._window_header())

    def configure(self, limits=None, window=None, penalty=None, enabled=None) -> None:
        with self.lock:
            if limits is not None:
                self.limits.update({k: int(v) for k, v in limits.items()})
            if window is not None:
                self.window = float(window)
            if penalty is not None:
                self.penalty = float(penalty)
            if enabled is not None:
                self.enabled = bool(enabled)
            self._hits.clear()
            self._penalty_until.clear()

    def describe(self) -> dict:
        with self.lock:
            return {"enabled": self.enabled, "limits": dict(self.limits), "window": self.window,
                    "penalty": self.penalty}
