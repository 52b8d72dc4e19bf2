#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""An SFTP server that fails on purpose, for tst_sftpcommit: it runs OpenSSH's sftp-server and
passes the SFTP stream through both ways, but about a temporary upload file (".rca-upload-*")
it can answer a chosen request with a failure, and hold its answers back to show which
requests the client had sent before it got any. Every request still reaches sftp-server, so
the fsync happens and the close closes; only the answer the client sees changes.

    sftp-fault-server.py CONTROL_DIR [sftp-server arguments...]

sshd runs it as the sftp subsystem (tests/harness/sshd.sh with SFTP_SERVER="python3 THIS DIR"
and --sftp-log). CONTROL_DIR/faults holds words, read again at every request:
  fsync, fstat, close   answer that request with SSH_FX_FAILURE
  fstat-size            report one byte more than the file has
  hold                  hold the answers about a temporary file, from its first write on,
                        until its close arrives (or HOLD_SECONDS pass), then write one line
                        to CONTROL_DIR/requests.log: "NAME KIND,KIND,... close|timeout", the
                        requests about it that had arrived by then.
  hold-rename           hold the answer to a rename of a temporary file until the next open
                        of a temporary file arrives (or HOLD_SECONDS pass), then write
                        "rename NAME open|timeout" to CONTROL_DIR/requests.log.
  open                  answer the opens of temporary files with SSH_FX_FAILURE, without
                        passing them on (so no file is made).
Every open of a temporary file adds "NAME handle|failed" to CONTROL_DIR/opens.log.
"""
import os
import struct
import subprocess
import sys
import threading
import time

SFTP_SERVER = "/usr/lib/openssh/sftp-server"
HOLD_SECONDS = 3.0

OPEN, CLOSE, WRITE, FSTAT, RENAME, EXTENDED = 3, 4, 6, 8, 18, 200
VERSION, STATUS, HANDLE, ATTRS = 2, 101, 102, 105
FX_FAILURE = 4
KINDS = {CLOSE: "close", WRITE: "write", FSTAT: "fstat"}


def read_exact(stream, size):
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def read_packet(stream):
    header = read_exact(stream, 4)
    if header is None:
        return None
    return read_exact(stream, struct.unpack(">I", header)[0])


def string_at(body, offset):
    (length,) = struct.unpack_from(">I", body, offset)
    return body[offset + 4:offset + 4 + length], offset + 4 + length


def is_temporary(path):
    return os.path.basename(path).startswith(b".rca-upload-")


def status(request_id, message):
    text = message.encode()
    return (bytes([STATUS]) + struct.pack(">II", request_id, FX_FAILURE) +
            struct.pack(">I", len(text)) + text + struct.pack(">I", 0))


class Upload:
    """What is known about one temporary file's handle."""

    def __init__(self, name):
        self.name = name
        self.kinds = []     # the requests about it, in order of arrival
        self.held = []      # answers not yet passed on
        self.held_since = None
        self.released = False


class Relay:
    def __init__(self, control, server):
        self.control = control
        self.server = server
        self.lock = threading.Lock()
        self.requests = {}  # request id -> (kind, handle or path)
        self.uploads = {}   # handle -> Upload
        self.renames = []   # held renames: [name, answer, since]
        self.opens = 0      # opens of temporary files so far
        self.opens_before = {}  # rename request id -> self.opens when it arrived
        self.out = sys.stdout.buffer

    def faults(self):
        try:
            with open(os.path.join(self.control, "faults")) as f:
                return set(f.read().split())
        except OSError:
            return set()

    def send(self, body):
        self.out.write(struct.pack(">I", len(body)) + body)
        self.out.flush()

    def log(self, file, line):
        with open(os.path.join(self.control, file), "a") as log:
            log.write(line + "\n")

    def release_renames(self, reason):
        """With the lock held."""
        for name, body, _ in self.renames:
            self.log("requests.log", f"rename {name} {reason}")
            self.send(body)
        self.renames = []

    def release(self, upload, reason):
        """With the lock held."""
        if upload.released:
            return
        upload.released = True
        with open(os.path.join(self.control, "requests.log"), "a") as log:
            log.write(f"{upload.name} {','.join(upload.kinds)} {reason}\n")
        for body in upload.held:
            self.send(body)
        upload.held = []

    def client_to_server(self):
        while True:
            body = read_packet(sys.stdin.buffer)
            if body is None:
                break
            kind, subject = None, None
            if body[0] == OPEN:
                kind, subject = "open", string_at(body, 5)[0]
            elif body[0] == RENAME:
                kind, subject = "rename", string_at(body, 5)[0]
            elif body[0] in KINDS:
                kind, subject = KINDS[body[0]], string_at(body, 5)[0]
            elif body[0] == EXTENDED:
                name, offset = string_at(body, 5)
                if name == b"fsync@openssh.com":
                    kind, subject = "fsync", string_at(body, offset)[0]
            with self.lock:
                temporary = kind in ("open", "rename") and is_temporary(subject)
                if kind == "rename" and temporary:
                    self.opens_before[body[1:5]] = self.opens
                if kind == "open" and temporary:
                    self.opens += 1
                    self.release_renames("open")
                    if "open" in self.faults():
                        self.log("opens.log", f"{os.path.basename(subject).decode()} failed")
                        self.send(status(struct.unpack_from(">I", body, 1)[0],
                                         "injected open failure"))
                        continue
                if kind:
                    self.requests[body[1:5]] = (kind, subject)
                upload = self.uploads.get(subject) if kind != "open" else None
                if upload:
                    upload.kinds.append(kind)
                    if kind == "close" and not upload.released and "hold" in self.faults():
                        self.release(upload, "close")
            self.server.stdin.write(struct.pack(">I", len(body)) + body)
            self.server.stdin.flush()
        self.server.stdin.close()

    def server_to_client(self):
        while True:
            body = read_packet(self.server.stdout)
            if body is None:
                break
            with self.lock:
                request = self.requests.pop(body[1:5], None) if body[0] != VERSION else None
                body = self.answer(request, body)
            if body is not None:
                with self.lock:
                    self.send(body)

    def answer(self, request, body):
        """The answer to pass on now, or None when held. With the lock held."""
        if not request:
            return body
        kind, subject = request
        if kind == "open":
            if is_temporary(subject):
                name = os.path.basename(subject).decode()
                self.log("opens.log", f"{name} {'handle' if body[0] == HANDLE else 'failed'}")
                if body[0] == HANDLE:
                    self.uploads[string_at(body, 5)[0]] = Upload(name)
            return body
        if kind == "rename":
            opens_before = self.opens_before.pop(body[1:5], None)
            if opens_before is None or "hold-rename" not in self.faults():
                return body
            name = os.path.basename(subject).decode()
            if self.opens > opens_before:
                self.log("requests.log", f"rename {name} open")
                return body
            self.renames.append([name, body, time.monotonic()])
            return None
        upload = self.uploads.get(subject)
        if not upload:
            return body
        faults = self.faults()
        if kind in faults:
            body = status(struct.unpack_from(">I", body, 1)[0], f"injected {kind} failure")
        elif kind == "fstat" and "fstat-size" in faults and body[0] == ATTRS:
            (flags,) = struct.unpack_from(">I", body, 5)
            if flags & 1:
                (size,) = struct.unpack_from(">Q", body, 9)
                body = body[:9] + struct.pack(">Q", size + 1) + body[17:]
        if kind == "close":
            del self.uploads[subject]
            if upload.held:
                self.release(upload, "close")
        if "hold" in faults and not upload.released:
            upload.held.append(body)
            if upload.held_since is None:
                upload.held_since = time.monotonic()
            return None
        return body

    def watch(self):
        while True:
            time.sleep(0.05)
            with self.lock:
                if self.renames and time.monotonic() - self.renames[0][2] > HOLD_SECONDS:
                    self.release_renames("timeout")
                for upload in list(self.uploads.values()):
                    if upload.held and time.monotonic() - upload.held_since > HOLD_SECONDS:
                        self.release(upload, "timeout")


def main():
    control = sys.argv[1]
    server = subprocess.Popen([SFTP_SERVER] + sys.argv[2:], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    relay = Relay(control, server)
    threading.Thread(target=relay.watch, daemon=True).start()
    threading.Thread(target=relay.client_to_server, daemon=True).start()
    relay.server_to_client()
    server.wait()


if __name__ == "__main__":
    main()
