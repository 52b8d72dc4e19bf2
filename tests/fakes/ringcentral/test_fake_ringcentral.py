# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Tests of the fake RingCentral server, run against a real subprocess on 127.0.0.1.

    python3 -m unittest -v test_fake_ringcentral
"""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fakeclient import CLIENT_ID, REDIRECT_URI, Client, FakeProcess  # noqa: E402
from rcfake.timeutil import parse_iso, to_iso  # noqa: E402

NOW = "2026-03-10T12:00:00Z"
WEEK = f"dateFrom=2026-03-03T00:00:00Z&dateTo={NOW}"


class FakeTestCase(unittest.TestCase):
    fake: FakeProcess
    args: tuple = ("--seed", "7", "--admin", "--now", NOW, "--no-rate-limits",
                   "--rate-window", "2", "--penalty", "2")

    @classmethod
    def setUpClass(cls):
        cls.fake = FakeProcess(*cls.args)

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()

    def setUp(self):
        self.c = Client(self.fake.base)
        self.assertEqual(self.c.control("POST", "reset").status, 200)

    def login(self) -> dict:
        return self.c.login()

    def assertError(self, reply, status: int, code: str, **fields):
        self.assertEqual(reply.status, status, reply)
        body = reply.json()
        self.assertTrue(body["errors"], body)
        self.assertEqual(body["errors"][0]["errorCode"], code, body)
        for key, value in fields.items():
            self.assertEqual(body["errors"][0].get(key, body.get(key)), value, body)
        return body

    def truth_calls(self, sha256: bool = False) -> list[dict]:
        return self.c.control("GET", "calls" + ("?sha256=1" if sha256 else "")).json()["calls"]

    def truth_messages(self, sha256: bool = False) -> list[dict]:
        return self.c.control("GET", "messages" + ("?sha256=1" if sha256 else "")).json()["messages"]


class OAuthTests(FakeTestCase):
    def test_pkce_authorize_and_token(self):
        verifier, challenge = self.c.pkce()
        reply = self.c.authorize(challenge, state="xyz")
        self.assertEqual(reply.status, 302)
        location = reply.header("location")
        self.assertTrue(location.startswith(REDIRECT_URI + "?"), location)
        params = self.c.redirect_params(reply)
        self.assertEqual(params["state"], "xyz")
        form = {"grant_type": "authorization_code", "code": params["code"],
                "redirect_uri": REDIRECT_URI, "client_id": CLIENT_ID}
        # wrong verifier, then a different redirect_uri: both refused
        bad = self.c.post_form("/restapi/oauth/token", {**form, "code_verifier": "x" * 43}, auth=False)
        body = self.assertError(bad, 400, "CMN-101", parameterName="code_verifier")
        self.assertEqual(body["error"], "invalid_grant")
        bad = self.c.post_form("/restapi/oauth/token", {**form, "code_verifier": verifier,
                                                        "redirect_uri": "http://127.0.0.1:5001/cb"},
                               auth=False)
        self.assertError(bad, 400, "OAU-109")
        ok = self.c.post_form("/restapi/oauth/token", {**form, "code_verifier": verifier}, auth=False)
        self.assertEqual(ok.status, 200, ok)
        info = ok.json()
        for key in ("access_token", "refresh_token", "scope", "owner_id", "endpoint_id", "session_id"):
            self.assertIsInstance(info[key], str)
        self.assertEqual(info["token_type"], "bearer")
        self.assertEqual(info["expires_in"], 3600)
        self.assertEqual(info["refresh_token_expires_in"], 604800)
        # the token works
        self.c.access_token = info["access_token"]
        me = self.c.get("/restapi/v1.0/account/~/extension/~")
        self.assertEqual(me.status, 200, me)
        self.assertEqual(str(me.json()["id"]), info["owner_id"])
        # codes are single-use; replaying one also revokes what it issued (RFC 6749 4.1.2)
        again = self.c.post_form("/restapi/oauth/token", {**form, "code_verifier": verifier}, auth=False)
        self.assertEqual(again.json()["error"], "invalid_grant")
        self.assertError(again, 400, "OAU-106")
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-213")

    def test_authorize_errors(self):
        _, challenge = self.c.pkce()
        reply = self.c.authorize(challenge, client_id="nope")
        body = self.assertError(reply, 400, "OAU-153")
        self.assertEqual(body["error"], "invalid_client")
        self.assertError(self.c.authorize(challenge, redirect_uri="https://evil.example/cb"),
                         400, "OAU-109")
        # PKCE is required for this public client
        reply = self.c.get(f"/restapi/oauth/authorize?response_type=code&client_id={CLIENT_ID}"
                           f"&redirect_uri={REDIRECT_URI}&state=s", auth=False)
        self.assertEqual(reply.status, 302)
        self.assertEqual(self.c.redirect_params(reply)["error"], "invalid_request")

    def test_authorize_deny_and_wrong_state(self):
        _, challenge = self.c.pkce()
        self.c.control("POST", "config", {"authorize_mode": "deny"})
        params = self.c.redirect_params(self.c.authorize(challenge, state="s1"))
        self.assertEqual(params["error"], "access_denied")
        self.assertIn("error_description", params)
        self.assertEqual(params["state"], "s1")
        self.assertNotIn("code", params)
        self.c.control("POST", "config", {"authorize_mode": "wrong_state"})
        params = self.c.redirect_params(self.c.authorize(challenge, state="s2"))
        self.assertIn("code", params)
        self.assertNotEqual(params["state"], "s2")

    def test_refresh_tokens_are_single_use(self):
        first = self.login()
        old_access, old_refresh = self.c.access_token, self.c.refresh_token
        reply = self.c.refresh()
        self.assertEqual(reply.status, 200, reply)
        second = reply.json()
        self.assertNotEqual(second["refresh_token"], first["refresh_token"])
        self.assertNotEqual(second["access_token"], first["access_token"])
        # the old access token stops working at once, the new one works
        old = self.c.get("/restapi/v1.0/account/~/extension/~",
                         headers={"Authorization": f"Bearer {old_access}"})
        self.assertError(old, 401, "OAU-129")
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        # once the new access token is in use, the spent refresh token dies (after a grace,
        # 0 s here) and does not issue anything new
        self.c.control("POST", "config", {"refresh_reuse_grace": 0})
        reuse = self.c.refresh(old_refresh)
        body = self.assertError(reuse, 400, "OAU-211")
        self.assertEqual(body["error"], "invalid_grant")
        self.assertIn("error_description", body)
        # and the new refresh token works once
        self.assertEqual(self.c.refresh().status, 200)
        self.assertError(self.c.refresh("bm90LWEtdG9rZW4"), 400, "OAU-213")

    def test_spent_refresh_token_answers_its_pair_again_while_unused(self):
        # What RingCentral does for a client that lost the answer to its refresh: the spent
        # refresh token answers the pair it issued, nothing new, until that pair is in use.
        self.login()
        spent = self.c.refresh_token
        issued = self.c.refresh().json()
        for _ in range(3):
            again = self.c.refresh(spent)
            self.assertEqual(again.status, 200, again)
            self.assertEqual(again.json()["access_token"], issued["access_token"])
            self.assertEqual(again.json()["refresh_token"], issued["refresh_token"])
        stats = self.c.control("GET", "stats").json()
        self.assertEqual((stats["refreshes"], stats["refreshReplays"]), (1, 3))
        # the new access token is used: the spent refresh token keeps answering for the grace
        self.c.control("POST", "config", {"refresh_reuse_grace": 0.5})
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        self.assertEqual(self.c.refresh(spent).status, 200)
        time.sleep(0.6)
        self.assertError(self.c.refresh(spent), 400, "OAU-211")
        # spending the new refresh token ends it too, whatever the grace
        self.c.control("POST", "config", {"refresh_reuse_grace": 3600})
        spent = self.c.refresh_token
        self.assertEqual(self.c.refresh().status, 200)
        self.assertEqual(self.c.refresh(spent).status, 200)
        self.assertEqual(self.c.refresh().status, 200)
        self.assertError(self.c.refresh(spent), 400, "OAU-211")
        # no grace at all: strictly single-use
        self.c.control("POST", "config", {"refresh_reuse_grace": None})
        spent = self.c.refresh_token
        self.assertEqual(self.c.refresh().status, 200)
        self.assertError(self.c.refresh(spent), 400, "OAU-211")

    def test_access_token_expiry(self):
        self.c.control("POST", "config", {"token_lifetime": 1})
        info = self.login()
        self.assertEqual(info["expires_in"], 1)
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        time.sleep(1.3)
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-128")
        self.assertEqual(self.c.refresh().status, 200)
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        # expire-tokens from the control API
        self.c.control("POST", "config", {"token_lifetime": 3600})
        self.assertEqual(self.c.refresh().status, 200)
        self.assertEqual(self.c.control("POST", "expire-tokens").json()["expiredAccessTokens"], 1)
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-128")
        self.assertEqual(self.c.refresh().status, 200)
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        # expired refresh token
        self.c.control("POST", "expire-tokens", {"refresh": True})
        self.assertError(self.c.refresh(), 400, "OAU-210")

    def test_revoke_ends_the_session(self):
        self.login()
        reply = self.c.post_form("/restapi/oauth/revoke", {"token": self.c.refresh_token}, auth=False)
        self.assertEqual(reply.status, 200, reply)
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-213")
        self.assertError(self.c.refresh(), 400, "OAU-211")
        self.login()
        self.assertEqual(self.c.control("POST", "revoke-all").json()["revokedSessions"], 1)
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-213")

    def test_missing_or_bad_authorization(self):
        path = "/restapi/v1.0/account/~/extension/~"
        self.assertError(self.c.get(path, auth=False), 401, "AGW-401")
        self.assertError(self.c.get(path, headers={"Authorization": "Basic abc"}), 401, "AGW-402")
        self.assertError(self.c.get(path, headers={"Authorization": "Bearer garbage!"}), 401, "OAU-149")

    def test_token_endpoint_input_errors(self):
        reply = self.c.request("POST", "/restapi/oauth/token", b'{"grant_type":"refresh_token"}',
                               {"Content-Type": "application/json"}, auth=False)
        self.assertEqual(reply.status, 415)
        reply = self.c.post_form("/restapi/oauth/token", {"grant_type": "password", "client_id": CLIENT_ID},
                                 auth=False)
        self.assertEqual(reply.json()["error"], "unsupported_grant_type")
        reply = self.c.request("POST", "/restapi/oauth/token",
                               b"grant_type=refresh_token&grant_type=refresh_token&client_id=" + CLIENT_ID.encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"}, auth=False)
        self.assertError(reply, 400, "OAU-111")


class ExtensionTests(FakeTestCase):
    def test_who_am_i(self):
        self.login()
        me = self.c.get("/restapi/v1.0/account/~/extension/~").json()
        self.assertIsInstance(me["id"], int)
        self.assertEqual(me["extensionNumber"], "101")
        self.assertEqual(me["name"], "Ada Admin")
        self.assertEqual(me["type"], "User")
        self.assertEqual(me["status"], "Enabled")
        self.assertIs(me["permissions"]["admin"]["enabled"], True)
        self.assertTrue(me["uri"].startswith(self.fake.base))

    def test_extension_list_filters_and_names(self):
        self.login()
        reply = self.c.get("/restapi/v1.0/account/~/extension?type=User&status=Enabled&perPage=2")
        self.assertEqual(reply.status, 200, reply)
        self.assertEqual(reply.header("x-rate-limit-group"), "Medium")
        names, url = [], "/restapi/v1.0/account/~/extension?type=User&status=Enabled&perPage=2"
        for _ in range(10):
            body = self.c.get(url).json()
            names += [r["name"] for r in body["records"]]
            self.assertTrue(all(r["type"] == "User" and r["status"] == "Enabled" for r in body["records"]))
            if "nextPage" not in body["navigation"]:
                break
            url = body["navigation"]["nextPage"]["uri"]
        self.assertEqual(names, ["Ada Admin", "Bjørn Ærø", 'Eve "../../etc" <x>', "Zoë 🎧 Emoji"])
        self.assertEqual(body["paging"]["totalElements"], 4)


class CallLogTests(FakeTestCase):
    def page_through(self, url: str) -> list[dict]:
        records, seen_urls = [], set()
        for _ in range(1000):
            reply = self.c.get(url)
            self.assertEqual(reply.status, 200, reply)
            body = reply.json()
            records += body["records"]
            nxt = body["navigation"].get("nextPage")
            if not nxt:
                return records
            url = nxt["uri"]
            self.assertTrue(url.startswith(self.fake.base + "/restapi/"), url)
            self.assertNotIn(url, seen_urls)
            seen_urls.add(url)
        self.fail("paging did not end")

    def test_paging_through_next_page_uri(self):
        self.login()
        paged = self.page_through(f"/restapi/v1.0/account/~/call-log?{WEEK}&perPage=7&view=Detailed")
        whole = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&perPage=1000&view=Detailed").json()
        self.assertGreater(len(whole["records"]), 20)
        self.assertNotIn("nextPage", whole["navigation"])
        self.assertEqual([r["id"] for r in paged], [r["id"] for r in whole["records"]])
        self.assertEqual(len({r["id"] for r in paged}), len(paged))
        starts = [parse_iso(r["startTime"]) for r in paged]
        self.assertEqual(starts, sorted(starts, reverse=True))
        # shape: string ids, int64 extension ids, ISO times with Z
        rec = whole["records"][0]
        self.assertIsInstance(rec["id"], str)
        self.assertIsInstance(rec["extension"]["id"], int)
        self.assertTrue(rec["startTime"].endswith("Z"))
        first = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&perPage=7").json()
        self.assertEqual(first["paging"], {"page": 1, "perPage": 7, "pageStart": 0, "pageEnd": 6})

    def test_recording_type_all_returns_only_recorded_calls(self):
        self.login()
        truth = [c for c in self.truth_calls()
                 if parse_iso("2026-03-03T00:00:00Z") <= parse_iso(c["startTime"]) < parse_iso(NOW)]
        recorded = {c["id"] for c in truth if c["recordings"]}
        self.assertTrue(any(not c["recordings"] for c in truth), "seed must have unrecorded calls")
        got = self.page_through(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All"
                                "&view=Detailed&perPage=50")
        self.assertEqual({r["id"] for r in got}, recorded)
        for r in got:
            recs = [r.get("recording")] + [leg.get("recording") for leg in r["legs"]]
            self.assertTrue(any(recs), r)
        auto = self.page_through(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=Automatic&perPage=1000")
        self.assertLess(len(auto), len(got))
        reply = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=Bogus")
        self.assertError(reply, 400, "CMN-101", parameterName="recordingType")
        self.assertError(self.c.get("/restapi/v1.0/account/~/call-log?view=Full"), 400, "CMN-101",
                         parameterName="view")
        self.assertError(self.c.get("/restapi/v1.0/account/~/call-log?dateFrom=yesterday"), 400,
                         "CMN-101", parameterName="dateFrom")

    def test_legs_carry_recordings_only_in_detailed_view(self):
        self.login()
        legs_only = [c for c in self.truth_calls()
                     if c["recordings"] and all(r["onlyOnLegs"] for r in c["recordings"])]
        self.assertTrue(legs_only)
        target = legs_only[0]
        t = parse_iso(target["startTime"])
        window = f"dateFrom={to_iso(t)}&dateTo={to_iso(t + 0.001)}"
        simple = self.c.get(f"/restapi/v1.0/account/~/call-log?{window}&recordingType=All").json()["records"]
        self.assertEqual([r["id"] for r in simple], [target["id"]])
        self.assertNotIn("recording", simple[0])
        self.assertNotIn("legs", simple[0])
        detailed = self.c.get(f"/restapi/v1.0/account/~/call-log?{window}&view=Detailed").json()["records"][0]
        leg_recs = [leg["recording"] for leg in detailed["legs"] if "recording" in leg]
        self.assertEqual([r["id"] for r in leg_recs], [target["recordings"][0]["id"]])
        rec = leg_recs[0]
        self.assertIsInstance(rec["id"], str)
        self.assertTrue(rec["contentUri"].endswith(f"/recording/{rec['id']}/content"))
        self.assertIn(rec["type"], ("Automatic", "OnDemand"))
        self.assertTrue(any(leg["master"] for leg in detailed["legs"]))

    def test_date_range_is_half_open_and_defaults_to_24_hours(self):
        self.login()
        t = "2026-03-09T08:00:00.000Z"
        added = self.c.control("POST", "calls", {"extension": "102", "startTime": t,
                                                 "recording": {"type": "OnDemand"}})
        self.assertEqual(added.status, 201, added)
        cid = added.json()["calls"][0]["id"]
        def ids(q):
            return {r["id"] for r in self.c.get(f"/restapi/v1.0/account/~/call-log?{q}&perPage=1000").json()["records"]}
        self.assertIn(cid, ids(f"dateFrom={t}&dateTo=2026-03-09T09:00:00Z"))
        self.assertNotIn(cid, ids(f"dateFrom=2026-03-09T07:00:00Z&dateTo={t}"))
        self.assertIn(cid, ids("dateTo=2026-03-10T07:59:59Z"))  # dateFrom = dateTo - 24 h
        self.assertNotIn(cid, ids("dateTo=2026-03-10T08:00:01Z"))
        # the extension's own call log, by ~ and by id
        ext102 = self.c.get("/restapi/v1.0/account/~/extension?extensionNumber=102").json()["records"][0]
        own = self.c.get(f"/restapi/v1.0/account/~/extension/{ext102['id']}/call-log"
                         f"?dateFrom={t}&dateTo=2026-03-09T09:00:00Z").json()["records"]
        self.assertIn(cid, [r["id"] for r in own])
        self.assertTrue(all("extension" not in r for r in own))
        self.assertTrue(all(r["to"].get("extensionNumber") == "102" or r["from"].get("extensionNumber") == "102"
                            for r in own))

    def test_company_call_log_forbidden_for_non_admin(self):
        self.c.control("POST", "config", {"admin": False})
        self.login()
        body = self.assertError(self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}"), 403, "CMN-408")
        self.assertIn("FullCompanyCallLog", body["errors"][0]["message"])
        self.assertEqual(self.c.get(f"/restapi/v1.0/account/~/extension/~/call-log?{WEEK}").status, 200)
        other = self.c.get("/restapi/v1.0/account/~/extension?extensionNumber=102").json()["records"][0]
        self.assertError(self.c.get(f"/restapi/v1.0/account/~/extension/{other['id']}/call-log"), 403, "CMN-408")


class ExtensionUserTests(FakeTestCase):
    args = ("--seed", "3", "--extension-user", "--no-rate-limits")

    def test_extension_user_is_not_admin(self):
        self.login()
        me = self.c.get("/restapi/v1.0/account/~/extension/~").json()
        self.assertEqual(me["extensionNumber"], "102")
        self.assertIs(me["permissions"]["admin"]["enabled"], False)
        self.assertError(self.c.get("/restapi/v1.0/account/~/call-log"), 403, "CMN-408")


class ContentTests(FakeTestCase):
    def recording(self):
        self.login()
        calls = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All&perPage=1").json()
        rec = calls["records"][0]["recording"]
        truth = {r["id"]: r for c in self.truth_calls(sha256=True) for r in c["recordings"]}
        return rec, truth[rec["id"]]

    def test_range_downloads(self):
        rec, truth = self.recording()
        full = self.c.get(rec["contentUri"])
        self.assertEqual(full.status, 200)
        self.assertIn(full.header("content-type"), ("audio/mpeg", "audio/wav"))
        self.assertEqual(full.header("accept-ranges"), "bytes")
        self.assertEqual(int(full.header("content-length")), truth["size"])
        self.assertEqual(hashlib.sha256(full.body).hexdigest(), truth["sha256"])
        self.assertEqual(full.header("x-rate-limit-group"), "Heavy")
        part = self.c.get(rec["contentUri"], headers={"Range": "bytes=10-99"})
        self.assertEqual(part.status, 206)
        self.assertEqual(part.header("content-range"), f"bytes 10-99/{truth['size']}")
        self.assertEqual(part.body, full.body[10:100])
        tail = self.c.get(rec["contentUri"], headers={"Range": "bytes=1000-"})
        self.assertEqual(full.body[:1000] + tail.body, full.body)
        suffix = self.c.get(rec["contentUri"], headers={"Range": "bytes=-16"})
        self.assertEqual(suffix.body, full.body[-16:])
        bad = self.c.get(rec["contentUri"], headers={"Range": f"bytes={truth['size']}-"})
        self.assertError(bad, 416, "CMN-107")
        self.assertEqual(bad.header("content-range"), f"bytes */{truth['size']}")
        head = self.c.request("HEAD", rec["contentUri"])
        self.assertEqual((head.status, head.body), (200, b""))
        self.assertError(self.c.get("/restapi/v1.0/account/~/recording/999/content"), 404, "CMN-102")

    def test_message_store_and_attachments(self):
        self.login()
        truth = {m["id"]: m for m in self.truth_messages(sha256=True)}
        base = f"/restapi/v1.0/account/~/extension/~/message-store?{WEEK}&perPage=1000"
        vms = self.c.get(base + "&messageType=VoiceMail").json()["records"]
        self.assertTrue(vms)
        self.assertEqual({m["type"] for m in vms}, {"VoiceMail"})
        statuses = {m["vmTranscriptionStatus"] for m in vms}
        self.assertIn("Completed", statuses)
        self.assertTrue(statuses - {"Completed"}, "voicemails without transcription expected")
        for m in vms:
            types = [a["type"] for a in m["attachments"]]
            self.assertIn("AudioRecording", types)
            self.assertEqual("AudioTranscription" in types, m["vmTranscriptionStatus"] == "Completed")
        sms = self.c.get(base + "&messageType=SMS").json()["records"]
        mms = [m for m in sms if any(a["type"] == "MmsAttachment" for a in m["attachments"])]
        self.assertTrue(mms and all(isinstance(m["subject"], str) for m in sms))
        faxes = self.c.get(base + "&messageType=Fax").json()["records"]
        self.assertTrue(faxes)
        self.assertEqual(faxes[0]["attachments"][0]["contentType"], "application/pdf")
        both = self.c.get(base + "&messageType=Fax&messageType=SMS").json()["records"]
        self.assertEqual(len(both), len(sms) + len(faxes))
        # download attachments, with and without Range
        image = next(a for a in mms[0]["attachments"] if a["type"] == "MmsAttachment")
        self.assertIsInstance(mms[0]["id"], int)
        self.assertIsInstance(image["id"], int)
        got = self.c.get(image["uri"])
        self.assertEqual(got.status, 200)
        self.assertEqual(got.header("x-rate-limit-group"), "Medium")
        self.assertTrue(got.body.startswith(b"\x89PNG"))
        want = next(a for a in truth[mms[0]["id"]]["attachments"] if a["id"] == image["id"])
        self.assertEqual(hashlib.sha256(got.body).hexdigest(), want["sha256"])
        part = self.c.get(image["uri"], headers={"Range": "bytes=0-7"})
        self.assertEqual((part.status, part.body), (206, b"\x89PNG\r\n\x1a\n"))
        text = next(a for a in sms[0]["attachments"] if a["type"] == "Text")
        self.assertEqual(self.c.get(text["uri"]).body.decode("utf-8"), sms[0]["subject"])
        pdf = self.c.get(faxes[0]["attachments"][0]["uri"])
        self.assertTrue(pdf.body.startswith(b"%PDF-"))
        self.assertError(self.c.get(base + "&messageType=Email"), 400, "CMN-101", parameterName="messageType")


class RateLimitTests(FakeTestCase):
    def test_429_with_retry_after_and_penalty_restart(self):
        self.c.control("POST", "config", {"rate_limits": {"enabled": True, "Heavy": 3},
                                          "rate_window": 2, "penalty": 2})
        self.login()
        url = f"/restapi/v1.0/account/~/call-log?{WEEK}&perPage=1"
        remaining = []
        for _ in range(3):
            reply = self.c.get(url)
            self.assertEqual(reply.status, 200, reply)
            self.assertEqual(reply.header("x-rate-limit-group"), "Heavy")
            self.assertEqual(reply.header("x-rate-limit-limit"), "3")
            self.assertEqual(reply.header("x-rate-limit-window"), "2")
            remaining.append(reply.header("x-rate-limit-remaining"))
        self.assertEqual(remaining, ["2", "1", "0"])
        # other groups are counted separately
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        limited = self.c.get(url)
        body = self.assertError(limited, 429, "CMN-301")
        self.assertEqual(body["errorCode"], "CMN-301")
        self.assertEqual(body["message"], "Request rate exceeded")
        self.assertEqual(limited.header("retry-after"), "2")
        self.assertEqual(limited.header("x-rate-limit-remaining"), "0")
        t0 = time.monotonic()
        time.sleep(1.2)
        self.assertEqual(self.c.get(url).status, 429)  # during the penalty: refused, penalty restarts
        time.sleep(1.2)  # 2.4 s after the first 429 but only 1.2 s after the restart
        self.assertEqual(self.c.get(url).status, 429)
        time.sleep(2.2)
        ok = self.c.get(url)
        self.assertEqual(ok.status, 200, ok)
        self.assertGreater(time.monotonic() - t0, 4.0)
        log = self.c.control("GET", "requests?path_regex=/call-log$").json()["requests"]
        self.assertEqual([e["status"] for e in log], [200, 200, 200, 429, 429, 429, 200])
        self.assertTrue(all(e["group"] == "Heavy" for e in log))

    def test_auth_group_is_limited_too(self):
        self.c.control("POST", "config", {"rate_limits": {"enabled": True, "Auth": 2},
                                          "rate_window": 2, "penalty": 2})
        self.login()  # authorize + token = 2 Auth requests
        self.assertEqual(self.c.refresh().status, 429)


class FaultTests(FakeTestCase):
    URL = f"/restapi/v1.0/account/~/call-log?{WEEK}&perPage=5"

    def fault(self, **spec):
        reply = self.c.control("POST", "faults", spec)
        self.assertEqual(reply.status, 201, reply)

    def test_status_fault_applies_count_times(self):
        self.login()
        self.fault(path_regex="/call-log$", kind="status", status=503, count=2)
        self.assertError(self.c.get(self.URL), 503, "CMN-201")
        self.assertEqual(self.c.get(self.URL).status, 503)
        self.assertEqual(self.c.get(self.URL).status, 200)
        self.fault(path_regex="/call-log$", kind="status", status=500)
        self.assertError(self.c.get(self.URL), 500, "CMN-203")
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)  # no match
        self.assertEqual(self.c.control("GET", "faults").json()["faults"], [])

    def test_rate_limit_fault(self):
        self.login()
        self.fault(path_regex="/recording/", kind="rate_limit", retry_after=7)
        self.fault(path_regex="/call-log$", kind="status", status=429)
        limited = self.c.get(self.URL)
        self.assertError(limited, 429, "CMN-301")
        self.assertEqual(limited.header("retry-after"), "2")  # default: the configured penalty
        rec = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All").json()
        uri = rec["records"][0]["recording"]["contentUri"]
        reply = self.c.get(uri)
        self.assertError(reply, 429, "CMN-301")
        self.assertEqual(reply.header("retry-after"), "7")
        self.assertEqual(self.c.get(uri).status, 200)

    def test_drop_connection(self):
        self.login()
        self.fault(path_regex="/call-log$", kind="drop")
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
            self.c.get(self.URL)
        self.assertEqual(self.c.get(self.URL).status, 200)
        log = self.c.control("GET", "requests?path_regex=/call-log$").json()["requests"]
        self.assertEqual([(e["status"], e["fault"]) for e in log], [(0, "drop"), (200, None)])

    def test_truncated_json(self):
        self.login()
        self.fault(path_regex="/call-log$", kind="truncate_json")
        reply = self.c.get(self.URL)
        self.assertEqual(reply.status, 200)
        self.assertEqual(int(reply.header("content-length")), len(reply.body))
        with self.assertRaises(ValueError):
            json.loads(reply.body)
        self.assertEqual(len(self.c.get(self.URL).json()["records"]), 5)

    def test_drop_mid_body(self):
        self.login()
        rec = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All").json()
        uri = rec["records"][0]["recording"]["contentUri"]
        self.fault(path_regex=r"/recording/\d+/content$", kind="drop_mid_body", after_bytes=1000)
        with self.assertRaises(http.client.IncompleteRead) as ctx:
            self.c.get(uri)
        self.assertEqual(len(ctx.exception.partial), 1000)
        whole = self.c.get(uri)
        self.assertEqual(whole.status, 200)
        self.assertEqual(whole.body[:1000], ctx.exception.partial)
        # resume with Range after the drop
        self.fault(path_regex=r"/recording/\d+/content$", kind="drop_mid_body", after_bytes=500)
        with self.assertRaises(http.client.IncompleteRead) as ctx:
            self.c.get(uri)
        rest = self.c.get(uri, headers={"Range": "bytes=500-"})
        self.assertEqual(ctx.exception.partial + rest.body, whole.body)

    def test_delay(self):
        self.login()
        self.fault(path_regex="/extension/~$", kind="delay", delay_ms=600)
        t0 = time.monotonic()
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        self.assertGreaterEqual(time.monotonic() - t0, 0.6)
        self.assertEqual(self.c.control("POST", "faults", {"kind": "explode"}).status, 400)

    def test_drop_after_handling_a_refresh(self):
        self.login()
        spent = self.c.refresh_token
        self.fault(path_regex="/oauth/token$", kind="drop_after", method="POST")
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
            self.c.refresh()
        # the tokens were rotated all the same; asking again answers the pair that was lost
        self.assertError(self.c.get("/restapi/v1.0/account/~/extension/~"), 401, "OAU-129")
        again = self.c.refresh(spent)
        self.assertEqual(again.status, 200, again)
        self.assertEqual(self.c.get("/restapi/v1.0/account/~/extension/~").status, 200)
        log = self.c.control("GET", "requests?path_regex=/oauth/token$").json()["requests"]
        self.assertEqual([(e["status"], e["fault"], e.get("handledStatus")) for e in log[-2:]],
                         [(0, "drop_after", 200), (200, None, None)])
        stats = self.c.control("GET", "stats").json()
        self.assertEqual((stats["droppedAfterHandling"], stats["refreshReplays"]), (1, 1))

    def test_keepalive_connections_closed_at_random(self):
        self.login()
        self.c.control("POST", "config", {"keepalive_close_probability": 1.0})
        path = "/restapi/v1.0/account/~/extension/~"
        conn = http.client.HTTPConnection("127.0.0.1", self.fake.port, timeout=5)
        try:
            conn.request("GET", path, headers={"Authorization": f"Bearer {self.c.access_token}"})
            reply = conn.getresponse()
            self.assertEqual(reply.status, 200)
            self.assertNotEqual((reply.getheader("connection") or "").lower(), "close")
            reply.read()
            # kept alive by the answer, closed by the server all the same
            conn.request("GET", path, headers={"Authorization": f"Bearer {self.c.access_token}"})
            with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
                conn.getresponse()
        finally:
            conn.close()
        # At least the first answer's connection; the second request may have been read before
        # that close took effect, and its own answer closed too.
        closes = self.c.control("GET", "stats").json()["keepaliveCloses"]
        self.assertGreaterEqual(closes, 1)
        # never on the control API
        for _ in range(3):
            self.assertEqual(self.c.control("GET", "health").status, 200)
        self.assertEqual(self.c.control("GET", "stats").json()["keepaliveCloses"], closes)
        self.c.control("POST", "config", {"keepalive_close_probability": 0.0})

    def test_faults_on_oauth(self):
        self.fault(path_regex="/oauth/token$", kind="status", status=503, method="POST")
        with self.assertRaises(AssertionError):
            self.login()
        self.login()


class ControlTests(FakeTestCase):
    def test_request_log(self):
        self.login()
        self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All")
        log = self.c.control("GET", "requests").json()["requests"]
        self.assertEqual([e["path"] for e in log], ["/restapi/oauth/authorize", "/restapi/oauth/token",
                                                    "/restapi/v1.0/account/~/call-log"])
        last = log[-1]
        self.assertEqual(last["method"], "GET")
        self.assertEqual(last["group"], "Heavy")
        self.assertEqual(last["status"], 200)
        self.assertEqual(last["params"]["recordingType"], ["All"])
        self.assertIn("recordingType=All", last["query"])
        self.assertTrue(last["time"].endswith("Z"))
        since = self.c.control("GET", f"requests?since={last['seq']}").json()["requests"]
        self.assertEqual(since, [])
        self.c.control("DELETE", "requests")
        self.assertEqual(self.c.control("GET", "requests").json()["requests"], [])

    def test_seed_is_deterministic_and_reset_restores_it(self):
        before = self.truth_calls()
        self.c.control("POST", "calls", {"extension": "101", "startTime": "2026-03-08T10:00:00Z"})
        self.assertEqual(len(self.truth_calls()), len(before) + 1)
        self.c.control("POST", "reset")
        self.assertEqual(self.truth_calls(), before)
        other = FakeProcess("--seed", "7", "--now", NOW)
        try:
            self.assertEqual(Client(other.base).control("GET", "calls").json()["calls"], before)
        finally:
            other.stop()

    def test_scenario_replaces_the_seed(self):
        scenario = {"replace": True, "replaceSeed": True,
                    "calls": [{"extension": "103", "startTime": "2026-03-09T10:00:00Z",
                               "legs": [{"legType": "PstnToSip"},
                                        {"legType": "Accept", "recording": {"type": "Automatic",
                                                                            "contentType": "audio/wav",
                                                                            "size": 2048}}]}],
                    "messages": [{"extension": "101", "type": "VoiceMail", "transcription": False,
                                  "creationTime": "2026-03-09T11:00:00Z"}]}
        self.assertEqual(self.c.control("POST", "scenario", scenario).status, 200)
        calls = self.truth_calls()
        self.assertEqual(len(calls), 1)
        self.assertEqual(calls[0]["recordings"][0]["size"], 2048)
        self.assertTrue(calls[0]["recordings"][0]["onlyOnLegs"])
        self.login()
        got = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All&view=Detailed").json()
        uri = got["records"][0]["legs"][1]["recording"]["contentUri"]
        wav = self.c.get(uri)
        self.assertEqual((wav.header("content-type"), len(wav.body), wav.body[:4]), ("audio/wav", 2048, b"RIFF"))

    def test_media_base_url(self):
        self.c.control("POST", "config", {"media_base_url": "http://127.0.0.1:9/media"})
        self.login()
        rec = self.c.get(f"/restapi/v1.0/account/~/call-log?{WEEK}&recordingType=All").json()["records"][0]
        self.assertTrue(rec["recording"]["contentUri"].startswith("http://127.0.0.1:9/media/restapi/v1.0/account/"))
        self.assertTrue(rec["recording"]["uri"].startswith(self.fake.base))


class ScenarioFileTests(FakeTestCase):
    args = ("--scenario", os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenario-example.json"),
            "--no-rate-limits")

    def test_scenario_file(self):
        self.login()
        exts = self.c.get("/restapi/v1.0/account/~/extension?perPage=100").json()["records"]
        self.assertEqual([e["extensionNumber"] for e in exts], ["101", "102", "107", "108"])
        self.assertEqual(exts[2]["name"], "CON / Back\\slash: *?")
        day = self.c.get("/restapi/v1.0/account/~/call-log?dateFrom=2026-03-10T00:00:00Z"
                         "&dateTo=2026-03-10T12:00:00Z&view=Detailed").json()["records"]
        self.assertEqual(len(day), 2)  # midnight is in, 23:59:59.999 the day before is not
        self.assertEqual(day[-1]["startTime"], "2026-03-10T00:00:00.000Z")
        calls = self.truth_calls()
        self.assertEqual(len(calls), 6)
        self.assertEqual(sum(1 for c in calls if c["recordings"]), 5)
        msgs = self.truth_messages()
        self.assertEqual([m["type"] for m in msgs], ["VoiceMail", "VoiceMail", "SMS", "Fax"])
        self.assertEqual(msgs[1]["vmTranscriptionStatus"], "Failed")
        self.assertEqual(msgs[2]["attachments"][1]["contentType"], "image/jpeg")


class ShutdownTests(unittest.TestCase):
    def test_sigterm_exits_cleanly(self):
        fake = FakeProcess("--seed", "2", "--print-port")
        self.assertEqual(fake.proc.stdout.readline().strip(), str(fake.port))
        self.assertEqual(Client(fake.base).control("GET", "health").status, 200)
        t0 = time.monotonic()
        self.assertEqual(fake.stop(), 0)
        self.assertLess(time.monotonic() - t0, 5)


if __name__ == "__main__":
    unittest.main()
