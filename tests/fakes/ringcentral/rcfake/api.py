# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The REST API routes: extension info and list, call log, recordings, message store."""
from __future__ import annotations

import re
import time

from . import render
from .common import (HttpError, Request, Response, date_param, enum_list, enum_param, forbidden,
                     int_param, json_response, not_found, paginate)
from . import errors as E

DAY = 86400
EXTENSION_TYPES = ("User", "Department", "Announcement", "Voicemail", "DigitalUser", "VirtualUser",
                   "FaxUser", "PagingOnly", "SharedLinesGroup", "DelegatedLinesGroup",
                   "GroupCallPickup", "IvrMenu", "ApplicationExtension", "ProxyAdmin",
                   "RoomConnector", "ParkLocation", "Limited", "Bot", "Site", "Room", "FlexibleUser",
                   "TieLine", "Unknown")
EXTENSION_STATUSES = ("Enabled", "Disabled", "Frozen", "NotActivated", "Unassigned")
MESSAGE_TYPES = ("Fax", "SMS", "VoiceMail", "Pager", "Text")


class Api:
    def __init__(self, app):
        self.app = app  # server.App

    # -------------------------------------------------------------- helpers
    @property
    def account(self):
        return self.app.account

    def _check_account(self, req: Request) -> None:
        acc = req.match.get("acc")
        if acc not in ("~", str(self.account.account_id)):
            raise not_found("accountId")

    def _me(self, req: Request):
        ext = self.account.find_extension(req.session.ext_id)
        if ext is None:
            raise not_found("extensionId")
        return ext

    def _target_extension(self, req: Request, permission: str):
        """The {extensionId} of the path; other extensions than one's own need admin rights."""
        self._check_account(req)
        me = self._me(req)
        ref = req.match.get("ext")
        if ref in ("~", str(me.id)):
            return me
        if not ref.isdigit():
            raise not_found("extensionId")
        ext = self.account.find_extension(ref)
        if ext is None or str(ext.id) != ref:
            raise not_found("extensionId")
        if not me.admin:
            raise forbidden(permission)
        return ext

    def _date_range(self, req: Request) -> tuple[float, float]:
        date_to = date_param(req, "dateTo")
        if date_to is None:
            date_to = time.time()
        date_from = date_param(req, "dateFrom")
        if date_from is None:
            date_from = date_to - DAY  # RingCentral's default
        return date_from, date_to

    # ----------------------------------------------------------- extensions
    def extension_info(self, req: Request) -> Response:
        ext = self._target_extension(req, "ReadExtensions")
        return json_response(render.extension_info(ext, self.account, req.urls))

    def extension_list(self, req: Request) -> Response:
        self._check_account(req)
        types = enum_list(req, "type", EXTENSION_TYPES)
        statuses = enum_list(req, "status", EXTENSION_STATUSES)
        number = req.param("extensionNumber")
        page = int_param(req, "page", 1)
        per_page = int_param(req, "perPage", 100, clamp=1000)
        with self.account.lock:
            exts = sorted(self.account.extensions, key=lambda e: (len(e.number), e.number))
        exts = [e for e in exts if (not types or e.type in types)
                and (not statuses or e.status in statuses)
                and (not number or e.number == number)]
        chunk, paging, navigation = paginate(req, exts, page, per_page, totals=True)
        return json_response({
            "uri": req.urls.platform + req.path + (f"?{req.query}" if req.query else ""),
            "records": [render.extension_list_item(e, req.urls) for e in chunk],
            "paging": paging,
            "navigation": navigation,
        })

    # ------------------------------------------------------------- call log
    def company_call_log(self, req: Request) -> Response:
        self._check_account(req)
        if not self._me(req).admin:
            raise forbidden("FullCompanyCallLog")
        return self._call_log(req, None)

    def extension_call_log(self, req: Request) -> Response:
        ext = self._target_extension(req, "ReadCallLog")
        return self._call_log(req, ext.id)

    def _call_log(self, req: Request, ext_id: int | None) -> Response:
        view = enum_param(req, "view", ("Simple", "Detailed"), "Simple")
        recording_type = enum_param(req, "recordingType", ("All", "Automatic", "OnDemand"))
        with_recording = enum_param(req, "withRecording", ("true", "false"), "false")
        if recording_type is None and with_recording == "true":
            recording_type = "All"
        direction = enum_list(req, "direction", ("Inbound", "Outbound"))
        call_type = enum_list(req, "type", ("Voice", "Fax"))
        page = int_param(req, "page", 1)
        per_page = int_param(req, "perPage", 100, clamp=1000, allow_max=True)
        date_from, date_to = self._date_range(req)
        calls = self.account.query_calls(ext_id, date_from, date_to, time.time(), recording_type,
                                         direction, call_type)
        chunk, paging, navigation = paginate(req, calls, page, per_page, totals=False)
        return json_response({
            "uri": req.urls.platform + req.path + (f"?{req.query}" if req.query else ""),
            "records": [render.call_record(c, req.urls, view, ext_id is None) for c in chunk],
            "paging": paging,
            "navigation": navigation,
        })

    # ----------------------------------------------------------- recordings
    def _recording(self, req: Request):
        self._check_account(req)
        found = self.account.recording_blob(req.match["rec"])
        if found is None:
            raise not_found("recordingId")
        rec, blob = found
        me = self._me(req)
        if rec.ext_id != me.id and not me.admin:
            raise forbidden("ReadCallRecording")
        return rec, blob

    def recording_info(self, req: Request) -> Response:
        rec, _ = self._recording(req)
        return json_response(render.recording_metadata(rec, req.urls))

    def recording_content(self, req: Request) -> Response:
        rec, blob = self._recording(req)
        ext = "wav" if rec.content_type == "audio/wav" else "mp3"
        return content_response(req, blob, f"recording_{rec.id}.{ext}")

    # -------------------------------------------------------- message store
    def message_list(self, req: Request) -> Response:
        ext = self._target_extension(req, "ReadMessages")
        types = enum_list(req, "messageType", MESSAGE_TYPES)
        types = ["SMS" if t == "Text" else t for t in types]
        direction = enum_list(req, "direction", ("Inbound", "Outbound"))
        read_status = enum_list(req, "readStatus", ("Read", "Unread"))
        availability = enum_list(req, "availability", ("Alive", "Deleted", "Purged"))
        page = int_param(req, "page", 1)
        per_page = int_param(req, "perPage", 100, clamp=1000)
        date_from, date_to = self._date_range(req)
        msgs = self.account.query_messages(ext.id, date_from, date_to, time.time(), types,
                                           direction, read_status, availability)
        chunk, paging, navigation = paginate(req, msgs, page, per_page, totals=True)
        return json_response({
            "uri": req.urls.platform + req.path + (f"?{req.query}" if req.query else ""),
            "records": [render.message_info(m, req.urls) for m in chunk],
            "paging": paging,
            "navigation": navigation,
        })

    def message_info(self, req: Request) -> Response:
        ext = self._target_extension(req, "ReadMessages")
        msg_id = req.match["msg"]
        with self.account.lock:
            msg = next((m for m in self.account.messages
                        if str(m.id) == msg_id and m.ext_id == ext.id), None)
        if msg is None:
            raise not_found("messageId")
        info = render.message_info(msg, req.urls)
        # GetSingleMessageInfoResponse requires vmSideRecipients (minItems 1)
        info["vmSideRecipients"] = [dict(p) for p in msg.to]
        return json_response(info)

    def attachment_content(self, req: Request) -> Response:
        ext = self._target_extension(req, "ReadMessages")
        msg_id, att_id = req.match["msg"], req.match["att"]
        if not msg_id.isdigit():
            raise not_found("messageId")
        if not att_id.isdigit():
            raise not_found("attachmentId")
        found = self.account.attachment_blob(int(msg_id), int(att_id))
        if found is None or found[0].ext_id != ext.id:
            raise not_found("attachmentId")
        msg, att, blob = found
        name = att.file_name or f"{msg.type.lower()}_{msg.id}_{att.id}"
        return content_response(req, blob, name)


_RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")


def content_response(req: Request, blob, filename: str) -> Response:
    """200 with the whole blob, or 206 for a single satisfiable Range, or 416."""
    size = blob.size
    headers = {"Content-Type": blob.content_type, "Accept-Ranges": "bytes",
               "ETag": f'"{blob.key.replace(":", "-")}-{size}"'}
    disposition = req.param("contentDisposition")
    if disposition in ("Inline", "Attachment"):
        name = req.param("contentDispositionFilename") or filename
        headers["Content-Disposition"] = f'{disposition.lower()}; filename="{name}"'
    rng = req.headers.get("range")
    if rng:
        m = _RANGE_RE.match(rng.replace(" ", ""))
        if m and (m.group(1) or m.group(2)):  # multi-range or junk: ignore and send it all
            first, last = m.group(1), m.group(2)
            if first:
                start = int(first)
                end = min(size, int(last) + 1) if last else size
            else:  # suffix range: the last N bytes
                start, end = max(0, size - int(last)), size
            if start >= size or start >= end:
                raise HttpError(416, E.api_error(E.CMN_107), {"Content-Range": f"bytes */{size}"})
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
            return Response(206, headers, blob=blob, start=start, end=end)
    return Response(200, headers, blob=blob, start=0, end=size)
