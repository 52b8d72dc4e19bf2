# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Request/response objects and parameter parsing shared by the route modules."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from . import errors as E
from .media import Blob
from .render import Urls
from .timeutil import parse_iso

JSON_TYPE = "application/json; charset=utf-8"


@dataclass
class Request:
    method: str
    path: str
    query: str
    params: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    urls: Urls
    match: dict[str, str] = field(default_factory=dict)
    session: object | None = None  # auth.Session of the Bearer token, for API routes
    owner: str = ""  # rate-limit owner (extension id)

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[-1] if values else None

    def param_list(self, name: str) -> list[str]:
        out: list[str] = []
        for value in self.params.get(name, []):
            out.extend(v for v in value.split(",") if v)  # accept both a=x&a=y and a=x,y
        return out


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    blob: Blob | None = None  # streamed instead of body: bytes [start, end) of the blob
    start: int = 0
    end: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start if self.blob is not None else len(self.body)


class HttpError(Exception):
    """Raised by route code; becomes a JSON error response."""

    def __init__(self, status: int, body: dict, headers: dict[str, str] | None = None):
        super().__init__(str(body))
        self.status = status
        self.body = body
        self.headers = headers or {}


def json_response(obj, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")
    h = {"Content-Type": JSON_TYPE}
    h.update(headers or {})
    return Response(status=status, headers=h, body=body)


def invalid(name: str, value: str | None = None) -> HttpError:
    extra = {"parameterName": name}
    if value is not None:
        extra["parameterValue"] = value
    return HttpError(400, E.api_error(E.CMN_101, fmt={"name": name}, **extra))


def not_found(name: str) -> HttpError:
    return HttpError(404, E.api_error(E.CMN_102, fmt={"name": name}, parameterName=name))


def forbidden(permission: str) -> HttpError:
    return HttpError(403, E.api_error(E.CMN_408, fmt={"permission": permission}))


def enum_param(req: Request, name: str, allowed, default=None) -> str | None:
    value = req.param(name)
    if value is None or value == "":
        return default
    if value not in allowed:
        raise invalid(name, value)
    return value


def enum_list(req: Request, name: str, allowed) -> list[str]:
    values = req.param_list(name)
    for v in values:
        if v not in allowed:
            raise invalid(name, v)
    return values


def int_param(req: Request, name: str, default: int, minimum: int = 1, clamp: int | None = None,
              allow_max: bool = False) -> int:
    value = req.param(name)
    if value is None or value == "":
        return default
    if allow_max and value == "max" and clamp:
        return clamp
    try:
        number = int(value)
    except ValueError:
        raise invalid(name, value) from None
    if number < minimum:
        raise invalid(name, value)
    if clamp is not None:
        number = min(number, clamp)
    return number


def date_param(req: Request, name: str) -> float | None:
    value = req.param(name)
    if value is None or value == "":
        return None
    try:
        return parse_iso(value)
    except ValueError:
        raise invalid(name, value) from None


def page_uri(req: Request, page: int, per_page: int) -> str:
    """The request's own URI (absolute, from the platform base) with page/perPage replaced."""
    pairs = [(k, v) for k, values in req.params.items() if k not in ("page", "perPage") for v in values]
    pairs += [("page", str(page)), ("perPage", str(per_page))]
    query = urlencode(pairs, quote_via=lambda s, safe, enc, err: quote(s, safe=":", encoding=enc))
    return f"{req.urls.platform}{req.path}?{query}"


def paginate(req: Request, items: list, page: int, per_page: int, totals: bool) -> tuple[list, dict, dict]:
    """Slice one page; return (page items, paging, navigation).

    ``totals``: include totalPages/totalElements and lastPage (message store, extension list);
    the call log does not report totals, only first/next/previous page links.
    """
    total = len(items)
    start = (page - 1) * per_page
    chunk = items[start:start + per_page]
    paging = {"page": page, "perPage": per_page}
    if chunk:
        paging["pageStart"] = start
        paging["pageEnd"] = start + len(chunk) - 1
    navigation = {"firstPage": {"uri": page_uri(req, 1, per_page)}}
    if start + per_page < total:
        navigation["nextPage"] = {"uri": page_uri(req, page + 1, per_page)}
    if page > 1:
        navigation["previousPage"] = {"uri": page_uri(req, page - 1, per_page)}
    if totals:
        pages = max(1, -(-total // per_page))
        paging["totalPages"] = pages
        paging["totalElements"] = total
        navigation["lastPage"] = {"uri": page_uri(req, pages, per_page)}
    return chunk, paging, navigation
