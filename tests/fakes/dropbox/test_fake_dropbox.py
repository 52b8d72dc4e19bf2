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
        conn.request(method, path, body, headers or {})
        resp = conn.getresponse()
        data = resp.read()
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
