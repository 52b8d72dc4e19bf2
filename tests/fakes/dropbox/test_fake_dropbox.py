# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake Dropbox itself: sign-in, uploads, sessions, errors in the real shapes, and
every served route checked against routes.json from ../shared/specs/dropbox."""

import base64
import hashlib
import http.client
import json
import os
import threading
import unittest
import urllib.parse

import fake_dropbox

SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                    "shared", "specs", "dropbox", "routes.json")


class FakeDropboxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = fake_dropbox.Server(("127.0.0.1", 0), fake_dropbox.Handler)
        cls.port = cls.server.server_address[1]
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def setUp(self):
        self.request("POST", "/__fake/reset", b"{}")
        self.token = self.sign_in()

    def request(self, method, path, body=b"", headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body, headers or {})
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        return resp.status, dict(resp.getheaders()), data

    def sign_in(self):
        verifier = "v" * 50
        challenge = base64.urlsafe_b64encode(
            hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        query = urllib.parse.urlencode({
            "client_id": "app", "response_type": "code", "state": "s1",
            "redirect_uri": "http://localhost:5001/oauth2callback", "code_challenge": challenge,
            "code_challenge_method": "S256", "token_access_type": "offline"})
        status, headers, _ = self.request("GET", "/oauth2/authorize?" + query)
        self.assertEqual(status, 302)
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)
        self.assertEqual(q["state"], ["s1"])
        form = urllib.parse.urlencode({
            "grant_type": "authorization_code", "code": q["code"][0], "client_id": "app",
            "code_verifier": verifier, "redirect_uri": "http://localhost:5001/oauth2callback"})
        status, _, data = self.request("POST", "/oauth2/token", form.encode(),
                                       {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200, data)
        answer = json.loads(data)
        self.refresh_token = answer["refresh_token"]
        return answer["access_token"]

    def rpc(self, route, arg):
        status, headers, data = self.request(
            "POST", "/2/" + route, json.dumps(arg).encode(),
            {"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        return status, headers, json.loads(data) if data.startswith((b"{", b"n")) else data

    def upload(self, route, arg, body, raw_arg=None):
        headers = {"Authorization": "Bearer " + self.token,
                   "Content-Type": "application/octet-stream",
                   "Dropbox-API-Arg": raw_arg if raw_arg is not None else json.dumps(arg)}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.putrequest("POST", "/2/" + route)
        for k, v in headers.items():
            conn.putheader(k, v.encode("utf-8") if isinstance(v, str) else v)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        return resp.status, dict(resp.getheaders()), json.loads(data) if data.startswith(
            (b"{", b"n")) else data

    def test_content_hash_is_blockwise(self):
        data = os.urandom(5 * 1024 * 1024)
        blocks = hashlib.sha256(data[:4194304]).digest() + hashlib.sha256(data[4194304:]).digest()
        self.assertEqual(fake_dropbox.content_hash(data), hashlib.sha256(blocks).hexdigest())
        self.assertEqual(fake_dropbox.content_hash(b""), hashlib.sha256(b"").hexdigest())

    def test_upload_conflict_and_metadata(self):
        status, _, meta = self.upload("files/upload", {"path": "/A/b.txt", "mode": "add",
                                                       "autorename": False}, b"hello")
        self.assertEqual(status, 200, meta)
        self.assertEqual(meta["content_hash"], fake_dropbox.content_hash(b"hello"))
        status, _, err = self.upload("files/upload", {"path": "/a/B.txt", "mode": "add",
                                                      "autorename": False}, b"other")
        self.assertEqual(status, 409)
        self.assertEqual(err["error"]["reason"]["conflict"][".tag"], "file")
        self.assertTrue(err["error_summary"].startswith("path/conflict/file/"))
        status, _, meta = self.rpc("files/get_metadata", {"path": "/a/b.TXT"})
        self.assertEqual((status, meta["size"]), (200, 5))
        status, _, err = self.rpc("files/get_metadata", {"path": "/nope"})
        self.assertEqual((status, err["error"]["path"][".tag"]), (409, "not_found"))
        status, _, err = self.rpc("files/create_folder_v2", {"path": "/A"})
        self.assertEqual(err["error"]["path"]["conflict"][".tag"], "folder")

    def test_non_ascii_arg_must_be_escaped(self):
        arg = {"path": "/caf\u00e9.txt", "mode": "add", "autorename": False}
        status, _, _ = self.upload("files/upload", arg, b"x",
                                   raw_arg=json.dumps(arg, ensure_ascii=False))
        self.assertEqual(status, 400)
        status, _, meta = self.upload("files/upload", arg, b"x")  # json.dumps escapes
        self.assertEqual((status, meta["path_display"]), (200, "/caf\u00e9.txt"))

    def test_session_with_incorrect_offset(self):
        status, _, start = self.upload("files/upload_session/start", {"close": False}, b"abc")
        sid = start["session_id"]
        status, _, err = self.upload("files/upload_session/append_v2",
                                     {"cursor": {"session_id": sid, "offset": 0}}, b"def")
        self.assertEqual((status, err["error"][".tag"], err["error"]["correct_offset"]),
                         (409, "incorrect_offset", 3))
        status, _, _ = self.upload("files/upload_session/append_v2",
                                   {"cursor": {"session_id": sid, "offset": 3}}, b"def")
        self.assertEqual(status, 200)
        status, _, meta = self.upload("files/upload_session/finish", {
            "cursor": {"session_id": sid, "offset": 6},
            "commit": {"path": "/s.bin", "mode": "add", "autorename": False}}, b"g")
        self.assertEqual((status, meta["size"]), (200, 7), meta)
        status, _, files = self.request("GET", "/__fake/files")
        self.assertEqual(json.loads(files)["files"][0]["sha256"],
                         hashlib.sha256(b"abcdefg").hexdigest())

    def test_faults_and_tokens(self):
        self.request("POST", "/__fake/faults", json.dumps(
            {"route": "/2/files/upload", "status": 429, "retry_after": 2}).encode())
        status, headers, err = self.upload("files/upload", {"path": "/x", "mode": "add"}, b"1")
        self.assertEqual((status, headers["Retry-After"]), (429, "2"))
        self.assertEqual(err["error"]["reason"][".tag"], "too_many_write_operations")
        self.request("POST", "/__fake/expire_tokens", b"{}")
        status, _, err = self.rpc("files/get_metadata", {"path": "/x"})
        self.assertEqual((status, err["error"][".tag"]), (401, "expired_access_token"))
        form = urllib.parse.urlencode({"grant_type": "refresh_token", "client_id": "app",
                                       "refresh_token": self.refresh_token})
        status, _, data = self.request("POST", "/oauth2/token", form.encode())
        self.token = json.loads(data)["access_token"]
        self.assertNotIn("refresh_token", json.loads(data))
        status, _, _ = self.rpc("auth/token/revoke", None)
        self.assertEqual(status, 200)
        status, _, data = self.request("POST", "/oauth2/token", form.encode())
        self.assertEqual((status, json.loads(data)["error"]), (400, "invalid_grant"))

    def control(self, method, what, arg=None):
        status, _, data = self.request(method, "/__fake/" + what,
                                       json.dumps(arg).encode() if arg is not None else b"")
        return status, json.loads(data) if data else {}

    def download(self, path):
        headers = {"Authorization": "Bearer " + self.token,
                   "Dropbox-API-Arg": json.dumps({"path": path})}
        status, headers, data = self.request("POST", "/2/files/download", b"", headers)
        return status, headers, data

    def list_all(self, path, recursive=False, limit=None):
        arg = {"path": path, "recursive": recursive}
        if limit:
            arg["limit"] = limit
        status, _, page = self.rpc("files/list_folder", arg)
        if status != 200:
            return status, page, 0
        entries, pages = list(page["entries"]), 1
        while page["has_more"]:
            status, _, page = self.rpc("files/list_folder/continue", {"cursor": page["cursor"]})
            self.assertEqual(status, 200, page)
            entries += page["entries"]
            pages += 1
        return status, entries, pages

    def test_list_folder_pages_recursion_and_missing(self):
        for i in range(5):
            self.upload("files/upload", {"path": "/R/a/f%d.txt" % i, "mode": "add"}, b"x" * i)
        self.upload("files/upload", {"path": "/R/a/b/deep.txt", "mode": "add"}, b"deep")
        status, entries, pages = self.list_all("/R/a", limit=2)
        self.assertEqual((status, pages), (200, 3))
        self.assertEqual(sorted(e["name"] for e in entries),
                         ["b", "f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"])
        f3 = next(e for e in entries if e["name"] == "f3.txt")
        self.assertEqual((f3[".tag"], f3["size"], f3["content_hash"]),
                         ("file", 3, fake_dropbox.content_hash(b"xxx")))
        status, entries, _ = self.list_all("/r/A", recursive=True)
        self.assertEqual(entries[0]["path_display"], "/R/a")  # the folder itself comes first
        self.assertIn("/R/a/b/deep.txt", [e["path_display"] for e in entries])
        self.control("POST", "config", {"list_page_size": 4})
        status, entries, pages = self.list_all("/R", recursive=True)
        self.assertEqual((len(entries), pages), (9, 3))
        status, err, _ = self.list_all("/nope")
        self.assertEqual((status, err["error"]["path"][".tag"]), (409, "not_found"))
        self.assertTrue(err["error_summary"].startswith("path/not_found/"))
        status, err, _ = self.list_all("/R/a/f1.txt")
        self.assertEqual(err["error"]["path"][".tag"], "not_folder")
        status, _, err = self.rpc("files/list_folder/continue", {"cursor": "bogus"})
        self.assertEqual((status, err["error"][".tag"]), (409, "reset"))
        self.control("POST", "config", {"list_page_size": 2000})
        self.request("POST", "/__fake/faults", json.dumps(
            {"route": "/2/files/list_folder", "action": "omit_checksum"}).encode())
        status, entries, _ = self.list_all("/R/a")
        self.assertFalse(any("content_hash" in e for e in entries))
        status, entries, _ = self.list_all("/R/a")
        self.assertTrue(all("content_hash" in e for e in entries if e[".tag"] == "file"))

    def test_download(self):
        data = os.urandom(3 * 1024 * 1024 + 5)
        self.upload("files/upload", {"path": "/D/caf\u00e9.bin", "mode": "add"}, data)
        status, headers, body = self.download("/d/caf\u00e9.bin")
        self.assertEqual((status, body), (200, data))
        meta = json.loads(headers["Dropbox-API-Result"])
        self.assertEqual((meta["size"], meta["content_hash"]),
                         (len(data), fake_dropbox.content_hash(data)))
        self.assertTrue(all(ord(c) < 0x7f for c in headers["Dropbox-API-Result"]))
        status, _, body = self.download("/D/none.bin")
        self.assertEqual((status, json.loads(body)["error"]["path"][".tag"]), (409, "not_found"))
        status, _, body = self.download("/D")
        self.assertEqual(json.loads(body)["error"]["path"][".tag"], "not_file")
        self.request("POST", "/__fake/faults", json.dumps(
            {"route": "/2/files/download", "action": "drop_mid_download"}).encode())
        with self.assertRaises(http.client.IncompleteRead):
            self.download("/D/caf\u00e9.bin")

    def test_write_modes_and_upload_counter(self):
        status, _, first = self.upload("files/upload", {"path": "/M/x.txt", "mode": "add"}, b"1")
        status, _, meta = self.upload("files/upload", {"path": "/M/x.txt", "mode": "overwrite"},
                                      b"22")
        self.assertEqual((status, meta["size"], meta["id"]), (200, 2, first["id"]))
        self.assertNotEqual(meta["rev"], first["rev"])
        status, _, err = self.upload("files/upload", {"path": "/M/x.txt", "mode": {
            ".tag": "update", "update": first["rev"]}}, b"333")
        self.assertEqual((status, err["error"]["reason"]["conflict"][".tag"]), (409, "file"))
        status, _, meta = self.upload("files/upload", {"path": "/M/x.txt", "mode": {
            ".tag": "update", "update": meta["rev"]}}, b"333")
        self.assertEqual((status, meta["size"]), (200, 3))
        status, _, err = self.upload("files/upload", {"path": "/M/x.txt", "mode": "add"}, b"4")
        self.assertEqual(status, 409)
        # A session commit with overwrite replaces too.
        status, _, start = self.upload("files/upload_session/start", {"close": False}, b"abc")
        status, _, meta = self.upload("files/upload_session/finish", {
            "cursor": {"session_id": start["session_id"], "offset": 3},
            "commit": {"path": "/M/x.txt", "mode": "overwrite"}}, b"d")
        self.assertEqual((status, meta["size"]), (200, 4))
        self.assertEqual(self.download("/M/x.txt")[2], b"abcd")
        status, uploads = self.control("GET", "uploads")
        self.assertEqual(uploads, {"total": 4, "paths": {"/M/x.txt": 4}})
        self.control("DELETE", "uploads")
        self.assertEqual(self.control("GET", "uploads")[1]["total"], 0)

    def test_tamper(self):
        data = b"0123456789"
        self.upload("files/upload", {"path": "/T/f.bin", "mode": "add"}, data)
        status, before = self.control("POST", "tamper", {"action": "flip", "path": "/T/f.bin",
                                                         "offset": 3})
        self.assertEqual(self.download("/T/f.bin")[2], b"012\xcc456789")
        self.assertEqual(before["content_hash"], fake_dropbox.content_hash(b"012\xcc456789"))
        status, _, meta = self.rpc("files/get_metadata", {"path": "/T/f.bin"})
        self.assertEqual(meta["content_hash"], before["content_hash"])
        status, after = self.control("POST", "tamper", {"action": "truncate",
                                                        "path": "/T/f.bin", "size": 4})
        self.assertEqual((after["size"], after["content_hash"]),
                         (4, fake_dropbox.content_hash(b"012\xcc")))
        self.assertNotEqual(after["rev"], before["rev"])
        self.control("POST", "tamper", {"action": "delete", "path": "/T/f.bin"})
        self.assertEqual(self.download("/T/f.bin")[0], 409)
        hostile = "/T/../bad\x01name\x7f.txt"
        status, added = self.control("POST", "tamper", {
            "action": "add", "path": hostile, "data_b64": base64.b64encode(b"zz").decode()})
        self.assertEqual((status, added["size"]), (200, 2))
        status, entries, _ = self.list_all("/T", recursive=True)
        self.assertIn(hostile, [e["path_display"] for e in entries])
        self.control("POST", "tamper", {"action": "add", "path": "/T/shown.txt",
                                        "path_display": "/Elsewhere/shown.txt"})
        status, entries, _ = self.list_all("/T")
        self.assertIn("/Elsewhere/shown.txt", [e["path_display"] for e in entries])
        self.assertEqual(self.control("GET", "uploads")[1]["total"], 1)  # tampering is no upload
        status, err = self.control("POST", "tamper", {"action": "flip", "path": "/T/none"})
        self.assertEqual(status, 404)

    def test_routes_match_the_spec(self):
        if not os.path.exists(SPEC):
            self.skipTest("no ../shared/specs/dropbox/routes.json")
        with open(SPEC) as f:
            routes = json.load(f)
        for url, (name, host, style) in fake_dropbox.ROUTES.items():
            self.assertIn(name, routes, url)
            self.assertEqual(url, "/2/" + name)
            self.assertEqual(routes[name]["subdomain"], host, name)
            self.assertEqual(routes[name]["format"], style, name)


if __name__ == "__main__":
    unittest.main()
