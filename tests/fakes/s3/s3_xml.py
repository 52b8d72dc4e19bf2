# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake S3's shared vocabulary: S3Error (an error answer as S3 words it), the XML it writes
and reads, and the time formats of its headers and bodies."""

from __future__ import annotations

import base64
import binascii
import calendar
import email.utils
import time
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from xml.sax.saxutils import escape

NS = "http://s3.amazonaws.com/doc/2006-03-01/"
OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a"
OWNER_NAME = "fake-s3"


class S3Error(Exception):
    """An error answer: HTTP status, Code, Message and the extra elements S3 adds for that code
    (in order), plus extra response headers."""

    def __init__(self, status: int, code: str, message: str, extra=None, headers=None):
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.extra = list((extra or {}).items())
        self.headers = dict(headers or {})


def no_such_bucket(name):
    return S3Error(404, "NoSuchBucket", "The specified bucket does not exist",
                   {"BucketName": name})


def no_such_key(key):
    return S3Error(404, "NoSuchKey", "The specified key does not exist.", {"Key": key})


def no_such_upload(upload_id):
    return S3Error(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may "
                   "be invalid, or the upload may have been aborted or completed.",
                   {"UploadId": upload_id})


def malformed_xml():
    return S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not "
                   "validate against our published schema")


def invalid_argument(message, name=None, value=None):
    extra = {}
    if name is not None:
        extra = {"ArgumentName": name, "ArgumentValue": "" if value is None else value}
    return S3Error(400, "InvalidArgument", message, extra)


def invalid_request(message):
    return S3Error(400, "InvalidRequest", message)


def lock_denied():
    return S3Error(403, "AccessDenied", "Access Denied because object protected by object lock.")


def missing_lock_configuration():
    return invalid_request("Bucket is missing Object Lock Configuration")


# --- writing -----------------------------------------------------------------------------

def _render(children) -> str:
    out = []
    for tag, value in children:
        if value is None:
            continue
        if isinstance(value, list):
            out.append(f"<{tag}>{_render(value)}</{tag}>")
        elif isinstance(value, bool):
            out.append(f"<{tag}>{'true' if value else 'false'}</{tag}>")
        else:
            out.append(f"<{tag}>{escape(str(value))}</{tag}>")
    return "".join(out)


def document(root: str, children, namespace=True) -> bytes:
    """An XML answer: children are (tag, value) pairs; a value that is a list nests, None
    leaves the element out."""
    ns = f' xmlns="{NS}"' if namespace else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}{ns}>{_render(children)}'
            f"</{root}>").encode()


def error_document(err: S3Error, request_id: str, host_id: str) -> bytes:
    children = [("Code", err.code), ("Message", err.message)] + err.extra
    children += [("RequestId", request_id), ("HostId", host_id)]
    return document("Error", children, namespace=False)


def owner():
    return [("ID", OWNER_ID), ("DisplayName", OWNER_NAME)]


# --- reading -----------------------------------------------------------------------------

def parse(body: bytes) -> ET.Element:
    """The root of an XML request body, namespaces stripped from the tags; MalformedXML when
    it is not XML."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        raise malformed_xml() from None
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    return root


def text(el: ET.Element, tag: str):
    child = el.find(tag)
    return None if child is None or child.text is None else child.text.strip()


# --- digests and times -------------------------------------------------------------------

def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def b64_digest(value: str, size: int):
    """The raw digest a base64 header carries, or None when it is not base64 of size bytes."""
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def iso8601(t: float) -> str:
    """2026-05-01T12:00:00.000Z, as S3 writes times in XML and in lock headers."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % (int(t * 1000) % 1000)


def http_date(t: float) -> str:
    return email.utils.formatdate(t, usegmt=True)


def parse_iso8601(value: str):
    """Seconds since the epoch of an ISO 8601 time (UTC when no offset), or None."""
    try:
        d = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d.timestamp()


def parse_amz_date(value: str):
    """Seconds since the epoch of an x-amz-date (20260501T120000Z), or None."""
    try:
        return calendar.timegm(time.strptime(value.strip(), "%Y%m%dT%H%M%SZ"))
    except (ValueError, AttributeError):
        return None
