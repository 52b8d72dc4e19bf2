# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The control API under /__fake/ that tests use to steer the fake (see README.md)."""
from __future__ import annotations

import json
import re

from . import render
from .common import HttpError, Request, Response, json_response
from .data import apply_items
from .timeutil import to_iso

CONFIG_KEYS = {
    "token_lifetime": float, "refresh_token_lifetime": float, "auth_code_lifetime": float,
    "authorize_mode": str, "require_pkce": bool, "client_ids": list, "redirect_uris": list,
    "platform_base_url": str, "media_base_url": str, "signed_in_extension": str,
    "refresh_reuse_grace": float, "keepalive_close_probability": float,
    "keepalive_close_max_delay_ms": float,
}
AUTHORIZE_MODES = ("consent", "deny", "wrong_state")


def _bad(message: str) -> HttpError:
    return HttpError(400, {"error": "bad_control_request", "message": message})


class Control:
    def __init__(self, app):
        self.app = app  # server.App

    def handle(self, req: Request) -> Response:
        routes = {
            ("GET", "/__fake/health"): self.health,
            ("GET", "/__fake/config"): self.get_config,
            ("POST", "/__fake/config"): self.set_config,
            ("POST", "/__fake/reset"): self.reset,
            ("POST", "/__fake/expire-tokens"): self.expire_tokens,
            ("POST", "/__fake/revoke-all"): self.revoke_all,
            ("GET", "/__fake/tokens"): self.tokens,
            ("GET", "/__fake/stats"): self.stats,
            ("GET", "/__fake/requests"): self.requests,
            ("DELETE", "/__fake/requests"): self.clear_requests,
            ("GET", "/__fake/faults"): self.list_faults,
            ("POST", "/__fake/faults"): self.add_fault,
            ("DELETE", "/__fake/faults"): self.clear_faults,
            ("POST", "/__fake/rate-limits/reset"): self.reset_rate_limits,
            ("GET", "/__fake/calls"): self.list_calls,
            ("POST", "/__fake/calls"): self.add_calls,
            ("GET", "/__fake/messages"): self.list_messages,
            ("POST", "/__fake/messages"): self.add_messages,
            ("POST", "/__fake/scenario"): self.scenario,
        }
        handler = routes.get((req.method, req.path.rstrip("/")))
        if handler is None:
            raise HttpError(404, {"error": "not_found", "message": f"no control route {req.method} {req.path}",
                                  "routes": sorted(f"{m} {p}" for m, p in routes)})
        return handler(req)

    @staticmethod
    def _json(req: Request) -> dict:
        if not req.body.strip():
            return {}
        try:
            value = json.loads(req.body)
        except ValueError as err:
            raise _bad(f"body is not JSON: {err}") from None
        if not isinstance(value, dict):
            raise _bad("body must be a JSON object")
        return value

    # --------------------------------------------------------------- state
    def health(self, req):
        return json_response({"ok": True, "accountId": str(self.app.account.account_id)})

    def get_config(self, req):
        return json_response(self.app.describe_config())

    def set_config(self, req):
        body = self._json(req)
        cfg = self.app.config
        with self.app.lock:
            for key, value in body.items():
                if key in CONFIG_KEYS:
                    if key == "authorize_mode" and value not in AUTHORIZE_MODES:
                        raise _bad(f"authorize_mode must be one of {AUTHORIZE_MODES}")
                    if key == "signed_in_extension":
                        if self.app.account.find_extension(value) is None:
                            raise _bad(f"unknown extension {value!r}")
                        value = str(value)
                    if key in ("platform_base_url", "media_base_url") and value:
                        value = str(value).rstrip("/")
                    setattr(cfg, key, CONFIG_KEYS[key](value) if value is not None else None)
                elif key == "admin":
                    ext = self.app.signed_in_extension()
                    ext.admin = bool(value)
                elif key in ("rate_limits", "rate_window", "penalty", "rate_limits_enabled"):
                    pass  # handled below
                else:
                    raise _bad(f"unknown config key {key!r}")
            rl = body.get("rate_limits")
            limits = enabled = None
            if isinstance(rl, dict):
                limits = {k: v for k, v in rl.items() if k in ("Light", "Medium", "Heavy", "Auth")}
                enabled = rl.get("enabled")
            elif rl is False or rl is True:
                enabled = rl
            if "rate_limits_enabled" in body:
                enabled = bool(body["rate_limits_enabled"])
            self.app.limiter.configure(limits=limits or None, window=body.get("rate_window"),
                                       penalty=body.get("penalty"), enabled=enabled)
        return json_response(self.app.describe_config())

    def reset(self, req):
        self.app.reset()
        return json_response({"ok": True, "config": self.app.describe_config()})

    def expire_tokens(self, req):
        body = self._json(req)
        n = self.app.auth.expire_all()
        out = {"expiredAccessTokens": n}
        if body.get("refresh"):
            out["expiredRefreshTokens"] = self.app.auth.expire_refresh_all()
        return json_response(out)

    def revoke_all(self, req):
        return json_response({"revokedSessions": self.app.auth.revoke_all()})

    def tokens(self, req):
        return json_response(self.app.auth.summary())

    def stats(self, req):
        with self.app.lock:
            out = dict(self.app.stats)
        auth = self.app.auth.summary()
        out.update(refreshes=auth["refreshes"], refreshReplays=auth["refreshReplays"])
        return json_response(out)

    def requests(self, req):
        entries = self.app.request_log.entries()
        since = req.param("since")
        if since:
            entries = [e for e in entries if e["seq"] > int(since)]
        if req.param("path_regex"):
            rx = re.compile(req.param("path_regex"))
            entries = [e for e in entries if rx.search(e["path"])]
        return json_response({"requests": entries})

    def clear_requests(self, req):
        self.app.request_log.clear()
        return json_response({"ok": True})

    def list_faults(self, req):
        return json_response({"faults": self.app.faults.describe()})

    def add_fault(self, req):
        body = self._json(req)
        specs = body.get("faults") if isinstance(body.get("faults"), list) else [body]
        try:
            added = [self.app.faults.add(spec).describe() for spec in specs]
        except (ValueError, re.error) as err:
            raise _bad(str(err)) from None
        return json_response({"faults": added}, status=201)

    def clear_faults(self, req):
        self.app.faults.clear()
        return json_response({"ok": True})

    def reset_rate_limits(self, req):
        self.app.limiter.reset()
        return json_response({"ok": True})

    # ---------------------------------------------------------------- data
    def list_calls(self, req):
        acc = self.app.account
        with_hash = req.param("sha256") in ("1", "true")
        out = []
        with acc.lock:
            for call in sorted(acc.calls, key=lambda c: c.start):
                ext = acc.find_extension(call.ext_id)
                recs = []
                for rec in call.recordings():
                    item = {"id": rec.id, "type": rec.type, "contentType": rec.content_type,
                            "size": rec.size, "onlyOnLegs": call.recording is None
                            or call.recording.id != rec.id}
                    if with_hash:
                        item["sha256"] = acc.recording_blob(rec.id)[1].sha256()
                    recs.append(item)
                out.append({"id": call.id, "extensionId": str(call.ext_id),
                            "extensionNumber": ext.number if ext else None,
                            "startTime": to_iso(call.start), "duration": call.duration,
                            "direction": call.direction, "recordings": recs,
                            "visibleAt": to_iso(call.visible_from) if call.visible_from else None})
        return json_response({"calls": out})

    def list_messages(self, req):
        acc = self.app.account
        with_hash = req.param("sha256") in ("1", "true")
        out = []
        with acc.lock:
            for msg in sorted(acc.messages, key=lambda m: m.created):
                ext = acc.find_extension(msg.ext_id)
                atts = []
                for att in msg.attachments:
                    item = {"id": att.id, "type": att.type, "contentType": att.content_type,
                            "size": att.size}
                    if with_hash:
                        item["sha256"] = acc.attachment_blob(msg.id, att.id)[2].sha256()
                    atts.append(item)
                out.append({"id": msg.id, "type": msg.type, "extensionId": str(msg.ext_id),
                            "extensionNumber": ext.number if ext else None,
                            "creationTime": to_iso(msg.created), "direction": msg.direction,
                            "subject": msg.subject,
                            "vmTranscriptionStatus": msg.vm_transcription_status,
                            "attachments": atts})
        return json_response({"messages": out})

    def _add(self, req, key: str):
        body = self._json(req)
        specs = body.get(key) if isinstance(body.get(key), list) else [body]
        try:
            added = apply_items(self.app.account, {key: specs})
        except (KeyError, ValueError) as err:
            raise _bad(f"bad {key[:-1]} spec: {err!r}") from None
        return added

    def add_calls(self, req):
        added = self._add(req, "calls")
        urls = req.urls
        return json_response({"calls": [render.call_record(c, urls, "Detailed", True)
                                        for c in added["calls"]]}, status=201)

    def add_messages(self, req):
        added = self._add(req, "messages")
        return json_response({"messages": [render.message_info(m, req.urls)
                                           for m in added["messages"]]}, status=201)

    def scenario(self, req):
        body = self._json(req)
        try:
            self.app.load_scenario(body, replace=bool(body.get("replace", False)))
        except (KeyError, ValueError) as err:
            raise _bad(f"bad scenario: {err!r}") from None
        acc = self.app.account
        return json_response({"ok": True, "calls": len(acc.calls), "messages": len(acc.messages)})
