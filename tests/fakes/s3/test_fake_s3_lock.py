# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake S3's Object Lock (bucket configuration, per-object retention and legal
hold, what may be deleted or changed) and multipart uploads (checksums, composite SHA-256,
part rules, listings), with requests signed by botocore.

    python3 -m unittest -v test_fake_s3_lock
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from s3client import md5_b64, qs, sha256_b64  # noqa: E402
from test_fake_s3 import FakeS3Case  # noqa: E402

DAY = 86400


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def retention_xml(mode, until):
    inner = f"<Mode>{mode}</Mode><RetainUntilDate>{iso(until)}</RetainUntilDate>" if mode else ""
    return (f'<Retention xmlns="http://s3.amazonaws.com/doc/2006-03-01/">{inner}'
            f"</Retention>").encode()


class LockTest(FakeS3Case):
    def locked_put(self, key, data, mode="COMPLIANCE", days=1, extra=None):
        headers = {"Content-MD5": md5_b64(data), "x-amz-object-lock-mode": mode,
                   "x-amz-object-lock-retain-until-date": iso(time.time() + days * DAY)}
        headers.update(extra or {})
        answer = self.s3.put("vault", key, data, headers)
        self.assertEqual(answer.status, 200, answer)
        return answer.headers["x-amz-version-id"]

    def put_retention(self, key, vid, mode, until, bypass=False):
        body = retention_xml(mode, until)
        headers = {"Content-MD5": md5_b64(body)}
        if bypass:
            headers["x-amz-bypass-governance-retention"] = "true"
        return self.s3.call("PUT", f"/vault/{key}", qs(retention=None, versionId=vid), body,
                            headers)

    def test_bucket_lock_configuration(self):
        made = self.s3.call("PUT", "/locked", headers={"x-amz-bucket-object-lock-enabled": "true"})
        self.assertEqual(made.status, 200, made)
        conf = self.s3.call("GET", "/locked", "object-lock")
        self.assertEqual((conf.find("ObjectLockEnabled"), conf.find("Rule")), ("Enabled", None))
        self.assertEqual(self.s3.call("GET", "/locked", "versioning").find("Status"), "Enabled")
        rule = (b"<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                b"<DefaultRetention><Mode>GOVERNANCE</Mode><Years>1</Years></DefaultRetention>"
                b"</Rule></ObjectLockConfiguration>")
        self.assertError(self.s3.call("PUT", "/locked", "object-lock", rule), 400,
                         "InvalidRequest")  # no Content-MD5
        put = self.s3.call("PUT", "/locked", "object-lock", rule, {"Content-MD5": md5_b64(rule)})
        self.assertEqual(put.status, 200, put)
        conf = self.s3.call("GET", "/locked", "object-lock")
        self.assertEqual((conf.find("Rule/DefaultRetention/Mode"),
                          conf.find("Rule/DefaultRetention/Years")), ("GOVERNANCE", "1"))
        suspend = b"<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>"
        self.assertError(self.s3.call("PUT", "/locked", "versioning", suspend), 409,
                         "InvalidBucketState")
        self.assertError(self.s3.call("GET", "/data", "object-lock"), 404,
                         "ObjectLockConfigurationNotFoundError")

    def test_put_rules(self):
        data = b"recording"
        until = iso(time.time() + DAY)
        lock = {"x-amz-object-lock-mode": "COMPLIANCE",
                "x-amz-object-lock-retain-until-date": until}
        self.assertError(self.s3.put("vault", "k", data, lock), 400, "InvalidRequest")
        self.assertError(self.s3.put("data", "k", data, dict(lock, **{
            "Content-MD5": md5_b64(data)})), 400, "InvalidRequest")
        self.assertIn("Object Lock Configuration", self.s3.put("data", "k", data, lock).find(
            "Message"))
        self.assertError(self.s3.put("vault", "k", data, {
            "Content-MD5": md5_b64(data), "x-amz-object-lock-mode": "COMPLIANCE"}),
            400, "InvalidArgument")
        self.assertError(self.s3.put("vault", "k", data, {
            "Content-MD5": md5_b64(data), "x-amz-object-lock-mode": "COMPLIANCE",
            "x-amz-object-lock-retain-until-date": iso(time.time() - 60)}),
            400, "InvalidArgument")
        by_sha = self.s3.put("vault", "k", data, dict(lock, **{
            "x-amz-checksum-sha256": sha256_b64(data), "x-amz-object-lock-legal-hold": "ON"}))
        self.assertEqual(by_sha.status, 200, by_sha)
        head = self.s3.head("vault", "k")
        self.assertEqual(head.headers["x-amz-object-lock-mode"], "COMPLIANCE")
        self.assertEqual(head.headers["x-amz-object-lock-legal-hold"], "ON")
        self.assertTrue(head.headers["x-amz-object-lock-retain-until-date"].startswith(
            until[:-1]))
        self.assertEqual(head.headers["x-amz-version-id"], by_sha.headers["x-amz-version-id"])
        self.assertEqual(self.s3.put("vault", "plain", b"no lock").status, 200)

    def test_locked_version_survives_overwrite_and_delete(self):
        first = self.locked_put("rec.mp3", b"first")
        second = self.locked_put("rec.mp3", b"second")
        self.assertNotEqual(first, second)
        self.assertEqual(self.s3.get("vault", "rec.mp3").body, b"second")
        self.assertEqual(self.s3.get("vault", "rec.mp3", qs(versionId=first)).body, b"first")
        for vid in (first, second):
            self.assertError(self.s3.delete("vault", "rec.mp3", qs(versionId=vid)), 403,
                             "AccessDenied")
            self.assertError(self.s3.delete("vault", "rec.mp3", qs(versionId=vid), {
                "x-amz-bypass-governance-retention": "true"}), 403, "AccessDenied")
        gone = self.s3.delete("vault", "rec.mp3")
        self.assertEqual((gone.status, gone.headers["x-amz-delete-marker"]), (204, "true"))
        marker = gone.headers["x-amz-version-id"]
        hidden = self.s3.get("vault", "rec.mp3")
        self.assertError(hidden, 404, "NoSuchKey")
        self.assertEqual(hidden.headers["x-amz-delete-marker"], "true")
        listing = self.s3.call("GET", "/vault", qs(list_type=2))
        self.assertEqual(listing.findall("Contents/Key"), [])
        versions = self.s3.call("GET", "/vault", "versions")
        self.assertEqual(versions.findall("DeleteMarker/VersionId"), [marker])
        self.assertEqual(versions.findall("Version/VersionId"), [second, first])
        self.assertEqual(self.s3.delete("vault", "rec.mp3", qs(versionId=marker)).status, 204)
        self.assertEqual(self.s3.get("vault", "rec.mp3").body, b"second")
        truth = self.versions()
        self.assertEqual([(v["version_id"], v["retention"]["mode"]) for v in truth],
                         [(second, "COMPLIANCE"), (first, "COMPLIANCE")])

    def test_compliance_retention_rules(self):
        vid = self.locked_put("c", b"c", "COMPLIANCE", 2)
        got = self.s3.get("vault", "c", qs(retention=None, versionId=vid))
        self.assertEqual(got.find("Mode"), "COMPLIANCE")
        now = time.time()
        self.assertError(self.put_retention("c", vid, "COMPLIANCE", now + DAY), 403,
                         "AccessDenied")
        self.assertError(self.put_retention("c", vid, "GOVERNANCE", now + 5 * DAY), 403,
                         "AccessDenied")
        self.assertError(self.put_retention("c", vid, None, 0, bypass=True), 403,
                         "AccessDenied")
        self.assertEqual(self.put_retention("c", vid, "COMPLIANCE", now + 5 * DAY).status, 200)
        self.assertEqual(self.versions()[0]["retention"]["until"][:19], iso(now + 5 * DAY)[:19])
        body = retention_xml("COMPLIANCE", now + 9 * DAY)
        self.assertError(self.s3.call("PUT", "/vault/c", qs(retention=None), body), 400,
                         "InvalidRequest")  # Content-MD5 is required
        self.assertError(self.s3.call("PUT", "/data/x", qs(retention=None), body,
                                      {"Content-MD5": md5_b64(body)}), 400, "InvalidRequest")

    def test_governance_retention_and_legal_hold(self):
        vid = self.locked_put("g", b"g", "GOVERNANCE", 2)
        now = time.time()
        self.assertError(self.put_retention("g", vid, "GOVERNANCE", now + DAY), 403,
                         "AccessDenied")
        self.assertEqual(self.put_retention("g", vid, "GOVERNANCE", now + DAY, True).status, 200)
        self.assertError(self.s3.delete("vault", "g", qs(versionId=vid)), 403, "AccessDenied")

        hold = b"<LegalHold><Status>ON</Status></LegalHold>"
        put = self.s3.call("PUT", "/vault/g", qs(**{"legal-hold": None, "versionId": vid}), hold,
                           {"Content-MD5": md5_b64(hold)})
        self.assertEqual(put.status, 200, put)
        self.assertEqual(self.s3.get("vault", "g", qs(**{"legal-hold": None})).find("Status"),
                         "ON")
        bypass = {"x-amz-bypass-governance-retention": "true"}
        self.assertError(self.s3.delete("vault", "g", qs(versionId=vid), bypass), 403,
                         "AccessDenied")
        off = b"<LegalHold><Status>OFF</Status></LegalHold>"
        self.s3.call("PUT", "/vault/g", qs(**{"legal-hold": None}), off,
                     {"Content-MD5": md5_b64(off)})
        self.fake.control("POST", "keys", {"access_key": self.s3.access_key,
                                           "bypass_governance": False})
        self.assertError(self.s3.delete("vault", "g", qs(versionId=vid), bypass), 403,
                         "AccessDenied")
        self.fake.control("POST", "keys", {"access_key": self.s3.access_key,
                                           "bypass_governance": True})
        self.assertEqual(self.s3.delete("vault", "g", qs(versionId=vid), bypass).status, 204)
        self.assertEqual(self.versions(), [])

    def test_retention_expires_on_the_server_clock(self):
        vid = self.locked_put("e", b"e", "COMPLIANCE", 1)
        self.fake.control("POST", "config", {"max_skew": 10 * DAY})
        self.fake.control("POST", "clock", {"offset": 2 * DAY})
        self.assertEqual(self.s3.delete("vault", "e", qs(versionId=vid)).status, 204)
        self.assertError(self.s3.get("vault", "e", qs(retention=None)), 404, "NoSuchKey")

    def test_default_retention(self):
        self.fake.control("POST", "buckets", {"name": "dflt", "object_lock": True,
                                              "default_retention": {"mode": "GOVERNANCE",
                                                                    "days": 3}})
        self.assertError(self.s3.put("dflt", "k", b"x"), 400, "InvalidRequest")
        self.assertEqual(self.s3.put("dflt", "k", b"x", {"Content-MD5": md5_b64(b"x")}).status,
                         200)
        head = self.s3.head("dflt", "k")
        self.assertEqual(head.headers["x-amz-object-lock-mode"], "GOVERNANCE")
        until = calendar.timegm(time.strptime(
            head.headers["x-amz-object-lock-retain-until-date"][:19], "%Y-%m-%dT%H:%M:%S"))
        self.assertAlmostEqual(until, time.time() + 3 * DAY, delta=60)
        self.assertError(self.s3.get("dflt", "none", qs(retention=None)), 404, "NoSuchKey")
        self.fake.control("POST", "objects", {"bucket": "dflt", "key": "bare", "data_b64": ""})
        self.assertError(self.s3.get("dflt", "bare", qs(retention=None)), 404,
                         "NoSuchObjectLockConfiguration")


class MultipartTest(FakeS3Case):
    def create(self, key, headers=None, bucket="data"):
        answer = self.s3.call("POST", f"/{bucket}/{key}", "uploads", headers=headers)
        self.assertEqual(answer.status, 200, answer)
        return answer.find("UploadId")

    def part(self, key, upload_id, n, data, headers=None, bucket="data"):
        return self.s3.put(bucket, key, data, headers,
                           qs(partNumber=n, uploadId=upload_id))

    def complete(self, key, upload_id, parts, bucket="data"):
        xml = "".join(f"<Part><PartNumber>{n}</PartNumber><ETag>{etag}</ETag>" +
                      (f"<ChecksumSHA256>{c}</ChecksumSHA256>" if c else "") + "</Part>"
                      for n, etag, c in parts)
        body = f"<CompleteMultipartUpload>{xml}</CompleteMultipartUpload>".encode()
        return self.s3.call("POST", f"/{bucket}/{key}", qs(uploadId=upload_id), body)

    def test_round_trip_with_sha256(self):
        chunks = [os.urandom(2048), os.urandom(2048), os.urandom(100)]
        lock = {"x-amz-checksum-algorithm": "SHA256", "x-amz-object-lock-mode": "GOVERNANCE",
                "x-amz-object-lock-retain-until-date": iso(time.time() + DAY)}
        uid = self.create("rec/big.mp3", lock, "vault")
        other = self.create("else/x", bucket="vault")
        parts = []
        for n, chunk in enumerate(chunks, 1):
            self.assertError(self.part("rec/big.mp3", uid, n, chunk, bucket="vault"), 400,
                             "InvalidRequest")  # lock: a digest is required
            self.assertError(self.part("rec/big.mp3", uid, n, chunk,
                                       {"Content-MD5": md5_b64(chunk)}, "vault"),
                             400, "InvalidRequest")  # SHA256 upload: its checksum is required
            answer = self.part("rec/big.mp3", uid, n, chunk,
                               {"x-amz-checksum-sha256": sha256_b64(chunk)}, "vault")
            self.assertEqual(answer.status, 200, answer)
            self.assertEqual(answer.headers["x-amz-checksum-sha256"], sha256_b64(chunk))
            parts.append((n, answer.headers["etag"], sha256_b64(chunk)))
        listed = self.s3.call("GET", "/vault/rec/big.mp3", qs(uploadId=uid, max_parts=2))
        self.assertEqual(listed.findall("Part/PartNumber"), ["1", "2"])
        self.assertEqual(listed.find("IsTruncated"), "true")
        rest = self.s3.call("GET", "/vault/rec/big.mp3",
                            qs(uploadId=uid, part_number_marker=listed.find(
                                "NextPartNumberMarker")))
        self.assertEqual(rest.findall("Part/ChecksumSHA256"), [sha256_b64(chunks[2])])
        uploads = self.s3.call("GET", "/vault", qs(uploads=None, prefix="rec/"))
        self.assertEqual(uploads.findall("Upload/UploadId"), [uid])
        self.assertError(self.s3.head("vault", "rec/big.mp3"), 404, None)

        self.assertError(self.complete("rec/big.mp3", uid, [(n, e, None) for n, e, _ in parts],
                                       "vault"), 400, "InvalidRequest")
        done = self.complete("rec/big.mp3", uid, parts, "vault")
        self.assertEqual(done.status, 200, done)
        digests = b"".join(hashlib.sha256(c).digest() for c in chunks)
        composite = base64.b64encode(hashlib.sha256(digests).digest()).decode() + "-3"
        self.assertEqual(done.find("ChecksumSHA256"), composite)
        md5s = b"".join(hashlib.md5(c).digest() for c in chunks)
        self.assertEqual(done.find("ETag"), '"%s-3"' % hashlib.md5(md5s).hexdigest())
        head = self.s3.head("vault", "rec/big.mp3", headers={"x-amz-checksum-mode": "ENABLED"})
        self.assertEqual(head.headers["x-amz-checksum-sha256"], composite)
        self.assertEqual(head.headers["x-amz-object-lock-mode"], "GOVERNANCE")
        self.assertEqual(head.headers["x-amz-version-id"], done.headers["x-amz-version-id"])
        self.assertEqual(self.s3.get("vault", "rec/big.mp3").body, b"".join(chunks))
        self.assertEqual(self.versions(prefix="rec/")[0]["sha256"],
                         hashlib.sha256(b"".join(chunks)).hexdigest())
        left = self.fake.control("GET", "uploads")["uploads"]
        self.assertEqual([u["upload_id"] for u in left], [other])
        self.assertError(self.complete("rec/big.mp3", uid, parts, "vault"), 404, "NoSuchUpload")

    def test_part_rules(self):
        uid = self.create("m")
        small, big = b"s" * 100, b"b" * 1024
        e1 = self.part("m", uid, 1, small).headers["etag"]
        e2 = self.part("m", uid, 2, big).headers["etag"]
        e3 = self.part("m", uid, 3, b"t" * 100).headers["etag"]
        too_small = self.complete("m", uid, [(1, e1, None), (2, e2, None)])
        self.assertError(too_small, 400, "EntityTooSmall")
        self.assertEqual((too_small.find("PartNumber"), too_small.find("MinSizeAllowed")),
                         ("1", "1024"))
        self.assertError(self.complete("m", uid, [(2, e2, None), (1, e1, None)]), 400,
                         "InvalidPartOrder")
        self.assertError(self.complete("m", uid, [(2, e2, None), (3, e1, None)]), 400,
                         "InvalidPart")
        self.assertError(self.complete("m", uid, [(2, e2, None), (4, e3, None)]), 400,
                         "InvalidPart")
        self.assertError(self.part("m", uid, 10001, small), 400, "InvalidArgument")
        self.assertError(self.part("m", uid, 4, small, {"Content-MD5": md5_b64(b"x")}), 400,
                         "BadDigest")
        self.assertError(self.s3.head("data", "m"), 404, None)
        self.assertEqual(self.complete("m", uid, [(2, e2, None), (3, e3, None)]).status, 200)
        self.assertEqual(self.s3.get("data", "m").body, big + b"t" * 100)

        uid = self.create("aborted")
        self.part("aborted", uid, 1, small)
        self.assertEqual(self.s3.delete("data", "aborted", qs(uploadId=uid)).status, 204)
        self.assertError(self.part("aborted", uid, 2, small), 404, "NoSuchUpload")
        self.assertEqual(self.fake.control("GET", "uploads")["uploads"], [])

    def test_connection_dropped_mid_part_keeps_nothing(self):
        uid = self.create("d")
        self.fake.control("POST", "faults", {"action": "drop_mid_body",
                                             "operation": "UploadPart"})
        req = self.s3.signed("PUT", "/data/d", qs(partNumber=1, uploadId=uid), b"p" * 4096)
        with self.assertRaises(Exception):
            self.s3.send(req, timeout=10)
        self.assertEqual(self.fake.control("GET", "uploads")["uploads"][0]["parts"], [])
        self.assertEqual(self.part("d", uid, 1, b"p" * 4096).status, 200)


class BotocoreClientTest(FakeS3Case):
    """botocore's own S3 client against the fake: its parsers read every answer's XML."""

    def test_client_calls(self):
        import datetime

        import botocore.session
        from botocore.config import Config
        from botocore.exceptions import ClientError

        c = botocore.session.get_session().create_client(
            "s3", region_name="us-east-1", endpoint_url=f"http://127.0.0.1:{self.fake.port}",
            aws_access_key_id=self.s3.access_key, aws_secret_access_key=self.s3.secret_key,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}))
        c.create_bucket(Bucket="boto-lock", ObjectLockEnabledForBucket=True)
        until = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
        put = c.put_object(Bucket="boto-lock", Key="a b/\u00fc.mp3", Body=b"x" * 10,
                           ObjectLockMode="COMPLIANCE", ObjectLockRetainUntilDate=until,
                           ChecksumAlgorithm="SHA256")
        self.assertEqual(put["ChecksumSHA256"], sha256_b64(b"x" * 10))
        head = c.head_object(Bucket="boto-lock", Key="a b/\u00fc.mp3", ChecksumMode="ENABLED")
        self.assertEqual((head["ObjectLockMode"], head["VersionId"]),
                         ("COMPLIANCE", put["VersionId"]))
        self.assertEqual(c.get_object_retention(Bucket="boto-lock", Key="a b/\u00fc.mp3")[
            "Retention"]["Mode"], "COMPLIANCE")
        with self.assertRaises(ClientError) as refused:
            c.delete_object(Bucket="boto-lock", Key="a b/\u00fc.mp3", VersionId=put["VersionId"])
        self.assertEqual(refused.exception.response["Error"]["Code"], "AccessDenied")

        mp = c.create_multipart_upload(Bucket="boto-lock", Key="big.bin",
                                       ChecksumAlgorithm="SHA256", ObjectLockMode="GOVERNANCE",
                                       ObjectLockRetainUntilDate=until)
        parts = []
        for n, data in enumerate([b"a" * 2000, b"b" * 10], 1):
            p = c.upload_part(Bucket="boto-lock", Key="big.bin", UploadId=mp["UploadId"],
                              PartNumber=n, Body=data, ChecksumAlgorithm="SHA256")
            parts.append({"PartNumber": n, "ETag": p["ETag"],
                          "ChecksumSHA256": p["ChecksumSHA256"]})
        self.assertEqual([u["Key"] for u in c.list_multipart_uploads(Bucket="boto-lock")[
            "Uploads"]], ["big.bin"])
        done = c.complete_multipart_upload(Bucket="boto-lock", Key="big.bin",
                                           UploadId=mp["UploadId"],
                                           MultipartUpload={"Parts": parts})
        self.assertTrue(done["ChecksumSHA256"].endswith("-2"))
        got = c.get_object(Bucket="boto-lock", Key="big.bin", Range="bytes=1995-2004")
        self.assertEqual(got["Body"].read(), b"aaaaabbbbb")
        pages = c.get_paginator("list_objects_v2").paginate(
            Bucket="boto-lock", Delimiter="/", PaginationConfig={"PageSize": 1})
        listed = [[x["Key"] for x in page.get("Contents", [])] +
                  [x["Prefix"] for x in page.get("CommonPrefixes", [])] for page in pages]
        self.assertEqual(listed, [["a b/"], ["big.bin"]])
        self.assertEqual(c.get_object_lock_configuration(Bucket="boto-lock")[
            "ObjectLockConfiguration"], {"ObjectLockEnabled": "Enabled"})
        with self.assertRaises(ClientError) as missing:
            c.get_object(Bucket="boto-lock", Key="nope")
        self.assertEqual(missing.exception.response["Error"]["Code"], "NoSuchKey")


if __name__ == "__main__":
    unittest.main()
