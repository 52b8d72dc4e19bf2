# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake S3's object operations: PutObject, GetObject (ranges), HeadObject, DeleteObject,
the per-object Object Lock calls (retention, legal hold) and multipart uploads. A mixin of the
request handler (fake_s3.Handler), which brings the plumbing: headers, query, bodies, answers."""

from __future__ import annotations

import os
import secrets

from s3_store import (LOCK_MODES, STATE, STORAGE_CLASSES, check_retention_change, composite_sha256,
                      concatenate, default_until, multipart_etag, protected)
from s3_xml import (S3Error, b64, b64_digest, document, invalid_argument, invalid_request,
                    iso8601, http_date, lock_denied, malformed_xml, missing_lock_configuration,
                    no_such_key, owner, parse, parse_iso8601, text)

CHECKSUM_ALGORITHMS = ("CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256")
NOT_STORED = ("GLACIER", "DEEP_ARCHIVE")


def has_checksum(headers) -> bool:
    return "Content-MD5" in headers or any(
        k.lower().startswith("x-amz-checksum-") and k.lower() != "x-amz-checksum-mode"
        for k in headers.keys())


class ObjectOperations:
    # --- request headers -------------------------------------------------------------------

    def storage_class(self):
        sc = self.headers.get("x-amz-storage-class", "STANDARD")
        if sc not in STORAGE_CLASSES:
            raise S3Error(400, "InvalidStorageClass", "The storage class you specified is not "
                          "valid", {"StorageClassRequested": sc})
        return sc

    def encryption(self):
        sse = self.headers.get("x-amz-server-side-encryption")
        kms = self.headers.get("x-amz-server-side-encryption-aws-kms-key-id")
        if sse is not None and sse not in ("AES256", "aws:kms", "aws:kms:dsse"):
            raise invalid_argument("The encryption method specified is not supported",
                                   "x-amz-server-side-encryption", sse)
        if kms is not None and not (sse or "").startswith("aws:kms"):
            raise invalid_argument("Server Side Encryption with AWS KMS managed key requires "
                                   "HTTP header x-amz-server-side-encryption : aws:kms")
        if sse and sse.startswith("aws:kms") and kms is None:
            kms = "arn:aws:kms:%s:123456789012:alias/aws/s3" % STATE.config["region"]
        # S3 encrypts every new object (SSE-S3 by default) and says so.
        return {"sse": sse or "AES256", "kms_key_id": kms}

    def lock_params(self, bucket, now):
        """The Object Lock the request asks for: {"retention", "legal_hold", "needs_checksum",
        "default"}; refused as S3 refuses it."""
        h = self.headers
        mode = h.get("x-amz-object-lock-mode")
        until = h.get("x-amz-object-lock-retain-until-date")
        hold = h.get("x-amz-object-lock-legal-hold")
        if (mode or until or hold) and not bucket["object_lock"]:
            raise missing_lock_configuration()
        if bool(mode) != bool(until):
            raise invalid_argument("x-amz-object-lock-retain-until-date and "
                                   "x-amz-object-lock-mode must both be supplied")
        retention = None
        if mode:
            if mode not in LOCK_MODES:
                raise invalid_argument("Unknown wormMode directive.", "x-amz-object-lock-mode",
                                       mode)
            t = parse_iso8601(until)
            if t is None:
                raise invalid_argument("The retain until date must be provided in ISO 8601 "
                                       "format", "x-amz-object-lock-retain-until-date", until)
            if t <= now:
                raise invalid_argument("The retain until date must be in the future!")
            retention = {"mode": mode, "until": t}
        if hold is not None and hold not in ("ON", "OFF"):
            raise invalid_argument("Legal Hold must be either of 'ON' or 'OFF'",
                                   "x-amz-object-lock-legal-hold", hold)
        default = bucket["default_retention"] if retention is None else None
        return {"retention": retention, "legal_hold": hold, "default": default,
                "needs_checksum": bool(mode or hold or default)}

    def object_headers(self, v, versioned, checksum=False):
        out = {"Last-Modified": http_date(v["last_modified"]), "ETag": v["etag"],
               "Content-Type": v.get("content_type") or "binary/octet-stream",
               "Accept-Ranges": "bytes", "x-amz-server-side-encryption": v["sse"]}
        if v.get("kms_key_id"):
            out["x-amz-server-side-encryption-aws-kms-key-id"] = v["kms_key_id"]
        if versioned:
            out["x-amz-version-id"] = v["version_id"]
        if v.get("storage_class", "STANDARD") != "STANDARD":
            out["x-amz-storage-class"] = v["storage_class"]
        if v.get("retention"):
            out["x-amz-object-lock-mode"] = v["retention"]["mode"]
            out["x-amz-object-lock-retain-until-date"] = iso8601(v["retention"]["until"])
        if v.get("legal_hold"):
            out["x-amz-object-lock-legal-hold"] = v["legal_hold"]
        if v.get("parts_count"):
            out["x-amz-mp-parts-count"] = str(v["parts_count"])
        if checksum and v.get("checksum_sha256"):
            out["x-amz-checksum-sha256"] = v["checksum_sha256"]
            out["x-amz-checksum-type"] = "COMPOSITE" if v.get("parts_count") else "FULL_OBJECT"
        out.update(v.get("metadata") or {})
        return out

    def version_of(self, bucket, key, method):
        """The version a GET/HEAD/retention call names (?versionId) or the current one."""
        vid = self.query.get("versionId")
        if vid is None:
            v = STATE.latest(bucket, key)
            if v is None:
                raise no_such_key(key)
            if v.get("delete_marker"):
                err = no_such_key(key)
                err.headers = {"x-amz-delete-marker": "true", "x-amz-version-id": v["version_id"]}
                raise err
            return v
        v = STATE.find_version(bucket, key, vid)
        if v is None:
            raise S3Error(404, "NoSuchVersion", "The specified version does not exist.",
                          {"Key": key, "VersionId": vid})
        if v.get("delete_marker"):
            raise S3Error(405, "MethodNotAllowed", "The specified method is not allowed "
                          "against this resource.", {"Method": method,
                                                      "ResourceType": "DeleteMarker"},
                          {"x-amz-delete-marker": "true", "x-amz-version-id": vid,
                           "Allow": "DELETE"})
        return v

    # --- objects ---------------------------------------------------------------------------

    def put_object(self, bname, key):
        if "x-amz-copy-source" in self.headers:
            raise S3Error(501, "NotImplemented", "A header you provided implies functionality "
                          "that is not implemented", {"Header": "x-amz-copy-source"})
        with STATE.lock:
            bucket = STATE.bucket(bname)
            lock = self.lock_params(bucket, STATE.now())
            sc, enc = self.storage_class(), self.encryption()
            current = STATE.latest(bucket, key)
            if self.headers.get("If-None-Match") == "*" and current is not None \
                    and not current.get("delete_marker"):
                raise S3Error(412, "PreconditionFailed", "At least one of the pre-conditions "
                              "you specified did not hold", {"Condition": "If-None-Match"})
        if lock["needs_checksum"] and not has_checksum(self.headers):
            raise invalid_request("Content-MD5 OR x-amz-checksum- HTTP header is required for "
                                  "Put Object requests with Object Lock parameters")
        d = self.receive_body(STATE.new_file())
        with STATE.lock:
            bucket = STATE.bucket(bname)
            now = STATE.now()
            retention = lock["retention"] or (
                {"mode": lock["default"]["mode"], "until": default_until(lock["default"], now)}
                if lock["default"] else None)
            given = self.headers.get("x-amz-checksum-sha256")
            v = STATE.add_version(bucket, key, {
                "file": d.path, "size": d.size, "etag": '"%s"' % d.md5.hexdigest(),
                "md5": d.md5.hexdigest(), "sha256": d.sha256.hexdigest(),
                "checksum_sha256": given and b64(d.sha256.digest()),
                "retention": retention, "legal_hold": lock["legal_hold"], "storage_class": sc,
                "content_type": self.headers.get("Content-Type"),
                "metadata": self.user_metadata(), **enc})
            headers = {"ETag": v["etag"], "x-amz-server-side-encryption": v["sse"]}
            if v["kms_key_id"]:
                headers["x-amz-server-side-encryption-aws-kms-key-id"] = v["kms_key_id"]
            if v["checksum_sha256"]:
                headers["x-amz-checksum-sha256"] = v["checksum_sha256"]
                headers["x-amz-checksum-type"] = "FULL_OBJECT"
            if bucket["versioning"]:
                headers["x-amz-version-id"] = v["version_id"]
        self.send_empty(200, headers)

    def user_metadata(self):
        return {k.lower(): v for k, v in self.headers.items()
                if k.lower().startswith("x-amz-meta-")}

    def get_object(self, bname, key, head=False):
        method = "HEAD" if head else "GET"
        with STATE.lock:
            bucket = STATE.bucket(bname)
            v = self.version_of(bucket, key, method)
            checksum = self.headers.get("x-amz-checksum-mode", "").upper() == "ENABLED"
            headers = self.object_headers(v, bucket["versioning"] is not None, checksum)
            size, path = v["size"], v["file"]
            if not head and v.get("storage_class") in NOT_STORED:
                raise S3Error(403, "InvalidObjectState", "The operation is not valid for the "
                              "object's storage class", {"StorageClass": v["storage_class"]})
            fd = None if head else open(path, "rb")  # still there if deleted meanwhile
        try:
            start, length, status = 0, size, 200
            rng = self.headers.get("Range")
            span = parse_range(rng, size) if rng else False
            if span is None:
                raise S3Error(416, "InvalidRange", "The requested range is not satisfiable",
                              {"RangeRequested": rng, "ActualObjectSize": str(size)},
                              {"Content-Range": "bytes */%d" % size})
            if span:
                start, length, status = span[0], span[1] - span[0], 206
                headers["Content-Range"] = "bytes %d-%d/%d" % (span[0], span[1] - 1, size)
                headers.pop("x-amz-checksum-sha256", None)
                headers.pop("x-amz-checksum-type", None)
            self.send_stream(status, headers, fd, start, length, head)
        finally:
            if fd:
                fd.close()

    def delete_object(self, bname, key):
        with STATE.lock:
            bucket = STATE.bucket(bname)
            vid = self.query.get("versionId")
            if vid is None:
                if bucket["versioning"] == "Enabled":
                    marker = STATE.add_version(bucket, key, {"delete_marker": True, "size": 0})
                    return self.send_empty(204, {"x-amz-delete-marker": "true",
                                                 "x-amz-version-id": marker["version_id"]})
                v = STATE.find_version(bucket, key, "null")
                if v is not None:
                    if protected(v, STATE.now(), self.bypass()):
                        raise lock_denied()
                    STATE.remove_version(bucket, key, v)
                return self.send_empty(204)
            v = STATE.find_version(bucket, key, vid)
            headers = {"x-amz-version-id": vid}
            if v is not None:
                if v.get("delete_marker"):
                    headers["x-amz-delete-marker"] = "true"
                elif protected(v, STATE.now(), self.bypass()):
                    raise lock_denied()
                STATE.remove_version(bucket, key, v)
        self.send_empty(204, headers)

    def bypass(self) -> bool:
        asked = self.headers.get("x-amz-bypass-governance-retention", "").lower() == "true"
        return asked and STATE.keys.get(self.access_key, {}).get("bypass_governance", True)

    # --- Object Lock per object ------------------------------------------------------------

    def lock_target(self, bname, key, method):
        bucket = STATE.bucket(bname)
        if not bucket["object_lock"]:
            raise missing_lock_configuration()
        return bucket, self.version_of(bucket, key, method)

    def require_md5(self):
        if not has_checksum(self.headers):
            raise invalid_request("Missing required header for this request: Content-MD5")

    def put_retention(self, bname, key):
        self.require_md5()
        root = parse(self.read_xml_body())
        if root.tag != "Retention":
            raise malformed_xml()
        mode, until = text(root, "Mode"), text(root, "RetainUntilDate")
        if bool(mode) != bool(until) or (mode and mode not in LOCK_MODES):
            raise malformed_xml()
        with STATE.lock:
            bucket, v = self.lock_target(bname, key, "PUT")
            now = STATE.now()
            new = None
            if mode:
                t = parse_iso8601(until)
                if t is None:
                    raise malformed_xml()
                if t <= now:
                    raise invalid_argument("The retain until date must be in the future!")
                new = {"mode": mode, "until": t}
            check_retention_change(v.get("retention"), new, now, self.bypass())
            v["retention"] = new
        self.send_empty(200)

    def get_retention(self, bname, key):
        with STATE.lock:
            _, v = self.lock_target(bname, key, "GET")
            r = v.get("retention")
            if not r:
                raise S3Error(404, "NoSuchObjectLockConfiguration", "The specified object does "
                              "not have a ObjectLock configuration")
            body = document("Retention", [("Mode", r["mode"]),
                                          ("RetainUntilDate", iso8601(r["until"]))])
        self.send_xml(200, body)

    def put_legal_hold(self, bname, key):
        self.require_md5()
        root = parse(self.read_xml_body())
        status = text(root, "Status")
        if root.tag != "LegalHold" or status not in ("ON", "OFF"):
            raise malformed_xml()
        with STATE.lock:
            _, v = self.lock_target(bname, key, "PUT")
            v["legal_hold"] = status
        self.send_empty(200)

    def get_legal_hold(self, bname, key):
        with STATE.lock:
            _, v = self.lock_target(bname, key, "GET")
            if not v.get("legal_hold"):
                raise S3Error(404, "NoSuchObjectLockConfiguration", "The specified object does "
                              "not have a ObjectLock configuration")
            body = document("LegalHold", [("Status", v["legal_hold"])])
        self.send_xml(200, body)

    # --- multipart -------------------------------------------------------------------------

    def create_upload(self, bname, key):
        algorithm = self.headers.get("x-amz-checksum-algorithm")
        if algorithm is not None and algorithm.upper() not in CHECKSUM_ALGORITHMS:
            raise invalid_request("Checksum algorithm provided is unsupported. Please try again "
                                  "with any of the valid types: [CRC32, CRC32C, CRC64NVME, "
                                  "SHA1, SHA256]")
        with STATE.lock:
            bucket = STATE.bucket(bname)
            lock = self.lock_params(bucket, STATE.now())
            upload_id = secrets.token_urlsafe(48)
            u = {"id": upload_id, "bucket": bname, "key": key, "initiated": STATE.now(),
                 "checksum_algorithm": algorithm and algorithm.upper(), "lock": lock,
                 "storage_class": self.storage_class(), "parts": {},
                 "content_type": self.headers.get("Content-Type"),
                 "metadata": self.user_metadata(), **self.encryption()}
            STATE.uploads[upload_id] = u
        headers = {"x-amz-server-side-encryption": u["sse"]}
        if u["checksum_algorithm"]:
            headers["x-amz-checksum-algorithm"] = u["checksum_algorithm"]
        self.send_xml(200, document("InitiateMultipartUploadResult", [
            ("Bucket", bname), ("Key", key), ("UploadId", upload_id)]), headers)

    def part_number(self):
        raw = self.query.get("partNumber", "")
        if not raw.isdigit() or not 1 <= int(raw) <= 10000:
            raise invalid_argument("Part number must be an integer between 1 and 10000, "
                                   "inclusive", "partNumber", raw)
        return int(raw)

    def upload_part(self, bname, key):
        n = self.part_number()
        with STATE.lock:
            STATE.bucket(bname)
            u = STATE.upload(bname, key, self.query["uploadId"])
            needs_checksum, algorithm = u["lock"]["needs_checksum"], u["checksum_algorithm"]
        if needs_checksum and not has_checksum(self.headers):
            raise invalid_request("Content-MD5 OR x-amz-checksum- HTTP header is required for "
                                  "Put Part requests with Object Lock parameters")
        if algorithm == "SHA256" and "x-amz-checksum-sha256" not in self.headers:
            raise invalid_request("Checksum Type mismatch occurred, expected checksum Type: "
                                  "sha256, actual checksum Type: null")
        d = self.receive_body(STATE.new_file("parts"))
        with STATE.lock:
            u = STATE.uploads.get(self.query["uploadId"])
            if u is None:
                os.unlink(d.path)
                STATE.upload(bname, key, self.query["uploadId"])  # raises NoSuchUpload
            old = u["parts"].get(n)
            if old:
                STATE.discard(old)
            part = {"file": d.path, "size": d.size, "md5": d.md5.digest(),
                    "sha256": d.sha256.digest(), "etag": '"%s"' % d.md5.hexdigest(),
                    "last_modified": STATE.now()}
            u["parts"][n] = part
        headers = {"ETag": part["etag"], "x-amz-server-side-encryption": u["sse"]}
        if algorithm == "SHA256" or "x-amz-checksum-sha256" in self.headers:
            headers["x-amz-checksum-sha256"] = b64(part["sha256"])
        self.send_empty(200, headers)

    def complete_upload(self, bname, key):
        root = parse(self.read_xml_body())
        if root.tag != "CompleteMultipartUpload":
            raise malformed_xml()
        listed = []
        for el in root.findall("Part"):
            n, etag = text(el, "PartNumber"), text(el, "ETag")
            if not n or not n.isdigit() or etag is None:
                raise malformed_xml()
            listed.append((int(n), etag.strip('"'), text(el, "ChecksumSHA256")))
        if not listed:
            raise malformed_xml()
        with STATE.lock:
            bucket = STATE.bucket(bname)
            u = STATE.upload(bname, key, self.query["uploadId"])
            self.check_parts(u, listed)
            chosen = [u["parts"][n] for n, _, _ in listed]
        target = STATE.new_file()
        d = concatenate([p["file"] for p in chosen], target)
        with STATE.lock:
            bucket = STATE.bucket(bname)
            lock, now = u["lock"], STATE.now()
            retention = lock["retention"] or (
                {"mode": lock["default"]["mode"], "until": default_until(lock["default"], now)}
                if lock["default"] else None)
            sha = u["checksum_algorithm"] == "SHA256"
            v = STATE.add_version(bucket, key, {
                "file": target, "size": d.size, "md5": d.md5.hexdigest(),
                "sha256": d.sha256.hexdigest(), "parts_count": len(chosen),
                "etag": multipart_etag([p["md5"] for p in chosen]),
                "checksum_sha256": composite_sha256([p["sha256"] for p in chosen]) if sha
                else None, "retention": retention, "legal_hold": lock["legal_hold"],
                "storage_class": u["storage_class"], "content_type": u["content_type"],
                "metadata": u["metadata"], "sse": u["sse"], "kms_key_id": u["kms_key_id"]})
            STATE.drop_upload(u["id"])
            headers = {"x-amz-server-side-encryption": v["sse"]}
            if bucket["versioning"]:
                headers["x-amz-version-id"] = v["version_id"]
        host = self.headers.get("Host", "127.0.0.1")
        self.send_xml(200, document("CompleteMultipartUploadResult", [
            ("Location", "http://%s/%s/%s" % (host, bname, key)), ("Bucket", bname),
            ("Key", key), ("ETag", v["etag"]), ("ChecksumSHA256", v["checksum_sha256"]),
            ("ChecksumType", "COMPOSITE" if sha else None)]), headers)

    def check_parts(self, u, listed):
        last = 0
        for n, etag, checksum in listed:
            if n <= last:
                raise S3Error(400, "InvalidPartOrder", "The list of parts was not in ascending "
                              "order. Parts must be ordered by part number.",
                              {"UploadId": u["id"]})
            last = n
            part = u["parts"].get(n)
            if part is None or part["etag"].strip('"') != etag:
                raise invalid_part(u, n, etag)
            if u["checksum_algorithm"] == "SHA256":
                if not checksum:
                    raise invalid_request(
                        "The upload was created using a sha256 checksum. The complete request "
                        "must include the checksum for each part. It was missing for part %d "
                        "in the request." % n)
                if b64_digest(checksum, 32) != part["sha256"]:
                    raise invalid_part(u, n, etag)
        minimum = STATE.config["min_part_size"]
        for n, etag, _ in listed[:-1]:
            size = u["parts"][n]["size"]
            if size < minimum:
                raise S3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the "
                              "minimum allowed object size.",
                              {"ProposedSize": str(size), "MinSizeAllowed": str(minimum),
                               "PartNumber": str(n), "ETag": etag})

    def abort_upload(self, bname, key):
        with STATE.lock:
            STATE.bucket(bname)
            u = STATE.upload(bname, key, self.query["uploadId"])
            STATE.drop_upload(u["id"])
        self.send_empty(204)

    def list_parts(self, bname, key):
        max_parts = self.int_param("max-parts", 1000, 1000)
        marker = self.int_param("part-number-marker", 0, 10000)
        with STATE.lock:
            STATE.bucket(bname)
            u = STATE.upload(bname, key, self.query["uploadId"])
            numbers = sorted(n for n in u["parts"] if n > marker)
            page, truncated = numbers[:max_parts], len(numbers) > max_parts
            parts = [("Part", [("PartNumber", n),
                               ("LastModified", iso8601(u["parts"][n]["last_modified"])),
                               ("ETag", u["parts"][n]["etag"]), ("Size", u["parts"][n]["size"]),
                               ("ChecksumSHA256", b64(u["parts"][n]["sha256"])
                                if u["checksum_algorithm"] == "SHA256" else None)])
                     for n in page]
            body = document("ListPartsResult", [
                ("Bucket", bname), ("Key", key), ("UploadId", u["id"]),
                ("PartNumberMarker", marker), ("NextPartNumberMarker", page[-1] if page else 0),
                ("MaxParts", max_parts), ("IsTruncated", truncated), *parts,
                ("Initiator", owner()), ("Owner", owner()), ("StorageClass", u["storage_class"]),
                ("ChecksumAlgorithm", u["checksum_algorithm"])])
        self.send_xml(200, body)


def invalid_part(u, n, etag):
    return S3Error(400, "InvalidPart", "One or more of the specified parts could not be found.  "
                   "The part may not have been uploaded, or the specified entity tag may not "
                   "match the part's entity tag.", {"UploadId": u["id"], "PartNumber": str(n),
                                                     "ETag": etag})


def parse_range(value, size):
    """(start, end exclusive) of a single bytes= range, None when unsatisfiable, False for a
    header S3 ignores (several ranges, another unit, not numbers): the whole object, 200."""
    value = value.strip()
    if not value.startswith("bytes=") or "," in value:
        return False
    first, _, last = value[6:].partition("-")
    try:
        if first == "":
            n = int(last)
            return (max(size - n, 0), size) if n > 0 and size > 0 else None
        start = int(first)
        end = int(last) + 1 if last else size
    except ValueError:
        return False
    if start >= size or end <= start:
        return None
    return (start, min(end, size))
