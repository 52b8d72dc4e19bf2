# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake Box's control API for tests (/__fake/..., JSON, no token, not logged): ground truth,
files and folders placed or tampered with as someone else would, configuration, tokens, fault
rules, the request log and the uploads counter. A mixin of fake_box.Handler; fake_box.py's
docstring lists the routes."""

from __future__ import annotations

import base64
import json
import re

from box_state import ROOT, STATE, default_config


class Control:
    def control_target(self, body):
        """The file a tamper action names by "id" or "path", or None."""
        if "id" in body:
            return STATE.file(str(body["id"]))
        item = STATE.resolve(body.get("path", ""))
        return item if item is not None and item["type"] == "file" else None

    def tamper(self, body):
        """Changes content behind the app's back (a new version; not counted as an upload)."""
        action = body.get("action")
        data = base64.b64decode(body.get("data_b64", ""))
        if action == "add":
            if "parent_id" in body:
                parent, name = STATE.folder(str(body["parent_id"])), body.get("name", "")
            else:
                folder, _, name = body.get("path", "").rpartition("/")
                parent = STATE.mkdirs(folder)
            if parent is None or not name:
                return self.send_json(404, {"error": "no such folder, or no name"})
            existing = next((i for i in STATE.children(parent["id"]) if i["name"] == name), None)
            if existing is not None and existing["type"] != "file":
                return self.send_json(409, {"error": "a folder has that name"})
            item = STATE.put_file(parent["id"], name, data, existing)
            return self.send_json(200, STATE.truth(item))
        item = self.control_target(body)
        if item is None:
            return self.send_json(404, {"error": "no such file"})
        if action == "delete":
            del STATE.items[item["id"]]
            return self.send_json(200, {})
        content = bytearray(item["versions"][-1]["data"])
        if action == "truncate":
            content = content[:int(body.get("size", 0))]
        elif action == "flip":
            if content:
                content[int(body.get("offset", 0))] ^= 0xFF
        else:
            return self.send_json(400, {"error": f"unknown tamper action {action!r}"})
        STATE.put_file(item["parent"], item["name"], bytes(content), item)
        self.send_json(200, STATE.truth(item))

    def control(self):
        what, m = self.route[len("/__fake/"):], self.method
        body = {}
        if m in ("POST", "PUT"):
            raw = self.read_body()
            try:
                body = json.loads(raw) if raw.strip() else {}
            except ValueError:
                return self.send_json(400, {"error": "the body is not JSON"})
        try:
            self.control_route(what, m, body)
        except (ValueError, KeyError, TypeError) as e:  # a path through a file, a bad value
            self.send_json(400, {"error": f"{type(e).__name__}: {e}"})

    def control_route(self, what, m, body):
        with STATE.lock:
            if what == "reset" and m == "POST":
                STATE.reset()
                return self.send_json(200, {"ok": True})
            if what == "config" and m == "GET":
                return self.send_json(200, STATE.config)
            if what == "config" and m == "POST":
                unknown = [k for k in body if k not in default_config()]
                if unknown:
                    return self.send_json(400, {"error": f"unknown config keys {unknown}"})
                STATE.config.update(body)
                return self.send_json(200, STATE.config)
            if what == "faults" and m == "POST":
                rule = dict(body, id=STATE.next_fault)
                rule.setdefault("count", 1)
                rule.setdefault("action", "status")
                STATE.next_fault += 1
                STATE.faults.append(rule)
                return self.send_json(200, {"id": rule["id"]})
            if what == "faults" and m == "GET":
                return self.send_json(200, {"faults": STATE.faults})
            if what == "faults" and m == "DELETE":
                STATE.faults.clear()
                return self.send_json(200, {"ok": True})
            if what == "expire_tokens" and m == "POST":
                tables = [STATE.access] + ([STATE.refresh] if body.get("refresh") else [])
                for table in tables:
                    for info in table.values():
                        info["expires"] = 0
                return self.send_json(200, {"expired": sum(len(t) for t in tables)})
            if what == "revoke" and m == "POST":
                STATE.access.clear()
                STATE.refresh.clear()
                return self.send_json(200, {"ok": True})
            if what == "requests" and m == "GET":
                since = int(self.query.get("since", 0))
                rx = self.query.get("path_regex")
                entries = [e for e in STATE.log if e["seq"] > since and (
                    not rx or re.search(rx, e["path"]) or re.search(
                        rx, e["path"] + ("?" + e["query"] if e["query"] else "")))]
                return self.send_json(200, {"requests": entries})
            if what == "requests" and m == "DELETE":
                STATE.log.clear()
                return self.send_json(200, {"ok": True})
            if what == "files" and m == "GET":
                files = [STATE.truth(i) for i in STATE.items.values() if i["type"] == "file"]
                return self.send_json(200, {"files": sorted(files, key=lambda f: f["path"])})
            if what == "files" and m == "POST":
                folder, _, name = body.get("path", "").rpartition("/")
                parent = STATE.mkdirs(folder)
                existing = next((i for i in STATE.children(parent["id"])
                                 if i["name"] == name), None)
                item = STATE.put_file(parent["id"], name,
                                      base64.b64decode(body.get("data_b64", "")), existing)
                return self.send_json(200, STATE.truth(item))
            if what == "folders" and m == "GET":
                folders = [{"path": STATE.path_of(i), "id": i["id"]}
                           for i in STATE.items.values() if i["type"] == "folder"]
                return self.send_json(200, {"folders": sorted(folders, key=lambda f: f["path"])})
            if what == "folders" and m == "POST":
                folder = STATE.mkdirs(body.get("path", ""))
                return self.send_json(200, {"id": folder["id"], "path": STATE.path_of(folder)})
            if what == "tamper" and m == "POST":
                return self.tamper(body)
            if what == "uploads" and m == "GET":
                paths = {}
                for fid, n in STATE.uploads.items():
                    if fid in STATE.items:
                        path = STATE.path_of(STATE.items[fid])
                        paths[path] = paths.get(path, 0) + n
                return self.send_json(200, {"total": sum(STATE.uploads.values()),
                                            "paths": paths, "ids": STATE.uploads})
            if what == "uploads" and m == "DELETE":
                STATE.uploads.clear()
                return self.send_json(200, {"ok": True})
            if what == "sessions" and m == "GET":
                return self.send_json(200, {"sessions": [
                    {"id": s["id"], "file_id": s["file_id"], "folder_id": s["folder_id"],
                     "name": s["name"], "size": s["size"], "part_size": s["part_size"],
                     "commits_202": s["commits_202"],
                     "parts": [{k: p[k] for k in ("part_id", "offset", "size", "sha1")}
                               for _, p in sorted(s["parts"].items())]}
                    for s in STATE.sessions.values()]})
            if what == "state" and m == "GET":
                return self.send_json(200, {
                    "access_tokens": len(STATE.access),
                    "refresh_tokens": sum(not i["used"] for i in STATE.refresh.values()),
                    "sessions": len(STATE.sessions), "root_id": ROOT})
        self.send_json(404, {"error": f"no control route {m} {what}"})
