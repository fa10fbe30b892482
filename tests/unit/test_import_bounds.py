"""Imports are bounded: only regular files under a size cap, read line by line where the
format allows, with progress for long work; tag handling is linear; a cut-off Daylio
file is refused; invisible direction overrides never reach a word.

Every refusal is one line naming the file and leaves the journal as it was.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note, clean_word, normalise_tags
from attune_journal.exchange import jrnl, parsed
from attune_journal.exchange.commands import ImportProgress
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import of_kind

ROOT = Path(__file__).resolve().parents[2]
DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
JRNL = "[2026-11-20 07:15] First @work\nbody one\n\n[2026-11-21 09:00] Second\nbody two\n"


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def count(data_dir: Path) -> int:
    workspace = open_workspace(data_dir)
    try:
        return workspace.journal.count()
    finally:
        workspace.close()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---- not a regular file: refused by a stat, before anything is opened ---------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
@pytest.mark.parametrize("fmt", ["jrnl", "jrnl-json", "dayone", "daylio", "markdown"])
def test_a_named_pipe_is_refused_at_once_without_blocking(tmp_path: Path, fmt: str) -> None:
    pipe = tmp_path / "export.txt"
    os.mkfifo(pipe)
    command = [sys.executable, "-m", "attune_journal", "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(
        [*command, "import", "--from", fmt, str(pipe)],
        capture_output=True,
        text=True,
        timeout=60,  # reading the pipe would block forever: nobody ever writes to it
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert one_line(done.stderr) == (
        f"attune-journal: {pipe} is a named pipe (FIFO), not a file; "
        "choose the exported file itself"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = cli(capsys, data_dir, "import", "--from", "jrnl", "/dev/zero")
    assert code == 1 and not out
    assert one_line(err).endswith(
        "/dev/zero is a device, not a file; choose the exported file itself"
    )
    assert count(data_dir) == 0


def test_a_folder_is_refused_for_a_one_file_format(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    code, _, err = cli(capsys, data_dir, "import", "--from", "daylio", str(folder))
    assert code == 1 and f"{folder} is a folder, not a file" in one_line(err)


# ---- size caps ------------------------------------------------------------------------------


def test_a_file_over_the_cap_is_refused_naming_the_limit(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parsed, "MAX_IMPORT_BYTES", 1024)
    path = tmp_path / "journal.txt"
    path.write_text(JRNL * 40, encoding="utf-8")
    for fmt in ("jrnl", "jrnl-json", "dayone", "daylio", "markdown"):
        code, out, err = cli(capsys, data_dir, "import", "--from", fmt, str(path))
        assert code == 1 and not out
        assert one_line(err) == (
            f"attune-journal: {path}: This file is larger than 1 KiB, the most an import "
            "reads; no journal export is that large, so is it the right file?"
        )
    assert count(data_dir) == 0


def test_a_file_that_grows_past_the_cap_while_read_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The count of bytes read is checked too, not only the size a stat gave.
    path = tmp_path / "journal.txt"
    path.write_text(JRNL * 40, encoding="utf-8")
    stream = io.BytesIO(path.read_bytes())
    monkeypatch.setattr(parsed, "MAX_IMPORT_BYTES", 1000)
    with pytest.raises(
        ImportFormatError, match=r"journal\.txt: This file is larger than 1,000 bytes"
    ):
        list(parsed.read_chunks(stream, "journal.txt", total=10))


def _day_one(entries: int, padding: int = 0) -> bytes:
    items = [
        {"creationDate": f"2026-01-{day:02d}T08:00:00Z", "text": f"Day {day}" + " " * padding}
        for day in range(1, entries + 1)
    ]
    return json.dumps({"metadata": {}, "entries": items}).encode()


def _zip(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_member_that_unpacks_huge_is_refused_before_it_is_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Like a zip bomb: 4 MiB of spaces pack into a few KiB.
    path = _zip(tmp_path, {"Journal.json": _day_one(2, padding=2 * 1024 * 1024)})
    assert path.stat().st_size < 64 * 1024
    monkeypatch.setattr(parsed, "MAX_IMPORT_BYTES", 1024 * 1024)
    with pytest.raises(ImportFormatError) as raised:
        run_import(workspace, "dayone", path)
    assert str(raised.value) == (
        f"{path}: Journal.json: This member is larger than 1 MiB, the most an import reads; "
        "no journal export is that large, so is it the right file?"
    )
    assert workspace.journal.count() == 0


def test_zip_members_together_are_held_to_the_cap(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = _day_one(2, padding=300 * 1024)
    path = _zip(tmp_path, {"A.json": member, "B.json": member})
    monkeypatch.setattr(parsed, "MAX_IMPORT_BYTES", 1024 * 1024)
    with pytest.raises(ImportFormatError, match="What its journals hold together is larger"):
        run_import(workspace, "dayone", path)
    assert workspace.journal.count() == 0


def test_a_zip_whose_header_understates_a_size_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = _zip(tmp_path, {"Journal.json": _day_one(3, padding=5000)})
    data = bytearray(path.read_bytes())
    # Claim 100 bytes in both the local header and the central directory.
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = (100).to_bytes(4, "little")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    code, _, err = cli(capsys, data_dir, "import", "--from", "dayone", str(path))
    assert code == 1
    assert one_line(err).startswith(f"attune-journal: {path}: Journal.json cannot be read")
    assert count(data_dir) == 0


def test_one_entry_over_the_text_limit_is_refused_while_reading(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jrnl, "MAX_TEXT_CHARS", 50)
    path = tmp_path / "j.txt"
    path.write_text("[2026-11-20 07:15] ok\n\n[2026-11-21 08:00] long\n" + "x" * 60 + "\n")
    with pytest.raises(ImportFormatError, match=r"j.txt, line 3: the entry that starts here is "):
        run_import(workspace, "jrnl", path)


def test_a_folder_export_is_held_to_the_cap_together(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for index in range(3):
        (folder / f"{index}.md").write_text("x" * 600)
    monkeypatch.setattr(parsed, "MAX_IMPORT_BYTES", 1024)
    with pytest.raises(ImportFormatError, match="What this folder's Markdown files hold is larger"):
        run_import(workspace, "markdown", folder)


def test_more_entries_than_one_import_takes_are_refused(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Memory follows the entries held until the one save, so their number is capped too.
    monkeypatch.setattr(parsed, "MAX_IMPORT_ENTRIES", 2)
    rows = "".join(f"2026-01-0{day},x,y,10:00,good,,,ok\n" for day in range(1, 4))
    daylio = tmp_path / "daylio.csv"
    daylio.write_text(DAYLIO_HEADER + rows, encoding="utf-8")
    journal = tmp_path / "journal.txt"
    journal.write_text(JRNL + "\n[2026-11-22 10:00] Third\n", encoding="utf-8")
    for fmt, path in (("daylio", daylio), ("jrnl", journal)):
        code, _, err = cli(capsys, data_dir, "import", "--from", fmt, str(path))
        assert code == 1
        assert one_line(err) == (
            f"attune-journal: {path}: this file holds more than 2 entries, the most one "
            "import takes; split it and import the parts one after another."
        )
    assert count(data_dir) == 0
    monkeypatch.setattr(parsed, "MAX_IMPORT_ENTRIES", 3)
    assert cli(capsys, data_dir, "import", "--from", "daylio", str(daylio))[0] == 0


# ---- streaming gives the same result as reading whole -----------------------------------


def test_reading_line_by_line_in_small_chunks_matches_reading_whole(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\ufeffnot an entry\r\n" + JRNL.replace("\n", "\r\n") + "[2026-11-22 10:00] Ünïcödé ✓ *"
    path = tmp_path / "j.txt"
    path.write_bytes(text.encode())
    whole = jrnl.parse_jrnl_text(text.lstrip("\ufeff"), "j.txt")
    monkeypatch.setattr(parsed, "CHUNK_BYTES", 3)  # splits lines and characters
    streamed = jrnl.read_jrnl_file(path)

    def seen(result: parsed.Parsed) -> list[tuple[str, str, list[str], bool]]:
        notes = of_kind(Note, [i.entry for i in result.entries])
        return [
            (i.where, n.text, n.tags, n.starred) for i, n in zip(result.entries, notes, strict=True)
        ]

    assert seen(streamed) == seen(whole)
    assert [(s.where, s.reason) for s in streamed.skipped] == [("line 1", whole.skipped[0].reason)]
    assert len(streamed.entries) == 3


def test_a_bad_byte_is_named_by_its_line_when_streamed(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsed, "CHUNK_BYTES", 4)
    path = tmp_path / "d.csv"
    path.write_bytes(DAYLIO_HEADER.encode() + b"2026-01-01,x,y,10:00,good,,,ok\n\xff\n")
    with pytest.raises(ImportFormatError, match=r"d.csv, line 3: this is not UTF-8 text"):
        run_import(workspace, "daylio", path)
    path.write_bytes(DAYLIO_HEADER.encode() + b"2026-01-01,x,y,10:00,good,,,o\x00k\n")
    with pytest.raises(ImportFormatError, match=r"d.csv, line 2: the file holds binary data"):
        run_import(workspace, "daylio", path)


def test_daylio_with_old_mac_line_ends_and_quoted_newlines(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsed, "CHUNK_BYTES", 5)
    rows = (
        DAYLIO_HEADER + '2026-01-01,x,y,10:00,good,,,"two\nlines"\n2026-01-02,x,y,11:00,meh,,,b\n'
    )
    path = tmp_path / "mac.csv"
    path.write_bytes(rows.replace("\n", "\r").encode())
    report = run_import(workspace, "daylio", path)
    assert [item.where for item in report.imported] == ["line 2", "line 4"]
    texts = sorted(e.text for e in workspace.journal.entries() if isinstance(e, Note))
    assert texts == ["b", "two\rlines"]


# ---- a Daylio file cut off inside a quoted field -----------------------------------------


def test_a_truncated_daylio_csv_is_refused_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(
        DAYLIO_HEADER
        + "2026-01-01,x,y,10:00,good,work,,fine\n"
        + '2026-01-02,x,y,11:00,bad,,,"the note was cut off in the mid',
        encoding="utf-8",
    )
    code, out, err = cli(capsys, data_dir, "import", "--from", "daylio", str(path))
    assert code == 1 and not out
    assert one_line(err) == (
        f"attune-journal: {path}, line 3: the file ends inside a quoted field; is it cut off? "
        "Nothing was imported."
    )
    assert count(data_dir) == 0


# ---- invisible format controls in words --------------------------------------------------

OVERRIDES = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]


@pytest.mark.parametrize("control", [*OVERRIDES, "\u2069", "\u200b", "\u200e", "\ufeff", "\xad"])
def test_clean_word_strips_invisible_format_controls(control: str) -> None:
    assert clean_word(f"{control}calm{control}") == "calm"
    assert clean_word(f"on{control} edge") == "on edge"
    assert clean_word(control) == ""


def test_clean_word_keeps_joiners_that_scripts_and_emoji_need() -> None:
    family = "👩\u200d👩\u200d👧"
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    persian = "می\u200cخواهم"
    for word in (family, scotland, persian, "שמחה", "e\u0301"):
        assert clean_word(word) == clean_word(clean_word(word))
        assert clean_word(word).replace("\u0301", "") != ""
    assert clean_word(family) == family and clean_word(scotland) == scotland
    assert clean_word(persian) == persian
    assert clean_word("x\U000e0041y") == "xy"  # a tag character outside a flag hides text


def test_cli_note_strips_overrides_from_every_word(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = cli(
        capsys, data_dir, "note", "text may keep \u202e them",
        "--feeling", "\u202ecalm\u202c:3", "--need", "\u2066rest\u2069:met",
        "--tag", "wo\u200brk", "--strategy", "\u202dbreathing\u202c", "--activation", "5",
    )  # fmt: skip
    assert code == 0, err
    workspace = open_workspace(data_dir)
    try:
        note = workspace.journal.get(int(out.split()[2]))  # "Saved note N at HH:MM"
    finally:
        workspace.close()
    assert isinstance(note, Note)
    (feeling,) = note.feelings
    # Without the override the word is the vocabulary's "calm", with its place on the grid.
    assert (feeling.word, feeling.intensity) == ("calm", 3) and feeling.pleasantness is not None
    assert [(n.need, n.met) for n in note.needs] == [("rest", True)]
    assert note.tags == ["work"]
    assert note.strategy is not None and note.strategy.name == "breathing"
    assert note.text == "text may keep \u202e them"


def test_cli_note_refuses_a_feeling_made_only_of_controls(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = cli(capsys, data_dir, "note", "x", "--feeling", "\u202e\u2066")
    assert code == 1 and one_line(err) == "attune-journal: A feeling needs a word."


def test_an_import_strips_overrides_from_moods_and_activities(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "daylio.csv"
    rows = "2026-01-01,x,y,10:00,\u2066tired\u2069,wo\u200brk | \u202esport,,ok\n"
    path.write_text(DAYLIO_HEADER + rows, encoding="utf-8")
    run_import(workspace, "daylio", path)
    (note,) = workspace.journal.entries()
    assert isinstance(note, Note)
    assert [f.word for f in note.feelings] == ["tired"]
    assert note.tags == ["daylio:tired", "work", "sport"]


# ---- tags: linear, same behaviour -------------------------------------------------------


def test_normalise_tags_keeps_first_spelling_and_order_for_many_tags() -> None:
    tags = [f"#Tag{i}" for i in range(30_000)] + [f"tag{i}" for i in range(0, 30_000, 7)]
    kept = normalise_tags(tags)
    assert kept == [f"Tag{i}" for i in range(30_000)]
    assert normalise_tags(["b", " #a ", "A", "a\u200b", "", "#", "c  d"]) == ["b", "a", "c d"]


# ---- progress on the command line --------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_quiet_for_quick_work_and_never_floods() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = ImportProgress("big.txt", stream, clock)
    for done in range(0, 100, 10):
        progress.reading(done, 100)
    assert stream.getvalue() == ""  # not a terminal, and under two seconds
    clock.now += 2.5
    for done in range(1_000_000, 200_000_000, 1_000_000):  # many calls within one instant
        progress.reading(done, 200_000_000)
    assert stream.getvalue().splitlines() == ["Reading big.txt: 0% (1 of 200 MB)…"]
    clock.now += 2.0
    progress.reading(100_000_000, 200_000_000)
    progress.saving(0, 0)
    progress.saving(0, 1_000_000)
    progress.saving(1_000_000, 1_000_000)
    assert stream.getvalue().splitlines()[1:] == [
        "Reading big.txt: 50% (100 of 200 MB)…",
        "Checked big.txt; saving 1,000,000 entries after a backup…",
    ]


def test_progress_speaks_at_once_on_a_terminal() -> None:
    clock, stream = Clock(), Tty()
    progress = ImportProgress("d.csv", stream, clock)
    progress.reading(5_000_000, 10_000_000)
    progress.reading(6_000_000, 10_000_000)
    assert stream.getvalue().splitlines() == ["Reading d.csv: 50% (5 of 10 MB)…"]


def test_an_import_reports_bytes_read_up_to_the_whole_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsed, "CHUNK_BYTES", 16)
    heard: list[tuple[int, int]] = []
    for fmt, name, text in (
        ("jrnl", "j.txt", JRNL),
        ("daylio", "d.csv", DAYLIO_HEADER + "2026-01-01,x,y,10:00,good,,,ok\n"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        heard.clear()
        run_import(workspace, fmt, path, reading=lambda done, total: heard.append((done, total)))
        size = path.stat().st_size
        assert len(heard) > 2 and heard[-1] == (size, size)
        assert [done for done, _ in heard] == sorted(done for done, _ in heard)


def test_a_quick_cli_import_prints_no_progress(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "j.txt"
    path.write_text(JRNL, encoding="utf-8")
    code, out, err = cli(capsys, data_dir, "import", "--from", "jrnl", str(path))
    assert code == 0 and out.startswith("Imported 2 entries") and err == ""
