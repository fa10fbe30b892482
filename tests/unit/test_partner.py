"""Partner sharing of the weekly relationship check-in: keys, codes, sealed files."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from attune_journal.core.models import RelationshipCheckIn
from attune_journal.core.partner import (
    SharedWeek,
    preview_lines,
    shared_week,
    side_by_side,
    talk_first,
    to_payload,
)
from attune_journal.exchange import partner as ex
from attune_journal.storage.migrations import schema_problems
from attune_journal.storage.repository import Journal
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import at, full_relationship, full_repair

WEEKS = ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Partner sharing never goes online: any socket fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = open_workspace(tmp_path / "alex"), open_workspace(tmp_path / "sam")
    yield a, b
    a.close()
    b.close()


def _pair(a: Journal, b: Journal) -> tuple[ex.Partner, ex.Partner]:
    """(Sam as Alex's partner, Alex as Sam's partner)."""
    sam = ex.add_partner(a, ex.my_code(b), "Sam")
    alex = ex.add_partner(b, ex.my_code(a), "Alex")
    return sam, alex


def _checkin(week: str, seed: int) -> RelationshipCheckIn:
    answers = {
        f"{pillar}.{n}": 1 + (seed + i + n) % 5
        for i, pillar in enumerate(["safety", "appreciation", "closeness", "support", "fun"])
        for n in (1, 2)
    }
    return full_relationship(week=week, answers=answers)


def _decrypt(data: bytes, recipient: Journal) -> dict[str, object]:
    from nacl.public import Box, PrivateKey, PublicKey

    from attune_journal.storage.partner_store import PartnerStore

    pair = PartnerStore(recipient.db).key_pair()
    assert pair is not None
    start = len(ex.HEADER)
    sender = data[start : start + 32]
    box = Box(PrivateKey(pair[1]), PublicKey(sender))
    payload = json.loads(box.decrypt(data[start + 64 :]))
    assert isinstance(payload, dict)
    return payload


def test_codes_are_checked_and_the_words_match_on_both_sides(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two[0].journal, two[1].journal
    code = ex.my_code(a)
    assert code.startswith("attune-partner:") and code == ex.my_code(a)
    sam, alex = _pair(a, b)
    # Alex reads their words aloud from their own code; Sam reads them from the code added.
    assert ex.fingerprint_words(ex.my_code(a)) == ex.fingerprint_words(alex.code)
    assert ex.fingerprint_words(ex.my_code(b)) == ex.fingerprint_words(sam.code)
    words = ex.fingerprint_words(code)
    assert len(words) == 6 and all(w in ex.WORDS for w in words)
    typo = code[:-3] + ("a" if code[-3] != "a" else "b") + code[-2:]
    with pytest.raises(ex.PartnerError, match="typo"):
        ex.add_partner(a, typo, "Someone")
    with pytest.raises(ex.PartnerError, match="not a partner code"):
        ex.add_partner(a, "hello", "Someone")
    with pytest.raises(ex.PartnerError, match="own code"):
        ex.add_partner(a, code, "Me")
    with pytest.raises(ex.PartnerError, match="already added this code, as Sam"):
        ex.add_partner(a, ex.my_code(b), "Sammy")
    assert [p.name for p in ex.partners(a)] == ["Sam"]
    assert schema_problems(a.db) == []


def test_four_weeks_each_way_give_both_the_same_side_by_side(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two[0].journal, two[1].journal
    sam, alex = _pair(a, b)
    for n, week in enumerate(WEEKS):
        mine, theirs = _checkin(week, n), _checkin(week, n + 2)
        a.save(mine)
        b.save(theirs)
        ex.keep_received(b, ex.open_file(b, ex.seal(a, sam.id, shared_week(mine))))
        ex.keep_received(a, ex.open_file(a, ex.seal(b, alex.id, shared_week(theirs))))
    assert [w.week for w in ex.received_weeks(a, sam.id)] == WEEKS
    assert [w.week for w in ex.received_weeks(b, alex.id)] == WEEKS
    for week in WEEKS:
        own_a, own_b = a.relationship_checkin(week), b.relationship_checkin(week)
        from_b = ex.received_week(a, sam.id, week)
        from_a = ex.received_week(b, alex.id, week)
        at_a = side_by_side(own_a, from_b)
        at_b = side_by_side(own_b, from_a)
        assert [(p.pillar_id, p.mine, p.theirs, p.gap) for p in at_a] == [
            (p.pillar_id, p.theirs, p.mine, p.gap) for p in at_b
        ]
        assert any(p.gap for p in at_a)
        assert at_a[-1].theirs is None  # nobody answered shared direction
        assert talk_first(at_a) == talk_first(
            [replace(p, mine=p.theirs, theirs=p.mine) for p in at_b]
        )


def test_only_the_partners_key_opens_a_file(
    tmp_path: Path, two: tuple[Workspace, Workspace]
) -> None:
    a, b = two[0].journal, two[1].journal
    sam, _ = _pair(a, b)
    data = ex.seal(a, sam.id, shared_week(full_relationship()))
    third = open_workspace(tmp_path / "kim")
    try:
        ex.add_partner(third.journal, ex.my_code(a), "Alex")
        with pytest.raises(ex.MeantForSomeoneElse, match="sealed for someone else"):
            ex.open_file(third.journal, data)
        # Even with Sam's public key written in, Kim's secret key does not open it.
        from nacl.exceptions import CryptoError
        from nacl.public import Box, PrivateKey, PublicKey

        from attune_journal.storage.partner_store import PartnerStore

        kim = PartnerStore(third.journal.db).key_pair()
        assert kim is not None
        with pytest.raises(CryptoError):
            Box(PrivateKey(kim[1]), PublicKey(data[17:49])).decrypt(data[81:])
    finally:
        third.close()
    assert ex.open_file(b, data).shared.week == "2026-W48"


def test_each_bad_file_is_refused_with_its_sentence(
    tmp_path: Path, two: tuple[Workspace, Workspace]
) -> None:
    a, b = two[0].journal, two[1].journal
    sam, alex = _pair(a, b)
    data = ex.seal(a, sam.id, shared_week(full_relationship()))
    with pytest.raises(ex.NotAPartnerFile, match="not a partner file"):
        ex.open_file(b, b"# My week\nhello\n")
    for position in (len(data) - 1, 81 + 30, 81 + 2):  # tag, ciphertext, nonce
        changed = bytearray(data)
        changed[position] ^= 0x01
        with pytest.raises(ex.DamagedPartnerFile, match="changed or damaged"):
            ex.open_file(b, bytes(changed))
    with pytest.raises(ex.DamagedPartnerFile):
        ex.open_file(b, data[:60])
    # A key that was never added: a stranger seals for Sam's journal.
    stranger = open_workspace(tmp_path / "stranger")
    try:
        to_sam = ex.add_partner(stranger.journal, ex.my_code(b), "Sam")
        foreign = ex.seal(stranger.journal, to_sam.id, shared_week(full_relationship()))
    finally:
        stranger.close()
    with pytest.raises(ex.UnknownSender, match="not added as a partner"):
        ex.open_file(b, foreign)
    # Wrong recipient: Alex's file for Sam, given back to Alex.
    with pytest.raises(ex.MeantForSomeoneElse):
        ex.open_file(a, data)
    # Replays: the same file twice, then an older file for a week already kept.
    earlier = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    old = ex.seal(a, sam.id, shared_week(full_relationship()), now=earlier)
    new = ex.seal(a, sam.id, shared_week(full_relationship()), now=earlier + timedelta(hours=1))
    ex.keep_received(b, ex.open_file(b, new))
    with pytest.raises(ex.ReplayedFile, match="already received this file from Alex"):
        ex.open_file(b, new)
    with pytest.raises(ex.ReplayedFile, match="older copy of Alex's week 2026-W48"):
        ex.open_file(b, old)
    assert alex.name == "Alex"


def test_preview_and_payload_hold_the_same_fields_and_nothing_unchosen(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two[0].journal, two[1].journal
    sam, _ = _pair(a, b)
    checkin, repair = full_relationship(), full_repair(at=at(day=24, hour=21))
    plain = shared_week(checkin, ())
    payload = _decrypt(ex.seal(a, sam.id, plain), b)
    assert set(payload) == {"shared", "to_name", "sent_at", "file_id"}
    assert payload["to_name"] == "Sam"
    shared = payload["shared"]
    assert isinstance(shared, dict)
    assert shared == to_payload(plain)
    assert shared["attune"] == {} and shared["repairs"] == []
    text = json.dumps(payload)
    for unchosen in [*checkin.attune.values(), repair.what_happened, repair.my_part]:
        assert unchosen not in text
    lines = "\n".join(preview_lines(plain))
    assert "ATTUNE reflection is not shared" in lines
    assert "No repair entries are shared" in lines

    everything = shared_week(checkin, [repair], include_attune=True)
    payload = _decrypt(ex.seal(a, sam.id, everything), b)
    assert payload["shared"] == to_payload(everything)
    lines = "\n".join(preview_lines(everything))
    for value in [
        checkin.more_of,
        checkin.appreciated,
        *checkin.attune.values(),
        repair.what_happened,
        repair.my_part,
        repair.repair,
        repair.how_it_went,
    ]:
        assert f"“{value}”" in lines
    assert "“I could say what was on my mind without bracing for a bad reaction.” 4 of 5" in lines
    assert "Fun: “We laughed or played together.” 2 of 5" in lines
    # The feelings and needs of a repair, and the check-in's tags or ids, never leave.
    assert "irritated" not in json.dumps(payload)
    assert "support" not in json.dumps(to_payload(everything)["repairs"])


def test_removing_a_partner_stops_their_files_and_may_keep_their_weeks(
    two: tuple[Workspace, Workspace],
) -> None:
    a, b = two[0].journal, two[1].journal
    sam, alex = _pair(a, b)
    ex.keep_received(b, ex.open_file(b, ex.seal(a, sam.id, shared_week(full_relationship()))))
    later = ex.seal(a, sam.id, shared_week(full_relationship(week="2026-W49")))
    ex.remove_partner(b, alex.id, forget_received=False)
    assert ex.partners(b) == []
    assert [w.week for w in ex.received_weeks(b, alex.id)] == ["2026-W48"]
    with pytest.raises(ex.UnknownSender):
        ex.open_file(b, later)
    again = ex.add_partner(b, ex.my_code(a), "Alex")
    ex.remove_partner(b, again.id, forget_received=True)
    assert ex.received_weeks(b, again.id) == []


def test_a_new_key_needs_the_new_code(two: tuple[Workspace, Workspace]) -> None:
    a, b = two[0].journal, two[1].journal
    sam, _ = _pair(a, b)
    old_code = ex.my_code(a)
    new_code = ex.replace_my_key(a)
    assert new_code != old_code and ex.my_code(a) == new_code
    with pytest.raises(ex.UnknownSender):
        ex.open_file(b, ex.seal(a, sam.id, shared_week(full_relationship())))
    ex.add_partner(b, new_code, "Alex again")
    assert ex.open_file(b, ex.seal(a, sam.id, shared_week(full_relationship()))).sent_at


def test_talk_first_is_gentle_and_never_a_score() -> None:
    mine = full_relationship(answers={"safety.1": 5, "safety.2": 5, "fun.1": 5, "fun.2": 4})
    theirs = SharedWeek(
        week="2026-W48", answers={"safety.1": 2, "safety.2": 3, "fun.1": 5, "fun.2": 5}
    )
    pairs = side_by_side(mine, theirs)
    suggestions = talk_first(pairs)
    assert 1 <= len(suggestions) <= 3
    assert suggestions[0].startswith("Emotional safety is where your answers differ most")
    assert any("You both answered Fun warmly" in s for s in suggestions)
    text = " ".join(suggestions).lower()
    for word in ("because", "cause", "score", "grade", "fault", "wrong", "should", "leads to"):
        assert word not in text
    assert talk_first(side_by_side(mine, None))[0].startswith("When you have both answered")


def test_the_secret_key_is_encrypted_at_rest_with_the_journal(tmp_path: Path) -> None:
    from attune_journal.storage.partner_store import PartnerStore

    folder = tmp_path / "j"
    ws = open_workspace(folder)
    code = ex.my_code(ws.journal)
    pair = PartnerStore(ws.journal.db).key_pair()
    assert pair is not None
    ws.change_encryption(None, "a quiet morning")
    ws.close()
    stored = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert pair[1] not in stored and pair[0] not in stored
    ws = open_workspace(folder, "a quiet morning")
    try:
        assert ex.my_code(ws.journal) == code  # the same key, kept through encryption
    finally:
        ws.close()
