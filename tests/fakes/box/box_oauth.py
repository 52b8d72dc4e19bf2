# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake Box's OAuth 2 routes (authorize on account.box.com, token and revoke on
api.box.com) and the bearer check of every API route. A mixin of fake_box.Handler."""

from __future__ import annotations

import secrets
import time
from urllib.parse import parse_qs, urlencode, urlsplit

from box_state import STATE

INVALID_TOKEN = ('Bearer realm="Service", error="invalid_token", '
                 'error_description="The access token provided is invalid."')


class OAuthRoutes:
    def oauth_error(self, status, error, description):
        self.send_json(status, {"error": error, "error_description": description})

    def form(self) -> dict:
        body = self.read_body().decode("utf-8", "replace")
        return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def authorize(self):
        q, cfg = self.query, STATE.config
        redirect = q.get("redirect_uri", "")
        parsed = urlsplit(redirect)
        if q.get("client_id") != cfg["client_id"]:
            return self.send_raw(400, b"<html><body>invalid_client: unknown client_id</body>"
                                      b"</html>", "text/html")
        if parsed.scheme not in ("http", "https") or not parsed.netloc \
                or (cfg["redirect_uri"] and redirect != cfg["redirect_uri"]):
            return self.send_raw(400, b"<html><body>redirect_uri_mismatch</body></html>",
                                 "text/html")
        params = {}
        if q.get("response_type") != "code":
            params["error"] = "unsupported_response_type"
        elif cfg["deny_authorization"]:
            params.update(error="access_denied",
                          error_description="The user denied access to your application")
        else:
            code = secrets.token_urlsafe(24)
            with STATE.lock:
                STATE.codes[code] = {"client_id": q["client_id"], "redirect_uri": redirect,
                                     "expires": time.time() + cfg["code_lifetime"]}
            params["code"] = code
        params["state"] = q.get("state", "")
        target = redirect + ("&" if "?" in redirect else "?") + urlencode(params)
        self.send_raw(302, b"", headers={"Location": target})

    def client_ok(self, f) -> bool:
        cfg = STATE.config
        if f.get("client_id") != cfg["client_id"] or f.get("client_secret") != cfg["client_secret"]:
            self.oauth_error(400, "invalid_client", "The client credentials are invalid")
            return False
        return True

    def issue(self, grant: str) -> dict:
        cfg, now = STATE.config, time.time()
        access = secrets.token_urlsafe(24)
        refresh = secrets.token_urlsafe(48)
        STATE.access[access] = {"expires": now + cfg["access_token_lifetime"], "grant": grant}
        STATE.refresh[refresh] = {"expires": now + cfg["refresh_token_lifetime"],
                                  "grant": grant, "used": False}
        return {"access_token": access, "expires_in": cfg["access_token_lifetime"],
                "restricted_to": [], "refresh_token": refresh, "token_type": "bearer"}

    def token(self):
        f = self.form()
        grant_type = f.get("grant_type")
        self.entry["grant_type"] = grant_type
        if grant_type not in ("authorization_code", "refresh_token"):
            return self.oauth_error(400, "invalid_request",
                                    "Invalid grant_type parameter or parameter missing")
        if not self.client_ok(f):
            return
        now = time.time()
        with STATE.lock:
            if grant_type == "authorization_code":
                code = STATE.codes.pop(f.get("code", ""), None)
                if code is None or code["client_id"] != f["client_id"] \
                        or f.get("redirect_uri", code["redirect_uri"]) != code["redirect_uri"]:
                    return self.oauth_error(400, "invalid_grant",
                                            "Auth code doesn't exist or is invalid for the client")
                if code["expires"] < now:
                    return self.oauth_error(400, "invalid_grant",
                                            "The authorization code has expired")
                return self.send_json(200, self.issue(secrets.token_hex(8)))
            old = STATE.refresh.get(f.get("refresh_token", ""))
            if old is None or old["used"]:
                return self.oauth_error(400, "invalid_grant", "Invalid refresh token")
            if old["expires"] < now:
                return self.oauth_error(400, "invalid_grant", "Refresh token has expired")
            old["used"] = True  # single use: the answer carries its successor
            self.entry["rotated"] = True
            return self.send_json(200, self.issue(old["grant"]))

    def revoke(self):
        f = self.form()
        if not self.client_ok(f):
            return
        with STATE.lock:
            info = STATE.access.get(f.get("token", "")) or STATE.refresh.get(f.get("token", ""))
            if info is not None:  # revoking either token ends the whole grant
                grant = info["grant"]
                for table in (STATE.access, STATE.refresh):
                    for t in [t for t, i in table.items() if i["grant"] == grant]:
                        del table[t]
        self.send_raw(200, b"")

    def unauthorized(self, challenge=INVALID_TOKEN):
        """Box answers 401 with an empty body; the reason is in WWW-Authenticate."""
        self.send_raw(401, b"", headers={"WWW-Authenticate": challenge})

    def check_auth(self) -> bool:
        auth = self.headers.get("Authorization", "")
        if auth[:7].lower() != "bearer ":
            self.unauthorized('Bearer realm="Service"')
            return False
        with STATE.lock:
            info = STATE.access.get(auth[7:].strip())
        if info is None or info["expires"] < time.time():
            self.unauthorized()
            return False
        return True
