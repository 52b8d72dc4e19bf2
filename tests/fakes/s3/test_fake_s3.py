# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake S3 itself, with requests signed by botocore: SigV4 checking (a tampered
signature refused), clock skew, payload hashes and digests, addressing, objects, listings,
encryption and storage class, and every fault switch. Object Lock and multipart are in
test_fake_s3_lock.py.

    python3 -m unittest -v test_fake_s3 test_fake_s3_lock
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from s3client import Client, Fake, amz_date, md5_b64, qs, sha256_b64  # noqa: E402


class FakeS3Case(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = Fake("--min-part-size", "1024", "--bucket", "data", "--bucket",
                        "vault:lock")
        cls.s3 = Client(cls.fake.port)

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()

    def setUp(self):
        self.fake.control("POST", "reset", {})

    def assertError(self, answer, status, code):
        self.assertEqual((answer.status, answer.code), (status, code), answer)
        if answer.xml is not None:
            self.assertTrue(answer.find("RequestId"), answer)
            self.assertEqual(answer.find("RequestId"), answer.headers["x-amz-request-id"])

    def versions(self, bucket="vault", prefix=""):
        return self.fake.control("GET", f"objects?bucket={bucket}&prefix={prefix}")["objects"]


class SignatureTest(FakeS3Case):
    def test_signed_request_accepted_and_tampered_ones_refused(self):
        ok = self.s3.put("data", "a.txt", b"hello")
        self.assertEqual(ok.status, 200, ok)

        req = self.s3.signed("GET", "/data/a.txt")
        auth = req.headers["Authorization"]
        last = auth[-1]
        req.headers.replace_header("Authorization", auth[:-1] + ("0" if last != "0" else "1"))
        bad = self.s3.send(req)
        self.assertError(bad, 403, "SignatureDoesNotMatch")
        self.assertIn("/us-east-1/s3/aws4_request", bad.find("StringToSign"))
        self.assertTrue(bad.find("CanonicalRequest").startswith("GET\n/data/a.txt\n"))

        # A signed header changed after signing, and a body changed after signing.
        req = self.s3.signed("GET", "/data/a.txt", headers={"x-amz-meta-n": "1"})
        req.headers.replace_header("x-amz-meta-n", "2")
        self.assertError(self.s3.send(req), 403, "SignatureDoesNotMatch")
        req = self.s3.signed("PUT", "/data/b.txt", body=b"one")
        req.data = b"two"
        self.assertError(self.s3.send(req), 400, "XAmzContentSHA256Mismatch")

        wrong_secret = Client(self.fake.port, secret_key="not-the-secret")
        self.assertError(wrong_secret.get("data", "a.txt"), 403, "SignatureDoesNotMatch")
        unknown = Client(self.fake.port, access_key="AKIAUNKNOWN")
        answer = unknown.get("data", "a.txt")
        self.assertError(answer, 403, "InvalidAccessKeyId")
        self.assertEqual(answer.find("AWSAccessKeyId"), "AKIAUNKNOWN")
        other_region = Client(self.fake.port, region="eu-west-1")
        answer = other_region.get("data", "a.txt")
        self.assertError(answer, 400, "AuthorizationHeaderMalformed")
        self.assertEqual(answer.find("Region"), "us-east-1")

        req = self.s3.signed("GET", "/data/a.txt")
        answer = self.s3.send(req, {"x-amz-meta-sneaky": "1"})
        self.assertError(answer, 403, "AccessDenied")
        self.assertEqual(answer.find("HeadersNotSigned"), "x-amz-meta-sneaky")
        req = self.s3.signed("GET", "/data/a.txt")
        del req.headers["Authorization"]
        self.assertError(self.s3.send(req), 403, "AccessDenied")

        log = self.fake.control("GET", "requests")["requests"]
        self.assertEqual([e["status"] for e in log], [200, 403, 403, 400, 403, 403, 400, 403, 403])
        self.assertEqual(log[0]["operation"], "PutObject")

    def test_keys_switches(self):
        self.fake.control("POST", "keys", {"access_key": "AKIASECOND", "secret_key": "s2"})
        second = Client(self.fake.port, "AKIASECOND", "s2")
        self.assertEqual(second.put("data", "k", b"x").status, 200)
        self.fake.control("POST", "keys", {"access_key": "AKIASECOND", "expired": True})
        self.assertError(second.get("data", "k"), 400, "ExpiredToken")
        self.fake.control("DELETE", "keys?access_key=AKIASECOND")
        self.assertError(second.get("data", "k"), 403, "InvalidAccessKeyId")
        self.assertEqual(self.s3.get("data", "k").body, b"x")

    def test_clock_skew(self):
        now = time.time()
        stale = self.s3.call("GET", "/data", qs(list_type=2), timestamp=amz_date(now - 1200))
        self.assertError(stale, 403, "RequestTimeTooSkewed")
        self.assertEqual(stale.find("RequestTime"), amz_date(now - 1200))
        self.assertTrue(stale.find("ServerTime").endswith("Z"))
        self.assertEqual(stale.find("MaxAllowedSkewMilliseconds"), "900000")
        close = self.s3.call("GET", "/data", qs(list_type=2), timestamp=amz_date(now - 600))
        self.assertEqual(close.status, 200, close)

        self.fake.control("POST", "clock", {"offset": 3600})
        answer = self.s3.call("GET", "/data", qs(list_type=2))
        self.assertError(answer, 403, "RequestTimeTooSkewed")
        server_date = time.mktime(time.strptime(answer.headers["date"],
                                                "%a, %d %b %Y %H:%M:%S GMT"))
        self.assertGreater(server_date - time.mktime(time.gmtime(now)), 3000)
        # A client that corrects itself by the server's Date is accepted again.
        fixed = self.s3.call("GET", "/data", qs(list_type=2), timestamp=amz_date(now + 3600))
        self.assertEqual(fixed.status, 200, fixed)
        self.fake.control("POST", "clock", {"offset": 0})
        self.assertEqual(self.s3.call("GET", "/data", qs(list_type=2)).status, 200)

    def test_payload_hash(self):
        req = self.s3.signed("PUT", "/data/u.bin", body=b"payload",
                             headers={"X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"})
        # botocore replaces the header with the body's hash; sign UNSIGNED-PAYLOAD instead.
        self.assertNotEqual(req.headers["X-Amz-Content-SHA256"], "UNSIGNED-PAYLOAD")
        self.assertEqual(self.s3.send(req).status, 200)

        from botocore.auth import S3SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        class Unsigned(S3SigV4Auth):
            def payload(self, request):
                return "UNSIGNED-PAYLOAD"

        req = AWSRequest("PUT", f"http://127.0.0.1:{self.fake.port}/data/u2.bin", data=b"abc")
        Unsigned(Credentials(self.s3.access_key, self.s3.secret_key), "s3",
                 "us-east-1").add_auth(req)
        self.assertEqual(req.headers["X-Amz-Content-SHA256"], "UNSIGNED-PAYLOAD")
        self.assertEqual(self.s3.send(req).status, 200)
        self.assertEqual(self.s3.get("data", "u2.bin").body, b"abc")

        class Wrong(S3SigV4Auth):
            def payload(self, request):
                return hashlib.sha256(b"something else").hexdigest()

        req = AWSRequest("PUT", f"http://127.0.0.1:{self.fake.port}/data/u3.bin", data=b"abc")
        Wrong(Credentials(self.s3.access_key, self.s3.secret_key), "s3",
              "us-east-1").add_auth(req)
        answer = self.s3.send(req)
        self.assertError(answer, 400, "XAmzContentSHA256Mismatch")
        self.assertEqual(answer.find("S3ComputedContentSHA256"),
                         hashlib.sha256(b"abc").hexdigest())
        self.assertError(self.s3.head("data", "u3.bin"), 404, None)


class ObjectTest(FakeS3Case):
    def test_digests(self):
        data = os.urandom(3000)
        good = self.s3.put("data", "d", data, {"Content-MD5": md5_b64(data),
                                                 "x-amz-checksum-sha256": sha256_b64(data)})
        self.assertEqual(good.status, 200, good)
        self.assertEqual(good.headers["x-amz-checksum-sha256"], sha256_b64(data))
        bad_md5 = self.s3.put("data", "e", data, {"Content-MD5": md5_b64(b"other")})
        self.assertError(bad_md5, 400, "BadDigest")
        self.assertEqual(bad_md5.find("CalculatedDigest"), md5_b64(data))
        self.assertError(self.s3.put("data", "e", data, {"Content-MD5": "bm90LW1kNQ=="}),
                         400, "InvalidDigest")
        bad_sha = self.s3.put("data", "e", data, {"x-amz-checksum-sha256": sha256_b64(b"x")})
        self.assertError(bad_sha, 400, "BadDigest")
        self.assertIn("SHA256", bad_sha.find("Message"))
        self.assertError(self.s3.put("data", "e", data, {"x-amz-checksum-sha256": "AAAA"}),
                         400, "InvalidRequest")
        self.assertError(self.s3.head("data", "e"), 404, None)

        head = self.s3.head("data", "d", headers={"x-amz-checksum-mode": "ENABLED"})
        self.assertEqual(head.headers["x-amz-checksum-sha256"], sha256_b64(data))
        self.assertEqual(head.headers["etag"], '"%s"' % hashlib.md5(data).hexdigest())
        self.assertNotIn("x-amz-checksum-sha256", self.s3.head("data", "d").headers)
        truth = self.fake.control("GET", "objects?bucket=data")["objects"]
        self.assertEqual([(o["key"], o["sha256"]) for o in truth],
                         [("d", hashlib.sha256(data).hexdigest())])

    def test_get_range_head_delete(self):
        data = bytes(range(256)) * 40
        self.s3.put("data", "dir/r.bin", data, {"Content-Type": "audio/mpeg",
                                                "x-amz-meta-origin": "rc"})
        whole = self.s3.get("data", "dir/r.bin")
        self.assertEqual((whole.status, whole.body), (200, data))
        self.assertEqual(whole.headers["content-type"], "audio/mpeg")
        self.assertEqual(whole.headers["x-amz-meta-origin"], "rc")
        part = self.s3.get("data", "dir/r.bin", headers={"Range": "bytes=100-199"})
        self.assertEqual((part.status, part.body), (206, data[100:200]))
        self.assertEqual(part.headers["content-range"], "bytes 100-199/%d" % len(data))
        tail = self.s3.get("data", "dir/r.bin", headers={"Range": "bytes=-10"})
        self.assertEqual(tail.body, data[-10:])
        self.assertError(self.s3.get("data", "dir/r.bin", headers={"Range": "bytes=99999-"}),
                         416, "InvalidRange")
        head = self.s3.head("data", "dir/r.bin")
        self.assertEqual((head.status, head.body, head.headers["content-length"]),
                         (200, b"", str(len(data))))
        self.assertNotIn("x-amz-version-id", head.headers)  # not a versioned bucket
        self.assertEqual(self.s3.delete("data", "dir/r.bin").status, 204)
        self.assertError(self.s3.get("data", "dir/r.bin"), 404, "NoSuchKey")
        self.assertError(self.s3.get("nobucket", "x"), 404, "NoSuchBucket")
        missing = self.s3.head("data", "nothing")
        self.assertEqual((missing.status, missing.body), (404, b""))

    def test_virtual_hosted_style(self):
        host = f"data.localhost:{self.fake.port}"
        put = self.s3.send(self.s3.signed("PUT", "/v/key.txt", body=b"vh", host=host))
        self.assertEqual(put.status, 200, put)
        self.assertEqual(self.s3.get("data", "v/key.txt").body, b"vh")
        listing = self.s3.send(self.s3.signed("GET", "/", qs(list_type=2), host=host))
        self.assertEqual(listing.findall("Contents/Key"), ["v/key.txt"])

    def test_buckets(self):
        self.assertEqual(self.s3.call("PUT", "/fresh-bucket").status, 200)
        self.assertEqual(self.s3.call("PUT", "/fresh-bucket").status, 200)  # us-east-1 legacy
        self.assertError(self.s3.call("PUT", "/No_Such"), 400, "InvalidBucketName")
        self.assertEqual(self.s3.call("HEAD", "/fresh-bucket").status, 200)
        names = self.s3.call("GET", "/").findall("Buckets/Bucket/Name")
        self.assertEqual(names, ["data", "fresh-bucket", "vault"])
        self.assertError(self.s3.call("GET", "/data", "object-lock"), 404,
                         "ObjectLockConfigurationNotFoundError")
        self.s3.put("data", "x", b"1")
        self.assertError(self.s3.call("DELETE", "/data"), 409, "BucketNotEmpty")
        self.assertEqual(self.s3.call("DELETE", "/fresh-bucket").status, 204)
        self.assertError(self.s3.call("GET", "/data", "acl"), 501, "NotImplemented")

    def test_encryption_and_storage_class(self):
        kms = {"x-amz-server-side-encryption": "aws:kms",
               "x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:1:key/k",
               "x-amz-storage-class": "STANDARD_IA"}
        put = self.s3.put("data", "enc", b"secret", kms)
        self.assertEqual(put.headers["x-amz-server-side-encryption"], "aws:kms")
        head = self.s3.head("data", "enc")
        for k, v in kms.items():
            self.assertEqual(head.headers[k], v)
        plain = self.s3.put("data", "plain", b"p")
        self.assertEqual(plain.headers["x-amz-server-side-encryption"], "AES256")
        self.assertError(self.s3.put("data", "x", b"1", {"x-amz-storage-class": "CHEAP"}),
                         400, "InvalidStorageClass")
        self.assertError(self.s3.put("data", "x", b"1", {"x-amz-server-side-encryption": "X"}),
                         400, "InvalidArgument")
        self.s3.put("data", "cold", b"c", {"x-amz-storage-class": "DEEP_ARCHIVE"})
        self.assertError(self.s3.get("data", "cold"), 403, "InvalidObjectState")
        self.assertError(self.s3.put("data", "plain", b"again", {"If-None-Match": "*"}),
                         412, "PreconditionFailed")

    def test_large_body_streams_to_disk(self):
        data = os.urandom(8 * 1024 * 1024 + 5)
        put = self.s3.put("data", "big.bin", data, {"Content-MD5": md5_b64(data)})
        self.assertEqual(put.status, 200, put)
        self.assertEqual(self.s3.get("data", "big.bin").body, data)


class ListingTest(FakeS3Case):
    KEYS = ["2026/01/a.mp3", "2026/01/b.mp3", "2026/02/c.mp3", "2026/x.json", "2027/d.mp3",
            "readme", "z y+.txt"]

    def setUp(self):
        super().setUp()
        for k in self.KEYS:
            self.assertEqual(self.s3.put("data", k, k.encode()).status, 200)

    def pages(self, **params):
        seen, token, rounds = [], None, 0
        while True:
            extra = {"continuation_token": token} if token else {}
            page = self.s3.call("GET", "/data", qs(list_type=2, **params, **extra))
            self.assertEqual(page.status, 200, page)
            entries = page.findall("Contents/Key") + page.findall("CommonPrefixes/Prefix")
            self.assertEqual(int(page.find("KeyCount")), len(entries))
            seen.append(entries)
            rounds += 1
            if page.find("IsTruncated") == "false":
                self.assertIsNone(page.find("NextContinuationToken"))
                return seen
            token = page.find("NextContinuationToken")
            self.assertLess(rounds, 20)

    def test_pages_prefix_delimiter(self):
        flat = self.pages(max_keys=3)
        self.assertEqual([k for p in flat for k in p], sorted(self.KEYS))
        self.assertEqual([len(p) for p in flat], [3, 3, 1])
        top = self.pages(delimiter="/", max_keys=2)
        self.assertEqual(top, [["2026/", "2027/"], ["readme", "z y+.txt"]])
        under = self.pages(prefix="2026/", delimiter="/")
        self.assertEqual(sorted(under[0]), ["2026/01/", "2026/02/", "2026/x.json"])
        one = self.pages(prefix="2026/01/", max_keys=1)
        self.assertEqual(one, [["2026/01/a.mp3"], ["2026/01/b.mp3"]])
        after = self.s3.call("GET", "/data", qs(list_type=2, start_after="2027/d.mp3"))
        self.assertEqual(after.findall("Contents/Key"), ["readme", "z y+.txt"])
        encoded = self.s3.call("GET", "/data", qs(list_type=2, prefix="z", encoding_type="url"))
        self.assertEqual(encoded.findall("Contents/Key"), ["z+y%2B.txt"])
        self.assertError(self.s3.call("GET", "/data", qs(list_type=2, continuation_token="!!")),
                         400, "InvalidArgument")
        v1 = self.s3.call("GET", "/data", qs(prefix="2026/", max_keys=2))
        self.assertEqual(v1.findall("Contents/Key"), ["2026/01/a.mp3", "2026/01/b.mp3"])
        self.assertEqual(v1.find("IsTruncated"), "true")


class FaultTest(FakeS3Case):
    def fault(self, **rule):
        return self.fake.control("POST", "faults", rule)["id"]

    def test_status_faults(self):
        cases = [("slowdown", 503, "SlowDown"), ("internal", 500, "InternalError"),
                 ("invalid_key", 403, "InvalidAccessKeyId"),
                 ("expired_token", 400, "ExpiredToken"), ("quota", 403, "QuotaExceeded"),
                 ("access_denied", 403, "AccessDenied"), ("no_such_bucket", 404, "NoSuchBucket")]
        for action, status, code in cases:
            with self.subTest(action=action):
                self.fault(action=action, operation="PutObject", retry_after=2)
                answer = self.s3.put("data", "f", b"data")
                self.assertError(answer, status, code)
                self.assertEqual(answer.headers.get("retry-after"), "2")
                self.assertEqual(self.s3.put("data", "f", b"data").status, 200)
        self.fault(action="status", status=429, code="TooManyRequests", message="slow",
                   method="GET", path_regex=r"^/data/f$", skip=1, count=2)
        self.assertEqual(self.s3.get("data", "f").status, 200)  # skipped
        self.assertError(self.s3.get("data", "f"), 429, "TooManyRequests")
        self.assertError(self.s3.get("data", "f"), 429, "TooManyRequests")
        self.assertEqual(self.s3.get("data", "f").status, 200)
        log = self.fake.control("GET", "requests?path_regex=^/data/f")["requests"]
        self.assertEqual([e.get("fault") for e in log[-4:]], [None, "status", "status", None])
        self.assertEqual(self.fake.control("GET", "faults")["faults"], [])

    def test_skew_fault(self):
        self.fault(action="skew", seconds=-3600)
        self.assertError(self.s3.get("data", "none"), 403, "RequestTimeTooSkewed")
        self.assertError(self.s3.get("data", "none"), 404, "NoSuchKey")

    def raw_put(self, key, data):
        """A PUT whose answer may never come: (status or the exception)."""
        req = self.s3.signed("PUT", f"/data/{key}", body=data)
        try:
            return self.s3.send(req, timeout=10).status
        except (http.client.HTTPException, ConnectionError) as e:
            return e

    def test_drop_faults(self):
        data = os.urandom(256 * 1024)
        self.fault(action="drop_mid_body", bytes=100000)
        self.assertIsInstance(self.raw_put("half", data), Exception)
        self.fault(action="drop")
        self.assertIsInstance(self.raw_put("none", data), Exception)
        self.assertEqual(self.fake.control("GET", "objects?bucket=data")["objects"], [])
        log = self.fake.control("GET", "requests")["requests"]
        self.assertEqual([(e["fault"], e.get("dropped")) for e in log],
                         [("drop_mid_body", True), ("drop", True)])
        self.assertEqual(self.raw_put("half", data), 200)
        got = self.s3.get("data", "half").body
        self.assertEqual(base64.b64encode(hashlib.sha256(got).digest()), base64.b64encode(
            hashlib.sha256(data).digest()))


if __name__ == "__main__":
    unittest.main()
