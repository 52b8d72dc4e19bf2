# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake Box's api.box.com routes: users/me, folders (create, get, items, delete), files
(get, delete, content with its redirect to the download host, the upload preflight) and the
download host's route. A mixin of fake_box.Handler."""

from __future__ import annotations

import json
import re
import secrets

from box_state import ROOT, STATE, UNLIMITED_SPACE, Drop, name_problem, now_iso

ORDER = [{"by": "type", "direction": "ASC"}, {"by": "name", "direction": "ASC"}]


def not_found_info(name, value):
    return {"errors": [{"reason": "invalid_parameter", "name": name,
                        "message": f"Invalid value '{value}'. '{name}' with value '{value}' "
                                   "not found"}]}


class ItemRoutes:
    # --- helpers --------------------------------------------------------------------------

    def json_body(self):
        """The request's JSON object, or None after answering 400."""
        try:
            body = json.loads(self.read_body() or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            self.error(400, "bad_request", "Invalid JSON in the request body")
            return None
        return body

    def item_not_found(self, kind, item_id):
        prefix = "d_" if kind == "folder" else "f_"
        self.error(404, "not_found", "Not Found",
                   not_found_info("folder" if kind == "folder" else "item", prefix + item_id))

    def lookup(self, kind, item_id):
        """The folder or file with that id, or None after answering 404 / 405."""
        if not item_id.isdigit():
            self.error(405, "method_not_allowed", "Method Not Allowed")
            return None
        item = STATE.folder(item_id) if kind == "folder" else STATE.file(item_id)
        if item is None:
            self.item_not_found(kind, item_id)
        return item

    def precondition_ok(self, item) -> bool:
        want = self.headers.get("If-Match")
        if want is not None and want != STATE.tag(item):
            self.error(412, "precondition_failed",
                       "The resource has been modified. Retrieve the resource again and retry")
            return False
        return True

    def int_param(self, name, default, maximum=None):
        raw = self.query.get(name)
        if raw is None:
            return default
        if not re.fullmatch(r"\d+", raw):
            self.error(400, f"invalid_{name}", f"{name.capitalize()} is not a valid number")
            return None
        value = int(raw)
        return min(value, maximum) if maximum else value

    def conflict(self, existing, as_list):
        """409 item_name_in_use: folders report a list of conflicts, uploads one object."""
        mini = STATE.mini(existing)
        self.error(409, "item_name_in_use", "Item with the same name already exists",
                   {"conflicts": [mini] if as_list else mini})

    def omit_sha1(self, obj):
        if self.fault and self.fault.get("action") == "omit_sha1":
            if isinstance(obj, dict):
                obj.pop("sha1", None)
                for value in obj.values():
                    self.omit_sha1(value)
            elif isinstance(obj, list):
                for value in obj:
                    self.omit_sha1(value)
        return obj

    # --- routes ---------------------------------------------------------------------------

    def users_me(self):
        with STATE.lock:
            cfg = STATE.config
            full = {"type": "user", "id": STATE.user_id, "name": cfg["user_name"],
                    "login": cfg["user_login"], "created_at": "2020-01-01T00:00:00+00:00",
                    "modified_at": now_iso(), "language": "en", "timezone": "UTC",
                    "space_amount": cfg["quota_bytes"] if cfg["quota_bytes"] is not None
                    else UNLIMITED_SPACE, "space_used": STATE.used_bytes(),
                    "max_upload_size": 5 * 1024 ** 3, "status": "active", "job_title": "",
                    "phone": "", "address": "",
                    "avatar_url": "https://app.box.com/api/avatar/large/" + STATE.user_id}
        self.send_json(200, STATE.select((full, list(full)), self.query.get("fields")))

    def folder_create(self):
        body = self.json_body()
        if body is None:
            return
        name, parent_id = body.get("name"), (body.get("parent") or {}).get("id")
        if not isinstance(parent_id, str):
            return self.error(400, "bad_request", "'parent' is required")
        problem = name_problem(name)
        if problem:
            return self.error(*problem)
        with STATE.lock:
            parent = STATE.folder(parent_id)
            if parent is None:
                return self.error(404, "not_found", "Not Found",
                                  not_found_info("parent", "d_" + parent_id))
            existing = STATE.child_named(parent_id, name)
            if existing is not None:
                return self.conflict(existing, as_list=True)
            folder = STATE.new_folder(parent_id, name)
            out = STATE.render(folder, self.query.get("fields"))
        self.send_json(201, out)

    def folder_get(self, folder_id):
        with STATE.lock:
            folder = self.lookup("folder", folder_id)
            if folder is None:
                return
            if self.headers.get("If-None-Match") and \
                    self.headers["If-None-Match"] == STATE.tag(folder):
                return self.send_raw(304, b"")
            out = STATE.render(folder, self.query.get("fields"))
        self.send_json(200, self.omit_sha1(out))

    def folder_items(self, folder_id):
        limit = self.int_param("limit", 100, 1000)
        offset = self.int_param("offset", 0)
        if limit is None or offset is None:
            return
        sort, direction = self.query.get("sort", "name"), self.query.get("direction", "ASC")
        if sort not in ("id", "name", "date", "size") or direction not in ("ASC", "DESC"):
            return self.error(400, "bad_request", "Invalid sort or direction")
        marker = self.query.get("usemarker", "").lower() == "true"
        if marker and self.query.get("marker"):
            try:
                offset = int(self.query["marker"].removeprefix("m"), 16)
            except ValueError:
                return self.error(400, "invalid_marker", "Invalid marker")
        with STATE.lock:
            if self.lookup("folder", folder_id) is None:
                return
            items = STATE.sorted_children(folder_id, sort, direction)
            page = limit
            if STATE.config["max_page_size"]:
                page = min(page, STATE.config["max_page_size"])
            chosen = items[offset:offset + page]
            fields = self.query.get("fields")
            entries = [STATE.select(STATE.file_full(i) if i["type"] == "file"
                                    else STATE.folder_full(i, False), fields) if fields
                       else STATE.mini(i) for i in chosen]
        if marker:
            end = offset + len(chosen)
            out = {"entries": entries, "limit": limit,
                   "next_marker": "m%x" % end if end < len(items) else None,
                   "prev_marker": None}
        else:
            out = {"total_count": len(items), "entries": entries, "offset": offset,
                   "limit": limit, "order": ORDER}
        self.send_json(200, self.omit_sha1(out))

    def folder_delete(self, folder_id):
        with STATE.lock:
            folder = self.lookup("folder", folder_id)
            if folder is None or not self.precondition_ok(folder):
                return
            if folder_id == ROOT:
                return self.error(403, "forbidden", "The root folder cannot be deleted")
            below = [i for i in STATE.items.values() if folder in STATE.ancestors(i)]
            if below and self.query.get("recursive") != "true":
                return self.error(400, "folder_not_empty", "Cannot delete - folder not empty")
            for item in below + [folder]:
                del STATE.items[item["id"]]
        self.send_raw(204, b"")

    def file_get(self, file_id):
        with STATE.lock:
            f = self.lookup("file", file_id)
            if f is None:
                return
            if self.headers.get("If-None-Match") and \
                    self.headers["If-None-Match"] == STATE.tag(f):
                return self.send_raw(304, b"")
            out = STATE.render(f, self.query.get("fields"))
        self.send_json(200, self.omit_sha1(out))

    def file_delete(self, file_id):
        with STATE.lock:
            f = self.lookup("file", file_id)
            if f is None or not self.precondition_ok(f):
                return
            del STATE.items[file_id]  # no trash in the fake: the name is free again at once
        self.send_raw(204, b"")

    def file_content(self, file_id):
        """Box answers 302 to a one-off URL on dl.boxcloud.com; here the same server."""
        with STATE.lock:
            f = self.lookup("file", file_id)
            if f is None:
                return
            want = self.query.get("version")
            version = next((v for v in f["versions"] if v["id"] == want), None) if want \
                else f["versions"][-1]
            if version is None:
                return self.error(404, "not_found", "Not Found", not_found_info("version", want))
            token = secrets.token_urlsafe(24)
            STATE.downloads[token] = (file_id, version)
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
        self.send_raw(302, b"", headers={"Location": f"http://{host}/d/1/{token}/download"})

    def download(self, token):
        """The download host: no bearer needed (the URL is the credential); one Range."""
        with STATE.lock:
            found = STATE.downloads.get(token)
        if found is None:
            return self.send_raw(404, b"Not Found", "text/plain")
        data = found[1]["data"]
        status, first, last = 200, 0, len(data) - 1
        headers = {"Accept-Ranges": "bytes", "ETag": '"%s"' % found[1]["sha1"]}
        want = self.headers.get("Range")
        if want:
            m = re.fullmatch(r"bytes=(\d*)-(\d*)", want.strip())
            if m and m.group(1):
                first = int(m.group(1))
                last = min(int(m.group(2)), len(data) - 1) if m.group(2) else len(data) - 1
            elif m and m.group(2):
                first = max(0, len(data) - int(m.group(2)))
            if not m or first >= len(data) or first > last:
                return self.send_raw(416, b"", headers={"Content-Range": f"bytes */{len(data)}"})
            status = 206
            headers["Content-Range"] = f"bytes {first}-{last}/{len(data)}"
        body = data[first:last + 1]
        if self.fault and self.fault.get("action") == "drop_mid_download":
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            raise Drop()
        self.send_raw(status, body, "application/octet-stream", headers)

    def preflight(self):
        """OPTIONS /2.0/files/content: would this upload be accepted?"""
        body = self.json_body()
        if body is None:
            return
        name, parent_id = body.get("name"), (body.get("parent") or {}).get("id")
        size = body.get("size")
        problem = name_problem(name)
        if problem:
            return self.error(*problem)
        with STATE.lock:
            if not isinstance(parent_id, str) or STATE.folder(parent_id) is None:
                return self.error(404, "not_found", "Not Found",
                                  not_found_info("parent", "d_%s" % parent_id))
            existing = STATE.child_named(parent_id, name)
            if existing is not None:
                return self.conflict(existing, as_list=False)
            if isinstance(size, int) and STATE.quota_exceeded(size):
                return self.error(403, "storage_limit_exceeded", "Account storage limit reached")
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
        self.send_json(200, {"upload_url": f"http://{host}/api/2.0/files/content?"
                                           f"upload_session_id={secrets.token_hex(16).upper()}",
                             "upload_token": secrets.token_urlsafe(24)})
