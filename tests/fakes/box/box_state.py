# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake Box's state (folders, files with versions, tokens, upload sessions, faults, the
request log) and how items are rendered as Box's JSON objects. fake_box.py's docstring tells
the behaviour; this module holds no HTTP."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time

MiB = 1024 * 1024
ROOT = "0"
HELP_URL = "http://developers.box.com/docs/#errors"
UNLIMITED_SPACE = 999999999999999  # what Box reports for an unlimited account


class Drop(Exception):
    """Close the connection without (the rest of) an answer."""


def default_config() -> dict:
    return {
        "client_id": "fake-box-client-id",
        "client_secret": "fake-box-client-secret",
        "redirect_uri": None,            # None: any http(s) redirect_uri
        "deny_authorization": False,     # authorize redirects with error=access_denied
        "access_token_lifetime": 3600,
        "refresh_token_lifetime": 60 * 86400,
        "code_lifetime": 30,
        "max_direct_upload": 50 * MiB,
        "min_session_size": 20000000,
        "part_size": 8 * MiB,
        "commit_202_count": 0,           # 202 answers to each session's commit before the 201
        "commit_retry_after": 1,
        "part_retry_conflict": False,    # a part sent again answers 416 even when identical
        "quota_bytes": None,             # None: unlimited
        "max_page_size": None,           # caps the entries of one folder items page
        "user_name": "Fake Box User",
        "user_login": "archiver@example.com",
    }


def now_iso(t: float | None = None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() if t is None else t))


def sha1_hex(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def box_error(status: int, code: str, message: str, context_info=None) -> dict:
    """Box's client error object."""
    body = {"type": "error", "status": status, "code": code, "help_url": HELP_URL,
            "message": message, "request_id": secrets.token_hex(6)}
    if context_info is not None:
        body["context_info"] = context_info
    return body


def name_problem(name) -> tuple[int, str, str] | None:
    """Why Box refuses an item name (the spec's rules), or None."""
    if not isinstance(name, str) or name == "":
        return 400, "bad_request", "Bad Request"
    if len(name) > 255:
        return 400, "item_name_too_long", "Item name too long"
    if name in (".", "..") or name.endswith(" ") or "/" in name or "\\" in name \
            or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return 400, "item_name_invalid", "Item name invalid"
    return None


class State:
    def __init__(self):
        self.lock = threading.RLock()
        self.cli_config: dict = {}
        self.reset()

    def reset(self):
        self.config = default_config()
        self.config.update(self.cli_config)
        t = now_iso()
        self.items: dict[str, dict] = {ROOT: {"type": "folder", "id": ROOT, "name": "All Files",
                                              "parent": None, "seq": None, "created_at": None,
                                              "modified_at": t}}
        self.counter = 0
        self.codes: dict[str, dict] = {}     # code -> {client_id, redirect_uri, expires}
        self.access: dict[str, dict] = {}    # token -> {expires, grant}
        self.refresh: dict[str, dict] = {}   # token -> {expires, grant, used}
        self.sessions: dict[str, dict] = {}
        self.downloads: dict[str, tuple] = {}  # dl token -> (file id, version)
        self.faults: list[dict] = []
        self.next_fault = 1
        self.log: list[dict] = []
        self.seq = 0
        self.uploads: dict[str, int] = {}    # file id -> uploads that wrote it
        self.user_id = "11446498"

    # --- items ----------------------------------------------------------------------------

    def new_id(self, base=12000000000) -> str:
        self.counter += 1
        return str(base + self.counter)

    def children(self, folder_id: str) -> list[dict]:
        return [i for i in self.items.values() if i["parent"] == folder_id]

    def child_named(self, folder_id: str, name: str):
        """Names are unique per folder, compared without case (Box's rule)."""
        low = name.lower()
        return next((i for i in self.children(folder_id) if i["name"].lower() == low), None)

    def folder(self, fid):
        item = self.items.get(fid)
        return item if item and item["type"] == "folder" else None

    def file(self, fid):
        item = self.items.get(fid)
        return item if item and item["type"] == "file" else None

    def ancestors(self, item) -> list[dict]:
        """The folders from the root down to item's parent."""
        out = []
        parent = item["parent"]
        while parent is not None:
            folder = self.items[parent]
            out.append(folder)
            parent = folder["parent"]
        return list(reversed(out))

    def path_of(self, item) -> str:
        names = [f["name"] for f in self.ancestors(item) if f["id"] != ROOT]
        return "/" + "/".join(names + [item["name"]]) if item["id"] != ROOT else "/"

    def resolve(self, path: str):
        item = self.items[ROOT]
        for name in [p for p in path.split("/") if p]:
            item = next((i for i in self.children(item["id"]) if i["name"] == name), None)
            if item is None:
                return None
        return item

    def new_folder(self, parent: str, name: str) -> dict:
        t = now_iso()
        folder = {"type": "folder", "id": self.new_id(), "name": name, "parent": parent,
                  "seq": 0, "created_at": t, "modified_at": t}
        self.items[folder["id"]] = folder
        return folder

    def mkdirs(self, path: str) -> dict:
        folder = self.items[ROOT]
        for name in [p for p in path.split("/") if p]:
            found = next((i for i in self.children(folder["id"]) if i["name"] == name), None)
            if found is not None and found["type"] != "folder":
                raise ValueError(f"{name} is a file")
            folder = found or self.new_folder(folder["id"], name)
        return folder

    def put_file(self, parent: str, name: str, data: bytes, existing=None) -> dict:
        """A new file, or a new version of existing."""
        t = now_iso()
        version = {"id": self.new_id(30000000000), "data": bytes(data), "size": len(data),
                   "sha1": sha1_hex(data), "created_at": t}
        if existing is None:
            existing = {"type": "file", "id": self.new_id(), "name": name, "parent": parent,
                        "seq": 0, "created_at": t, "versions": []}
            self.items[existing["id"]] = existing
        else:
            existing["seq"] += 1
            existing["name"] = name
        existing["modified_at"] = t
        existing["versions"].append(version)
        return existing

    def used_bytes(self) -> int:
        return sum(i["versions"][-1]["size"] for i in self.items.values() if i["type"] == "file")

    def quota_exceeded(self, added: int) -> bool:
        quota = self.config["quota_bytes"]
        return quota is not None and self.used_bytes() + added > quota

    def count_upload(self, item):
        self.uploads[item["id"]] = self.uploads.get(item["id"], 0) + 1

    def truth(self, item) -> dict:
        v = item["versions"][-1]
        return {"path": self.path_of(item), "id": item["id"], "name": item["name"],
                "parent_id": item["parent"], "size": v["size"], "sha1": v["sha1"],
                "sha256": hashlib.sha256(v["data"]).hexdigest(), "versions": len(item["versions"]),
                "version_id": v["id"]}

    # --- rendering ------------------------------------------------------------------------

    def user_mini(self) -> dict:
        return {"type": "user", "id": self.user_id, "name": self.config["user_name"],
                "login": self.config["user_login"]}

    @staticmethod
    def tag(item):
        return None if item["seq"] is None else str(item["seq"])

    def folder_mini(self, f) -> dict:
        return {"type": "folder", "id": f["id"], "sequence_id": self.tag(f), "etag": self.tag(f),
                "name": f["name"]}

    def file_mini(self, f) -> dict:
        v = f["versions"][-1]
        return {"type": "file", "id": f["id"],
                "file_version": {"type": "file_version", "id": v["id"], "sha1": v["sha1"]},
                "sequence_id": self.tag(f), "etag": self.tag(f), "sha1": v["sha1"],
                "name": f["name"]}

    def mini(self, item) -> dict:
        return self.file_mini(item) if item["type"] == "file" else self.folder_mini(item)

    def path_collection(self, item) -> dict:
        entries = [self.folder_mini(f) for f in self.ancestors(item)]
        return {"total_count": len(entries), "entries": entries}

    def common(self, item) -> dict:
        user = self.user_mini()
        parent = self.items.get(item["parent"]) if item["parent"] is not None else None
        return {"description": "", "path_collection": self.path_collection(item),
                "created_at": item["created_at"], "modified_at": item["modified_at"],
                "trashed_at": None, "purged_at": None,
                "content_created_at": item["created_at"],
                "content_modified_at": item["modified_at"], "created_by": user,
                "modified_by": user, "owned_by": user, "shared_link": None,
                "parent": self.folder_mini(parent) if parent else None, "item_status": "active"}

    def file_full(self, f) -> tuple[dict, list[str]]:
        """Every field the fake knows, and the keys of Box's standard representation."""
        out = self.file_mini(f)
        out.update(self.common(f))
        out["size"] = f["versions"][-1]["size"]
        standard = list(out)
        out["version_number"] = str(len(f["versions"]))
        out["extension"] = f["name"].rsplit(".", 1)[1] if "." in f["name"] else ""
        out["comment_count"] = 0
        out["is_package"] = False
        return out, standard

    def folder_full(self, f, with_items=True) -> tuple[dict, list[str]]:
        out = self.folder_mini(f)
        out.update(self.common(f))
        files = [i for i in self.items.values() if i["type"] == "file"
                 and (f["id"] == ROOT or f in self.ancestors(i))]
        out["size"] = sum(i["versions"][-1]["size"] for i in files)
        out["folder_upload_email"] = None
        if with_items:
            entries = self.sorted_children(f["id"])
            out["item_collection"] = {
                "total_count": len(entries), "entries": [self.mini(i) for i in entries[:100]],
                "offset": 0, "limit": 100,
                "order": [{"by": "type", "direction": "ASC"}, {"by": "name", "direction": "ASC"}]}
        standard = list(out)
        out["has_collaborations"] = False
        out["is_externally_owned"] = False
        return out, standard

    def sorted_children(self, folder_id, sort="name", direction="ASC") -> list[dict]:
        def key(i):
            second = {"id": int(i["id"]), "date": i["modified_at"],
                      "size": i["versions"][-1]["size"] if i["type"] == "file" else 0}
            return second.get(sort, i["name"].lower())
        items = sorted(self.children(folder_id), key=key, reverse=direction == "DESC")
        return sorted(items, key=lambda i: i["type"] != "folder")  # folders first, stable

    @staticmethod
    def select(full: tuple[dict, list[str]], fields: str | None) -> dict:
        """Box's fields parameter: the requested fields plus type, id and etag; without it the
        standard representation."""
        out, standard = full
        if not fields:
            return {k: out[k] for k in standard}
        wanted = ["type", "id", "etag"] + [f.strip() for f in fields.split(",") if f.strip()]
        return {k: out[k] for k in dict.fromkeys(wanted) if k in out}

    def render(self, item, fields=None, with_items=True) -> dict:
        if item["type"] == "file":
            return self.select(self.file_full(item), fields)
        return self.select(self.folder_full(item, with_items), fields)


STATE = State()
