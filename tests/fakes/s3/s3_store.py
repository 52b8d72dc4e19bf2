# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake S3's state: buckets, object versions (their bytes in files under a temporary
directory, never in memory), multipart uploads, keys, faults, the request log and the server
clock, with the Object Lock rules that decide what may be deleted or changed. Callers hold
STATE.lock."""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import threading
import time

from s3_xml import (S3Error, b64, invalid_argument, lock_denied, no_such_bucket,
                    no_such_upload)

MiB = 1024 * 1024
CHUNK = 1 << 20
DAY = 86400
BUCKET_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
STORAGE_CLASSES = {"STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA",
                   "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR",
                   "SNOW", "EXPRESS_ONEZONE"}
LOCK_MODES = ("GOVERNANCE", "COMPLIANCE")


def default_config():
    return {"min_part_size": 5 * MiB, "max_skew": 900, "region": "us-east-1",
            "virtual_host_suffixes": ["localhost"]}


class Incomplete(Exception):
    """The client closed the connection before the whole body arrived."""


class Digests:
    """Bytes written to a file while MD5 and SHA-256 follow them."""

    def __init__(self, path):
        self.path = path
        self.file = open(path, "wb")
        self.md5 = hashlib.md5()
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data):
        self.file.write(data)
        self.md5.update(data)
        self.sha256.update(data)
        self.size += len(data)

    def close(self):
        self.file.close()


class State:
    def __init__(self):
        self.lock = threading.RLock()
        self.root = tempfile.mkdtemp(prefix="fake-s3-")
        self.start_config = default_config()
        self.start_keys = {}
        self.start_buckets = []
        self.start_offset = 0.0
        self.reset()

    def reset(self):
        with self.lock:
            for d in ("objects", "parts"):
                shutil.rmtree(os.path.join(self.root, d), ignore_errors=True)
                os.makedirs(os.path.join(self.root, d))
            self.config = dict(self.start_config)
            self.keys = {k: dict(v) for k, v in self.start_keys.items()}
            self.buckets = {}
            self.uploads = {}     # upload id -> upload
            self.faults = []
            self.next_fault = 1
            self.log = []
            self.seq = 0
            self.offset = self.start_offset
            self.counter = 0
            for spec in self.start_buckets:
                self.create_bucket(**spec)

    def cleanup(self):
        shutil.rmtree(self.root, ignore_errors=True)

    # --- clock and ids ---------------------------------------------------------------------

    def now(self) -> float:
        """The server's clock: the real one moved by the offset the clock switch sets."""
        return time.time() + self.offset

    def new_file(self, kind="objects"):
        return os.path.join(self.root, kind, secrets.token_hex(12))

    def version_id(self):
        self.counter += 1
        return "%08d" % self.counter + secrets.token_urlsafe(18)

    # --- buckets ---------------------------------------------------------------------------

    def create_bucket(self, name, object_lock=False, default_retention=None, versioning=None):
        if not BUCKET_NAME.match(name or "") or ".." in name:
            raise S3Error(400, "InvalidBucketName", "The specified bucket is not valid.",
                          {"BucketName": name})
        if default_retention:
            check_default_retention(default_retention)
            if not object_lock:
                raise S3Error(409, "InvalidBucketState", "Object Lock configuration cannot be "
                              "enabled on existing buckets")
        bucket = {"name": name, "created": self.now(), "object_lock": bool(object_lock),
                  "default_retention": default_retention or None,
                  "versioning": "Enabled" if object_lock or versioning else None,
                  "objects": {}}
        self.buckets[name] = bucket
        return bucket

    def bucket(self, name):
        b = self.buckets.get(name)
        if b is None:
            raise no_such_bucket(name)
        return b

    # --- versions --------------------------------------------------------------------------

    def add_version(self, bucket, key, version):
        """Puts version on top of key: a new version in a versioned bucket, the replacement of
        the null version (whose bytes go) otherwise."""
        versions = bucket["objects"].setdefault(key, [])
        if bucket["versioning"] == "Enabled":
            version["version_id"] = self.version_id()
        else:
            version["version_id"] = "null"
            for old in [v for v in versions if v["version_id"] == "null"]:
                versions.remove(old)
                self.discard(old)
        version.setdefault("last_modified", self.now())
        version["key"] = key
        versions.append(version)
        return version

    def discard(self, version):
        if version.get("file"):
            try:
                os.unlink(version["file"])
            except OSError:
                pass

    def latest(self, bucket, key):
        versions = bucket["objects"].get(key) or []
        return versions[-1] if versions else None

    def find_version(self, bucket, key, version_id):
        for v in bucket["objects"].get(key) or []:
            if v["version_id"] == version_id:
                return v
        return None

    def remove_version(self, bucket, key, version):
        versions = bucket["objects"][key]
        versions.remove(version)
        if not versions:
            del bucket["objects"][key]
        self.discard(version)

    def current_keys(self, bucket):
        """Keys whose newest version is an object (not a delete marker), sorted as S3 lists
        them (by UTF-8 bytes, which is code point order)."""
        return sorted(k for k, vs in bucket["objects"].items()
                      if vs and not vs[-1].get("delete_marker"))

    def used_bytes(self):
        return sum(v.get("size", 0) for b in self.buckets.values()
                   for vs in b["objects"].values() for v in vs)

    # --- uploads ---------------------------------------------------------------------------

    def upload(self, bucket_name, key, upload_id):
        u = self.uploads.get(upload_id)
        if u is None or u["bucket"] != bucket_name or u["key"] != key:
            raise no_such_upload(upload_id)
        return u

    def drop_upload(self, upload_id):
        u = self.uploads.pop(upload_id, None)
        if u:
            for p in u["parts"].values():
                self.discard(p)


STATE = State()
atexit.register(STATE.cleanup)


# --- bodies --------------------------------------------------------------------------------

def receive(rfile, length, path, stop_after=None) -> Digests:
    """Streams length bytes from rfile into the file at path, hashing as they pass. With
    stop_after, reads only that many bytes and raises Incomplete (a fault's dropped body)."""
    out = Digests(path)
    left = length if stop_after is None else min(length, stop_after)
    try:
        while left > 0:
            data = rfile.read(min(left, CHUNK))
            if not data:
                raise Incomplete()
            out.write(data)
            left -= len(data)
    except BaseException:
        out.close()
        os.unlink(path)
        raise
    out.close()
    if stop_after is not None:
        os.unlink(path)
        raise Incomplete()
    return out


def concatenate(paths, target) -> Digests:
    out = Digests(target)
    for p in paths:
        with open(p, "rb") as f:
            while True:
                data = f.read(CHUNK)
                if not data:
                    break
                out.write(data)
    out.close()
    return out


def composite_sha256(part_digests) -> str:
    """A multipart object's SHA-256 as S3 reports it: base64 of the SHA-256 of the parts' raw
    SHA-256 digests, then -N."""
    return b64(hashlib.sha256(b"".join(part_digests)).digest()) + "-%d" % len(part_digests)


def multipart_etag(part_md5s) -> str:
    return '"%s-%d"' % (hashlib.md5(b"".join(part_md5s)).hexdigest(), len(part_md5s))


# --- Object Lock ---------------------------------------------------------------------------

def check_default_retention(rule):
    if rule.get("mode") not in LOCK_MODES:
        raise S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not "
                      "validate against our published schema")
    days, years = rule.get("days"), rule.get("years")
    if (days is None) == (years is None) or int(days or years) <= 0:
        raise invalid_argument("Default retention period must be a positive integer value.",
                               "Days" if days is not None else "Years", str(days or years))


def default_until(rule, now):
    if rule.get("days") is not None:
        return now + int(rule["days"]) * DAY
    return now + int(rule["years"]) * 365 * DAY


def protected(version, now, bypass=False) -> bool:
    """Whether Object Lock keeps this version from being deleted: a legal hold, compliance
    retention until its date, governance retention unless bypassed."""
    if version.get("legal_hold") == "ON":
        return True
    r = version.get("retention")
    if not r or r["until"] <= now:
        return False
    return r["mode"] == "COMPLIANCE" or not bypass


def check_retention_change(old, new, now, bypass):
    """Refuses (403 AccessDenied) a PutObjectRetention that would weaken an active retention:
    compliance can only be extended; governance can be extended or turned into compliance,
    anything else only with x-amz-bypass-governance-retention."""
    if not old or old["until"] <= now:
        return
    weaker = new is None or new["until"] < old["until"]
    if old["mode"] == "COMPLIANCE":
        if weaker or new["mode"] != "COMPLIANCE":
            raise lock_denied()
    elif weaker and not bypass:
        raise lock_denied()
