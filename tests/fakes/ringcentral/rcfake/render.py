# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""JSON shapes of the resources, as the OpenAPI schemas name them (CallLogRecord,
CallLogRecordLegInfo, CallLogRecordingInfo, GetMessageInfoResponse, MessageAttachmentInfo,
GetExtensionInfoResponse, GetExtensionListInfoResponse). Ids: call records and recordings are
strings, extensions/messages/attachments int64 numbers."""
from __future__ import annotations

from dataclasses import dataclass

from .data import Account, Attachment, Call, Extension, Leg, Message, Recording
from .timeutil import to_iso


@dataclass
class Urls:
    platform: str  # e.g. http://127.0.0.1:1234 (from the request's Host unless configured)
    media: str
    account_id: int

    def api(self, path: str) -> str:
        return f"{self.platform}/restapi/v1.0/account/{self.account_id}{path}"


def recording_info(rec: Recording, urls: Urls) -> dict:
    return {
        "uri": urls.api(f"/recording/{rec.id}"),
        "id": rec.id,
        "type": rec.type,
        "contentUri": f"{urls.media}/restapi/v1.0/account/{urls.account_id}/recording/{rec.id}/content",
    }


def recording_metadata(rec: Recording, urls: Urls) -> dict:
    """GET /account/~/recording/{id} (GetCallRecordingResponse)."""
    return {
        "id": rec.id,
        "contentUri": f"{urls.media}/restapi/v1.0/account/{urls.account_id}/recording/{rec.id}/content",
        "contentType": rec.content_type,
        "duration": rec.duration,
    }


def _ext_ref(ext_id: int, urls: Urls) -> dict:
    return {"uri": urls.api(f"/extension/{ext_id}"), "id": ext_id}


def _leg(leg: Leg, urls: Urls) -> dict:
    out = {
        "startTime": to_iso(leg.start),
        "duration": leg.duration,
        "durationMs": leg.duration * 1000,
        "type": "Voice",
        "internalType": "Local",
        "direction": leg.direction,
        "action": leg.action,
        "result": leg.result,
        "reason": leg.reason,
        "to": dict(leg.to),
        "from": dict(leg.from_),
        "transport": "PSTN" if leg.master else "VoIP",
        "legType": leg.leg_type,
        "master": leg.master,
    }
    if leg.ext_id is not None:
        out["extension"] = _ext_ref(leg.ext_id, urls)
    if leg.recording is not None:
        out["recording"] = recording_info(leg.recording, urls)
    return out


def call_record(call: Call, urls: Urls, view: str, company: bool) -> dict:
    path = f"/call-log/{call.id}" if company else f"/extension/{call.ext_id}/call-log/{call.id}"
    out = {
        "uri": urls.api(path) + f"?view={view}",
        "id": call.id,
        "sessionId": call.session_id,
        "telephonySessionId": call.telephony_session_id,
        "startTime": to_iso(call.start),
        "duration": call.duration,
        "durationMs": call.duration * 1000,
        "type": call.type,
        "internalType": call.internal_type,
        "direction": call.direction,
        "action": call.action,
        "result": call.result,
        "reason": call.reason,
        "reasonDescription": call.reason_description,
        "to": dict(call.to),
        "from": dict(call.from_),
        "transport": call.transport,
        "lastModifiedTime": to_iso(call.start + call.duration + 5),
    }
    if company:
        out["extension"] = _ext_ref(call.ext_id, urls)
    if call.recording is not None:
        out["recording"] = recording_info(call.recording, urls)
    if view == "Detailed":
        out["legs"] = [_leg(leg, urls) for leg in call.legs]
    return out


def attachment_info(msg: Message, att: Attachment, urls: Urls) -> dict:
    out = {
        "id": att.id,
        "uri": f"{urls.media}/restapi/v1.0/account/{urls.account_id}/extension/{msg.ext_id}"
               f"/message-store/{msg.id}/content/{att.id}",
        "type": att.type,
        "contentType": att.content_type,
        "size": att.size,
    }
    if att.vm_duration is not None:
        out["vmDuration"] = att.vm_duration
    if att.file_name:
        out["fileName"] = att.file_name
    if att.type == "MmsAttachment" and att.content_type.startswith("image/"):
        out["width"], out["height"] = 1, 1
    return out


def message_info(msg: Message, urls: Urls) -> dict:
    out = {
        "uri": urls.api(f"/extension/{msg.ext_id}/message-store/{msg.id}"),
        "id": msg.id,
        "extensionId": str(msg.ext_id),
        "to": [dict(p) for p in msg.to],
        "from": dict(msg.from_),
        "type": msg.type,
        "creationTime": to_iso(msg.created),
        "readStatus": msg.read_status,
        "priority": "Normal",
        "attachments": [attachment_info(msg, a, urls) for a in msg.attachments],
        "direction": msg.direction,
        "availability": msg.availability,
        "messageStatus": msg.message_status,
        "lastModifiedTime": to_iso(msg.created + 2),
    }
    if msg.subject is not None:
        out["subject"] = msg.subject
    if msg.type == "VoiceMail":
        out["vmTranscriptionStatus"] = msg.vm_transcription_status or "NotAvailable"
    if msg.type == "SMS":
        out["conversationId"] = msg.conversation_id
        out["conversation"] = {"id": str(msg.conversation_id),
                               "uri": f"{urls.platform}/restapi/v1.0/conversation/{msg.conversation_id}"}
        if msg.direction == "Outbound":
            out["smsDeliveryTime"] = to_iso(msg.created + 1)
            out["smsSendingAttemptsCount"] = 1
    if msg.type == "Fax":
        out["faxPageCount"] = msg.fax_page_count
        out["faxResolution"] = "High"
        out["coverIndex"] = 0
    return out


def extension_list_item(ext: Extension, urls: Urls) -> dict:
    return {
        "id": ext.id,
        "uri": urls.api(f"/extension/{ext.id}"),
        "extensionNumber": ext.number,
        "name": ext.name,
        "type": ext.type,
        "status": ext.status,
        "contact": _contact(ext),
        "permissions": {"admin": {"enabled": ext.admin}, "internationalCalling": {"enabled": False}},
        "hidden": False,
        "creationTime": to_iso(ext.creation_time),
    }


def _contact(ext: Extension) -> dict:
    contact = {"firstName": ext.first_name, "email": ext.email, "company": "Fake Company Ltd.",
               "businessPhone": f"+1650555{(int(ext.number) if ext.number.isdigit() else ext.id) % 10000:04d}",
               "emailAsLoginName": True}
    if ext.last_name:
        contact["lastName"] = ext.last_name
    return contact


def extension_info(ext: Extension, acc: Account, urls: Urls) -> dict:
    return {
        "id": ext.id,
        "uri": urls.api(f"/extension/{ext.id}"),
        "account": {"id": str(acc.account_id), "uri": f"{urls.platform}/restapi/v1.0/account/{acc.account_id}"},
        "contact": _contact(ext),
        "extensionNumber": ext.number,
        "name": ext.name,
        "type": ext.type,
        "status": ext.status,
        "permissions": {"admin": {"enabled": ext.admin}, "internationalCalling": {"enabled": False}},
        "setupWizardState": "Completed",
        "hidden": False,
        "creationTime": to_iso(ext.creation_time),
        "serviceFeatures": [
            {"featureName": "FaxReceiving", "enabled": True},
            {"featureName": "Voicemail", "enabled": True},
            {"featureName": "SMS", "enabled": True},
            {"featureName": "Fax", "enabled": True},
        ],
    }
