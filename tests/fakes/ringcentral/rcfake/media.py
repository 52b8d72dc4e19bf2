# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Deterministic media bytes: the same (seed, id, size, content type) always gives the same bytes.

Content is generated in 64 KiB blocks, each from its own PRNG, so a Range request for the end of a
large recording does not generate everything before it. The first bytes carry a real file
signature (ID3/MPEG frame, RIFF/WAVE, %PDF, PNG) so that sniffers and players recognise the type.
"""
from __future__ import annotations

import hashlib
import random
import struct
import zlib

BLOCK = 64 * 1024


def _png_header() -> bytes:
    """A complete 1x1 PNG; the rest of the blob is trailing padding after IEND."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x80\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _wav_header(size: int) -> bytes:
    data_len = max(0, size - 44)
    return (b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
            + b"data" + struct.pack("<I", data_len))


def header_for(content_type: str, size: int) -> bytes:
    if content_type == "audio/mpeg":
        # ID3v2.4 tag with no frames, then an MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz)
        return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64"
    if content_type in ("audio/wav", "audio/x-wav"):
        return _wav_header(size)
    if content_type == "application/pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    if content_type == "image/png":
        return _png_header()
    if content_type == "image/jpeg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b""


class Blob:
    """Bytes of one downloadable item. ``text`` (if given) is served verbatim instead."""

    def __init__(self, key: str, size: int, content_type: str, text: str | None = None):
        self.key = key
        self.content_type = content_type
        if text is not None:
            self._fixed = text.encode("utf-8")
            self.size = len(self._fixed)
        else:
            self._fixed = None
            self.size = max(0, int(size))
            self._header = header_for(content_type, self.size)[: self.size]

    def _block(self, index: int) -> bytes:
        rng = random.Random(f"{self.key}#{index}")
        return rng.randbytes(BLOCK)

    def read(self, start: int, end: int) -> bytes:
        """Bytes [start, end) — for small ranges; use chunks() to stream large ones."""
        return b"".join(self.chunks(start, end))

    def chunks(self, start: int, end: int):
        end = min(end, self.size)
        if start >= end:
            return
        if self._fixed is not None:
            yield self._fixed[start:end]
            return
        pos = start
        while pos < end:
            index, offset = divmod(pos, BLOCK)
            block = self._block(index)
            take = min(BLOCK - offset, end - pos)
            piece = block[offset:offset + take]
            if pos < len(self._header):
                # overlay the file signature on the first bytes
                h_end = min(len(self._header), pos + take)
                piece = self._header[pos:h_end] + piece[h_end - pos:]
            yield piece
            pos += take

    def sha256(self) -> str:
        h = hashlib.sha256()
        for piece in self.chunks(0, self.size):
            h.update(piece)
        return h.hexdigest()
