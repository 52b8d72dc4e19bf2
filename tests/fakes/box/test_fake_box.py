# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake Box itself, run as a subprocess: OAuth with single-use refresh tokens,
folders and listings, direct uploads, upload sessions, downloads, errors in Box's shapes, every
fault action and the control API. Python 3 standard library only.

    python3 -m unittest -v test_fake_box
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import sys
import unittest
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from boxclient import DROPPED, BoxClient, Fake, multipart  # noqa: E402


class FakeBoxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = Fake()

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()

    def setUp(self):
        self.fake.control("POST", "reset")
        self.box = BoxClient(self.fake)
        self.box.sign_in()

    def truth(self):
        return {f["path"]: f for f in self.fake.control("GET", "files")["files"]}

    def fault(self, **rule):
        return self.fake.control("POST", "faults", rule)

    def config(self, **values):
        return self.fake.control("POST", "config", values)

    def last_request(self):
        return self.fake.control("GET", "requests")["requests"][-1]

    # --- OAuth ----------------------------------------------------------------------------

    def test_authorize_redirects_with_code_and_state(self):
        q = self.box.authorize(state="abc")
        self.assertEqual(q["state"], "abc")
        self.assertTrue(q["code"])
        status, _, page = self.box.request(
            "GET", "/api/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=" + "x")
        self.assertEqual(status, 400)
        self.config(deny_authorization=True)
        q = self.box.authorize(state="s2")
        self.assertEqual((q["error"], q["state"], "code" in q), ("access_denied", "s2", False))

    def test_code_exchange_needs_the_secret_and_is_single_use(self):
        code = self.box.authorize()["code"]
        status, _, err = self.box.token(grant_type="authorization_code", code=code,
                                        client_secret="wrong")
        self.assertEqual((status, err["error"]), (400, "invalid_client"))
        status, _, ok = self.box.token(grant_type="authorization_code", code=code)
        self.assertEqual((status, ok["token_type"], ok["expires_in"]), (200, "bearer", 3600))
        status, _, err = self.box.token(grant_type="authorization_code", code=code)
        self.assertEqual((status, err["error"]), (400, "invalid_grant"))
        self.config(code_lifetime=-1)
        status, _, err = self.box.token(grant_type="authorization_code",
                                        code=self.box.authorize()["code"])
        self.assertEqual(err["error_description"], "The authorization code has expired")
        status, _, err = self.box.token(grant_type="password")
        self.assertEqual((status, err["error"]), (400, "invalid_request"))

    def test_refresh_tokens_rotate_and_are_single_use(self):
        old_refresh, old_access = self.box.refresh_token, self.box.access
        status, _, answer = self.box.refresh()
        self.assertEqual(status, 200)
        self.assertNotEqual(answer["refresh_token"], old_refresh)
        self.assertNotEqual(answer["access_token"], old_access)
        status, _, err = self.box.token(grant_type="refresh_token", refresh_token=old_refresh)
        self.assertEqual((status, err), (400, {"error": "invalid_grant",
                                               "error_description": "Invalid refresh token"}))
        self.assertEqual(self.box.refresh()[0], 200)  # the successor works, once
        self.fake.control("POST", "expire_tokens", {"refresh": True})
        status, _, err = self.box.refresh()
        self.assertEqual((status, err["error_description"]), (400, "Refresh token has expired"))

    def test_expired_access_token_is_401_with_empty_body(self):
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 200)
        self.fake.control("POST", "expire_tokens")
        status, headers, body = self.box.api("GET", "/2.0/users/me")
        self.assertEqual((status, body), (401, b""))
        self.assertIn('error="invalid_token"', headers["www-authenticate"])
        self.assertEqual(self.box.refresh()[0], 200)
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 200)
        self.config(access_token_lifetime=-1)
        self.box.refresh()
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 401)
        status, headers, _ = self.box.request("GET", "/2.0/users/me")  # no token at all
        self.assertEqual((status, headers["www-authenticate"]), (401, 'Bearer realm="Service"'))

    def test_revoke(self):
        form = {"client_id": "fake-box-client-id", "client_secret": "bad",
                "token": self.box.access}
        status, _, err = self.box.request("POST", "/oauth2/revoke", urlencode(form).encode())
        self.assertEqual((status, err["error"]), (400, "invalid_client"))
        form["client_secret"] = "fake-box-client-secret"
        self.assertEqual(self.box.request("POST", "/oauth2/revoke",
                                          urlencode(form).encode())[0], 200)
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 401)
        self.assertEqual(self.box.refresh()[2]["error"], "invalid_grant")
        self.box.sign_in()
        self.fake.control("POST", "revoke")
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 401)
        self.assertEqual(self.box.refresh()[0], 400)

    def test_token_answer_dropped_after_rotating(self):
        old = self.box.refresh_token
        self.fault(path_regex="^/oauth2/token", action="drop_after")
        with self.assertRaises(DROPPED):
            self.box.refresh()
        entry = self.last_request()
        self.assertEqual((entry["rotated"], entry["dropped"], entry["status"]), (True, True, 200))
        status, _, err = self.box.token(grant_type="refresh_token", refresh_token=old)
        self.assertEqual((status, err["error"]), (400, "invalid_grant"))  # the replay fails

    # --- folders and listings -------------------------------------------------------------

    def test_users_me(self):
        self.box.upload("a.bin", "0", b"12345")
        self.config(quota_bytes=1000, user_login="me@example.org")
        status, _, me = self.box.api("GET", "/2.0/users/me")
        self.assertEqual((status, me["type"], me["login"]), (200, "user", "me@example.org"))
        self.assertEqual((me["space_amount"], me["space_used"]), (1000, 5))
        status, _, me = self.box.api("GET", "/2.0/users/me?fields=login")
        self.assertEqual(me, {"type": "user", "id": "11446498", "login": "me@example.org"})

    def test_folder_create_conflict_and_names(self):
        status, _, folder = self.box.mkdir("Recordings")
        self.assertEqual((status, folder["type"], folder["parent"]["id"]), (201, "folder", "0"))
        status, _, err = self.box.mkdir("recordings")
        self.assertEqual((status, err["type"], err["code"]), (409, "error", "item_name_in_use"))
        self.assertEqual(err["context_info"]["conflicts"][0]["id"], folder["id"])  # a list
        for bad, code in (("a/b", "item_name_invalid"), ("x ", "item_name_invalid"),
                          ("..", "item_name_invalid"), ("n" * 256, "item_name_too_long")):
            self.assertEqual(self.box.mkdir(bad)[2]["code"], code, bad)
        status, _, err = self.box.mkdir("x", parent="999")
        self.assertEqual((status, err["code"]), (404, "not_found"))
        self.assertEqual(self.box.api("GET", "/2.0/folders/abc")[0], 405)
        status, _, got = self.box.api("GET", f"/2.0/folders/{folder['id']}?fields=name")
        self.assertEqual(got, {"type": "folder", "id": folder["id"], "etag": "0",
                               "name": "Recordings"})
        status, _, root = self.box.api("GET", "/2.0/folders/0")
        self.assertEqual((root["name"], root["etag"], root["item_collection"]["total_count"]),
                         ("All Files", None, 1))

    def test_folder_items_paging(self):
        fid = self.box.mkdir("F")[2]["id"]
        for name in ("c.mp3", "a.mp3", "B.mp3"):
            self.box.upload(name, fid, name.encode())
        self.box.mkdir("sub", fid)
        path = f"/2.0/folders/{fid}/items?fields=name,size,sha1&limit=2"
        status, _, page = self.box.api("GET", path)
        self.assertEqual((page["total_count"], page["limit"], page["offset"]), (4, 2, 0))
        self.assertEqual([e["name"] for e in page["entries"]], ["sub", "a.mp3"])
        _, _, rest = self.box.api("GET", path + "&offset=2")
        self.assertEqual([e["name"] for e in rest["entries"]], ["B.mp3", "c.mp3"])
        self.assertEqual(rest["entries"][1]["sha1"], hashlib.sha1(b"c.mp3").hexdigest())
        self.assertEqual(set(rest["entries"][1]), {"type", "id", "etag", "name", "size", "sha1"})
        names, marker = [], None
        while True:
            _, _, page = self.box.api("GET", f"/2.0/folders/{fid}/items?usemarker=true&limit=3"
                                      + (f"&marker={marker}" if marker else ""))
            self.assertNotIn("total_count", page)
            names += [e["name"] for e in page["entries"]]
            marker = page["next_marker"]
            if not marker:
                break
        self.assertEqual(names, ["sub", "a.mp3", "B.mp3", "c.mp3"])
        self.assertEqual(set(page["entries"][0]), {"type", "id", "file_version", "sequence_id",
                                                   "etag", "sha1", "name"})
        self.config(max_page_size=1)
        _, _, page = self.box.api("GET", path)
        self.assertEqual((len(page["entries"]), page["total_count"]), (1, 4))
        self.assertEqual(self.box.api("GET", f"/2.0/folders/{fid}/items?limit=x")[0], 400)
        self.assertEqual(self.box.api("GET", "/2.0/folders/777/items")[0], 404)

    def test_folder_delete(self):
        fid = self.box.mkdir("D")[2]["id"]
        self.box.upload("x", fid, b"x")
        status, _, err = self.box.api("DELETE", f"/2.0/folders/{fid}")
        self.assertEqual((status, err["code"]), (400, "folder_not_empty"))
        self.assertEqual(self.box.api("DELETE", f"/2.0/folders/{fid}?recursive=true")[0], 204)
        self.assertEqual(self.truth(), {})

    # --- direct uploads, files, downloads -------------------------------------------------

    def test_direct_upload_digest_conflict_and_order(self):
        status, _, files = self.box.upload("a.mp3", "0", b"hello")
        entry = files["entries"][0]
        self.assertEqual((status, files["total_count"], entry["size"]), (201, 1, 5))
        self.assertEqual(entry["sha1"], hashlib.sha1(b"hello").hexdigest())
        status, _, err = self.box.upload("b.mp3", "0", b"data", md5="0" * 40)
        self.assertEqual((status, err["code"]), (400, "bad_digest"))
        status, _, err = self.box.upload("A.MP3", "0", b"other")
        self.assertEqual((status, err["code"]), (409, "item_name_in_use"))
        conflict = err["context_info"]["conflicts"]  # one object, no size: Box's shape
        self.assertEqual((conflict["id"], conflict["sha1"], conflict["name"]),
                         (entry["id"], entry["sha1"], "a.mp3"))
        self.assertNotIn("size", conflict)
        status, _, err = self.box.upload("c.mp3", "0", b"x", order=("file", "attributes"))
        self.assertEqual((status, err["code"]), (400, "metadata_after_file_contents"))
        status, _, err = self.box.upload("d.mp3", "424242", b"x")
        self.assertEqual((status, err["code"]), (404, "not_found"))
        self.assertEqual(self.box.upload("e.mp3", "0", b"x", md5=False)[0], 201)
        self.config(max_direct_upload=10)
        status, _, err = self.box.upload("big.mp3", "0", b"x" * 11)
        self.assertEqual((status, err["code"]), (413, "request_entity_too_large"))
        self.assertEqual(sorted(self.truth()), ["/a.mp3", "/e.mp3"])
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 2)

    def test_new_version_upload(self):
        fid = self.box.upload("v.mp3", "0", b"one")[2]["entries"][0]["id"]
        status, _, err = self.box.upload("v.mp3", "0", b"two", file_id=fid,
                                         headers={"If-Match": "7"})
        self.assertEqual((status, err["code"]), (412, "precondition_failed"))
        status, _, files = self.box.upload("v.mp3", "0", b"two", file_id=fid,
                                           headers={"If-Match": "0"})
        self.assertEqual((status, files["entries"][0]["id"], files["entries"][0]["etag"]),
                         (200, fid, "1"))
        truth = self.truth()["/v.mp3"]
        self.assertEqual((truth["versions"], truth["sha1"]), (2, hashlib.sha1(b"two").hexdigest()))
        self.assertEqual(self.fake.control("GET", "uploads")["paths"], {"/v.mp3": 2})

    def test_file_get_download_and_delete(self):
        first = self.box.upload("f.mp3", "0", b"0123456789")[2]["entries"][0]
        fid, v1 = first["id"], first["file_version"]["id"]
        self.box.upload("f.mp3", "0", b"new", file_id=fid)
        status, _, f = self.box.api("GET", f"/2.0/files/{fid}?fields=sha1,size,name,parent")
        self.assertEqual((f["size"], f["parent"]["id"], f["name"]), (3, "0", "f.mp3"))
        self.assertEqual(set(f), {"type", "id", "etag", "sha1", "size", "name", "parent"})
        status, headers, _ = self.box.api("GET", f"/2.0/files/{fid}/content")
        self.assertEqual(status, 302)
        where = urlsplit(headers["location"]).path
        self.assertEqual(self.box.request("GET", where)[2], b"new")  # no token needed
        status, headers, part = self.box.request("GET", where, headers={"Range": "bytes=1-"})
        self.assertEqual((status, part, headers["content-range"]), (206, b"ew", "bytes 1-2/3"))
        self.assertEqual(self.box.request("GET", where, headers={"Range": "bytes=9-"})[0], 416)
        _, headers, _ = self.box.api("GET", f"/2.0/files/{fid}/content?version={v1}")
        self.assertEqual(self.box.request("GET", urlsplit(headers["location"]).path)[2],
                         b"0123456789")
        self.assertEqual(self.box.api("GET", f"/2.0/files/{fid}/content?version=1")[0], 404)
        self.assertEqual(self.box.api("DELETE", f"/2.0/files/{fid}",
                                      headers={"If-Match": "0"})[0], 412)
        self.assertEqual(self.box.api("DELETE", f"/2.0/files/{fid}")[0], 204)
        status, _, err = self.box.api("GET", f"/2.0/files/{fid}")
        self.assertEqual((status, err["code"]), (404, "not_found"))
        self.assertEqual(self.box.request("GET", "/d/1/unknown/download")[0], 404)

    def test_preflight(self):
        self.box.upload("p.mp3", "0", b"p")
        status, _, err = self.box.api("OPTIONS", "/2.0/files/content",
                                      {"name": "P.mp3", "parent": {"id": "0"}, "size": 1})
        self.assertEqual((status, err["context_info"]["conflicts"]["name"]), (409, "p.mp3"))
        status, _, ok = self.box.api("OPTIONS", "/2.0/files/content",
                                     {"name": "q.mp3", "parent": {"id": "0"}, "size": 1})
        self.assertEqual(status, 200)
        self.assertIn("/api/2.0/files/content", ok["upload_url"])

    # --- upload sessions ------------------------------------------------------------------

    def small_sessions(self):
        self.config(min_session_size=10, part_size=4)

    def test_session_create_checks(self):
        status, _, err = self.box.create_session("s.bin", "0", 19999999)
        self.assertEqual((status, err["code"]), (400, "file_size_too_small"))
        self.small_sessions()
        self.box.upload("taken.bin", "0", b"t")
        status, _, err = self.box.create_session("TAKEN.bin", "0", 10)
        self.assertEqual((status, err["context_info"]["conflicts"]["name"]), (409, "taken.bin"))
        status, _, err = self.box.api("POST", "/api/2.0/files/upload_sessions",
                                      {"file_size": 10, "file_name": "x"})
        self.assertEqual(err["code"], "missing_destination")
        self.config(quota_bytes=12)
        status, _, err = self.box.create_session("q.bin", "0", 12)
        self.assertEqual((status, err["code"]), (403, "storage_limit_exceeded"))
        status, _, s = self.box.create_session("ok.bin", "0", 11)
        self.assertEqual((status, s["type"], s["part_size"], s["total_parts"]),
                         (201, "upload_session", 4, 3))
        self.assertTrue(s["session_endpoints"]["upload_part"].endswith(
            "/api/2.0/files/upload_sessions/" + s["id"]))

    def test_session_parts_and_commit(self):
        self.small_sessions()
        data = b"abcdefghij"
        sid = self.box.create_session("s.bin", "0", len(data))[2]["id"]
        status, _, err = self.box.put_part(sid, 2, data[2:6], 10)
        self.assertEqual((status, err["code"]), (416, "range_not_satisfiable"))
        self.assertEqual(self.box.put_part(sid, 0, data[0:3], 10)[0], 416)  # short, not last
        status, _, err = self.box.put_part(sid, 0, data[0:4], 10, digest="AAAA")
        self.assertEqual((status, err["code"]), (400, "digest_mismatch"))
        parts = [self.box.put_part(sid, o, data[o:o + 4], 10)[2]["part"] for o in (8, 0, 4)]
        self.assertEqual([p["size"] for p in parts], [2, 4, 4])
        again = self.box.put_part(sid, 0, data[0:4], 10)
        self.assertEqual((again[0], again[2]["part"]), (200, parts[1]))  # same bytes again
        status, _, err = self.box.put_part(sid, 0, b"ABCD", 10)
        self.assertEqual((status, err["code"]), (416, "range_overlaps_existing_part"))
        _, _, listed = self.box.api("GET", f"/api/2.0/files/upload_sessions/{sid}/parts")
        self.assertEqual((listed["total_count"], [p["offset"] for p in listed["entries"]]),
                         (3, [0, 4, 8]))
        _, _, status_ = self.box.api("GET", f"/api/2.0/files/upload_sessions/{sid}")
        self.assertEqual(status_["num_parts_processed"], 3)
        status, _, err = self.box.commit(sid, parts[:2], data)
        self.assertEqual((status, err["code"]), (400, "parts_mismatch"))
        status, _, err = self.box.commit(sid, parts, b"wrong")
        self.assertEqual((status, err["code"]), (400, "digest_mismatch"))
        self.config(commit_202_count=2, commit_retry_after=3)
        for _ in range(2):
            status, headers, body = self.box.commit(sid, parts, data)
            self.assertEqual((status, headers["retry-after"], body), (202, "3", b""))
        status, _, files = self.box.commit(sid, parts, data)
        self.assertEqual((status, files["entries"][0]["sha1"]),
                         (201, hashlib.sha1(data).hexdigest()))
        self.assertEqual(self.box.commit(sid, parts, data)[0], 404)  # the session is gone
        self.assertEqual(self.truth()["/s.bin"]["sha256"], hashlib.sha256(data).hexdigest())
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 1)

    def test_session_new_version_retry_conflict_and_abort(self):
        self.small_sessions()
        fid = self.box.upload("v.bin", "0", b"v1")[2]["entries"][0]["id"]
        status, _, files = self.box.upload_in_session(None, None, b"version 2!", file_id=fid)
        self.assertEqual((status, files["entries"][0]["id"]), (201, fid))
        self.assertEqual(self.truth()["/v.bin"]["versions"], 2)
        self.config(part_retry_conflict=True)
        sid = self.box.create_session("w.bin", "0", 10)[2]["id"]
        self.assertEqual(self.box.put_part(sid, 0, b"abcd", 10)[0], 200)
        self.assertEqual(self.box.put_part(sid, 0, b"abcd", 10)[2]["code"],
                         "range_overlaps_existing_part")
        self.assertEqual(self.box.api("DELETE", f"/api/2.0/files/upload_sessions/{sid}")[0], 204)
        self.assertEqual(self.box.put_part(sid, 4, b"efgh", 10)[0], 404)
        self.assertEqual(self.fake.control("GET", "sessions"), {"sessions": []})

    # --- faults ---------------------------------------------------------------------------

    def test_status_faults(self):
        self.fault(path_regex="users/me", action="rate_limit", retry_after=7, count=2, skip=1)
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 200)  # skipped
        for _ in range(2):
            status, headers, err = self.box.api("GET", "/2.0/users/me")
            self.assertEqual((status, headers["retry-after"], err["code"]),
                             (429, "7", "rate_limit_exceeded"))
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 200)
        for status, code in ((500, "internal_server_error"), (503, "unavailable")):
            self.fault(method="POST", action="status", status=status)
            got, _, err = self.box.upload("x", "0", b"x")
            self.assertEqual((got, err["type"], err["status"], err["code"]),
                             (status, "error", status, code))
        self.fault(path_regex="/commit", action="status", status=202, retry_after=2)
        self.fault(path_regex="/folders", action="status", status=409, code="operation_"
                   "blocked_temporary", message="The operation is blocked")
        status, headers, body = self.box.api("POST", "/api/2.0/files/upload_sessions/X/commit",
                                             {"parts": []}, {"Digest": "sha=AAAA"})
        self.assertEqual((status, headers["retry-after"], body), (202, "2", b""))
        status, _, err = self.box.mkdir("blocked")
        self.assertEqual((status, err["code"], err["message"]),
                         (409, "operation_blocked_temporary", "The operation is blocked"))
        self.fault(action="status", status=401)
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[:3:2], (401, b""))
        self.assertEqual(self.fake.control("GET", "faults"), {"faults": []})
        self.fault(action="drop", count=5)
        self.fake.control("DELETE", "faults")
        self.assertEqual(self.box.api("GET", "/2.0/users/me")[0], 200)
        self.fault(action="expired_token")
        status, headers, _ = self.box.api("GET", "/2.0/folders/0")
        self.assertEqual((status, "invalid_token" in headers["www-authenticate"]), (401, True))
        self.fault(path_regex="/files/content", action="quota")
        status, _, err = self.box.upload("q", "0", b"q")
        self.assertEqual((status, err["code"]), (403, "storage_limit_exceeded"))
        self.config(quota_bytes=3)
        self.assertEqual(self.box.upload("q", "0", b"four")[2]["code"], "storage_limit_exceeded")
        self.assertEqual(self.truth(), {})

    def test_dropped_connections(self):
        self.fault(path_regex="/files/content", action="drop")
        with self.assertRaises(DROPPED):
            self.box.upload("a", "0", b"a" * 1000)
        self.fault(path_regex="/files/content", action="drop_mid_body")
        with self.assertRaises(DROPPED):
            self.box.upload("b", "0", b"b" * 200000)
        self.assertEqual(self.truth(), {})
        log = self.fake.control("GET", "requests?path_regex=files/content")["requests"]
        self.assertEqual([(e["fault"], e["dropped"]) for e in log],
                         [("drop", True), ("drop_mid_body", True)])
        self.small_sessions()
        sid = self.box.create_session("s.bin", "0", 10)[2]["id"]
        self.fault(method="PUT", action="drop_mid_body")
        with self.assertRaises(DROPPED):
            self.box.put_part(sid, 0, b"abcd", 10)
        self.assertEqual(self.fake.control("GET", "sessions")["sessions"][0]["parts"], [])
        self.fault(method="PUT", action="drop_after")
        with self.assertRaises(DROPPED):
            self.box.put_part(sid, 0, b"abcd", 10)
        self.assertEqual(len(self.fake.control("GET", "sessions")["sessions"][0]["parts"]), 1)
        self.assertEqual(self.box.put_part(sid, 0, b"abcd", 10)[0], 200)  # the retry succeeds

    def test_drop_mid_download_corrupt_and_omit_sha1(self):
        fid = self.box.upload("d.bin", "0", b"x" * 1000)[2]["entries"][0]["id"]
        where = urlsplit(self.box.api("GET", f"/2.0/files/{fid}/content")[1]["location"]).path
        self.fault(path_regex="^/d/1/", action="drop_mid_download")
        with self.assertRaises(http.client.IncompleteRead):
            self.box.request("GET", where)
        self.assertEqual(len(self.box.request("GET", where)[2]), 1000)
        self.fault(path_regex="^/api/2.0/files/content$", action="corrupt")
        _, _, files = self.box.upload("c.bin", "0", b"abc", query="?fields=sha1")
        self.assertEqual(files["entries"][0]["sha1"], hashlib.sha1(b"\x9ebc").hexdigest())
        self.assertEqual(self.truth()["/c.bin"]["sha1"], hashlib.sha1(b"\x9ebc").hexdigest())
        self.fault(path_regex="/items", action="omit_sha1")
        _, _, page = self.box.api("GET", "/2.0/folders/0/items?fields=name,sha1")
        self.assertFalse(any("sha1" in e for e in page["entries"]))
        _, _, page = self.box.api("GET", "/2.0/folders/0/items?fields=name,sha1")
        self.assertTrue(all("sha1" in e for e in page["entries"]))

    # --- control API ----------------------------------------------------------------------

    def test_control_places_tampers_and_counts(self):
        folder = self.fake.control("POST", "folders", {"path": "/A/B"})
        self.assertEqual(folder["path"], "/A/B")
        placed = self.fake.control("POST", "files", {
            "path": "/A/B/r.mp3", "data_b64": base64.b64encode(b"recording").decode()})
        self.assertEqual((placed["size"], placed["parent_id"]), (9, folder["id"]))
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 0)
        flipped = self.fake.control("POST", "tamper", {"action": "flip", "path": "/A/B/r.mp3"})
        self.assertEqual((flipped["versions"], flipped["sha1"]),
                         (2, hashlib.sha1(b"\x8decording").hexdigest()))
        cut = self.fake.control("POST", "tamper", {"action": "truncate", "id": placed["id"],
                                                   "size": 3})
        self.assertEqual(cut["size"], 3)
        stray = self.fake.control("POST", "tamper", {"action": "add", "parent_id": folder["id"],
                                                     "name": "bad\x01/name ", "data_b64": ""})
        status, _, page = self.box.api("GET", f"/2.0/folders/{folder['id']}/items?fields=name")
        self.assertIn("bad\x01/name ", [e["name"] for e in page["entries"]])
        self.assertEqual(self.fake.control("POST", "tamper", {"action": "delete",
                                                              "id": stray["id"]}), {})
        self.assertEqual(sorted(self.truth()), ["/A/B/r.mp3"])
        self.assertEqual(self.fake.control("GET", "uploads")["total"], 0)
        status, _, _ = self.fake.request("POST", "/__fake/config", b'{"nope": 1}')
        self.assertEqual(status, 400)
        seq = self.last_request()["seq"]
        self.box.api("GET", "/2.0/folders/0")
        self.assertEqual([e["path"] for e in self.fake.control(
            "GET", f"requests?since={seq}")["requests"]], ["/2.0/folders/0"])
        self.fake.control("DELETE", "requests")
        self.assertEqual(self.fake.control("GET", "requests")["requests"], [])
        self.assertEqual(self.fake.control("GET", "state")["access_tokens"], 1)
        self.fake.control("POST", "reset")
        self.assertEqual((self.truth(), self.fake.control("GET", "state")["access_tokens"]),
                         ({}, 0))

    def test_command_line_client_and_conditional_requests(self):
        other = Fake("--client-id", "cid", "--client-secret", "csecret")
        try:
            self.assertEqual(other.control("GET", "config")["client_secret"], "csecret")
            other.control("POST", "reset")  # keeps the command line's client
            box = BoxClient(other)
            status, _, _ = box.request("GET", "/api/oauth2/authorize?response_type=code&"
                                       + urlencode({"client_id": "cid", "redirect_uri": "http:"
                                                    "//127.0.0.1:9/", "state": "s"}))
            self.assertEqual(status, 302)
            self.assertEqual(box.token(grant_type="refresh_token", refresh_token="x")[2]["error"],
                             "invalid_client")  # the default client is not this one
        finally:
            other.stop()
        fid = self.box.upload("c.mp3", "0", b"c")[2]["entries"][0]["id"]
        self.assertEqual(self.box.api("GET", f"/2.0/files/{fid}",
                                      headers={"If-None-Match": "0"})[0], 304)
        self.config(min_session_size=1, part_size=4)
        sid = self.box.create_session(None, None, 2, file_id=fid)[2]["id"]
        part = self.box.put_part(sid, 0, b"c2", 2)[2]["part"]
        self.box.upload("c.mp3", "0", b"changed meanwhile", file_id=fid)
        status, _, err = self.box.api("POST", f"/api/2.0/files/upload_sessions/{sid}/commit",
                                      {"parts": [part]}, {"Digest": "sha=" + base64.b64encode(
                                          hashlib.sha1(b"c2").digest()).decode(),
                                          "If-Match": "0"})
        self.assertEqual((status, err["code"]), (412, "precondition_failed"))
        self.assertEqual(self.box.create_session(None, None, 2, file_id="999")[0], 404)
        self.assertEqual(self.fake.request("GET", "/__fake/nothing")[0], 404)
        self.assertEqual(self.fake.request("POST", "/__fake/tamper", b'{"action": "x", "id": "'
                                           + fid.encode() + b'"}')[0], 400)
        self.assertEqual(self.fake.control("GET", "folders")["folders"], [{"path": "/",
                                                                           "id": "0"}])

    def test_chunked_request_body_and_multipart_errors(self):
        body, ctype = multipart([("attributes", b'{"name": "k.bin", "parent": {"id": "0"}}'),
                                 ("file", b"chunked")])
        conn = http.client.HTTPConnection("127.0.0.1", self.fake.port, timeout=10)
        try:
            conn.request("POST", "/api/2.0/files/content", body=iter([body[:10], body[10:]]),
                         headers={"Authorization": "Bearer " + self.box.access,
                                  "Content-Type": ctype}, encode_chunked=True)
            self.assertEqual(conn.getresponse().status, 201)
        finally:
            conn.close()
        status, _, err = self.box.api("POST", "/api/2.0/files/content", b"junk",
                                      {"Content-Type": "text/plain"})
        self.assertEqual((status, err["code"]), (400, "bad_request"))
        for attributes in (b"not json", b'["a list"]'):
            body, ctype = multipart([("attributes", attributes), ("file", b"x")])
            status, _, err = self.box.api("POST", "/api/2.0/files/content", body,
                                          {"Content-Type": ctype})
            self.assertEqual((status, err["code"]), (400, "bad_request"), attributes)
        self.assertEqual(sorted(self.truth()), ["/k.bin"])


if __name__ == "__main__":
    unittest.main()
