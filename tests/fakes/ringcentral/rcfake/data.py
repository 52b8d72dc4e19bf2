# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The fake account: extensions, calls (with recordings, also on legs) and message-store items.

Everything generated from a seed is deterministic for a given (seed, anchor, options). Items can
also come from a scenario JSON file or be added through the control API (see README.md).
"""
from __future__ import annotations

import random
import string
import threading
from dataclasses import dataclass, field

from .media import Blob
from .timeutil import parse_iso

DAY = 86400


@dataclass
class Extension:
    id: int
    number: str
    name: str
    first_name: str
    last_name: str
    email: str
    type: str = "User"
    status: str = "Enabled"
    admin: bool = False
    creation_time: float = 0.0


@dataclass
class Recording:
    id: str
    type: str  # Automatic | OnDemand
    content_type: str  # audio/mpeg | audio/wav
    size: int
    duration: int = 0
    ext_id: int = 0  # the extension whose call log carries the recording


@dataclass
class Leg:
    leg_type: str
    direction: str
    action: str
    result: str
    reason: str
    start: float
    duration: int
    from_: dict
    to: dict
    master: bool = False
    ext_id: int | None = None
    recording: Recording | None = None


@dataclass
class Call:
    id: str
    session_id: str
    telephony_session_id: str
    ext_id: int
    start: float
    duration: int
    direction: str
    action: str
    result: str
    reason: str
    reason_description: str
    from_: dict
    to: dict
    recording: Recording | None = None
    legs: list[Leg] = field(default_factory=list)
    type: str = "Voice"
    transport: str = "PSTN"
    internal_type: str = "Local"
    visible_from: float = 0.0

    def recordings(self) -> list[Recording]:
        """Every recording of the call: the record's own and those only found on legs (deduplicated)."""
        out, seen = [], set()
        for rec in [self.recording] + [leg.recording for leg in self.legs]:
            if rec is not None and rec.id not in seen:
                seen.add(rec.id)
                out.append(rec)
        return out


@dataclass
class Attachment:
    id: int
    type: str  # AudioRecording | AudioTranscription | Text | MmsAttachment | RenderedDocument
    content_type: str
    size: int
    text: str | None = None
    file_name: str | None = None
    vm_duration: int | None = None


@dataclass
class Message:
    id: int
    ext_id: int
    type: str  # VoiceMail | SMS | Fax
    direction: str
    created: float
    from_: dict
    to: list[dict]
    attachments: list[Attachment]
    subject: str | None = None
    read_status: str = "Unread"
    message_status: str = "Received"
    vm_transcription_status: str | None = None
    conversation_id: int | None = None
    fax_page_count: int | None = None
    availability: str = "Alive"
    visible_from: float = 0.0


# Extensions every seeded account has. Names are deliberately awkward for file systems.
SEED_EXTENSIONS = [
    ("101", "Ada", "Admin", "User", "Enabled", True),
    ("102", "Bjørn", "Ærø", "User", "Enabled", False),
    ("103", 'Eve "../../etc"', "<x>", "User", "Enabled", False),
    ("104", "Zoë", "🎧 Emoji", "User", "Enabled", False),
    ("105", "Sales", "Department", "Department", "Enabled", False),
    ("106", "Dan", "Disabled", "User", "Disabled", False),
]
ACTIVE_NUMBERS = ("101", "102", "103", "104")  # extensions that get seeded items

CALL_KINDS = ("recorded", "none", "legs_only", "recorded", "multi", "none")
MESSAGE_KINDS = ("vm_transcribed", "sms_in", "vm_plain", "mms", "fax_in", "sms_out", "fax_out",
                 "vm_failed")

OUTSIDE_NAMES = ["José Müller", "WIRELESS CALLER", "Ōsaka Trading", "O'Brien & Sons", None,
                 "李小龍", "Renée / Accounts"]
LOCATIONS = ["San Mateo, CA", "Belmont, CA", "Toronto, ON", "Köln, DE", None]
SMS_TEXTS = [
    "Meeting at 3? 👍",
    "Grüße aus Köln – bis morgen",
    "Line one\nLine two\n\"quoted\" and <tags> & ampersands",
    "Invoice #4711 is paid.",
    "Ça va? ¿Qué tal? 你好",
    "Please call me back: +1 (650) 555-0100",
]
TRANSCRIPTS = [
    "Hi, this is {who}. Please call me back about the invoice. Thanks.",
    "Hello {who}, the delivery is scheduled for tomorrow morning.",
    "{who}, quick question about the contract — call me when you can.",
]


class Account:
    """Thread-safe store of the fake account's data."""

    def __init__(self, seed: int = 1):
        self.lock = threading.RLock()
        self.seed = seed
        self.rng = random.Random(seed)
        self.account_id = 0
        self.main_number = "+16505550100"
        self.company = "Fake Company Ltd."
        self.extensions: list[Extension] = []
        self.calls: list[Call] = []
        self.messages: list[Message] = []
        self.recordings: dict[str, Recording] = {}
        self.attachments: dict[tuple[int, int], tuple[Message, Attachment]] = {}
        self._used: set[str] = set()
        self.recording_bytes = 32 * 1024
        self.voicemail_bytes = 16 * 1024
        self.fax_bytes = 8 * 1024
        self.image_bytes = 4 * 1024

    # ----------------------------------------------------------------- ids
    def _unique(self, make) -> str:
        for _ in range(1000):
            value = str(make())
            if value not in self._used:
                self._used.add(value)
                return value
        raise RuntimeError("could not make a unique id")

    def new_numeric_id(self, digits: int = 11, suffix: str = "004") -> int:
        lo, hi = 10 ** (digits - len(suffix) - 1), 10 ** (digits - len(suffix))
        return int(self._unique(lambda: f"{self.rng.randrange(lo, hi)}{suffix}"))

    def new_record_id(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return self._unique(lambda: "".join(self.rng.choice(alphabet) for _ in range(14)))

    def new_recording_id(self) -> str:
        return str(self.new_numeric_id(10, "008"))

    # ----------------------------------------------------------- extensions
    def make_extensions(self, specs=SEED_EXTENSIONS, created: float = 0.0) -> None:
        self.account_id = self.new_numeric_id(12, "008")
        for number, first, last, ext_type, status, admin in specs:
            self.add_extension({"extensionNumber": number, "firstName": first, "lastName": last,
                                "type": ext_type, "status": status, "admin": admin}, created)

    def add_extension(self, spec: dict, created: float = 0.0) -> Extension:
        with self.lock:
            first = spec.get("firstName", "")
            last = spec.get("lastName", "")
            name = spec.get("name") or f"{first} {last}".strip()
            number = str(spec["extensionNumber"])
            ext = Extension(
                id=int(spec.get("id") or self.new_numeric_id(11, "004")),
                number=number, name=name, first_name=first or name, last_name=last,
                email=spec.get("email") or f"ext{number}@example.com",
                type=spec.get("type", "User"), status=spec.get("status", "Enabled"),
                admin=bool(spec.get("admin", False)), creation_time=created)
            if not self.account_id:
                self.account_id = self.new_numeric_id(12, "008")
            self.extensions = [e for e in self.extensions if e.number != number] + [ext]
            return ext

    def find_extension(self, ref) -> Extension | None:
        """By numeric id or by extension number ("101")."""
        ref = str(ref)
        with self.lock:
            for ext in self.extensions:
                if str(ext.id) == ref:
                    return ext
            for ext in self.extensions:
                if ext.number == ref:
                    return ext
        return None

    def ext_party(self, ext: Extension, number: str | None = None) -> dict:
        party = {"name": ext.name, "extensionNumber": ext.number, "extensionId": str(ext.id)}
        if number:
            party["phoneNumber"] = number
        return party

    def outside_party(self) -> dict:
        party = {"phoneNumber": f"+1{self.rng.choice(['650', '415', '408', '212'])}555"
                                f"{self.rng.randrange(0, 10000):04d}"}
        name = self.rng.choice(OUTSIDE_NAMES)
        if name:
            party["name"] = name
        loc = self.rng.choice(LOCATIONS)
        if loc:
            party["location"] = loc
        return party

    def direct_number(self, ext: Extension) -> str:
        digits = int(ext.number) if ext.number.isdigit() else ext.id
        return f"+1650555{digits % 10000:04d}"

    # ---------------------------------------------------------------- seed
    def generate(self, anchor: float, days: int, items_per_day: int) -> None:
        """Seeded items over [anchor - days, anchor): per active extension and day,
        ``items_per_day`` calls and ``items_per_day`` messages, cycling through every kind."""
        with self.lock:
            for number in ACTIVE_NUMBERS:
                ext = self.find_extension(number)
                if ext is None:
                    continue
                call_n = msg_n = int(number)  # different starting kind per extension
                for day in range(days, 0, -1):
                    window = anchor - day * DAY
                    for _ in range(items_per_day):
                        start = window + self.rng.randrange(0, DAY - 900)
                        self.add_call({"kind": CALL_KINDS[call_n % len(CALL_KINDS)],
                                       "startEpoch": start}, ext)
                        call_n += 1
                        created = window + self.rng.randrange(0, DAY - 60)
                        self.add_message({"kind": MESSAGE_KINDS[msg_n % len(MESSAGE_KINDS)],
                                          "creationEpoch": created}, ext)
                        msg_n += 1

    # --------------------------------------------------------------- calls
    def _recording(self, spec) -> Recording | None:
        if spec is None or spec is False:
            return None
        spec = {} if spec is True else dict(spec)
        ctype = spec.get("contentType") or ("audio/wav" if self.rng.random() < 0.2 else "audio/mpeg")
        base = int(spec.get("size", 0)) or self.recording_bytes + self.rng.randrange(
            0, max(1, self.recording_bytes // 4))
        rec = Recording(id=str(spec.get("id") or self.new_recording_id()),
                        type=spec.get("type") or self.rng.choice(["Automatic", "Automatic", "OnDemand"]),
                        content_type=ctype, size=base, duration=int(spec.get("duration", 0)))
        self.recordings[rec.id] = rec
        return rec

    def add_call(self, spec: dict, ext: Extension | None = None) -> Call:
        """Add a call. ``spec`` keys (all optional except a time): extension, startTime (ISO) or
        startEpoch, duration, direction, kind (recorded|legs_only|multi|none) or explicit
        recording ({type, contentType, size} / null) and legs ([{legType, recording, ...}]),
        visibleAt (ISO)."""
        with self.lock:
            if ext is None:
                ext = self.find_extension(spec.get("extension", "101"))
                if ext is None:
                    raise ValueError(f"unknown extension {spec.get('extension')!r}")
            if "startEpoch" in spec:
                start = float(spec["startEpoch"])
            else:
                start = parse_iso(spec["startTime"])
            duration = int(spec.get("duration") or self.rng.randrange(15, 900))
            direction = spec.get("direction") or self.rng.choice(["Inbound", "Outbound"])
            outside = self.outside_party()
            mine = self.ext_party(ext, self.direct_number(ext))
            if direction == "Inbound":
                from_, to = outside, mine
            else:
                from_, to = {k: v for k, v in mine.items() if k != "location"}, outside
            kind = spec.get("kind")
            if kind is None:
                top_spec = spec.get("recording")
            else:
                top_spec = True if kind in ("recorded", "multi") else None
            top = self._recording(top_spec)
            if top is not None:
                top.duration = top.duration or duration
            call = Call(
                id=str(spec.get("id") or self.new_record_id()),
                session_id=str(self.new_numeric_id(11, "006")),
                telephony_session_id=f"s-a{self.rng.getrandbits(80):020x}",
                ext_id=ext.id, start=start, duration=duration, direction=direction,
                action="Phone Call" if direction == "Inbound" else "VoIP Call",
                result="Accepted" if direction == "Inbound" else "Call connected",
                reason="Accepted" if direction == "Inbound" else "Connected",
                reason_description="The call connected to and was accepted by this number.",
                from_=from_, to=to, recording=top,
                visible_from=parse_iso(spec["visibleAt"]) if spec.get("visibleAt") else 0.0)
            call.legs = self._legs(call, ext, kind, spec.get("legs"))
            for rec in call.recordings():
                rec.ext_id = ext.id
                rec.duration = rec.duration or duration
            self.calls.append(call)
            return call

    def _legs(self, call: Call, ext: Extension, kind, leg_specs) -> list[Leg]:
        def leg(leg_type, master, recording, ext_id=None, offset=0):
            return Leg(leg_type=leg_type, direction=call.direction, action=call.action,
                       result=call.result, reason=call.reason, start=call.start + offset,
                       duration=max(1, call.duration - offset), from_=dict(call.from_),
                       to=dict(call.to), master=master, ext_id=ext_id, recording=recording)
        if leg_specs is not None:  # explicit legs from a scenario / the control API
            legs = []
            for i, ls in enumerate(leg_specs):
                rec = self._recording(ls.get("recording"))
                legs.append(leg(ls.get("legType", "Accept" if i else "PstnToSip"),
                                bool(ls.get("master", i == 0)), rec,
                                call.ext_id if ls.get("internal", i > 0) else None,
                                int(ls.get("offset", i))))
            return legs
        first_type = "PstnToSip" if call.direction == "Inbound" else "SipToPstnMetered"
        legs = [leg(first_type, True, call.recording)]
        if kind == "legs_only":
            legs.append(leg("Accept", False, self._recording(True), ext.id, 2))
        elif kind == "multi":
            legs.append(leg("Accept", False, call.recording, ext.id, 1))
            legs.append(leg("TransferCall", False, self._recording(True), ext.id, 5))
        elif call.recording is not None:
            legs.append(leg("Accept", False, call.recording, ext.id, 1))
        return legs

    # ------------------------------------------------------------ messages
    def _attachment(self, msg_id: int, a_type: str, ctype: str, size: int = 0, text=None,
                    file_name=None, vm_duration=None) -> Attachment:
        return Attachment(id=self.new_numeric_id(11, "004"), type=a_type, content_type=ctype,
                          size=size, text=text, file_name=file_name, vm_duration=vm_duration)

    def add_message(self, spec: dict, ext: Extension | None = None) -> Message:
        """Add a message-store item. ``spec``: extension, type (VoiceMail|SMS|Fax) or kind
        (vm_transcribed|vm_plain|vm_failed|sms_in|sms_out|mms|fax_in|fax_out), creationTime (ISO)
        or creationEpoch, direction, text, transcription (bool), mms (bool), size, pages,
        visibleAt."""
        with self.lock:
            if ext is None:
                ext = self.find_extension(spec.get("extension", "101"))
                if ext is None:
                    raise ValueError(f"unknown extension {spec.get('extension')!r}")
            kind = spec.get("kind") or {
                "VoiceMail": "vm_transcribed" if spec.get("transcription", True) else "vm_plain",
                "SMS": "mms" if spec.get("mms") else
                       ("sms_out" if spec.get("direction") == "Outbound" else "sms_in"),
                "Fax": "fax_out" if spec.get("direction") == "Outbound" else "fax_in",
            }[spec.get("type", "SMS")]
            created = float(spec["creationEpoch"]) if "creationEpoch" in spec else parse_iso(
                spec["creationTime"])
            msg_id = self.new_numeric_id(11, "004")
            outside = self.outside_party()
            mine = self.ext_party(ext, self.direct_number(ext))
            outbound = kind in ("sms_out", "fax_out")
            from_, to = (mine, [outside]) if outbound else (outside, [mine])
            msg = Message(id=msg_id, ext_id=ext.id, type="SMS", direction="Outbound" if outbound
                          else "Inbound", created=created, from_=from_, to=to, attachments=[],
                          read_status=self.rng.choice(["Read", "Unread"]),
                          visible_from=parse_iso(spec["visibleAt"]) if spec.get("visibleAt") else 0.0)
            if kind.startswith("vm"):
                msg.type = "VoiceMail"
                duration = int(spec.get("duration") or self.rng.randrange(5, 120))
                size = int(spec.get("size") or self.voicemail_bytes + self.rng.randrange(0, 4096))
                msg.attachments.append(self._attachment(msg_id, "AudioRecording", "audio/mpeg", size,
                                                        vm_duration=duration))
                who = outside.get("name") or "a caller"
                msg.subject = f"Voice message from {who}"
                if kind == "vm_transcribed":
                    text = spec.get("text") or self.rng.choice(TRANSCRIPTS).format(who=ext.first_name)
                    msg.attachments.append(self._attachment(msg_id, "AudioTranscription",
                                                            "text/plain", text=text))
                    msg.vm_transcription_status = "Completed"
                elif kind == "vm_failed":
                    msg.vm_transcription_status = "Failed"
                else:
                    msg.vm_transcription_status = "NotAvailable"
            elif kind.startswith("fax"):
                msg.type = "Fax"
                pages = int(spec.get("pages") or self.rng.randrange(1, 6))
                size = int(spec.get("size") or self.fax_bytes * pages)
                msg.attachments.append(self._attachment(msg_id, "RenderedDocument", "application/pdf",
                                                        size, file_name=None))
                msg.fax_page_count = pages
                msg.message_status = "Sent" if outbound else "Received"
                msg.subject = spec.get("text") or ("Quarterly report" if outbound else "")
            else:
                text = spec.get("text") or self.rng.choice(SMS_TEXTS)
                msg.subject = text
                msg.conversation_id = self.new_numeric_id(15, "")  # JSON-safe: < 2**53
                msg.message_status = "Delivered" if outbound else "Received"
                msg.attachments.append(self._attachment(msg_id, "Text", "text/plain", text=text))
                if kind == "mms":
                    ctype = spec.get("contentType") or "image/png"
                    size = int(spec.get("size") or self.image_bytes)
                    name = f"photo_{msg_id % 1000}.{'png' if ctype == 'image/png' else 'jpg'}"
                    msg.attachments.append(self._attachment(msg_id, "MmsAttachment", ctype, size,
                                                            file_name=name))
            if msg.direction == "Outbound":
                msg.read_status = "Read"
            for att in msg.attachments:
                if att.text is not None:
                    att.size = len(att.text.encode("utf-8"))
                self.attachments[(msg.id, att.id)] = (msg, att)
            self.messages.append(msg)
            return msg

    # ------------------------------------------------------------- queries
    def query_calls(self, ext_id: int | None, date_from: float, date_to: float, now: float,
                    recording_type: str | None = None, direction: list[str] | None = None,
                    call_type: list[str] | None = None) -> list[Call]:
        with self.lock:
            out = []
            for call in self.calls:
                if ext_id is not None and call.ext_id != ext_id:
                    continue
                if not (date_from <= call.start < date_to) or call.visible_from > now:
                    continue
                if recording_type:
                    types = {r.type for r in call.recordings()}
                    if not types or (recording_type != "All" and recording_type not in types):
                        continue
                if direction and call.direction not in direction:
                    continue
                if call_type and call.type not in call_type:
                    continue
                out.append(call)
            out.sort(key=lambda c: (c.start, c.id), reverse=True)
            return out

    def query_messages(self, ext_id: int, date_from: float, date_to: float, now: float,
                       types: list[str] | None = None, direction: list[str] | None = None,
                       read_status: list[str] | None = None,
                       availability: list[str] | None = None) -> list[Message]:
        with self.lock:
            out = []
            for msg in self.messages:
                if msg.ext_id != ext_id or msg.visible_from > now:
                    continue
                if not (date_from <= msg.created < date_to):
                    continue
                if types and msg.type not in types:
                    continue
                if direction and msg.direction not in direction:
                    continue
                if read_status and msg.read_status not in read_status:
                    continue
                if msg.availability not in (availability or ["Alive"]):
                    continue
                out.append(msg)
            out.sort(key=lambda m: (m.created, m.id), reverse=True)
            return out

    def recording_blob(self, rec_id: str) -> tuple[Recording, Blob] | None:
        rec = self.recordings.get(rec_id)
        if rec is None:
            return None
        return rec, Blob(f"{self.seed}:rec:{rec.id}", rec.size, rec.content_type)

    def attachment_blob(self, msg_id: int, att_id: int) -> tuple[Message, Attachment, Blob] | None:
        found = self.attachments.get((msg_id, att_id))
        if found is None:
            return None
        msg, att = found
        return msg, att, Blob(f"{self.seed}:att:{att.id}", att.size, att.content_type, att.text)


def build_account(seed: int, anchor: float, days: int, items_per_day: int,
                  recording_bytes: int | None = None, scenario: dict | None = None) -> Account:
    """A seeded account, optionally replaced or extended by a scenario (see README.md)."""
    acc = Account(seed)
    if recording_bytes:
        acc.recording_bytes = recording_bytes
    scenario = scenario or {}
    created = anchor - (days + 30) * DAY
    if scenario.get("extensions"):
        for spec in scenario["extensions"]:
            acc.add_extension(spec, created)
    else:
        acc.make_extensions(created=created)
    if not scenario.get("replaceSeed"):
        acc.generate(anchor, days, items_per_day)
    apply_items(acc, scenario)
    return acc


def apply_items(acc: Account, scenario: dict) -> dict:
    """Add a scenario's (or a control request's) calls and messages; returns what was added."""
    calls = [acc.add_call(spec) for spec in scenario.get("calls", [])]
    messages = [acc.add_message(spec) for spec in scenario.get("messages", [])]
    return {"calls": calls, "messages": messages}
