# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""OAuth routes: /restapi/oauth/authorize, /token, /revoke."""
from __future__ import annotations

import base64
import binascii
from urllib.parse import parse_qsl, urlencode, urlsplit

from . import errors as E
from .auth import OAuthError
from .common import HttpError, Request, Response, json_response

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1")


class OAuthRoutes:
    def __init__(self, app):
        self.app = app  # server.App

    # ------------------------------------------------------------- helpers
    def _client_ok(self, client_id: str | None) -> bool:
        return bool(client_id) and client_id in self.app.config.client_ids

    def _redirect_ok(self, uri: str) -> bool:
        registered = self.app.config.redirect_uris
        if registered:
            return uri in registered
        # nothing registered on the command line: accept any http loopback URI
        parts = urlsplit(uri)
        return parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS

    @staticmethod
    def _redirect(uri: str, params: dict) -> Response:
        sep = "&" if urlsplit(uri).query else "?"
        location = uri + sep + urlencode({k: v for k, v in params.items() if v is not None})
        body = f'<html><body>Redirecting to <a href="{location}">the application</a></body></html>'
        return Response(302, {"Location": location, "Content-Type": "text/html; charset=utf-8"},
                        body.encode())

    def owner_for(self, req: Request) -> str:
        """The extension an OAuth request acts for (the rate-limit owner)."""
        auth = self.app.auth
        form = self._form(req, strict=False)
        token = form.get("refresh_token") or form.get("token") or req.param("token")
        if token:
            session = auth.by_refresh.get(token) or auth.by_access.get(token)
            if session is not None:
                return str(session.ext_id)
        code = form.get("code")
        if code and code in auth.codes:
            return str(auth.codes[code].ext_id)
        ext = self.app.signed_in_extension()
        return str(ext.id) if ext else "anonymous"

    @staticmethod
    def _form(req: Request, strict: bool = True) -> dict[str, str]:
        ctype = req.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            if strict:
                raise HttpError(415, E.oauth_error("invalid_request", E.CMN_101,
                                                   fmt={"name": "Content-Type"},
                                                   parameterName="Content-Type"))
            return {}
        pairs = parse_qsl(req.body.decode("utf-8", "replace"), keep_blank_values=True)
        form: dict[str, str] = {}
        for key, value in pairs:
            if key in form and strict:
                raise HttpError(400, E.oauth_error("invalid_request", E.OAU_111,
                                                   parameterName=key))
            form[key] = value
        return form

    def _client_id(self, req: Request, form: dict) -> str:
        client_id = form.get("client_id")
        header = req.headers.get("authorization", "")
        if not client_id and header.lower().startswith("basic "):
            try:
                client_id = base64.b64decode(header[6:].strip()).decode().split(":", 1)[0]
            except (binascii.Error, UnicodeDecodeError):
                client_id = ""
        if not self._client_ok(client_id):
            raise HttpError(400, E.oauth_error("invalid_client", E.OAU_153,
                                               fmt={"client_id": client_id or ""},
                                               parameters=[{"parameterName": "client_id",
                                                            "parameterValue": client_id or ""}]))
        return client_id

    # ----------------------------------------------------------- authorize
    def authorize(self, req: Request) -> Response:
        client_id = req.param("client_id")
        if not self._client_ok(client_id):
            raise HttpError(400, E.oauth_error("invalid_client", E.OAU_153,
                                               fmt={"client_id": client_id or ""},
                                               parameters=[{"parameterName": "client_id",
                                                            "parameterValue": client_id or ""}]))
        redirect_uri = req.param("redirect_uri")
        if not redirect_uri:
            if len(self.app.config.redirect_uris) != 1:
                raise HttpError(400, E.oauth_error("invalid_request", E.CMN_100,
                                                   fmt={"name": "redirect_uri"},
                                                   parameterName="redirect_uri"))
            target, recorded = self.app.config.redirect_uris[0], None
        elif not self._redirect_ok(redirect_uri):
            raise HttpError(400, E.oauth_error("invalid_grant", E.OAU_109))
        else:
            target, recorded = redirect_uri, redirect_uri
        state = req.param("state")
        if req.param("response_type") != "code":
            return self._redirect(target, {"error": "unsupported_response_type",
                                           "error_description": "Unsupported response type",
                                           "state": state})
        challenge = req.param("code_challenge")
        method = req.param("code_challenge_method") or "plain"  # RingCentral's default
        if method not in ("plain", "S256"):
            return self._redirect(target, {"error": "invalid_request",
                                           "error_description": "Unsupported code challenge method",
                                           "state": state})
        if not challenge and self.app.config.require_pkce:
            return self._redirect(target, {"error": "invalid_request",
                                           "error_description": "code_challenge is required",
                                           "state": state})
        mode = self.app.config.authorize_mode
        if mode == "deny":
            return self._redirect(target, {"error": "access_denied",
                                           "error_description": "The user denied the authorization",
                                           "state": state})
        ext = self.app.signed_in_extension()
        code = self.app.auth.issue_code(client_id, recorded, challenge or None, method, ext.id)
        if mode == "wrong_state":
            state = (state or "") + "-tampered"
        return self._redirect(target, {"code": code, "state": state})

    # --------------------------------------------------------------- token
    def token(self, req: Request) -> Response:
        form = self._form(req)
        client_id = self._client_id(req, form)
        grant = form.get("grant_type")
        try:
            if grant == "authorization_code":
                info = self.app.auth.exchange_code(form, client_id)
            elif grant == "refresh_token":
                info = self.app.auth.refresh(form, client_id)
            elif not grant:
                raise OAuthError(400, E.oauth_error("invalid_request", E.CMN_100,
                                                    fmt={"name": "grant_type"},
                                                    parameterName="grant_type"))
            else:
                raise OAuthError(400, E.oauth_error(
                    "unsupported_grant_type",
                    ("OAU-112", f"The client is unauthorized for the required grant type: [{grant}]")))
        except OAuthError as err:
            raise HttpError(err.status, err.body) from None
        return json_response(info, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    # -------------------------------------------------------------- revoke
    def revoke(self, req: Request) -> Response:
        form = self._form(req) if req.body else {}
        token = form.get("token") or req.param("token")
        if not token:
            raise HttpError(400, E.oauth_error("invalid_request", E.CMN_100, fmt={"name": "token"},
                                               parameterName="token"))
        self.app.auth.revoke_token(token)  # RFC 7009: unknown tokens are not an error
        return Response(200, {}, b"")
