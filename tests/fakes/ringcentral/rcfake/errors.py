# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""RingCentral error bodies and the error codes the fake uses.

Shapes: ``ApiErrorResponseModel`` / ``ParameterizedErrorResponseModel`` (``errors[]`` of
``{errorCode, message[, parameterName, parameterValue]}``) and, for the OAuth endpoints,
``OauthInvalidRequest`` (the same plus ``error`` and ``error_description``). Real responses also
repeat the first error's ``errorCode``/``message`` at the top level (see the 429 example in the
README), so the fake does the same; both models allow extra properties.

Where every code comes from is listed in README.md ("Error codes").
"""
from __future__ import annotations

# --- authentication of API calls (401) ---
AGW_401 = ("AGW-401", "Authorization header is not specified")
AGW_402 = ("AGW-402", "Invalid Authorization header")
OAU_128 = ("OAU-128", "Access token expired")
OAU_129 = ("OAU-129", "Access token corrupted")
OAU_149 = ("OAU-149", "Unparsable access token")
OAU_213 = ("OAU-213", "Token not found")

# --- OAuth authorize/token/revoke (400 with `error`) ---
OAU_106 = ("OAU-106", "Invalid authorization code")
OAU_108 = ("OAU-108", "Authorization code is expired")
OAU_109 = ("OAU-109", "Redirect URIs do not match")
OAU_110 = ("OAU-110", "Authorization code was not issued for this application")
OAU_111 = ("OAU-111", "Request parameter duplication detected")
OAU_153 = ("OAU-153", "Invalid client: {client_id}")
OAU_210 = ("OAU-210", "Token expired")
OAU_211 = ("OAU-211", "Token revoked")

# --- general ---
CMN_100 = ("CMN-100", "Mandatory parameter [{name}] not specified")
CMN_101 = ("CMN-101", "Parameter [{name}] value is invalid")
CMN_102 = ("CMN-102", "Resource for parameter [{name}] is not found")
CMN_107 = ("CMN-107", "Requested Range Not Satisfiable")
CMN_120 = ("CMN-120", "Invalid URI")
CMN_201 = ("CMN-201", "Service Temporary Unavailable")
CMN_202 = ("CMN-202", "Operation is not supported")
CMN_203 = ("CMN-203", "Internal Server Error")
CMN_301 = ("CMN-301", "Request rate exceeded")
CMN_408 = ("CMN-408", "In order to call this API endpoint, user needs to have [{permission}] "
                      "permission for requested resource.")


def _error(code: tuple[str, str], fmt: dict | None, extra: dict | None) -> dict:
    message = code[1].format(**(fmt or {}))
    item = {"errorCode": code[0], "message": message}
    item.update(extra or {})
    return item


def api_error(code: tuple[str, str], *, fmt: dict | None = None, **extra) -> dict:
    """A regular API error body, e.g. api_error(CMN_101, fmt={"name": "view"}, parameterName="view")."""
    item = _error(code, fmt, extra)
    return {"errorCode": item["errorCode"], "message": item["message"], "errors": [item]}


def oauth_error(error: str, code: tuple[str, str], *, fmt: dict | None = None, **extra) -> dict:
    """An OAuth endpoint error body: RFC 6749 ``error``/``error_description`` plus ``errors[]``."""
    item = _error(code, fmt, extra)
    return {"error": error, "errors": [item], "error_description": item["message"]}


def status_error(status: int) -> dict:
    """The body of an injected failure (POST /__fake/faults kind=status)."""
    code = {400: ("CMN-104", "Cannot parse request"), 401: OAU_213,
            403: ("CMN-401", "Specific application permission required"),
            404: ("CMN-102", "Resource for parameter [id] is not found"), 429: CMN_301,
            501: CMN_202, 503: CMN_201}.get(status)
    if code is None:
        code = CMN_203 if status >= 500 else ("FAKE-000", f"Injected HTTP {status}")
    return api_error(code)
