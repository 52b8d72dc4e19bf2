#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Proof of completeness end to end: the real rc-archiver archives the fake RingCentral
server's recordings (admin view) into a storage -- a Local folder, SFTP on a throwaway OpenSSH
sshd, the fake Dropbox, Google Drive, Box or S3 -- and the archive is then damaged five ways:
one stored file deleted, one truncated, one byte of a third changed, one stray file added and
one ledger row deleted. `rc-archiver audit` must name exactly those five and exit 3;
`audit --repair` must put back the first three and the ledger row through the normal job
path, uploading nothing twice (the files in storage, or the fake's upload counter, prove it),
and leave only the stray file; once that is removed, an audit is clean (exit 0). For Local and
SFTP the day manifests must pass `sha256sum -c` run from the archive root, as the README tells
an auditor.

    audit-e2e.py BUILD_DIR local|sftp|dropbox|googledrive|box|s3

Runs inside tests/harness/in-session.sh (the tokens go to a real gnome-keyring)."""

import base64
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fakeprocess import Fake, free_port

ROOT = Path(__file__).resolve().parents[2]
FAKES = ROOT / "tests" / "fakes"
ARCHIVE = "Apps/RingCentral Application"
MANIFEST = re.compile(r"(^|/)manifest/\d{4}-\d{2}-\d{2}\.(jsonl|sha256)$")


class DiskStorage:
    """A Local folder, or the folder an SFTP server on this machine serves: the test reaches
    the stored files directly."""

    def __init__(self, kind: str, work: Path):
        self.kind = kind
        self.target = work / "target"
        self.target.mkdir()
        self.root = self.target / ARCHIVE
        self.sshd = None
        if kind == "sftp":
            self.sshd = work / "sshd"
            self.sshd.mkdir()
            key = work / "id_ed25519"
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)],
                           check=True)
            shutil.copy(f"{key}.pub", self.sshd / "authorized_keys")
            harness = ROOT / "tests" / "harness" / "sshd.sh"
            port = subprocess.run(["bash", str(harness), "start", str(self.sshd)], check=True,
                                  capture_output=True, text=True).stdout.strip()
            fingerprint = subprocess.run(
                ["ssh-keygen", "-lf", str(self.sshd / "host_ed25519_key.pub")], check=True,
                capture_output=True, text=True).stdout.split()[1]
            user = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
            self.connect = ["connect", "sftp"]
            for option in (f"host=127.0.0.1", f"port={port}", f"user={user}", "auth=key",
                           f"keyFile={key}", f"root={self.target}",
                           f"knownHostsFile={work / 'known_hosts'}"):
                self.connect += ["--option", option]
            self.connect += ["--accept-host-key", fingerprint]
        else:
            self.connect = ["connect", "local", "--path", str(self.target)]

    def env(self):
        return {}

    def files(self) -> dict:
        """path relative to the archive root -> SHA-256, manifests left out."""
        found = {}
        for path in self.root.rglob("*"):
            rel = path.relative_to(self.root).as_posix()
            if path.is_file() and not MANIFEST.search(rel):
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        return found

    def delete(self, rel):
        (self.root / rel).unlink()

    def truncate(self, rel):
        with open(self.root / rel, "r+b") as f:
            f.truncate(100)

    def change_byte(self, rel):
        with open(self.root / rel, "r+b") as f:
            f.seek(1000)
            byte = f.read(1)
            f.seek(1000)
            f.write(bytes([byte[0] ^ 0x20]))

    def add(self, rel, data):
        (self.root / rel).write_bytes(data)

    def uploads(self) -> int:
        return -1  # the files themselves prove it: see check_stored

    def check_manifests(self, expected_files: int):
        sums = sorted(str(p.relative_to(self.root)) for p in (self.root / "manifest").glob("*.sha256"))
        assert sums, "no day manifest"
        result = subprocess.run(["sha256sum", "-c", "--strict", *sums], cwd=self.root,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        ok = result.stdout.count(": OK\n")
        assert ok == expected_files, f"{ok} files in the manifests, {expected_files} stored"
        lines = sum(len(p.read_text().splitlines()) for p in (self.root / "manifest").glob("*.jsonl"))
        assert lines == expected_files, f"{lines} manifest lines"

    def stop(self):
        if self.sshd:
            subprocess.run(["bash", str(ROOT / "tests" / "harness" / "sshd.sh"), "stop",
                            str(self.sshd)])


class CloudStorage:
    """The fake Dropbox or Google Drive, tampered with through its /__fake/ control API."""

    def __init__(self, kind: str):
        self.kind = kind
        self.fake = Fake(FAKES / kind / f"fake_{kind}.py")
        url = self.fake.url
        if kind == "googledrive":
            self._env = dict(RCA_GOOGLE_AUTH_URL=url + "/o/oauth2/v2/auth",
                             RCA_GOOGLE_TOKEN_URL=url + "/token", RCA_GOOGLE_API_URL=url,
                             RCA_GOOGLE_CLIENT_ID="rca-test-client",
                             RCA_GOOGLE_CLIENT_SECRET="rca-test-secret")
            self.connect = ["connect", kind]
        elif kind == "box":
            self._env = dict(RCA_BOX_CLIENT_ID="fake-box-client-id",
                             RCA_BOX_CLIENT_SECRET="fake-box-client-secret",
                             RCA_BOX_API_URL=url + "/2.0", RCA_BOX_UPLOAD_URL=url + "/api/2.0",
                             RCA_BOX_AUTHORIZE_URL=url + "/api/oauth2/authorize")
            self.connect = ["connect", kind, "--option", f"redirectPort={free_port()}"]
        else:
            self._env = dict(RCA_DROPBOX_APP_KEY="rca-test-key", RCA_DROPBOX_API_URL=url,
                             RCA_DROPBOX_CONTENT_URL=url,
                             RCA_DROPBOX_AUTHORIZE_URL=url + "/oauth2/authorize")
            self.connect = ["connect", kind, "--option", f"redirectPort={free_port()}"]

    def env(self):
        return self._env

    def files(self) -> dict:
        """path relative to the archive root -> SHA-256, from the fake's ground truth."""
        found = {}
        truth = self.fake.call("/__fake/files")
        if self.kind == "box":
            prefix = "/" + ARCHIVE + "/"
            for f in truth["files"]:
                if f["path"].startswith(prefix):
                    found[f["path"][len(prefix):]] = f["sha256"]
        elif self.kind == "dropbox":
            # App-folder access: Dropbox's "/" is the app's folder, Apps/RingCentral Application.
            prefix = "/ringcentral application/"
            for f in truth["files"]:
                if f["path"].lower().startswith(prefix):
                    found[f["path"][len(prefix):]] = f["sha256"]
        else:
            by_id = {f["id"]: f for f in truth["files"]}

            def path_of(f):
                names = [f["name"]]
                while f["parents"] and f["parents"][0] != truth["root_id"]:
                    f = by_id[f["parents"][0]]
                    names.insert(0, f["name"])
                return "/".join(names)

            for f in truth["files"]:
                if f["mimeType"] == "application/vnd.google-apps.folder" or f.get("trashed"):
                    continue
                path = path_of(f)
                if path.startswith(ARCHIVE + "/"):
                    found[path[len(ARCHIVE) + 1:]] = f["sha256"]
        return {rel: sha for rel, sha in found.items() if not MANIFEST.search(rel)}

    def where(self, rel):
        if self.kind == "box":
            return f"/{ARCHIVE}/{rel}"
        return f"/RingCentral Application/{rel}" if self.kind == "dropbox" else f"{ARCHIVE}/{rel}"

    def delete(self, rel):
        self.fake.call("/__fake/tamper", {"action": "delete", "path": self.where(rel)})

    def truncate(self, rel):
        self.fake.call("/__fake/tamper", {"action": "truncate", "path": self.where(rel),
                                          "size": 100})

    def change_byte(self, rel):
        self.fake.call("/__fake/tamper", {"action": "flip", "path": self.where(rel),
                                          "offset": 1000})

    def add(self, rel, data):
        encoded = base64.b64encode(data).decode()
        if self.kind in ("dropbox", "box"):
            self.fake.call("/__fake/tamper", {"action": "add", "path": self.where(rel),
                                              "data_b64": encoded})
        else:
            folder, name = rel.rsplit("/", 1)
            self.fake.call("/__fake/tamper", {"action": "add", "name": name,
                                              "folder": f"{ARCHIVE}/{folder}",
                                              "content_b64": encoded})

    def uploads(self) -> int:
        counts = self.fake.call("/__fake/uploads")["paths"]
        return sum(n for path, n in counts.items() if not MANIFEST.search(path))

    def check_manifests(self, expected_files: int):
        pass  # the files are checked through the audit; sha256sum needs a file system

    def stop(self):
        self.fake.stop()


class S3Storage:
    """The fake S3 (every signature checked by botocore), tampered with through its control
    API; the archive is under the key prefix "RingCentral Application/" of a plain bucket."""

    BUCKET = "archive"
    PREFIX = "RingCentral Application/"

    def __init__(self):
        self.fake = Fake(FAKES / "s3" / "fake_s3.py", "--bucket", self.BUCKET)
        self.connect = ["connect", "s3", "--option", f"endpoint={self.fake.url}",
                        "--option", f"bucket={self.BUCKET}",
                        "--option", "accessKeyId=AKIAIOSFODNN7EXAMPLE",
                        "--option", "secretAccessKey=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]

    def env(self):
        return {}

    def files(self) -> dict:
        """path relative to the archive root -> SHA-256 of the key's current bytes."""
        objects = self.fake.call(f"/__fake/objects?bucket={self.BUCKET}")["objects"]
        return {o["key"][len(self.PREFIX):]: o["sha256"] for o in objects
                if o["is_latest"] and not o["delete_marker"] and o["key"].startswith(self.PREFIX)
                and not MANIFEST.search(o["key"])}

    def tamper(self, rel, action, **extra):
        self.fake.call("/__fake/tamper", dict(bucket=self.BUCKET, key=self.PREFIX + rel,
                                              action=action, **extra))

    def delete(self, rel):
        self.tamper(rel, "delete")

    def truncate(self, rel):
        self.tamper(rel, "truncate", size=100)

    def change_byte(self, rel):
        self.tamper(rel, "flip", offset=1000)

    def add(self, rel, data):
        self.fake.call("/__fake/objects", {"bucket": self.BUCKET, "key": self.PREFIX + rel,
                                           "data_b64": base64.b64encode(data).decode()})

    def uploads(self) -> int:
        """Objects written by RC Archiver: PUTs and completed multipart uploads that stored."""
        log = self.fake.call("/__fake/requests")["requests"]
        return sum(1 for r in log if r["status"] == 200 and not MANIFEST.search(r["key"])
                   and r["operation"] in ("PutObject", "CompleteMultipartUpload"))

    def check_manifests(self, expected_files: int):
        pass  # the files are checked through the audit; sha256sum needs a file system

    def stop(self):
        self.fake.stop()


def main() -> int:
    build, kind = Path(sys.argv[1]), sys.argv[2]
    program = build / "bin" / "rc-archiver"
    work = Path(tempfile.mkdtemp(prefix="rca-audit-"))
    ringcentral = Fake(FAKES / "ringcentral" / "fake_ringcentral.py", "--admin", "--seed", "12",
                       "--days", "2", "--items-per-day", "3", "--recording-bytes", "20000",
                       "--rate-window", "2", "--penalty", "2")
    storage = (DiskStorage(kind, work) if kind in ("local", "sftp")
               else S3Storage() if kind == "s3" else CloudStorage(kind))
    profile = work / "profile"
    try:
        env = dict(os.environ, RCA_RINGCENTRAL_SERVER_URL=ringcentral.url,
                   RCA_RINGCENTRAL_MEDIA_URL=ringcentral.url,
                   RCA_RINGCENTRAL_CLIENT_ID="rca-test-client",
                   BROWSER="curl -sS -L -o /dev/null %s", **storage.env())

        def run(*args: str, expect=0):
            result = subprocess.run([str(program), "--profile", str(profile), *args], env=env,
                                    capture_output=True, text=True, timeout=300)
            assert result.returncode == expect, (
                f"rc-archiver {' '.join(args)} exited {result.returncode}, not {expect}:\n"
                f"{result.stdout}{result.stderr}")
            return result.stdout

        run("connect", "ringcentral", "--option", f"redirectPort={free_port()}")
        run(*storage.connect)
        now = datetime.now(timezone.utc)
        window = ["--from", (now - timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "--to", (now + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")]
        run("run-once", *window)

        expected = {}
        for call in ringcentral.call("/__fake/calls?sha256=1")["calls"]:
            for recording in call["recordings"]:
                expected[recording["id"]] = recording["sha256"]
        assert len(expected) >= 6, f"only {len(expected)} recordings to work with"

        def check_stored():
            by_id = {}
            for rel, data in storage.files().items():
                match = re.search(r"_([0-9A-Za-z]+)\.(mp3|wav)$", rel)
                assert match, f"unexpected file {rel}"
                assert match.group(1) not in by_id, f"stored twice: {rel}"
                assert data == expected[match.group(1)], rel
                by_id[match.group(1)] = rel
            assert set(by_id) == set(expected), f"missing {set(expected) - set(by_id)}"
            return by_id

        clean = json.loads(run("audit", *window, "--json"))
        assert clean["clean"] and clean["totals"]["verified"] == len(expected), clean["totals"]
        assert clean["totals"]["listed"] == len(expected), clean["totals"]
        by_id = check_stored()
        storage.check_manifests(len(expected))

        # Five faults.
        paths = sorted(by_id.values())
        deleted, truncated, changed, beside, unrecorded = paths[:5]
        stray = beside.rsplit("/", 1)[0] + "/stray-note.txt"
        storage.delete(deleted)
        storage.truncate(truncated)
        storage.change_byte(changed)
        storage.add(stray, b"a file nobody archived\n")
        with sqlite3.connect(profile / "rc-archiver.sqlite") as db:
            assert db.execute("DELETE FROM archived_items WHERE remote_path = ?",
                              (unrecorded,)).rowcount == 1

        found = json.loads(run("audit", *window, "--json", expect=3))
        named = sorted((p["kind"], p["path"]) for p in found["problems"])
        assert named == sorted([("missing-file", deleted), ("size-differs", truncated),
                                ("checksum-differs", changed), ("unknown-file", stray),
                                ("not-in-ledger", unrecorded)]), named
        assert [p["repairable"] for p in found["problems"]].count(True) == 4

        uploads = storage.uploads()
        repaired = json.loads(run("audit", *window, "--repair", "--json", expect=3))
        assert repaired["repair"]["archived"] == 4, repaired["repair"]
        assert repaired["repair"]["failed"] == 0, repaired["repair"]
        after = repaired["afterRepair"]
        assert [(p["kind"], p["path"]) for p in after["problems"]] == [("unknown-file", stray)], \
            after["problems"]
        if uploads >= 0:
            assert storage.uploads() - uploads == 3, f"{storage.uploads() - uploads} uploads"
        storage.delete(stray)
        final = json.loads(run("audit", *window, "--json"))
        assert final["clean"] and final["totals"]["verified"] == len(expected), final
        assert check_stored() == by_id, "a repaired file moved"
        storage.check_manifests(len(expected))
        print(f"{kind}: {len(expected)} recordings; the five faults named exactly, four repaired "
              "with three uploads, the audit clean afterwards")
        return 0
    finally:
        ringcentral.stop()
        storage.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
