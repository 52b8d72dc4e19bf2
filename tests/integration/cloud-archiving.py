#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The engine end to end into the cloud storages: the real rc-archiver signs in to the fake
RingCentral server and to the fake Google Drive, Dropbox or Box (each sign-in through a BROWSER
command that follows the authorize redirect into the app's loopback listener), archives the
admin view with run-once, and is checked against both fakes' ground truth: every recording
stored exactly once with the right bytes (SHA-256), nothing else stored, and a second run
stores nothing new.

    cloud-archiving.py BUILD_DIR googledrive|dropbox|box

Runs inside tests/harness/in-session.sh (the tokens go to a real gnome-keyring)."""

import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fakeprocess import Fake, free_port

ROOT = Path(__file__).resolve().parents[2]
FAKES = ROOT / "tests" / "fakes"


def main() -> int:
    build, storage = Path(sys.argv[1]), sys.argv[2]
    program = build / "bin" / "rc-archiver"
    ringcentral = Fake(FAKES / "ringcentral" / "fake_ringcentral.py", "--admin", "--seed", "5",
                       "--days", "2", "--items-per-day", "2", "--rate-window", "2",
                       "--penalty", "2")
    cloud = Fake(FAKES / storage / f"fake_{storage}.py")
    try:
        env = dict(os.environ,
                   RCA_RINGCENTRAL_SERVER_URL=ringcentral.url,
                   RCA_RINGCENTRAL_MEDIA_URL=ringcentral.url,
                   RCA_RINGCENTRAL_CLIENT_ID="rca-test-client",
                   BROWSER="curl -sS -L -o /dev/null %s")
        if storage == "googledrive":
            env.update(RCA_GOOGLE_AUTH_URL=cloud.url + "/o/oauth2/v2/auth",
                       RCA_GOOGLE_TOKEN_URL=cloud.url + "/token",
                       RCA_GOOGLE_API_URL=cloud.url,
                       RCA_GOOGLE_CLIENT_ID="rca-test-client",
                       RCA_GOOGLE_CLIENT_SECRET="rca-test-secret")
            connect_options = []
        elif storage == "box":
            env.update(RCA_BOX_CLIENT_ID="fake-box-client-id",
                       RCA_BOX_CLIENT_SECRET="fake-box-client-secret",
                       RCA_BOX_API_URL=cloud.url + "/2.0",
                       RCA_BOX_UPLOAD_URL=cloud.url + "/api/2.0",
                       RCA_BOX_AUTHORIZE_URL=cloud.url + "/api/oauth2/authorize")
            connect_options = ["--option", f"redirectPort={free_port()}"]
        else:
            env.update(RCA_DROPBOX_APP_KEY="rca-test-key", RCA_DROPBOX_API_URL=cloud.url,
                       RCA_DROPBOX_CONTENT_URL=cloud.url,
                       RCA_DROPBOX_AUTHORIZE_URL=cloud.url + "/oauth2/authorize")
            connect_options = ["--option", f"redirectPort={free_port()}"]
        profile = tempfile.mkdtemp(prefix="rca-cloud-")

        def run(*args: str) -> str:
            result = subprocess.run([str(program), "--profile", profile, *args], env=env,
                                    capture_output=True, text=True, timeout=300)
            output = result.stdout + result.stderr
            if result.returncode != 0:
                raise AssertionError(f"rc-archiver {' '.join(args)} failed:\n{output}")
            return output

        run("connect", "ringcentral", "--option", f"redirectPort={free_port()}")
        run("connect", storage, *connect_options)
        now = datetime.now(timezone.utc)
        window = ["--from", (now - timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "--to", (now + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")]
        first = run("run-once", *window)

        expected = {}
        for call in ringcentral.get("/__fake/calls?sha256=1")["calls"]:
            for recording in call["recordings"]:
                expected[recording["id"]] = recording["sha256"]
        stored = cloud.get("/__fake/files")
        stored = stored.get("files", stored)
        files = [f for f in stored if f.get("mimeType") != "application/vnd.google-apps.folder"
                 and "sha256" in f and f.get("sha256")]
        by_id = {}
        manifests = 0
        for f in files:
            name = f.get("name") or f.get("path", "").rsplit("/", 1)[-1]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}\.(jsonl|sha256)", name):
                manifests += 1  # the day manifests beside the extension folders
                continue
            match = re.search(r"_([0-9A-Za-z]+)\.(mp3|wav)$", name)
            assert match, f"unexpected file {name}"
            assert match.group(1) not in by_id, f"stored twice: {name}"
            by_id[match.group(1)] = f["sha256"]
        assert set(by_id) == set(expected), (
            f"missing {sorted(set(expected) - set(by_id))}, extra {sorted(set(by_id) - set(expected))}")
        for rid, sha in expected.items():
            assert by_id[rid] == sha, f"recording {rid}: stored bytes differ"
        assert f"Complete ({len(expected)} archived, 0 failed)" in first, first
        assert manifests >= 2 and manifests % 2 == 0, f"{manifests} manifest files"

        second = run("run-once", *window)
        assert "archived" not in second, second
        again = cloud.get("/__fake/files")
        assert len(again.get("files", again)) == len(stored), "the second run stored something"
        print(f"{storage}: {len(expected)} recordings archived once, bytes verified; "
              "a second run stored nothing")
        return 0
    finally:
        ringcentral.stop()
        cloud.stop()


if __name__ == "__main__":
    sys.exit(main())
