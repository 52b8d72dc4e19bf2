# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""SigV4 checking for the fake S3: the Authorization header of every request is recomputed with
botocore's reference signer (S3SigV4Auth over an AWSRequest holding the signed headers as they
arrived, timestamped with the request's own x-amz-date) and compared; the errors are S3's."""

from __future__ import annotations

import hmac
import re
import time
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from s3_xml import S3Error, parse_amz_date

UNSIGNED = "UNSIGNED-PAYLOAD"
HEX64 = re.compile(r"^[0-9a-f]{64}$")
AUTH = re.compile(r"^AWS4-HMAC-SHA256 (.*)$")


def malformed(message, extra=None):
    return S3Error(400, "AuthorizationHeaderMalformed", message, extra)


def parse_authorization(value: str) -> dict:
    m = AUTH.match(value.strip())
    if not m:
        if value.startswith("AWS "):
            raise S3Error(400, "InvalidRequest", "The authorization mechanism you have provided "
                          "is not supported. Please use AWS4-HMAC-SHA256.")
        raise malformed("The authorization header is malformed; the authorization header "
                        "requires three components: Credential, SignedHeaders, and Signature.")
    fields = {}
    for part in m.group(1).split(","):
        name, _, val = part.strip().partition("=")
        fields[name] = val
    if not all(fields.get(k) for k in ("Credential", "SignedHeaders", "Signature")):
        raise malformed("The authorization header is malformed; the authorization header "
                        "requires three components: Credential, SignedHeaders, and Signature.")
    scope = fields["Credential"].split("/")
    if len(scope) != 5:
        raise malformed("The authorization header is malformed; the Credential is mal-formed; "
                        "expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".")
    fields["scope"] = scope
    fields["signed"] = fields["SignedHeaders"].split(";")
    return fields


def canonical_path(raw_path: str) -> str:
    """The canonical URI S3 signs: the path decoded, then encoded once (RFC 3986)."""
    return quote(unquote(raw_path), safe="/~")


def query_pairs(raw_query: str):
    pairs = []
    for item in raw_query.split("&") if raw_query else []:
        name, _, value = item.partition("=")
        pairs.append((unquote(name), unquote(value)))
    return pairs


def spaced_hex(text: str) -> str:
    return " ".join("%02x" % b for b in text.encode())


def verify(method, raw_path, raw_query, headers, keys, region, now, max_skew):
    """Checks a request's SigV4 header; returns the access key or raises the S3Error S3 would
    answer. headers: the request's http.client.HTTPMessage."""
    auth = headers.get("Authorization")
    if not auth:
        if "X-Amz-Signature" in raw_query or "X-Amz-Credential" in raw_query:
            raise S3Error(501, "NotImplemented", "A header you provided implies functionality "
                          "that is not implemented", {"Header": "X-Amz-Signature"})
        raise S3Error(403, "AccessDenied", "Access Denied")
    fields = parse_authorization(auth)
    access_key, date, req_region, service, terminator = fields["scope"]
    key = keys.get(access_key)
    if key is None:
        raise S3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not "
                      "exist in our records.", {"AWSAccessKeyId": access_key})
    if key.get("expired"):
        raise S3Error(400, "ExpiredToken", "The provided token has expired.",
                      {"Token-0": headers.get("X-Amz-Security-Token") or access_key})
    amz_date = headers.get("X-Amz-Date")
    if amz_date:
        stamp = amz_date.strip()
        when = parse_amz_date(stamp)
    elif headers.get("Date"):
        try:
            when = parsedate_to_datetime(headers["Date"]).timestamp()
            stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(when))
        except (TypeError, ValueError):
            when = None
    else:
        when = None
    if when is None:
        raise S3Error(403, "AccessDenied", "AWS authentication requires a valid Date or "
                      "x-amz-date header")
    if abs(when - now) > max_skew:
        raise S3Error(403, "RequestTimeTooSkewed", "The difference between the request time "
                      "and the current time is too large.",
                      {"RequestTime": amz_date or headers.get("Date"),
                       "ServerTime": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)),
                       "MaxAllowedSkewMilliseconds": str(max_skew * 1000)})
    if date != stamp[:8]:
        raise malformed("The authorization header is malformed; Invalid credential date. Date "
                        "is not the same as X-Amz-Date.")
    if req_region != region:
        raise malformed(f"The authorization header is malformed; the region '{req_region}' is "
                        f"wrong; expecting '{region}'", {"Region": region})
    if service != "s3" or terminator != "aws4_request":
        raise malformed("The authorization header is malformed; incorrect service "
                        f"\"{service}\". This endpoint belongs to \"s3\".")
    content_sha = headers.get("X-Amz-Content-SHA256")
    if content_sha is None:
        raise S3Error(400, "InvalidRequest",
                      "Missing required header for this request: x-amz-content-sha256")
    if content_sha != UNSIGNED and not HEX64.match(content_sha):
        if content_sha.startswith("STREAMING-"):
            raise S3Error(501, "NotImplemented", "A header you provided implies functionality "
                          "that is not implemented", {"Header": "x-amz-content-sha256"})
        raise S3Error(400, "InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
                      "STREAMING-AWS4-HMAC-SHA256-PAYLOAD, or a valid sha256 value.",
                      {"ArgumentName": "x-amz-content-sha256", "ArgumentValue": content_sha})
    signed = set(fields["signed"])
    unsigned = sorted(n.lower() for n in headers.keys()
                      if n.lower().startswith("x-amz-") and n.lower() not in signed)
    if unsigned:
        raise S3Error(403, "AccessDenied", "There were headers present in the request which "
                      "were not signed", {"HeadersNotSigned": ", ".join(unsigned)})

    # Only the headers the client says it signed, with their values as they arrived.
    request = AWSRequest(method=method, url="http://" + (headers.get("Host") or "") +
                         canonical_path(raw_path), params=query_pairs(raw_query))
    for name in fields["signed"]:
        values = headers.get_all(name)
        if values is not None:
            request.headers[name] = ",".join(values)
    request.context["timestamp"] = stamp
    signer = S3SigV4Auth(Credentials(access_key, key["secret_key"]), "s3", region)
    canonical = signer.canonical_request(request)
    string_to_sign = signer.string_to_sign(request, canonical)
    expected = signer.signature(string_to_sign, request)
    if not hmac.compare_digest(expected, fields["Signature"]):
        raise S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does "
                      "not match the signature you provided. Check your key and signing "
                      "method.", {"AWSAccessKeyId": access_key, "StringToSign": string_to_sign,
                                  "SignatureProvided": fields["Signature"],
                                  "StringToSignBytes": spaced_hex(string_to_sign),
                                  "CanonicalRequest": canonical,
                                  "CanonicalRequestBytes": spaced_hex(canonical)})
    return access_key
