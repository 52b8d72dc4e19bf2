#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake S3-compatible server with Object Lock, for tests: real HTTP on 127.0.0.1.

    python3 fake_s3.py --port 0 [--access-key AK --secret-key SK --region us-east-1]
                       [--virtual-host-suffix localhost] [--min-part-size 5242880]
                       [--clock-offset SECONDS] [--bucket NAME[:lock[:MODE:30d|1y]]]

prints ``LISTENING http://127.0.0.1:PORT`` once it accepts connections. Every request's SigV4
Authorization header is recomputed with botocore (s3_auth.py); bodies are hashed while they
stream to files in a temporary directory (s3_store.py), so Content-MD5, x-amz-checksum-sha256
and x-amz-content-sha256 are checked without holding an object in memory. Path-style
(/bucket/key) and virtual-hosted (Host: bucket.localhost:PORT) addressing. Object operations are
in s3_objects.py, bucket operations and listings in s3_buckets.py. README.md tells what is
faithful and what is simplified.

Control API (JSON, no signature) under /__fake/:
  POST   /__fake/reset                  forget everything (buckets, objects, uploads, faults, log,
                                        keys, clock) and go back to the command line's state
  GET|POST /__fake/config  {...}        min_part_size, max_skew (seconds), region,
                                        virtual_host_suffixes
  GET|POST /__fake/clock   {"offset": s}  move the server's clock (RequestTimeTooSkewed beyond
                                        max_skew; retention dates are judged on it too)
  GET|POST /__fake/keys    {"access_key", "secret_key", "expired": bool,
                            "bypass_governance": bool}   add or change a key pair;
  DELETE /__fake/keys?access_key=AK     the key is gone (InvalidAccessKeyId)
  GET|POST /__fake/buckets {"name", "object_lock": bool, "versioning": bool,
                            "default_retention": {"mode": "GOVERNANCE", "days": 1 | "years": 1}}
  GET    /__fake/objects?bucket=B&prefix=P   every version: key, version_id, is_latest,
                                        delete_marker, size, etag, md5, sha256, checksum_sha256,
                                        retention {mode, until}, legal_hold, storage_class, sse...
  POST   /__fake/objects {"bucket", "key", "data_b64", "retention": {"mode", "until"},
                          "legal_hold"}  place a version as someone else would
  GET    /__fake/uploads                in-progress multipart uploads and their parts
  GET    /__fake/requests?since=N&path_regex=R   the request log; DELETE clears it
  POST   /__fake/faults    {rule}       add a fault rule; returns {"id": n}; GET lists, DELETE
                                        clears
Fault rule: {"path_regex": R, "method": M, "operation": "UploadPart", "count": 1, "skip": 0,
  "action": A} where A is "slowdown" (503 SlowDown, optional "retry_after"), "internal" (500
  InternalError), "invalid_key" (403 InvalidAccessKeyId), "expired_token" (400 ExpiredToken),
  "quota" (403 QuotaExceeded), "access_denied" (403 AccessDenied), "no_such_bucket" (404
  NoSuchBucket), "status" (any "status", "code", "message"), "drop" (close before reading the
  body), "drop_mid_body" (read "bytes" of the body - half by default - then close), "skew"
  (judge this request's time with the server clock moved by "seconds").
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import secrets
import signal
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import s3_auth  # noqa: E402
from s3_buckets import BucketOperations  # noqa: E402
from s3_control import Control, parse_bucket_spec  # noqa: E402
from s3_objects import ObjectOperations  # noqa: E402
from s3_store import STATE, Incomplete, receive  # noqa: E402
from s3_xml import S3Error, b64, b64_digest, error_document, http_date  # noqa: E402

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
DRAIN_LIMIT = 8 * 1024 * 1024
XML_LIMIT = 1024 * 1024

FAULT_ERRORS = {
    "slowdown": (503, "SlowDown", "Please reduce your request rate."),
    "internal": (500, "InternalError", "We encountered an internal error. Please try again."),
    "invalid_key": (403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not "
                    "exist in our records."),
    "expired_token": (400, "ExpiredToken", "The provided token has expired."),
    "quota": (403, "QuotaExceeded", "Your request was denied due to quota exceeded."),
    "access_denied": (403, "AccessDenied", "Access Denied"),
    "no_such_bucket": (404, "NoSuchBucket", "The specified bucket does not exist"),
}
# Subresources this fake does not serve: 501 NotImplemented rather than a wrong answer.
UNSERVED = {"acl", "policy", "cors", "lifecycle", "tagging", "encryption", "website", "logging",
            "notification", "replication", "requestPayment", "accelerate", "analytics",
            "inventory", "metrics", "ownershipControls", "publicAccessBlock", "restore",
            "select", "torrent", "attributes", "delete", "intelligent-tiering", "policyStatus"}


class Handler(ObjectOperations, BucketOperations, Control, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AmazonS3"
    sys_version = ""
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):
        if getattr(self.server, "verbose", False):
            sys.stderr.write("fake_s3: " + (fmt % args) + "\n")

    def version_string(self):
        return self.server_version

    def date_time_string(self, timestamp=None):
        return http_date(STATE.now() if timestamp is None else timestamp)  # the skewed clock

    def do_GET(self):
        self.dispatch("GET")

    def do_HEAD(self):
        self.dispatch("HEAD")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_POST(self):
        self.dispatch("POST")

    def do_DELETE(self):
        self.dispatch("DELETE")

    # --- dispatch --------------------------------------------------------------------------

    def dispatch(self, method):
        url = urlsplit(self.path)
        self.method, self.raw_path, self.raw_query = method, url.path, url.query
        self.query = dict(s3_auth.query_pairs(url.query))
        self.body_left = int(self.headers.get("Content-Length") or 0)
        self.request_id = secrets.token_hex(8).upper()
        self.host_id = b64(os.urandom(48))
        self.fault, self.access_key, self.status_sent, self.entry = None, None, None, None
        if url.path.startswith("/__fake/"):
            return self.control()
        with STATE.lock:
            STATE.seq += 1
            self.entry = {"seq": STATE.seq, "time": time.time(), "method": method,
                          "path": url.path, "query": url.query,
                          "host": self.headers.get("Host"), "status": None,
                          "content_length": self.body_left,
                          "headers": {k.lower(): v for k, v in self.headers.items()
                                      if k.lower().startswith("x-amz-") or k.lower() in
                                      ("content-md5", "content-type", "range",
                                       "if-none-match")}}
            STATE.log.append(self.entry)
        try:
            bucket, key = self.address()
            self.entry.update(bucket=bucket, key=key)
            name, handler = self.operation(method, bucket, key)
            self.entry["operation"] = name
            with STATE.lock:
                self.fault = self.take_fault(name)
            now_shift = 0
            if self.fault:
                self.entry["fault"] = self.fault.get("action")
                if self.apply_fault(self.fault, bucket):
                    return
                if self.fault.get("action") == "skew":
                    now_shift = float(self.fault.get("seconds", 3600))
            if "Transfer-Encoding" in self.headers:
                self.body_left = DRAIN_LIMIT + 1  # not read: the connection closes
                raise S3Error(501, "NotImplemented", "A header you provided implies "
                              "functionality that is not implemented",
                              {"Header": "Transfer-Encoding"})
            with STATE.lock:
                keys, config, now = dict(STATE.keys), dict(STATE.config), STATE.now()
            self.access_key = s3_auth.verify(method, self.raw_path, self.raw_query,
                                             self.headers, keys, config["region"],
                                             now + now_shift, config["max_skew"])
            self.entry["access_key"] = self.access_key
            if self.body_left == 0:
                self.check_digests(hashlib.md5(), hashlib.sha256())
            handler(bucket, key)
        except S3Error as e:
            self.send_s3_error(e)
        except Incomplete:
            self.entry["dropped"] = True
            self.drop()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        finally:
            if self.entry["status"] is None:
                self.entry["status"] = self.status_sent

    def address(self):
        """(bucket, key): virtual-hosted when Host is bucket.SUFFIX[:port], else path-style."""
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        for suffix in STATE.config["virtual_host_suffixes"]:
            if host.endswith("." + suffix):
                return host[:-len(suffix) - 1], unquote(self.raw_path[1:])
        bucket, _, key = self.raw_path[1:].partition("/")
        return unquote(bucket), unquote(key)

    def operation(self, method, bucket, key):
        """(S3 operation name, bound method taking (bucket, key)) for the request."""
        q = self.query
        unserved = sorted(UNSERVED & set(q))
        if unserved:
            raise S3Error(501, "NotImplemented", "A header you provided implies functionality "
                          "that is not implemented", {"Header": unserved[0]})
        if not bucket:
            routes = {"GET": [(None, "ListBuckets", lambda b, k: self.list_buckets())]}
        elif not key:
            listing = "ListObjectsV2" if q.get("list-type") == "2" else "ListObjects"
            routes = {
                "GET": [("versions", "ListObjectVersions", self.list_versions),
                        ("uploads", "ListMultipartUploads", self.list_uploads),
                        ("object-lock", "GetObjectLockConfiguration",
                         self.get_lock_configuration),
                        ("versioning", "GetBucketVersioning", self.get_versioning),
                        ("location", "GetBucketLocation", self.get_location),
                        (None, listing, self.list_objects)],
                "PUT": [("object-lock", "PutObjectLockConfiguration",
                         self.put_lock_configuration),
                        ("versioning", "PutBucketVersioning", self.put_versioning),
                        (None, "CreateBucket", self.create_bucket)],
                "HEAD": [(None, "HeadBucket", self.head_bucket)],
                "DELETE": [(None, "DeleteBucket", self.delete_bucket)]}
            routes = {m: [(s, n, (lambda f: lambda b, k: f(b))(f)) for s, n, f in r]
                      for m, r in routes.items()}
        else:
            routes = {
                "GET": [("uploadId", "ListParts", self.list_parts),
                        ("retention", "GetObjectRetention", self.get_retention),
                        ("legal-hold", "GetObjectLegalHold", self.get_legal_hold),
                        (None, "GetObject", self.get_object)],
                "HEAD": [(None, "HeadObject", lambda b, k: self.get_object(b, k, head=True))],
                "PUT": [("uploadId", "UploadPart", self.upload_part),
                        ("retention", "PutObjectRetention", self.put_retention),
                        ("legal-hold", "PutObjectLegalHold", self.put_legal_hold),
                        (None, "PutObject", self.put_object)],
                "POST": [("uploads", "CreateMultipartUpload", self.create_upload),
                         ("uploadId", "CompleteMultipartUpload", self.complete_upload)],
                "DELETE": [("uploadId", "AbortMultipartUpload", self.abort_upload),
                           (None, "DeleteObject", self.delete_object)]}
        for sub, name, fn in routes.get(method, []):
            if sub is None or sub in q:
                return name, fn
        raise S3Error(405, "MethodNotAllowed", "The specified method is not allowed against "
                      "this resource.", {"Method": method,
                                         "ResourceType": "OBJECT" if key else "BUCKET"})

    # --- faults ----------------------------------------------------------------------------

    def take_fault(self, operation):
        for rule in STATE.faults:
            if rule.get("method") and rule["method"] != self.method:
                continue
            if rule.get("operation") and rule["operation"] != operation:
                continue
            if rule.get("path_regex") and not re.search(rule["path_regex"], self.path):
                continue
            if rule.get("skip", 0) > 0:
                rule["skip"] -= 1
                continue
            rule["count"] = rule.get("count", 1) - 1
            if rule["count"] <= 0:
                STATE.faults.remove(rule)
            return dict(rule)
        return None

    def apply_fault(self, rule, bucket) -> bool:
        """Answers the request as the fault says; False for faults that act later."""
        action = rule.get("action", "status")
        if action == "drop":
            self.entry["dropped"] = True
            self.drop()
            return True
        if action in FAULT_ERRORS or action == "status":
            status, code, message = FAULT_ERRORS.get(action, (500, "InternalError", ""))
            status = int(rule.get("status", status))
            code, message = rule.get("code", code), rule.get("message", message)
            extra = {"InvalidAccessKeyId": {"AWSAccessKeyId": "AKIA..."},
                     "NoSuchBucket": {"BucketName": bucket},
                     "ExpiredToken": {"Token-0": "..."}}.get(code)
            headers = {}
            if rule.get("retry_after") is not None:
                headers["Retry-After"] = str(rule["retry_after"])
            self.send_s3_error(S3Error(status, code, message, extra, headers))
            return True
        return False  # drop_mid_body (in receive_body) and skew (in the signature check)

    def drop(self):
        self.status_sent = 0
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # --- bodies ----------------------------------------------------------------------------

    def content_length(self):
        if self.headers.get("Content-Length") is None:
            raise S3Error(411, "MissingContentLength", "You must provide the Content-Length "
                          "HTTP header.")
        return int(self.headers["Content-Length"])

    def receive_body(self, path):
        """Streams the body into the file at path and checks its digests (the fault
        drop_mid_body reads part of it, then closes the connection)."""
        length = self.content_length()
        stop = None
        if self.fault and self.fault.get("action") == "drop_mid_body":
            stop = int(self.fault.get("bytes", length // 2))
        self.body_left = 0
        d = receive(self.rfile, length, path, stop)
        try:
            self.check_digests(d.md5, d.sha256)
        except S3Error:
            os.unlink(path)
            raise
        return d

    def read_xml_body(self, required=True) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > XML_LIMIT:
            raise S3Error(400, "MaxMessageLengthExceeded", "Your request was too big.")
        self.body_left = 0
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            raise Incomplete()
        if required and not body.strip():
            raise S3Error(400, "MissingRequestBodyError", "Request Body is empty")
        self.check_digests(hashlib.md5(body), hashlib.sha256(body))
        return body

    def check_digests(self, md5, sha256):
        claimed = self.headers.get("X-Amz-Content-SHA256")
        if claimed and claimed != s3_auth.UNSIGNED and claimed != sha256.hexdigest():
            raise S3Error(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' "
                          "header does not match what was computed.",
                          {"ClientComputedContentSHA256": claimed,
                           "S3ComputedContentSHA256": sha256.hexdigest()})
        value = self.headers.get("Content-MD5")
        if value is not None:
            raw = b64_digest(value, 16)
            if raw is None:
                raise S3Error(400, "InvalidDigest", "The Content-MD5 you specified was invalid.",
                              {"Content-MD5": value})
            if raw != md5.digest():
                raise S3Error(400, "BadDigest", "The Content-MD5 you specified did not match "
                              "what we received.", {"ExpectedDigest": value,
                                                    "CalculatedDigest": b64(md5.digest())})
        value = self.headers.get("x-amz-checksum-sha256")
        if value is not None:
            raw = b64_digest(value, 32)
            if raw is None:
                raise S3Error(400, "InvalidRequest", "Value for x-amz-checksum-sha256 header is "
                              "invalid.")
            if raw != sha256.digest():
                raise S3Error(400, "BadDigest", "The SHA256 you specified did not match the "
                              "calculated checksum.")

    def finish_body(self):
        """Reads what the handler left of the request body so the connection can serve the
        next request; a large unread body closes the connection instead."""
        if self.body_left <= 0:
            return
        if self.body_left > DRAIN_LIMIT:
            self.close_connection = True
        else:
            self.rfile.read(self.body_left)
        self.body_left = 0

    def int_param(self, name, default, maximum):
        raw = self.query.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or (maximum is not None and int(raw) > maximum):
            raise S3Error(400, "InvalidArgument", f"Provided {name} not an integer or within "
                          "integer range", {"ArgumentName": name, "ArgumentValue": raw})
        return int(raw)

    # --- answers ---------------------------------------------------------------------------

    def send_answer(self, status, body, headers=None, ctype=None, length=None):
        self.finish_body()
        self.status_sent = status
        self.send_response(status)
        self.send_header("x-amz-request-id", self.request_id)
        self.send_header("x-amz-id-2", self.host_id)
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.method != "HEAD":
            self.wfile.write(body)

    def send_empty(self, status, headers=None):
        self.send_answer(status, b"", headers)

    def send_xml(self, status, body, headers=None):
        self.send_answer(status, body, headers, "application/xml")

    def send_stream(self, status, headers, fd, start, length, head):
        self.send_answer(status, b"", headers, length=length)
        if head:
            return
        fd.seek(start)
        while length > 0:
            data = fd.read(min(length, 1 << 20))
            if not data:
                break
            self.wfile.write(data)
            length -= len(data)

    def send_s3_error(self, err: S3Error):
        if self.entry is not None:
            self.entry["code"] = err.code
        body = error_document(err, self.request_id, self.host_id)
        self.send_answer(err.status, b"" if self.method == "HEAD" else body, err.headers,
                         "application/xml")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    verbose = False

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that goes away, or a fault test's dropped connection
        super().handle_error(request, client_address)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Fake S3-compatible server with Object Lock")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--access-key", default="AKIAIOSFODNN7EXAMPLE")
    p.add_argument("--secret-key", default="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--virtual-host-suffix", action="append", default=None,
                   help="Host: BUCKET.SUFFIX[:port] is virtual-hosted style (default localhost)")
    p.add_argument("--min-part-size", type=int, default=5 * 1024 * 1024)
    p.add_argument("--clock-offset", type=float, default=0.0,
                   help="seconds the server's clock is ahead (negative: behind)")
    p.add_argument("--bucket", action="append", default=[],
                   help="NAME, NAME:lock or NAME:lock:GOVERNANCE|COMPLIANCE:30d|1y")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)
    STATE.start_config.update(region=args.region, min_part_size=args.min_part_size,
                              virtual_host_suffixes=args.virtual_host_suffix or ["localhost"])
    STATE.start_keys = {args.access_key: {"secret_key": args.secret_key, "expired": False,
                                          "bypass_governance": True}}
    STATE.start_offset = args.clock_offset
    STATE.start_buckets = [parse_bucket_spec(s) for s in args.bucket]
    STATE.reset()
    server = Server(("127.0.0.1", args.port), Handler)
    server.verbose = args.verbose

    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"LISTENING http://127.0.0.1:{server.server_port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        STATE.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
