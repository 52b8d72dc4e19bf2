# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake server (tests/fakes) run as a child process for the end-to-end scripts: started with
--port 0, its address read from the LISTENING line it prints, its /__fake/ control API called
as JSON, stopped at the end."""

import json
import re
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Fake:
    def __init__(self, script: Path, *args: str):
        self.process = subprocess.Popen(
            [sys.executable, str(script), "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for _ in range(200):
            line = self.process.stdout.readline()
            match = re.search(r"LISTENING (http://\S+)", line)
            if match:
                self.url = match.group(1)
                return
        raise RuntimeError(f"{script.name} did not start")

    def call(self, path: str, body=None, method=None):
        """GET (or POST with a JSON body) on the fake; its JSON answer, or None."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            raw = reply.read()
            return json.loads(raw) if raw else None

    get = call

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
