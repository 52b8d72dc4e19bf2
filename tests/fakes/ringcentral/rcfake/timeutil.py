# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""ISO 8601 helpers shared by the fake: RingCentral writes UTC with milliseconds and a Z."""
from __future__ import annotations

import datetime as _dt
import re

_UTC = _dt.timezone.utc

_ISO_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?"
    r"(Z|z|[+-]\d{2}:?\d{2})?$"
)


def to_iso(ts: float) -> str:
    """Epoch seconds -> '2026-01-15T10:11:12.345Z'."""
    dt = _dt.datetime.fromtimestamp(ts, _UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> float:
    """ISO 8601 date or date-time -> epoch seconds. A value without zone is taken as UTC.

    Raises ValueError for anything else.
    """
    m = _ISO_RE.match(text.strip())
    if not m:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    year, month, day, hh, mm, ss, frac, zone = m.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    dt = _dt.datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0), int(ss or 0),
                      micro, tzinfo=_UTC)
    if zone and zone not in ("Z", "z"):
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        dt = dt - sign * offset
    return dt.timestamp()
