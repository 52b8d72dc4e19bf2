# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake Google Drive itself: OAuth with PKCE, the query subset, folders,
multipart and resumable uploads (256 KiB rule, status queries, 308 Range), error shapes and
faults. Python 3 standard library only.

    python3 -m unittest -v test_fake_googledrive
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import secrets
import subprocess
import sys
import unittest
from urllib.parse import parse_qs, urlencode, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fake_googledrive import parse_q  # noqa: E402

KIB256 = 256 * 1024
FOLDER = "application/vnd.google-apps.folder"


class Fake:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_googledrive.py"),
                                      "--port", "0"], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        assert line.startswith("LISTENING "), line
        self.base = line.split(" ", 1)[1]
        self.port = urlsplit(self.base).port

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)

    def request(self, method, path, body=b"", headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            data = r.read()
            return r.status, dict(r.getheaders()), data
        finally:
            conn.close()

    def control(self, method, what, body=None):
        status, _, data = self.request(method, "/__fake/" + what,
                                       json.dumps(body).encode() if body is not None else b"")
        return json.loads(data) if data else {}


class FakeGoogleDriveTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = Fake()

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()

    def setUp(self):
        self.fake.control("POST", "reset")
        self.token = self.sign_in()

    def sign_in(self) -> str:
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()) \
            .rstrip(b"=").decode()
        redirect = "http://127.0.0.1:9/"
        status, headers, _ = self.fake.request("GET", "/o/oauth2/v2/auth?" + urlencode({
            "client_id": "cid", "redirect_uri": redirect, "response_type": "code",
            "scope": "https://www.googleapis.com/auth/drive.file", "state": "s1",
            "code_challenge": challenge, "code_challenge_method": "S256",
            "access_type": "offline", "prompt": "consent"}))
        self.assertEqual(status, 302)
        q = parse_qs(urlsplit(headers["Location"]).query)
        self.assertEqual(q["state"], ["s1"])
        form = {"grant_type": "authorization_code", "code": q["code"][0], "client_id": "cid",
                "client_secret": "sec", "redirect_uri": redirect}
        bad = dict(form, code_verifier="wrong")
        status, _, data = self.fake.request("POST", "/token", urlencode(bad).encode(),
                                            {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual((status, json.loads(data)["error"]), (400, "invalid_grant"))
        # the code was used up by the failed attempt: sign in again
        status, headers, _ = self.fake.request("GET", "/o/oauth2/v2/auth?" + urlencode({
            "client_id": "cid", "redirect_uri": redirect, "response_type": "code", "state": "s2",
            "code_challenge": challenge, "code_challenge_method": "S256",
            "access_type": "offline"}))
        code = parse_qs(urlsplit(headers["Location"]).query)["code"][0]
        form.update(code=code, code_verifier=verifier)
        status, _, data = self.fake.request("POST", "/token", urlencode(form).encode(),
                                            {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200, data)
        answer = json.loads(data)
        self.assertIn("refresh_token", answer)
        self.refresh = answer["refresh_token"]
        return answer["access_token"]

    def api(self, method, path, body=b"", headers=None):
        h = {"Authorization": "Bearer " + self.token}
        h.update(headers or {})
        if isinstance(body, dict):
            body = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        return self.fake.request(method, path, body, h)

    def mkdir(self, name, parent="root") -> str:
        status, _, data = self.api("POST", "/drive/v3/files?fields=id",
                                   {"name": name, "mimeType": FOLDER, "parents": [parent]})
        self.assertEqual(status, 200, data)
        return json.loads(data)["id"]

    def find(self, q, fields="files(id,name)"):
        status, _, data = self.api("GET", "/drive/v3/files?" + urlencode(
            {"q": q, "fields": fields, "orderBy": "createdTime"}))
        self.assertEqual(status, 200, data)
        return json.loads(data)["files"]

    def start_session(self, name, parent="root") -> str:
        status, headers, data = self.api("POST", "/upload/drive/v3/files?uploadType=resumable"
                                         "&fields=id,md5Checksum,size",
                                         {"name": name, "parents": [parent]})
        self.assertEqual(status, 200, data)
        return urlsplit(headers["Location"])._replace(scheme="", netloc="").geturl()

    # ------------------------------------------------------------------ tests
    def test_query_parser(self):
        self.assertEqual(parse_q(r"name = 'O\'Brien \\ x' and 'abc' in parents and "
                                 r"trashed = false and mimeType != 'f'"),
                         [("name", "=", "O'Brien \\ x"), ("in_parents", "abc"),
                          ("trashed", "=", False), ("mimeType", "!=", "f")])
        status, _, data = self.api("GET", "/drive/v3/files?" + urlencode({"q": "name = 'x"}))
        self.assertEqual(status, 400)
        self.assertEqual(json.loads(data)["error"]["errors"][0]["reason"], "invalid")

    def test_folders_duplicates_and_escapes(self):
        a = self.mkdir("O'Brien \\ Zoë")
        b = self.mkdir("O'Brien \\ Zoë")
        self.assertNotEqual(a, b)  # Drive allows duplicate names
        q = r"name = 'O\'Brien \\ Zoë' and mimeType = '%s' and 'root' in parents and " \
            r"trashed = false" % FOLDER
        self.assertEqual([f["id"] for f in self.find(q)], [a, b])  # oldest first

    def test_auth_errors(self):
        self.token = "nope"
        status, headers, data = self.api("GET", "/drive/v3/files")
        self.assertEqual(status, 401)
        self.assertEqual(json.loads(data)["error"]["errors"][0]["reason"], "authError")
        self.fake.control("POST", "revoke")
        status, _, data = self.fake.request("POST", "/token", urlencode({
            "grant_type": "refresh_token", "refresh_token": self.refresh, "client_id": "cid",
            "client_secret": "sec"}).encode())
        self.assertEqual((status, json.loads(data)["error"]), (400, "invalid_grant"))

    def test_multipart(self):
        payload = os.urandom(3000)
        body = (b"--b\r\nContent-Type: application/json\r\n\r\n" +
                json.dumps({"name": "a.mp3", "parents": ["root"]}).encode() +
                b"\r\n--b\r\nContent-Type: audio/mpeg\r\n\r\n" + payload + b"\r\n--b--\r\n")
        status, _, data = self.api("POST", "/upload/drive/v3/files?uploadType=multipart"
                                   "&fields=id,md5Checksum,size", body,
                                   {"Content-Type": "multipart/related; boundary=b"})
        self.assertEqual(status, 200, data)
        f = json.loads(data)
        self.assertEqual((f["size"], f["md5Checksum"]),
                         (str(len(payload)), hashlib.md5(payload).hexdigest()))
        truth = self.fake.control("GET", "files")["files"][0]
        self.assertEqual((truth["mimeType"], truth["sha256"]),
                         ("audio/mpeg", hashlib.sha256(payload).hexdigest()))

    def test_resumable_chunks_status_and_gone(self):
        payload = os.urandom(2 * KIB256 + 10)
        url = self.start_session("big.bin")
        total = len(payload)
        status, _, data = self.api("PUT", url, payload[:1000],
                                   {"Content-Range": f"bytes 0-999/{total}"})
        self.assertEqual(status, 400)  # not a multiple of 256 KiB
        status, headers, _ = self.api("PUT", url, payload[:KIB256],
                                      {"Content-Range": f"bytes 0-{KIB256 - 1}/*"})
        self.assertEqual((status, headers.get("Range")), (308, f"bytes=0-{KIB256 - 1}"))
        self.assertNotIn("Location", headers)
        status, headers, _ = self.api("PUT", url, b"", {"Content-Range": "bytes */*"})
        self.assertEqual((status, headers.get("Range")), (308, f"bytes=0-{KIB256 - 1}"))
        self.fake.control("POST", "faults", {"path_regex": "upload_id=",
                                             "action": "drop_mid_chunk"})
        with self.assertRaises((ConnectionError, http.client.HTTPException)):
            self.api("PUT", url, payload[KIB256:],
                     {"Content-Range": f"bytes {KIB256}-{total - 1}/{total}"})
        status, headers, _ = self.api("PUT", url, b"", {"Content-Range": f"bytes */{total}"})
        self.assertEqual(status, 308)
        held = int(headers["Range"].split("-")[1]) + 1
        self.assertEqual(held % KIB256, 0)
        status, _, data = self.api("PUT", url, payload[held:],
                                   {"Content-Range": f"bytes {held}-{total - 1}/{total}"})
        self.assertEqual(status, 200, data)
        f = json.loads(data)
        self.assertEqual(f["md5Checksum"], hashlib.md5(payload).hexdigest())
        self.fake.control("POST", "faults", {"path_regex": "upload_id=",
                                             "action": "forget_session"})
        url2 = self.start_session("other.bin")
        status, _, data = self.api("PUT", url2, b"x", {"Content-Range": "bytes 0-0/1"})
        self.assertEqual(status, 404)

    def test_error_shapes(self):
        for rule, status, reason in (
                ({"status": 403, "reason": "userRateLimitExceeded"}, 403, "userRateLimitExceeded"),
                ({"status": 403, "reason": "storageQuotaExceeded"}, 403, "storageQuotaExceeded"),
                ({"status": 429}, 429, "rateLimitExceeded"),
                ({"status": 503}, 503, "backendError")):
            self.fake.control("POST", "faults", dict(rule, path_regex="^/drive/v3/files"))
            got, _, data = self.api("GET", "/drive/v3/files")
            err = json.loads(data)["error"]
            self.assertEqual((got, err["code"], err["errors"][0]["reason"]),
                             (status, status, reason))
        self.fake.control("POST", "config", {"quota_bytes": 10})
        url = self.start_session("q.bin")
        got, _, data = self.api("PUT", url, b"x" * 100, {"Content-Range": "bytes 0-99/100"})
        self.assertEqual(json.loads(data)["error"]["errors"][0]["reason"], "storageQuotaExceeded")

    def upload_small(self, name, parent, payload):
        url = self.start_session(name, parent)
        status, _, data = self.api("PUT", url, payload,
                                   {"Content-Range": f"bytes 0-{len(payload) - 1}/{len(payload)}"})
        self.assertEqual(status, 200, data)
        return json.loads(data)["id"]

    def list_children(self, parent, page_size=100):
        files, token, pages = [], None, 0
        while True:
            query = {"q": f"'{parent}' in parents and trashed = false", "pageSize": page_size,
                     "fields": "nextPageToken,files(id,name,mimeType,size,md5Checksum)"}
            if token:
                query["pageToken"] = token
            status, _, data = self.api("GET", "/drive/v3/files?" + urlencode(query))
            self.assertEqual(status, 200, data)
            page = json.loads(data)
            files += page["files"]
            pages += 1
            token = page.get("nextPageToken")
            if not token:
                return files, pages

    def test_list_by_parent_with_checksums_and_pages(self):
        folder = self.mkdir("F")
        sub = self.mkdir("sub", folder)
        payloads = {f"f{i}.bin": os.urandom(100 + i) for i in range(5)}
        for name, payload in payloads.items():
            self.upload_small(name, folder, payload)
        self.upload_small("deep.bin", sub, b"deep")
        files, pages = self.list_children(folder, page_size=2)
        self.assertEqual(pages, 3)
        self.assertEqual(sorted(f["name"] for f in files), ["f0.bin", "f1.bin", "f2.bin",
                                                            "f3.bin", "f4.bin", "sub"])
        for f in files:
            if f["mimeType"] == FOLDER:
                self.assertNotIn("md5Checksum", f)
                continue
            self.assertEqual((f["size"], f["md5Checksum"]),
                             (str(len(payloads[f["name"]])),
                              hashlib.md5(payloads[f["name"]]).hexdigest()))
        self.fake.control("POST", "config", {"max_page_size": 4})
        self.assertEqual(self.list_children(folder, page_size=1000)[1], 2)
        self.fake.control("POST", "faults", {"path_regex": "^/drive/v3/files\\?",
                                             "action": "omit_checksum"})
        files, _ = self.list_children(folder, page_size=1000)
        self.assertFalse(any("md5Checksum" in f for f in files[:4]))
        self.assertTrue(any("md5Checksum" in f for f in files[4:]))  # the fault's one page

    def test_download_alt_media(self):
        payload = os.urandom(3 * 1024 * 1024 + 7)
        fid = self.upload_small("big.bin", "root", payload)
        status, headers, data = self.api("GET", f"/drive/v3/files/{fid}?alt=media")
        self.assertEqual((status, data), (200, payload))
        self.assertEqual(headers["Content-Length"], str(len(payload)))
        self.assertEqual(self.api("GET", "/drive/v3/files/nope?alt=media")[0], 404)
        status, _, data = self.api("GET", f"/drive/v3/files/{self.mkdir('d')}?alt=media")
        self.assertEqual((status, json.loads(data)["error"]["errors"][0]["reason"]),
                         (403, "fileNotDownloadable"))
        self.fake.control("POST", "faults", {"path_regex": "alt=media",
                                             "action": "drop_mid_download"})
        with self.assertRaises(http.client.IncompleteRead):
            self.api("GET", f"/drive/v3/files/{fid}?alt=media")

    def test_resumable_update_keeps_id_and_name(self):
        folder = self.mkdir("U")
        fid = self.upload_small("a.mp3", folder, b"old bytes")
        new = os.urandom(KIB256 + 10)
        status, headers, data = self.api(
            "PATCH", f"/upload/drive/v3/files/{fid}?uploadType=resumable"
                     "&fields=id,name,md5Checksum,size", {})
        self.assertEqual(status, 200, data)
        url = urlsplit(headers["Location"])._replace(scheme="", netloc="").geturl()
        self.assertTrue(url.startswith(f"/upload/drive/v3/files/{fid}?"), url)
        status, _, _ = self.api("PUT", url, new[:KIB256], {"Content-Range":
                                                           f"bytes 0-{KIB256 - 1}/*"})
        self.assertEqual(status, 308)
        # Until the session completes, the old content is what Drive has.
        self.assertEqual(self.api("GET", f"/drive/v3/files/{fid}?alt=media")[2], b"old bytes")
        status, _, data = self.api("PUT", url, new[KIB256:], {
            "Content-Range": f"bytes {KIB256}-{len(new) - 1}/{len(new)}"})
        self.assertEqual(status, 200, data)
        f = json.loads(data)
        self.assertEqual((f["id"], f["name"], f["md5Checksum"], f["size"]),
                         (fid, "a.mp3", hashlib.md5(new).hexdigest(), str(len(new))))
        self.assertEqual(self.api("GET", f"/drive/v3/files/{fid}?alt=media")[2], new)
        self.assertEqual([x["id"] for x in self.list_children(folder)[0]], [fid])
        self.assertEqual(self.fake.control("GET", "uploads")["paths"], {"U/a.mp3": 2})
        status, _, data = self.api("PATCH", "/upload/drive/v3/files/nope?uploadType=resumable",
                                   {})
        self.assertEqual(status, 404)
        status, _, data = self.api("PATCH", f"/upload/drive/v3/files/{fid}?uploadType=resumable",
                                   {"parents": [folder]})
        self.assertEqual(status, 403)

    def test_tamper_and_upload_counter(self):
        folder = self.mkdir("Apps")
        fid = self.upload_small("t.bin", folder, b"0123456789")
        f = self.fake.control("POST", "tamper", {"action": "flip", "path": "Apps/t.bin",
                                                 "offset": 1})
        changed = b"0\xce23456789"
        self.assertEqual((f["id"], f["size"], f["md5Checksum"]),
                         (fid, 10, hashlib.md5(changed).hexdigest()))
        self.assertEqual(self.api("GET", f"/drive/v3/files/{fid}?alt=media")[2], changed)
        f = self.fake.control("POST", "tamper", {"action": "truncate", "id": fid, "size": 3})
        self.assertEqual((f["size"], f["sha256"]), (3, hashlib.sha256(b"0\xce2").hexdigest()))
        self.assertEqual(self.list_children(folder)[0][0]["md5Checksum"],
                         hashlib.md5(b"0\xce2").hexdigest())
        hostile = "../evil\x01/name"
        added = self.fake.control("POST", "tamper", {
            "action": "add", "folder": "Apps", "name": hostile,
            "content_b64": base64.b64encode(b"stray").decode()})
        self.assertEqual(added["size"], 5)
        self.assertIn(hostile, [x["name"] for x in self.list_children(folder)[0]])
        self.assertEqual(self.fake.control("POST", "tamper", {"action": "delete", "id": fid}), {})
        self.assertEqual(self.api("GET", f"/drive/v3/files/{fid}?alt=media")[0], 404)
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 1)
        self.fake.control("DELETE", "uploads")
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 0)

    def test_expired_token_and_refresh(self):
        self.fake.control("POST", "expire_tokens")
        self.assertEqual(self.api("GET", "/drive/v3/files")[0], 401)
        status, _, data = self.fake.request("POST", "/token", urlencode({
            "grant_type": "refresh_token", "refresh_token": self.refresh, "client_id": "cid",
            "client_secret": "sec"}).encode())
        self.assertEqual(status, 200)
        self.assertNotIn("refresh_token", json.loads(data))  # Google keeps the refresh token
        self.token = json.loads(data)["access_token"]
        self.assertEqual(self.api("GET", "/drive/v3/files")[0], 200)


if __name__ == "__main__":
    unittest.main()
