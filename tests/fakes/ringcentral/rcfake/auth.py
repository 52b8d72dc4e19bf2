# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""OAuth 2.0 state of the fake: authorization codes (PKCE), sessions, access and refresh tokens.

Behaviour copied from RingCentral: one session per authorization; a refresh returns a new access
token *and* a new refresh token and invalidates the old access token at once; revoking any token
of a session ends the whole session. Using an access token that a refresh just replaced first
answers OAU-129 "Access token corrupted" and, some seconds later, OAU-213 "Token not found".

Refresh tokens are single-use in that a refresh issues one new pair only: sending the refresh
token that was just spent again answers the pair its first use issued (no new tokens), so a
client whose answer was lost can ask again. That lasts while the new pair is unused (bounded
here by the new access token's lifetime) and ends ``refresh_reuse_grace`` seconds (10) after the
new access token is first used, or when the new refresh token is spent; afterwards the old one
gets OAU-211. Both were observed by RingCentral's own token-refresh experiment (README.md).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from . import errors as E

SCOPE = "ReadAccounts ReadCallLog ReadCallRecording ReadMessages"
SUPERSEDED_GRACE = 10.0  # seconds an old access token answers "corrupted" before "not found"


class OAuthError(Exception):
    """An error answered by an OAuth endpoint: status + body."""

    def __init__(self, status: int, body: dict):
        super().__init__(body.get("error_description", ""))
        self.status = status
        self.body = body


@dataclass
class AuthCode:
    code: str
    client_id: str
    redirect_uri: str | None
    challenge: str | None
    method: str
    ext_id: int
    expires: float
    used: bool = False


@dataclass
class Session:
    id: str
    client_id: str
    ext_id: int
    endpoint_id: str
    created: float
    access_token: str = ""
    access_expires: float = 0.0
    refresh_token: str = ""
    refresh_expires: float = 0.0
    revoked: bool = False
    code: str = ""  # the authorization code that created the session
    previous_refresh: str = ""  # the refresh token the current pair replaced (reusable a while)
    access_first_used: float | None = None  # when the current access token was first accepted


@dataclass
class TokenCheck:
    """Result of checking a Bearer token: ``session`` or an error (code tuple)."""
    session: Session | None = None
    error: tuple[str, str] | None = None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _make_token(kind: str, session_id: str) -> str:
    # Opaque to clients, but parseable by the fake so that garbage can be told from a
    # well-formed token that is unknown (OAU-149 vs OAU-213).
    return _b64(f"RCFAKE|{kind}|{session_id}|".encode() + secrets.token_bytes(18))


def _parse_token(token: str) -> tuple[str, str] | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    parts = raw.split(b"|", 3)
    if len(parts) != 4 or parts[0] != b"RCFAKE":
        return None
    try:
        return parts[1].decode(), parts[2].decode()
    except UnicodeDecodeError:
        return None


def s256(verifier: str) -> str:
    return _b64(hashlib.sha256(verifier.encode("ascii", "replace")).digest())


class AuthState:
    def __init__(self, config):
        self.config = config  # rcfake.server.Config (read for lifetimes and clients)
        self.lock = threading.Lock()
        self.codes: dict[str, AuthCode] = {}
        self.sessions: dict[str, Session] = {}
        self.by_access: dict[str, Session] = {}
        self.by_refresh: dict[str, Session] = {}
        self.superseded_access: dict[str, float] = {}  # token -> when replaced
        self.superseded_refresh: set[str] = set()
        self.previous_refresh: dict[str, Session] = {}  # just-spent refresh token -> its session
        self.refreshes = 0  # pairs issued by a refresh
        self.replays = 0  # refreshes answered again with the pair already issued

    # ------------------------------------------------------------ authorize
    def issue_code(self, client_id: str, redirect_uri: str | None, challenge: str | None,
                   method: str, ext_id: int) -> str:
        code = _b64(b"RCFAKE|code|" + secrets.token_bytes(18))
        with self.lock:
            self.codes[code] = AuthCode(code, client_id, redirect_uri, challenge, method, ext_id,
                                        time.time() + self.config.auth_code_lifetime)
        return code

    # ----------------------------------------------------------------- token
    def _new_tokens(self, session: Session, now: float) -> None:
        session.access_token = _make_token("A", session.id)
        session.refresh_token = _make_token("R", session.id)
        session.access_expires = now + self.config.token_lifetime
        session.refresh_expires = now + self.config.refresh_token_lifetime
        session.access_first_used = None
        self.by_access[session.access_token] = session
        self.by_refresh[session.refresh_token] = session

    def token_info(self, session: Session, now: float) -> dict:
        return {
            "access_token": session.access_token,
            "token_type": "bearer",
            "expires_in": max(0, int(round(session.access_expires - now))),
            "refresh_token": session.refresh_token,
            "refresh_token_expires_in": max(0, int(round(session.refresh_expires - now))),
            "scope": SCOPE,
            "owner_id": str(session.ext_id),
            "endpoint_id": session.endpoint_id,
            "session_id": session.id,
        }

    def exchange_code(self, form: dict, client_id: str) -> dict:
        code = form.get("code")
        if not code:
            raise OAuthError(400, E.oauth_error("invalid_request", E.CMN_100, fmt={"name": "code"},
                                                parameterName="code"))
        now = time.time()
        with self.lock:
            ac = self.codes.get(code)
            if ac is None or ac.used:
                if ac is not None:  # RFC 6749 4.1.2: a reused code should revoke what it issued
                    for s in self.sessions.values():
                        if s.code == code:
                            self._revoke(s)
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_106))
            if ac.expires < now:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_108))
            if ac.client_id != client_id:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_110))
            if (form.get("redirect_uri") or None) != ac.redirect_uri:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_109))
            if ac.challenge is not None:
                verifier = form.get("code_verifier")
                if not verifier:
                    raise OAuthError(400, E.oauth_error(
                        "invalid_request", E.CMN_100, fmt={"name": "code_verifier"},
                        parameterName="code_verifier"))
                expected = s256(verifier) if ac.method == "S256" else verifier
                if not secrets.compare_digest(expected, ac.challenge):
                    raise OAuthError(400, E.oauth_error(
                        "invalid_grant", E.CMN_101, fmt={"name": "code_verifier"},
                        parameterName="code_verifier"))
            ac.used = True
            session = Session(id=_b64(secrets.token_bytes(12)), client_id=client_id,
                              ext_id=ac.ext_id, endpoint_id=form.get("endpoint_id")
                              or _b64(secrets.token_bytes(16)), created=now, code=code)
            self.sessions[session.id] = session
            self._new_tokens(session, now)
            return self.token_info(session, now)

    def refresh(self, form: dict, client_id: str) -> dict:
        token = form.get("refresh_token")
        if not token:
            raise OAuthError(400, E.oauth_error("invalid_request", E.CMN_100,
                                                fmt={"name": "refresh_token"},
                                                parameterName="refresh_token"))
        now = time.time()
        with self.lock:
            session = self.by_refresh.get(token)
            if session is None:
                replayed = self.previous_refresh.get(token)
                if replayed is not None and self._may_replay(replayed, client_id, now):
                    self.replays += 1
                    return self.token_info(replayed, now)
                if token in self.superseded_refresh:
                    raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_211))
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_213))
            if session.revoked:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_211))
            if session.client_id != client_id:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_110))
            if session.refresh_expires <= now:
                raise OAuthError(400, E.oauth_error("invalid_grant", E.OAU_210))
            # one new pair per refresh token; the old access token stops working at once
            self.previous_refresh.pop(session.previous_refresh, None)
            self.by_refresh.pop(session.refresh_token, None)
            self.by_access.pop(session.access_token, None)
            self.superseded_refresh.add(session.refresh_token)
            self.superseded_access[session.access_token] = now
            session.previous_refresh = session.refresh_token
            self.previous_refresh[session.previous_refresh] = session
            self._new_tokens(session, now)
            self.refreshes += 1
            return self.token_info(session, now)

    def _may_replay(self, session: Session, client_id: str, now: float) -> bool:
        """Whether the refresh token ``session`` spent last may be answered again (lock held)."""
        grace = self.config.refresh_reuse_grace
        if grace is None or grace < 0 or session.revoked or session.client_id != client_id:
            return False
        if session.access_expires <= now or session.refresh_expires <= now:
            return False
        used = session.access_first_used
        return used is None or now - used < grace

    # ---------------------------------------------------------------- revoke
    def _revoke(self, session: Session) -> None:
        session.revoked = True
        self.previous_refresh.pop(session.previous_refresh, None)
        self.by_access.pop(session.access_token, None)
        self.by_refresh.pop(session.refresh_token, None)
        self.superseded_refresh.add(session.refresh_token)

    def revoke_token(self, token: str) -> bool:
        with self.lock:
            session = self.by_access.get(token) or self.by_refresh.get(token)
            if session is None:
                return False
            self._revoke(session)
            return True

    def revoke_all(self) -> int:
        with self.lock:
            live = [s for s in self.sessions.values() if not s.revoked]
            for s in live:
                self._revoke(s)
            return len(live)

    def expire_all(self) -> int:
        """Make every live access token expired now (refresh tokens stay valid)."""
        now = time.time()
        with self.lock:
            n = 0
            for s in self.sessions.values():
                if not s.revoked and s.access_expires > now:
                    s.access_expires = now - 0.001
                    n += 1
            return n

    def expire_refresh_all(self) -> int:
        now = time.time()
        with self.lock:
            n = 0
            for s in self.sessions.values():
                if not s.revoked:
                    s.refresh_expires = now - 0.001
                    s.access_expires = min(s.access_expires, now - 0.001)
                    n += 1
            return n

    # ----------------------------------------------------------------- check
    def check_bearer(self, header: str | None) -> TokenCheck:
        if not header:
            return TokenCheck(error=E.AGW_401)
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return TokenCheck(error=E.AGW_402)
        parsed = _parse_token(token)
        if parsed is None or parsed[0] != "A":
            return TokenCheck(error=E.OAU_149)
        now = time.time()
        with self.lock:
            session = self.by_access.get(token)
            if session is None:
                when = self.superseded_access.get(token)
                if when is not None and now - when < SUPERSEDED_GRACE:
                    return TokenCheck(error=E.OAU_129)
                return TokenCheck(error=E.OAU_213)
            if session.revoked:
                return TokenCheck(error=E.OAU_213)
            if session.access_expires <= now:
                return TokenCheck(error=E.OAU_128)
            if session.access_first_used is None:
                session.access_first_used = now
            return TokenCheck(session=session)

    def summary(self) -> dict:
        now = time.time()
        with self.lock:
            return {"sessions": [
                {"id": s.id, "clientId": s.client_id, "ownerId": str(s.ext_id), "revoked": s.revoked,
                 "accessExpiresIn": round(s.access_expires - now, 3),
                 "refreshExpiresIn": round(s.refresh_expires - now, 3)}
                for s in self.sessions.values()],
                "refreshes": self.refreshes, "refreshReplays": self.replays}
