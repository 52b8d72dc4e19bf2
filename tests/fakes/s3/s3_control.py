# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake S3's control API for tests (/__fake/..., JSON, unsigned): state inspection, buckets
and objects placed by hand, keys, the clock, fault rules and the request log. A mixin of the
request handler (fake_s3.Handler); fake_s3.py's docstring lists the routes."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from s3_store import STATE, Digests
from s3_xml import S3Error, b64, iso8601, parse_iso8601


def parse_bucket_spec(spec: str) -> dict:
    """NAME, NAME:lock or NAME:lock:MODE:30d|1y (the --bucket option)."""
    parts = spec.split(":")
    out = {"name": parts[0], "object_lock": len(parts) > 1 and parts[1] == "lock"}
    if len(parts) == 4:
        n, unit = parts[3][:-1], parts[3][-1]
        out["default_retention"] = {"mode": parts[2].upper(),
                                    "days" if unit == "d" else "years": int(n)}
    return out


def version_entry(bucket, key, v, latest):
    r = v.get("retention")
    return {"bucket": bucket["name"], "key": key, "version_id": v["version_id"],
            "is_latest": latest, "delete_marker": bool(v.get("delete_marker")),
            "size": v.get("size", 0), "etag": v.get("etag"), "md5": v.get("md5"),
            "sha256": v.get("sha256"), "checksum_sha256": v.get("checksum_sha256"),
            "parts_count": v.get("parts_count"),
            "retention": {"mode": r["mode"], "until": iso8601(r["until"])} if r else None,
            "legal_hold": v.get("legal_hold"), "storage_class": v.get("storage_class"),
            "sse": v.get("sse"), "kms_key_id": v.get("kms_key_id"),
            "content_type": v.get("content_type"), "metadata": v.get("metadata") or {},
            "last_modified": iso8601(v["last_modified"])}


def bucket_entry(b):
    return {"name": b["name"], "object_lock": b["object_lock"],
            "default_retention": b["default_retention"], "versioning": b["versioning"],
            "keys": len(STATE.current_keys(b)),
            "versions": sum(len(vs) for vs in b["objects"].values())}


class Control:
    def send_json(self, status, obj):
        body = json.dumps(obj).encode()
        self.status_sent = status
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def control(self):
        r, m = self.raw_path[len("/__fake/"):], self.method
        raw = self.rfile.read(self.body_left) if self.body_left else b""
        self.body_left = 0
        try:
            body = json.loads(raw) if raw.strip() else {}
            with STATE.lock:
                answer = self.control_route(r, m, body)
        except S3Error as e:
            return self.send_json(400, {"error": e.code, "message": e.message})
        except (ValueError, KeyError, TypeError) as e:
            return self.send_json(400, {"error": type(e).__name__, "message": str(e)})
        if answer is None:
            return self.send_json(404, {"error": f"no control route {m} {r}"})
        self.send_json(200, answer)

    def control_route(self, r, m, body):
        q = self.query
        if r == "reset" and m == "POST":
            STATE.reset()
            return {"ok": True}
        if r == "config":
            for k, v in body.items():
                if k not in STATE.config:
                    raise KeyError(f"unknown config key {k}")
                STATE.config[k] = v
            return dict(STATE.config)
        if r == "clock":
            if "offset" in body:
                STATE.offset = float(body["offset"])
            return {"offset": STATE.offset, "server_time": iso8601(STATE.now())}
        if r == "keys" and m == "DELETE":
            STATE.keys.pop(q.get("access_key", ""), None)
            return {"ok": True}
        if r == "keys":
            if body:
                key = STATE.keys.setdefault(body["access_key"], {
                    "secret_key": "", "expired": False, "bypass_governance": True})
                key.update({k: body[k] for k in ("secret_key", "expired", "bypass_governance")
                            if k in body})
            return {"keys": [{"access_key": k, "expired": v["expired"],
                              "bypass_governance": v["bypass_governance"]}
                             for k, v in STATE.keys.items()]}
        if r == "buckets" and m == "POST":
            b = STATE.create_bucket(body["name"], bool(body.get("object_lock")),
                                    body.get("default_retention"), body.get("versioning"))
            return bucket_entry(b)
        if r == "buckets":
            return {"buckets": [bucket_entry(b) for _, b in sorted(STATE.buckets.items())]}
        if r == "objects" and m == "POST":
            return self.place_object(body)
        if r == "tamper" and m == "POST":
            return self.tamper(body)
        if r == "retention" and m == "POST":
            # Changes the latest version's retention as a key allowed to bypass governance would
            # (a shortened date, another mode, none), without the Object Lock rules.
            b = STATE.bucket(body["bucket"])
            v = b["objects"][body["key"]][-1]
            r = body.get("retention")
            v["retention"] = {"mode": r["mode"], "until": parse_iso8601(r["until"])} if r else None
            if "legal_hold" in body:
                v["legal_hold"] = body["legal_hold"]
            return version_entry(b, body["key"], v, True)
        if r == "objects":
            out = []
            names = [q["bucket"]] if q.get("bucket") else sorted(STATE.buckets)
            for name in names:
                b = STATE.bucket(name)
                for key in sorted(b["objects"]):
                    if key.startswith(q.get("prefix", "")):
                        vs = b["objects"][key]
                        out += [version_entry(b, key, v, v is vs[-1]) for v in reversed(vs)]
            return {"objects": out}
        if r == "uploads":
            return {"uploads": [{
                "bucket": u["bucket"], "key": u["key"], "upload_id": u["id"],
                "checksum_algorithm": u["checksum_algorithm"],
                "initiated": iso8601(u["initiated"]),
                "parts": [{"part_number": n, "size": p["size"], "etag": p["etag"],
                           "checksum_sha256": b64(p["sha256"])}
                          for n, p in sorted(u["parts"].items())]}
                for u in STATE.uploads.values()]}
        if r == "requests" and m == "DELETE":
            STATE.log.clear()
            return {"ok": True}
        if r == "requests":
            since, rx = int(q.get("since", 0)), q.get("path_regex")
            return {"requests": [e for e in STATE.log if e["seq"] > since and (
                not rx or re.search(rx, e["path"] + "?" + e["query"]))]}
        if r == "faults" and m == "POST":
            rule = dict(body, id=STATE.next_fault)
            rule.setdefault("count", 1)
            STATE.next_fault += 1
            STATE.faults.append(rule)
            return {"id": rule["id"]}
        if r == "faults" and m == "DELETE":
            STATE.faults.clear()
            return {"ok": True}
        if r == "faults":
            return {"faults": STATE.faults}
        return None

    def tamper(self, body):
        """Changes what a key holds as someone with full access would, without the Object Lock
        rules: "delete" removes every version; "truncate" (to "size") and "flip" (one byte at
        "offset" ^ 0xFF) put the changed bytes on top, as a PUT would."""
        b = STATE.bucket(body["bucket"])
        key, action = body["key"], body["action"]
        if action == "delete":
            for v in list(b["objects"].get(key) or []):
                STATE.remove_version(b, key, v)
            return {}
        v = STATE.latest(b, key)
        with open(v["file"], "rb") as f:
            data = f.read()
        if action == "truncate":
            data = data[:int(body.get("size", 0))]
        elif action == "flip":
            offset = int(body.get("offset", 0))
            data = data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1:]
        else:
            raise KeyError(f"unknown tamper action {action}")
        return self.place_object({"bucket": body["bucket"], "key": key,
                                  "data_b64": base64.b64encode(data).decode()})

    def place_object(self, body):
        b = STATE.bucket(body["bucket"])
        data = base64.b64decode(body.get("data_b64", ""))
        d = Digests(STATE.new_file())
        d.write(data)
        d.close()
        r = body.get("retention")
        v = STATE.add_version(b, body["key"], {
            "file": d.path, "size": d.size, "etag": '"%s"' % d.md5.hexdigest(),
            "md5": d.md5.hexdigest(), "sha256": hashlib.sha256(data).hexdigest(),
            "checksum_sha256": None, "storage_class": body.get("storage_class", "STANDARD"),
            "retention": {"mode": r["mode"], "until": parse_iso8601(r["until"])} if r else None,
            "legal_hold": body.get("legal_hold"), "sse": "AES256", "kms_key_id": None})
        return version_entry(b, body["key"], v, True)
