"""Partner sharing: this journal's key pair, the partners it knows, and the sealed
files that carry one weekly relationship check-in from one journal to another.

The app never opens a network connection: a file is made here, carried by the
people themselves (a USB stick, a message they send), and read in the other
journal. All cryptography is PyNaCl's (libsodium):

* each journal has one X25519 key pair, made on first use; its secret key is kept in
  the journal's store (``storage/partner_store.py``), so it is encrypted at rest
  exactly when the journal is;
* a partner is added by their *code*: ``attune-partner:`` and the base32 of their
  public key with a two-byte BLAKE2b checksum, so a typo is caught; both people can
  read six *fingerprint words* aloud to be sure the code was not swapped on the way;
* a file is ``ATTUNE-PARTNER-1\\n``, the sender's public key, the recipient's public
  key, then ``nacl.public.Box`` (sender's secret key, recipient's public key)
  encryption of a JSON payload: the shared week, the name the sender gave the
  recipient, ``sent_at`` (UTC) and a random file id. Box authenticates as well as
  encrypts: a changed byte, or a file sealed by any other key, does not open.

What the header reveals to anyone holding the file: that it is an Attune Journal
partner file, and the two public keys (not names, not the week, not its size beyond
roughly how much was written). See docs/partner-sharing.md.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from attune_journal.core.errors import ValidationError
from attune_journal.core.i18n import translate
from attune_journal.core.partner import SharedWeek, from_payload, to_payload
from attune_journal.core.timeutil import now_local, to_text
from attune_journal.exchange.markdown_render import (
    PartnerWeekRecord,
    partner_week_names,
    render_partner_week,
)
from attune_journal.storage.partner_store import (
    PartnerNameTaken,
    PartnerRow,
    PartnerStore,
    ReceivedRow,
)

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal

HEADER = b"ATTUNE-PARTNER-1\n"
_FAMILY = b"ATTUNE-PARTNER-"
CODE_PREFIX = "attune-partner:"
KEY_SIZE = 32
_CHECKSUM_SIZE = 2
_FINGERPRINT_PERSON = b"attune-fp-1"
_CHECKSUM_PERSON = b"attune-code-1"
_SENT_AT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
_FILE_ID_RE = re.compile(r"^[0-9a-f]{32}$")
MAX_NAME = 80
MAX_FILE = 4 * 1024 * 1024

_WORD_TEXT = """
    acorn amber anchor apple april arch arrow aspen autumn badge bagel bamboo banjo
    barley basil basket beach beacon bean bear bell berry birch bird biscuit blanket
    bloom boat book boot bottle branch bread breeze brick bridge brook broom bubble
    bucket butter button cabin cactus cake camel candle canoe canvas canyon cap card
    carpet carrot castle cedar chalk cherry chess cider circle clay cliff cloud
    clover coast cocoa comet copper coral cotton crane creek cricket crown cup daisy
    dawn deer desk dew dolphin door dove drum dune eagle echo elm ember fable falcon
    feather fern field finch fire flag flame flint flute fog forest fox frog garden
    ginger glove goat golden goose grape grass gravel guitar harbor harp hazel heron
    hill honey hoop horse ink iris island ivory ivy jacket jade jam jelly jewel
    juniper kayak kettle kite kiwi koala ladder lake lamp lantern lark lava leaf
    lemon lily lime linen lion lizard llama lotus maple marble meadow melon mint
    mitten moon moss moth mountain mouse muffin nest noodle oak oasis ocean olive
    orange orbit otter owl paddle panda paper parrot peach pearl pebble pencil
    penguin pepper piano pillow pine planet plum pond poppy puffin pumpkin quail
    quartz rabbit radish rain raven reed ribbon river robin rocket rose ruby saddle
    sail salmon sand scarf shell silver sky sled snow sparrow spoon spring spruce
    star stone stream sugar summer sun swan table teapot tent thistle tiger timber
    toast tomato tulip tunnel turtle umbrella valley velvet violet wagon walnut
    water whale wheat willow window winter wolf wren yarn zebra
"""
WORDS: tuple[str, ...] = tuple(_WORD_TEXT.split())
"""256 plain words; each byte of a key's BLAKE2b hash picks one (``fingerprint_words``)."""


class PartnerError(Exception):
    """Something about partner sharing a person can act on; the message says what."""


class NotAPartnerFile(PartnerError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "PartnerFiles",
                "This is not a partner file from Attune Journal, so there is nothing here to open.",
            )
        )


class NewerPartnerFile(PartnerError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "PartnerFiles",
                "This partner file was made by a newer version of Attune Journal; please update "
                "the app to open it.",
            )
        )


class MeantForSomeoneElse(PartnerError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "PartnerFiles",
                "This file was sealed for someone else's journal, not this one, so it cannot be "
                "opened here.",
            )
        )


class UnknownSender(PartnerError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "PartnerFiles",
                "This file comes from a journal you have not added as a partner; add their code "
                "first, and check the six words together.",
            )
        )


class DamagedPartnerFile(PartnerError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "PartnerFiles",
                "This file was changed or damaged after it was sealed, so it cannot be trusted; "
                "please ask your partner to share it again.",
            )
        )


class ReplayedFile(PartnerError):
    """The file (or a newer one for the same week) was received already."""


@dataclass(frozen=True)
class Partner:
    id: int
    name: str
    code: str
    added_at: str


@dataclass(frozen=True)
class Received:
    """An opened partner file, not yet kept (``keep_received`` keeps it)."""

    partner: Partner
    shared: SharedWeek
    sent_at: str
    file_id: str = ""
    to_name: str = ""


# ---- codes and fingerprint words ----------------------------------------------------


def _blake2b(data: bytes, size: int, person: bytes) -> bytes:
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(data, digest_size=size, person=person, encoder=RawEncoder)


def code_for_key(public_key: bytes) -> str:
    """``attune-partner:`` + base32 of the key and its two-byte checksum."""
    raw = public_key + _blake2b(public_key, _CHECKSUM_SIZE, _CHECKSUM_PERSON)
    return CODE_PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def key_from_code(code: str) -> bytes:
    """The public key a code names; ``PartnerError`` for a typo or something else."""
    text = "".join(code.split()).lower()
    if not text.startswith(CODE_PREFIX):
        raise PartnerError(
            translate(
                "PartnerFiles",
                "That is not a partner code: a code starts with '{CODE_PREFIX}'. Ask your partner "
                "to copy theirs from 'attune-journal partner key' or from Settings.",
            ).format(CODE_PREFIX=CODE_PREFIX)
        )
    body = text[len(CODE_PREFIX) :].replace("-", "").upper()
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raw = b""
    key, checksum = raw[:KEY_SIZE], raw[KEY_SIZE:]
    if len(raw) != KEY_SIZE + _CHECKSUM_SIZE or checksum != _blake2b(
        key, _CHECKSUM_SIZE, _CHECKSUM_PERSON
    ):
        raise PartnerError(
            translate(
                "PartnerFiles",
                "That code has a typo somewhere: please check it letter by letter with your "
                "partner, or copy and paste it.",
            )
        )
    return key


def fingerprint_words(code_or_key: str | bytes) -> list[str]:
    """Six words from the key's BLAKE2b hash, the same on both sides, to read aloud."""
    key = key_from_code(code_or_key) if isinstance(code_or_key, str) else bytes(code_or_key)
    return [WORDS[byte] for byte in _blake2b(key, 6, _FINGERPRINT_PERSON)]


# ---- the journal's key pair and its partners ----------------------------------------


@contextmanager
def _store(journal: Journal) -> Iterator[PartnerStore]:
    """The partner tables of ``journal``'s store, holding the journal's lock."""
    with journal.locked():
        yield PartnerStore(journal.db)


def _now_text() -> str:
    return to_text(now_local())


def _key_pair(journal: Journal) -> tuple[bytes, bytes]:
    with _store(journal) as store:
        pair = store.key_pair()
        if pair is None:
            from nacl.public import PrivateKey

            secret = PrivateKey.generate()
            store.add_key_pair_if_none(bytes(secret.public_key), bytes(secret), _now_text())
            pair = store.key_pair()
        assert pair is not None
        return pair


def my_code(journal: Journal) -> str:
    """This journal's partner code (a key pair is made on first use)."""
    return code_for_key(_key_pair(journal)[0])


def replace_my_key(journal: Journal) -> str:
    """Make a new key pair and return its code; partners must add the new code, and
    files sealed for the old key can no longer be opened here."""
    from nacl.public import PrivateKey

    secret = PrivateKey.generate()
    with _store(journal) as store:
        store.set_key_pair(bytes(secret.public_key), bytes(secret), _now_text())
    return code_for_key(bytes(secret.public_key))


def _partner(row: PartnerRow) -> Partner:
    return Partner(row.id, row.name, code_for_key(row.public_key), row.added_at)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise PartnerError(
            translate(
                "PartnerFiles",
                "Please give your partner a name, so you can tell whose week is whose.",
            )
        )
    if len(name) > MAX_NAME:
        raise PartnerError(
            translate(
                "PartnerFiles",
                "Please keep your partner's name under %n characters.",
                None,
                MAX_NAME,
            )
        )
    return name


def add_partner(journal: Journal, code: str, name: str) -> Partner:
    """Add a partner by their code, under the name this journal will show."""
    key = key_from_code(code)
    name = _clean_name(name)
    if key == _key_pair(journal)[0]:
        raise PartnerError(
            translate(
                "PartnerFiles",
                "That is this journal's own code; add the code from your partner's journal.",
            )
        )
    with _store(journal) as store:
        for row in store.partners():
            if row.public_key == key:
                raise PartnerError(
                    translate(
                        "PartnerFiles", "You have already added this code, as {name}."
                    ).format(name=row.name)
                )
            if row.name.casefold() == name.casefold():
                raise PartnerError(
                    translate(
                        "PartnerFiles",
                        "You already have a partner called {name}; choose another name.",
                    ).format(name=row.name)
                )
        try:
            return _partner(store.add_partner(name, key, _now_text()))
        except PartnerNameTaken as error:
            raise PartnerError(str(error)) from None


def partners(journal: Journal) -> list[Partner]:
    """The partners whose files this journal accepts, by name."""
    with _store(journal) as store:
        return [_partner(row) for row in store.partners()]


def find_partner(journal: Journal, name: str) -> Partner:
    """The partner called ``name`` (case aside); ``PartnerError`` if there is none."""
    wanted = " ".join(name.split()).casefold()
    for partner in partners(journal):
        if partner.name.casefold() == wanted:
            return partner
    raise PartnerError(
        translate("PartnerFiles", "There is no partner called {name!r} in this journal.").format(
            name=name.strip()
        )
    )


def _live_row(store: PartnerStore, partner_id: int) -> PartnerRow:
    row = store.partner(partner_id)
    if row is None or row.removed_at is not None:
        raise PartnerError(translate("PartnerFiles", "That partner is no longer in this journal."))
    return row


def remove_partner(journal: Journal, partner_id: int, forget_received: bool) -> None:
    """Stop sharing with a partner: their files are no longer accepted. With
    ``forget_received`` the weeks they sent are deleted too; otherwise they are kept."""
    with _store(journal) as store:
        _live_row(store, partner_id)
        store.remove_partner(partner_id, _now_text(), forget_received)


# ---- sealing and opening files ---------------------------------------------------------


def _utc_text(moment: datetime | None) -> str:
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def seal(
    journal: Journal, partner_id: int, shared: SharedWeek, *, now: datetime | None = None
) -> bytes:
    """The file that carries ``shared`` to one partner (only their journal opens it)."""
    from nacl.public import Box, PrivateKey, PublicKey

    public, secret = _key_pair(journal)
    with _store(journal) as store:
        partner = _live_row(store, partner_id)
    payload = {
        "shared": to_payload(shared),
        "to_name": partner.name,
        "sent_at": _utc_text(now),
        "file_id": secrets.token_hex(16),
    }
    message = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    box = Box(PrivateKey(secret), PublicKey(partner.public_key))
    return HEADER + public + partner.public_key + bytes(box.encrypt(message))


def _payload_fields(data: Any) -> tuple[SharedWeek, str, str, str]:
    if not isinstance(data, dict):
        raise DamagedPartnerFile()
    sent_at, file_id, to_name = data.get("sent_at"), data.get("file_id"), data.get("to_name", "")
    if not (
        isinstance(sent_at, str)
        and _SENT_AT_RE.match(sent_at)
        and isinstance(file_id, str)
        and _FILE_ID_RE.match(file_id)
        and isinstance(to_name, str)
        and len(to_name) <= MAX_NAME
    ):
        raise DamagedPartnerFile()
    try:
        shared = from_payload(data.get("shared"))
    except ValidationError:
        raise DamagedPartnerFile() from None
    return shared, sent_at, file_id, to_name


def _check_replay(store: PartnerStore, partner: PartnerRow, received: Received) -> None:
    if store.file_seen(received.file_id):
        raise ReplayedFile(
            translate(
                "PartnerFiles",
                "You have already received this file from {name}; it was not read again.",
            ).format(name=partner.name)
        )
    kept = store.received(partner.id, received.shared.week)
    if kept is not None and kept.sent_at >= received.sent_at:
        raise ReplayedFile(
            translate(
                "PartnerFiles",
                "This is an older copy of {name}'s week {week} than the one you already have, so "
                "it was not read again.",
            ).format(name=partner.name, week=received.shared.week)
        )


def open_file(journal: Journal, data: bytes) -> Received:
    """Open a partner file: refused with one clear sentence unless it was sealed for
    this journal by a partner it knows, is unchanged, and is not a replay."""
    from nacl.exceptions import CryptoError
    from nacl.public import Box, PrivateKey, PublicKey

    if not data.startswith(HEADER):
        if data.startswith(_FAMILY):
            raise NewerPartnerFile()
        raise NotAPartnerFile()
    if len(data) > MAX_FILE:
        raise DamagedPartnerFile()
    start = len(HEADER)
    sender = data[start : start + KEY_SIZE]
    recipient = data[start + KEY_SIZE : start + 2 * KEY_SIZE]
    sealed = data[start + 2 * KEY_SIZE :]
    if len(recipient) != KEY_SIZE:
        raise DamagedPartnerFile()
    public, secret = _key_pair(journal)
    if recipient != public:
        raise MeantForSomeoneElse()
    with _store(journal) as store:
        row = store.partner_by_key(sender)
    if row is None:
        raise UnknownSender()
    try:
        message = Box(PrivateKey(secret), PublicKey(sender)).decrypt(sealed)
        payload = json.loads(message.decode("utf-8"))
    except (CryptoError, ValueError, UnicodeDecodeError):
        raise DamagedPartnerFile() from None
    shared, sent_at, file_id, to_name = _payload_fields(payload)
    received = Received(_partner(row), shared, sent_at, file_id, to_name)
    with _store(journal) as store:
        _check_replay(store, row, received)
    return received


def keep_received(journal: Journal, received: Received) -> None:
    """Keep an opened week in this journal (replacing an older copy of that week)."""
    payload = json.dumps(to_payload(received.shared), ensure_ascii=False, sort_keys=True)
    with _store(journal) as store:
        row = _live_row(store, received.partner.id)
        _check_replay(store, row, received)
        store.keep_received(
            ReceivedRow(
                partner_id=row.id,
                week=received.shared.week,
                sent_at=received.sent_at,
                file_id=received.file_id or secrets.token_hex(16),
                received_at=_now_text(),
                payload=payload,
            )
        )


def _shared(row: ReceivedRow) -> SharedWeek:
    try:
        return from_payload(json.loads(row.payload))
    except (ValueError, ValidationError):
        raise PartnerError(
            translate(
                "PartnerFiles",
                "A received week ({week}) is stored in a shape this app cannot read; "
                "'attune-journal check' may say more.",
            ).format(week=row.week)
        ) from None


def received_weeks(journal: Journal, partner_id: int) -> list[SharedWeek]:
    """The weeks a partner sent that this journal keeps, oldest week first."""
    with _store(journal) as store:
        rows = store.received_weeks(partner_id)
    return [_shared(row) for row in rows]


def received_week(journal: Journal, partner_id: int, week: str) -> SharedWeek | None:
    """One kept week from one partner, or None."""
    with _store(journal) as store:
        row = store.received(partner_id, week)
    return None if row is None else _shared(row)


# ---- the Markdown export and its import -----------------------------------------------


def partner_week_records(journal: Journal) -> list[PartnerWeekRecord]:
    """Every received week with its partner, for the Markdown export."""
    with _store(journal) as store:
        people = {row.id: row for row in store.partners(include_removed=True)}
        rows = store.received_weeks()
    return [
        PartnerWeekRecord(
            partner=people[row.partner_id].name,
            partner_code=code_for_key(people[row.partner_id].public_key),
            removed=people[row.partner_id].removed_at is not None,
            sent_at=row.sent_at,
            file_id=row.file_id,
            received_at=row.received_at,
            shared=_shared(row),
        )
        for row in rows
        if row.partner_id in people
    ]


def partner_export_files(journal: Journal) -> list[tuple[str, bytes]]:
    """``(relative path, bytes)`` of each received week's Markdown file."""
    return [
        (name, render_partner_week(record).encode("utf-8"))
        for name, record in partner_week_names(partner_week_records(journal))
    ]


def record_from_json(data: Any) -> PartnerWeekRecord:
    """A record read back from an exported file; ``ValidationError`` if out of shape."""
    if not isinstance(data, dict):
        raise ValidationError(
            translate("PartnerFiles", "the partner week is not in a shape this app can read")
        )
    partner, code = data.get("partner"), data.get("partner_code")
    sent_at, file_id = data.get("sent_at"), data.get("file_id")
    received_at, removed = data.get("received_at", ""), data.get("removed", False)
    if not (
        isinstance(partner, str)
        and partner.strip()
        and isinstance(code, str)
        and isinstance(sent_at, str)
        and _SENT_AT_RE.match(sent_at)
        and isinstance(file_id, str)
        and _FILE_ID_RE.match(file_id)
        and isinstance(received_at, str)
        and isinstance(removed, bool)
    ):
        raise ValidationError(
            translate("PartnerFiles", "the partner week is not in a shape this app can read")
        )
    try:
        key_from_code(code)
    except PartnerError as error:
        raise ValidationError(
            translate("PartnerFiles", "the partner's code: {error}").format(error=error)
        ) from None
    return PartnerWeekRecord(
        partner=_clean_name(partner),
        partner_code=code,
        removed=removed,
        sent_at=sent_at,
        file_id=file_id,
        received_at=received_at,
        shared=from_payload(data.get("shared")),
    )


def restore_partner_weeks(journal: Journal, records: list[PartnerWeekRecord]) -> int:
    """Keep exported weeks again (an import): a partner not in the journal is added as
    exported (removed ones stay removed); a week already kept as new or newer, or a
    file already received, is left as it is. Returns how many weeks were kept."""
    kept = 0
    with _store(journal) as store, store.db.atomic():
        for record in records:
            key = key_from_code(record.partner_code)
            row = store.partner_by_key(key)
            if row is None:
                row = next(
                    (
                        p
                        for p in store.partners(include_removed=True)
                        if p.public_key == key and p.name == record.partner
                    ),
                    None,
                )
            if row is None:
                taken = {p.name.casefold() for p in store.partners()}
                name, n = record.partner, 1
                while not record.removed and name.casefold() in taken:
                    n += 1
                    name = f"{record.partner} ({n})"
                row = store.add_partner(name, key, record.received_at or _now_text())
                if record.removed:
                    store.remove_partner(row.id, _now_text(), forget_received=False)
            held = store.received(row.id, record.shared.week)
            if store.file_seen(record.file_id) or (
                held is not None and held.sent_at >= record.sent_at
            ):
                continue
            store.keep_received(
                ReceivedRow(
                    partner_id=row.id,
                    week=record.shared.week,
                    sent_at=record.sent_at,
                    file_id=record.file_id,
                    received_at=record.received_at or _now_text(),
                    payload=json.dumps(
                        to_payload(record.shared), ensure_ascii=False, sort_keys=True
                    ),
                )
            )
            kept += 1
    return kept


__all__ = [
    "DamagedPartnerFile",
    "MeantForSomeoneElse",
    "NewerPartnerFile",
    "NotAPartnerFile",
    "Partner",
    "PartnerError",
    "Received",
    "ReplayedFile",
    "UnknownSender",
    "add_partner",
    "find_partner",
    "fingerprint_words",
    "keep_received",
    "my_code",
    "open_file",
    "partner_export_files",
    "partner_week_records",
    "partners",
    "received_week",
    "received_weeks",
    "record_from_json",
    "remove_partner",
    "replace_my_key",
    "restore_partner_weeks",
    "seal",
]
