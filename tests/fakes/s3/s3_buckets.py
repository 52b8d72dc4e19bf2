# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake S3's bucket operations: ListBuckets, CreateBucket (with Object Lock), HeadBucket,
DeleteBucket, GetBucketLocation, versioning, the bucket's Object Lock configuration, and the
listings (ListObjectsV2 and V1, ListObjectVersions, ListMultipartUploads) with S3's paging. A
mixin of the request handler (fake_s3.Handler)."""

from __future__ import annotations

import base64
import binascii
import json
from urllib.parse import quote_plus

from s3_objects import has_checksum
from s3_store import STATE, check_default_retention
from s3_xml import (S3Error, document, invalid_argument, iso8601, malformed_xml, owner, parse,
                    text)


def encode_token(marker, is_prefix):
    return base64.urlsafe_b64encode(json.dumps([marker, is_prefix]).encode()).decode()


def decode_token(token):
    try:
        marker, is_prefix = json.loads(base64.urlsafe_b64decode(token.encode()))
        return str(marker), bool(is_prefix)
    except (ValueError, TypeError, binascii.Error):
        raise invalid_argument("The continuation token provided is incorrect",
                               "continuation-token", token) from None


def walk(keys, prefix, delimiter, after, after_is_prefix, max_keys):
    """S3's listing walk: keys (sorted) under prefix after the marker, rolled up into common
    prefixes at the delimiter; returns ([("key"|"prefix", name)], truncated)."""
    out, seen = [], set()
    if max_keys == 0:
        return out, False
    for k in keys:
        if not k.startswith(prefix):
            continue
        if after is not None and (k <= after or (after_is_prefix and k.startswith(after))):
            continue
        entry = ("key", k)
        if delimiter:
            i = k.find(delimiter, len(prefix))
            if i >= 0:
                entry = ("prefix", k[:i + len(delimiter)])
                if entry[1] in seen:
                    continue
        if len(out) == max_keys:
            return out, True
        if entry[0] == "prefix":
            seen.add(entry[1])
        out.append(entry)
    return out, False


class BucketOperations:
    def list_buckets(self):
        with STATE.lock:
            buckets = [("Bucket", [("Name", b["name"]), ("CreationDate", iso8601(b["created"]))])
                       for b in sorted(STATE.buckets.values(), key=lambda b: b["name"])]
        self.send_xml(200, document("ListAllMyBucketsResult", [("Owner", owner()),
                                                               ("Buckets", buckets)]))

    def create_bucket(self, name):
        body = self.read_xml_body(required=False)
        region = STATE.config["region"]
        constraint = None
        if body.strip():
            root = parse(body)
            if root.tag != "CreateBucketConfiguration":
                raise malformed_xml()
            constraint = text(root, "LocationConstraint")
        if (constraint or "us-east-1") != region:
            where = "unspecified" if constraint is None else constraint
            raise S3Error(400, "IllegalLocationConstraintException", f"The {where} location "
                          "constraint is incompatible for the region specific endpoint this "
                          "request was sent to.")
        lock = self.headers.get("x-amz-bucket-object-lock-enabled", "").lower() == "true"
        with STATE.lock:
            if name in STATE.buckets:
                if region != "us-east-1":
                    raise S3Error(409, "BucketAlreadyOwnedByYou", "Your previous request to "
                                  "create the named bucket succeeded and you already own it.",
                                  {"BucketName": name})
            else:
                STATE.create_bucket(name, object_lock=lock)
        self.send_empty(200, {"Location": "/" + name})

    def head_bucket(self, name):
        with STATE.lock:
            STATE.bucket(name)
        self.send_empty(200, {"x-amz-bucket-region": STATE.config["region"]})

    def delete_bucket(self, name):
        with STATE.lock:
            b = STATE.bucket(name)
            if b["objects"] or any(u["bucket"] == name for u in STATE.uploads.values()):
                raise S3Error(409, "BucketNotEmpty", "The bucket you tried to delete is not "
                              "empty", {"BucketName": name})
            del STATE.buckets[name]
        self.send_empty(204)

    def get_location(self, name):
        with STATE.lock:
            STATE.bucket(name)
        region = STATE.config["region"]
        # us-east-1 is the empty constraint; the root element holds the text itself.
        body = document("LocationConstraint", [])[:-len("</LocationConstraint>")]
        self.send_xml(200, body + (b"" if region == "us-east-1" else region.encode()) +
                      b"</LocationConstraint>")

    def get_versioning(self, name):
        with STATE.lock:
            status = STATE.bucket(name)["versioning"]
        self.send_xml(200, document("VersioningConfiguration", [("Status", status)]))

    def put_versioning(self, name):
        root = parse(self.read_xml_body())
        status = text(root, "Status")
        if root.tag != "VersioningConfiguration" or status not in ("Enabled", "Suspended"):
            raise malformed_xml()
        with STATE.lock:
            b = STATE.bucket(name)
            if b["object_lock"] and status != "Enabled":
                raise S3Error(409, "InvalidBucketState", "An Object Lock configuration is "
                              "present on this bucket, so the versioning state cannot be "
                              "changed.")
            b["versioning"] = status
        self.send_empty(200)

    def get_lock_configuration(self, name):
        with STATE.lock:
            b = STATE.bucket(name)
            if not b["object_lock"]:
                raise S3Error(404, "ObjectLockConfigurationNotFoundError", "Object Lock "
                              "configuration does not exist for this bucket",
                              {"BucketName": name})
            rule = b["default_retention"]
            children = [("ObjectLockEnabled", "Enabled")]
            if rule:
                children.append(("Rule", [("DefaultRetention", [
                    ("Mode", rule["mode"]), ("Days", rule.get("days")),
                    ("Years", rule.get("years"))])]))
        self.send_xml(200, document("ObjectLockConfiguration", children))

    def put_lock_configuration(self, name):
        if not has_checksum(self.headers):
            raise S3Error(400, "InvalidRequest",
                          "Missing required header for this request: Content-MD5")
        root = parse(self.read_xml_body())
        if root.tag != "ObjectLockConfiguration" or text(root, "ObjectLockEnabled") != "Enabled":
            raise malformed_xml()
        rule = None
        retention = root.find("Rule/DefaultRetention")
        if root.find("Rule") is not None:
            if retention is None:
                raise malformed_xml()
            days, years = text(retention, "Days"), text(retention, "Years")
            if (days is None) == (years is None):
                raise malformed_xml()
            try:
                rule = {"mode": text(retention, "Mode"),
                        "days" if days is not None else "years": int(days or years)}
            except ValueError:
                raise malformed_xml() from None
            check_default_retention(rule)
        with STATE.lock:
            b = STATE.bucket(name)
            if not b["object_lock"] and b["versioning"] != "Enabled":
                raise S3Error(409, "InvalidBucketState", "Versioning must be 'Enabled' on the "
                              "bucket to apply a Object Lock configuration")
            b["object_lock"], b["default_retention"] = True, rule
        self.send_empty(200)

    # --- listings --------------------------------------------------------------------------

    def list_objects(self, name):
        q = self.query
        v2 = q.get("list-type") == "2"
        prefix, delimiter = q.get("prefix", ""), q.get("delimiter", "")
        max_keys = self.int_param("max-keys", 1000, None)
        encoding = q.get("encoding-type")
        if encoding not in (None, "url"):
            raise invalid_argument("Invalid Encoding Method specified in Request",
                                   "encoding-type", encoding)

        def enc(s):
            return quote_plus(s, safe="/") if encoding else s

        after, after_is_prefix = None, False
        if v2 and "continuation-token" in q:
            after, after_is_prefix = decode_token(q["continuation-token"])
        elif v2 and q.get("start-after"):
            after = q["start-after"]
        elif not v2 and q.get("marker"):
            after = q["marker"]
            after_is_prefix = bool(delimiter) and after.endswith(delimiter)
        with STATE.lock:
            b = STATE.bucket(name)
            entries, truncated = walk(STATE.current_keys(b), prefix, delimiter, after,
                                      after_is_prefix, min(max_keys, 1000))
            contents, prefixes = [], []
            for kind, k in entries:
                if kind == "prefix":
                    prefixes.append(("CommonPrefixes", [("Prefix", enc(k))]))
                    continue
                v = b["objects"][k][-1]
                item = [("Key", enc(k)), ("LastModified", iso8601(v["last_modified"])),
                        ("ETag", v["etag"])]
                if v.get("checksum_sha256"):
                    item.append(("ChecksumAlgorithm", "SHA256"))
                item += [("Size", v["size"]), ("StorageClass", v.get("storage_class"))]
                if not v2 or q.get("fetch-owner") == "true":
                    item.append(("Owner", owner()))
                contents.append(("Contents", item))
        head = [("Name", name), ("Prefix", enc(prefix))]
        if v2:
            head += [("ContinuationToken", q.get("continuation-token")),
                     ("StartAfter", enc(q["start-after"]) if q.get("start-after") else None),
                     ("KeyCount", len(entries))]
            if truncated:
                head.append(("NextContinuationToken",
                             encode_token(entries[-1][1], entries[-1][0] == "prefix")))
        else:
            head.append(("Marker", enc(q.get("marker", ""))))
            if truncated and delimiter:
                head.append(("NextMarker", enc(entries[-1][1])))
        head += [("MaxKeys", max_keys), ("Delimiter", enc(delimiter) if delimiter else None),
                 ("EncodingType", encoding), ("IsTruncated", truncated)]
        self.send_xml(200, document("ListBucketResult", head + contents + prefixes))

    def list_versions(self, name):
        q = self.query
        prefix = q.get("prefix", "")
        max_keys = min(self.int_param("max-keys", 1000, None), 1000)
        key_marker, vid_marker = q.get("key-marker", ""), q.get("version-id-marker", "")
        items, truncated = [], False
        with STATE.lock:
            b = STATE.bucket(name)
            for k in sorted(b["objects"]):
                if not k.startswith(prefix) or (key_marker and k < key_marker):
                    continue
                versions = list(reversed(b["objects"][k]))
                if key_marker and k == key_marker:
                    ids = [v["version_id"] for v in versions]
                    if not vid_marker or vid_marker not in ids:
                        continue
                    versions = versions[ids.index(vid_marker) + 1:]
                for v in versions:
                    if len(items) == max_keys:
                        truncated = True
                        break
                    items.append((k, v, v is b["objects"][k][-1]))
                if truncated:
                    break
            body = [("Name", name), ("Prefix", prefix), ("KeyMarker", key_marker),
                    ("VersionIdMarker", vid_marker), ("MaxKeys", max_keys),
                    ("IsTruncated", truncated)]
            if truncated:
                body += [("NextKeyMarker", items[-1][0]),
                         ("NextVersionIdMarker", items[-1][1]["version_id"])]
            for k, v, latest in items:
                common = [("Key", k), ("VersionId", v["version_id"]), ("IsLatest", latest),
                          ("LastModified", iso8601(v["last_modified"]))]
                if v.get("delete_marker"):
                    body.append(("DeleteMarker", common + [("Owner", owner())]))
                else:
                    body.append(("Version", common + [
                        ("ETag", v["etag"]), ("Size", v["size"]),
                        ("StorageClass", v.get("storage_class")), ("Owner", owner())]))
        self.send_xml(200, document("ListVersionsResult", body))

    def list_uploads(self, name):
        q = self.query
        prefix = q.get("prefix", "")
        max_uploads = min(self.int_param("max-uploads", 1000, None), 1000)
        key_marker, id_marker = q.get("key-marker", ""), q.get("upload-id-marker", "")
        with STATE.lock:
            STATE.bucket(name)
            ups = sorted((u for u in STATE.uploads.values()
                          if u["bucket"] == name and u["key"].startswith(prefix)),
                         key=lambda u: (u["key"], u["initiated"], u["id"]))
            if key_marker:
                order = [(u["key"], u["id"]) for u in ups]
                if id_marker and (key_marker, id_marker) in order:
                    ups = ups[order.index((key_marker, id_marker)) + 1:]
                else:
                    ups = [u for u in ups if u["key"] > key_marker]
            page, truncated = ups[:max_uploads], len(ups) > max_uploads
            body = [("Bucket", name), ("KeyMarker", key_marker), ("UploadIdMarker", id_marker),
                    ("NextKeyMarker", page[-1]["key"] if truncated else None),
                    ("NextUploadIdMarker", page[-1]["id"] if truncated else None),
                    ("Prefix", prefix), ("MaxUploads", max_uploads),
                    ("IsTruncated", truncated)]
            for u in page:
                body.append(("Upload", [
                    ("Key", u["key"]), ("UploadId", u["id"]), ("Initiator", owner()),
                    ("Owner", owner()), ("StorageClass", u["storage_class"]),
                    ("Initiated", iso8601(u["initiated"])),
                    ("ChecksumAlgorithm", u["checksum_algorithm"])]))
        self.send_xml(200, document("ListMultipartUploadsResult", body))
