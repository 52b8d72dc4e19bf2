# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake Box's upload.box.com routes: direct multipart uploads (a new file, a new version)
and chunked upload sessions (create, parts, list, status, commit, abort). A mixin of
fake_box.Handler."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time

from box_state import STATE, name_problem, now_iso, sha1_hex
from box_items import not_found_info

MULTIPART_SLACK = 1024 * 1024  # room for the attributes part and the boundaries


def parse_multipart(body: bytes, content_type: str) -> list[tuple[str, bytes]]:
    """(name, content) of each part of a multipart/form-data body; ValueError if malformed."""
    m = re.search(r'boundary=(?:"([^"]+)"|([^;\s]+))', content_type or "")
    if not content_type.lower().startswith("multipart/form-data") or not m:
        raise ValueError("not multipart/form-data with a boundary")
    delimiter = b"--" + (m.group(1) or m.group(2)).encode()
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise ValueError("no closing boundary")
    parts = []
    for chunk in chunks[1:-1]:
        if not chunk.startswith(b"\r\n") or not chunk.endswith(b"\r\n"):
            raise ValueError("malformed part")
        head, sep, content = chunk[2:-2].partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("part without headers")
        disposition = next((line for line in head.decode("utf-8", "replace").split("\r\n")
                            if line.lower().startswith("content-disposition:")), "")
        name = re.search(r'\bname="([^"]*)"', disposition)
        parts.append((name.group(1) if name else "", content))
    return parts


def digest_of(header: str | None) -> str | None:
    """The base64 SHA-1 of an RFC 3230 Digest header ("sha=..."), or None."""
    m = re.fullmatch(r"\s*sha=([A-Za-z0-9+/=]+)\s*", header or "", re.IGNORECASE)
    return m.group(1) if m else None


def b64_sha1(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode()


class UploadRoutes:
    def maybe_corrupt(self, data: bytes) -> bytes:
        if self.fault and self.fault.get("action") == "corrupt" and data:
            return bytes([data[0] ^ 0xFF]) + data[1:]
        return data

    def storage_full(self):
        self.error(403, "storage_limit_exceeded", "Account storage limit reached")

    def files_answer(self, status, item):
        out = {"total_count": 1, "entries": [STATE.render(item, self.query.get("fields"))]}
        self.send_json(status, self.omit_sha1(out))

    # --- direct upload --------------------------------------------------------------------

    def upload_direct(self, file_id=None):
        """POST /api/2.0/files/content (file_id None) or /api/2.0/files/{id}/content."""
        limit = STATE.config["max_direct_upload"]
        if int(self.headers.get("Content-Length") or 0) > limit + MULTIPART_SLACK:
            return self.error(413, "request_entity_too_large", "Request Entity too Large")
        try:
            parts = parse_multipart(self.read_body(), self.headers.get("Content-Type", ""))
        except ValueError as e:
            return self.error(400, "bad_request", "Invalid multipart body: %s" % e)
        names = [n for n, _ in parts]
        if "file" not in names or (file_id is None and "attributes" not in names):
            return self.error(400, "bad_request", "The attributes and file parts are required")
        if "attributes" in names and names.index("attributes") > names.index("file"):
            return self.error(400, "metadata_after_file_contents",
                              "Metadata is included after file contents in a file upload "
                              "request.")
        try:
            attrs = json.loads(dict(parts).get("attributes", b"{}"))
            assert isinstance(attrs, dict)
        except (ValueError, AssertionError):
            return self.error(400, "bad_request", "The attributes part is not a JSON object")
        data = dict(parts)["file"]
        if len(data) > limit:
            return self.error(413, "request_entity_too_large", "Request Entity too Large")
        sent = self.headers.get("Content-MD5")
        if sent is not None and sent.strip().lower() != sha1_hex(data):
            return self.error(400, "bad_digest",
                              "The specified content-md5 did not match what we received")
        with STATE.lock:
            existing = None
            if file_id is not None:
                existing = self.lookup("file", file_id)
                if existing is None or not self.precondition_ok(existing):
                    return
            name = attrs.get("name", existing["name"] if existing else None)
            parent_id = (attrs.get("parent") or {}).get("id",
                                                         existing["parent"] if existing else None)
            problem = name_problem(name)
            if problem:
                return self.error(*problem)
            if not isinstance(parent_id, str) or STATE.folder(parent_id) is None:
                return self.error(404, "not_found", "Not Found",
                                  not_found_info("parent", "d_%s" % parent_id))
            clash = STATE.child_named(parent_id, name)
            if clash is not None and clash is not existing:
                return self.conflict(clash, as_list=False)
            old = existing["versions"][-1]["size"] if existing else 0
            if STATE.quota_exceeded(len(data) - old):
                return self.storage_full()
            item = STATE.put_file(parent_id, name, self.maybe_corrupt(data), existing)
            item["parent"] = parent_id
            STATE.count_upload(item)
            self.files_answer(201 if existing is None else 200, item)

    # --- upload sessions ------------------------------------------------------------------

    def session_json(self, s) -> dict:
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
        base = f"http://{host}/api/2.0/files/upload_sessions/{s['id']}"
        total = -(-s["size"] // s["part_size"])
        return {"id": s["id"], "type": "upload_session",
                "session_expires_at": now_iso(s["expires"]), "part_size": s["part_size"],
                "total_parts": total, "num_parts_processed": len(s["parts"]),
                "session_endpoints": {"upload_part": base, "commit": base + "/commit",
                                      "abort": base, "list_parts": base + "/parts",
                                      "status": base, "log_event": base + "/log"}}

    def session_create(self, file_id=None):
        """POST /api/2.0/files/upload_sessions, or /files/{id}/upload_sessions (new version)."""
        body = self.json_body()
        if body is None:
            return
        size, name = body.get("file_size"), body.get("file_name")
        cfg = STATE.config
        if file_id is None and body.get("folder_id") is None:
            return self.error(400, "missing_destination", "Missing folder_id")
        if file_id is None and not isinstance(body["folder_id"], str):
            return self.error(400, "invalid_folder_id", "folder_id is not valid")
        if size is None:
            return self.error(400, "missing_file_size", "Missing file_size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return self.error(400, "invalid_file_size", "file_size is not a valid number")
        if size < cfg["min_session_size"]:
            return self.error(400, "file_size_too_small",
                              f"File size {size} less than minimum allowed for this API: "
                              f"{cfg['min_session_size']}")
        if file_id is None and name is None:
            return self.error(400, "missing_file_name", "Missing file_name")
        with STATE.lock:
            existing = None
            if file_id is not None:
                existing = self.lookup("file", file_id)
                if existing is None:
                    return
                name = existing["name"] if name is None else name
            problem = name_problem(name)
            if problem:
                return self.error(400, "item_name_invalid", problem[2])
            parent_id = existing["parent"] if existing else body["folder_id"]
            if STATE.folder(parent_id) is None:
                return self.error(404, "not_found", "Not Found",
                                  not_found_info("folder_id", parent_id))
            clash = STATE.child_named(parent_id, name)
            if clash is not None and clash is not existing:
                return self.conflict(clash, as_list=False)
            if STATE.quota_exceeded(size - (existing["versions"][-1]["size"] if existing else 0)):
                return self.storage_full()
            s = {"id": secrets.token_hex(16).upper(), "file_id": file_id, "folder_id": parent_id,
                 "name": name, "size": size, "part_size": cfg["part_size"], "parts": {},
                 "expires": time.time() + 7 * 86400, "commits_202": 0}
            STATE.sessions[s["id"]] = s
            self.send_json(201, self.session_json(s))

    def session(self, sid):
        s = STATE.sessions.get(sid)
        if s is None:
            self.error(404, "not_found", "Upload session not found",
                       not_found_info("upload_session_id", sid))
        return s

    def session_status(self, sid):
        with STATE.lock:
            s = self.session(sid)
            if s is not None:
                self.send_json(200, self.session_json(s))

    def session_abort(self, sid):
        with STATE.lock:
            if self.session(sid) is not None:
                del STATE.sessions[sid]
                self.send_raw(204, b"")

    def session_parts(self, sid):
        limit = self.int_param("limit", 100, 1000)
        offset = self.int_param("offset", 0)
        if limit is None or offset is None:
            return
        if offset > 10000:
            return self.error(400, "bad_request", "offset must not exceed 10000")
        with STATE.lock:
            s = self.session(sid)
            if s is None:
                return
            parts = [{k: p[k] for k in ("part_id", "offset", "size", "sha1")}
                     for _, p in sorted(s["parts"].items())]
        self.send_json(200, {"entries": parts[offset:offset + limit], "limit": limit,
                             "offset": offset, "total_count": len(parts),
                             "order": [{"by": "offset", "direction": "ASC"}]})

    def session_put(self, sid):
        """PUT one part: Content-Range on part boundaries, Digest: sha=<base64 SHA-1>."""
        with STATE.lock:
            s = self.session(sid)
        if s is None:
            return
        digest = digest_of(self.headers.get("Digest"))
        if digest is None:
            return self.error(400, "bad_request", "Missing or malformed digest header")
        m = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", self.headers.get("Content-Range", "").strip())
        if not m:
            return self.error(400, "bad_request", "Missing or malformed content-range header")
        first, last, total = (int(g) for g in m.groups())
        size, ps = last - first + 1, s["part_size"]
        length = int(self.headers.get("Content-Length") or -1)
        if total != s["size"] or first % ps or last >= total or size != length \
                or size != min(ps, total - first):
            return self.error(416, "range_not_satisfiable",
                              f"The content range {first}-{last}/{total} is not a part of this "
                              f"session (part_size {ps}, file_size {s['size']})")
        data = self.read_body()
        if b64_sha1(data) != digest:
            return self.error(400, "digest_mismatch",
                              f"Part digest was incorrect. Actual: {b64_sha1(data)} "
                              f"Expected: {digest}")
        with STATE.lock:
            if sid not in STATE.sessions:
                return self.session(sid)
            part = s["parts"].get(first)
            if part is not None:
                if part["sha1"] != sha1_hex(data) or STATE.config["part_retry_conflict"]:
                    return self.error(416, "range_overlaps_existing_part",
                                      "Part overlaps with previously uploaded part: "
                                      + json.dumps({k: part[k] for k in
                                                    ("part_id", "offset", "size", "sha1")}))
            else:
                part = {"part_id": secrets.token_hex(4).upper(), "offset": first,
                        "size": size, "sha1": sha1_hex(data), "data": data}
                s["parts"][first] = part
            self.send_json(200, {"part": {k: part[k] for k in
                                          ("part_id", "offset", "size", "sha1")}})

    def session_commit(self, sid):
        body = self.json_body()
        if body is None:
            return
        digest = digest_of(self.headers.get("Digest"))
        if digest is None:
            return self.error(400, "bad_request", "Missing or malformed digest header")
        with STATE.lock:
            s = self.session(sid)
            if s is None:
                return
            if s["commits_202"] < STATE.config["commit_202_count"]:
                s["commits_202"] += 1
                return self.send_raw(202, b"", headers={
                    "Retry-After": str(STATE.config["commit_retry_after"])})
            listed = body.get("parts")
            if not isinstance(listed, list) or not all(isinstance(p, dict) for p in listed):
                return self.error(400, "bad_request", "parts must be a list of parts")
            keys = ("part_id", "offset", "size", "sha1")
            want = sorted((tuple(p.get(k) for k in keys) for p in listed), key=str)
            stored = [p for _, p in sorted(s["parts"].items())]
            have = sorted((tuple(p[k] for k in keys) for p in stored), key=str)
            data = b"".join(p["data"] for p in stored)
            if want != have or len(data) != s["size"]:
                return self.error(400, "parts_mismatch",
                                  "The parts listed do not match the parts uploaded to the "
                                  "session, or do not make the whole file")
            if b64_sha1(data) != digest:
                return self.error(400, "digest_mismatch",
                                  f"File digest was incorrect. Actual: {b64_sha1(data)} "
                                  f"Expected: {digest}")
            existing = None
            if s["file_id"] is not None:
                existing = self.lookup("file", s["file_id"])
                if existing is None or not self.precondition_ok(existing):
                    return
            if STATE.folder(s["folder_id"]) is None:
                return self.error(404, "not_found", "Not Found",
                                  not_found_info("folder_id", s["folder_id"]))
            clash = STATE.child_named(s["folder_id"], s["name"])
            if clash is not None and clash is not existing:
                return self.conflict(clash, as_list=False)
            if STATE.quota_exceeded(len(data) - (existing["versions"][-1]["size"]
                                                 if existing else 0)):
                return self.storage_full()
            item = STATE.put_file(s["folder_id"], s["name"], self.maybe_corrupt(data), existing)
            STATE.count_upload(item)
            del STATE.sessions[sid]
            self.files_answer(201, item)
