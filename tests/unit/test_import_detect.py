"""Telling an import's format from the file: its head, a .zip's names, a folder's names.

Every sample is written here in the shape the program that makes it writes it
(the shapes of tests/unit/test_import_formats.py). Detection reads only a bounded
head, and refuses pipes and devices before it opens anything.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from attune_journal.cli import main
from attune_journal.exchange import parsed
from attune_journal.exchange.formats import SNIFF_BYTES, detect_format
from attune_journal.exchange.markdown_export import export_markdown_folder
from attune_journal.exchange.markdown_render import render_single
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import open_workspace
from tests.factories import one_of_each
from tests.unit.test_import_formats import (
    DAYLIO_NEW,
    DAYLIO_OLD,
    JRNL_BRACKETS,
    dayone_json,
    write,
)

ROOT = Path(__file__).resolve().parents[2]


def dayone_zip(*members: tuple[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


JRNL_JSON = {
    "tags": {"@work": 1},
    "entries": [
        {
            "title": "Long day.",
            "body": "Talked it through.",
            "date": "2026-11-20",
            "time": "18:30",
            "tags": ["@work"],
            "starred": True,
        }
    ],
}

KNOWN = [
    ("journal.txt", JRNL_BRACKETS, "jrnl"),
    ("journal", "2026-11-20 07:15 Old jrnl style.\nsecond line\n", "jrnl"),
    ("jrnl.json", json.dumps(JRNL_JSON, indent=4), "jrnl-json"),
    ("jrnl-compact.json", json.dumps(JRNL_JSON), "jrnl-json"),
    ("Journal.json", json.dumps(dayone_json(), indent=2, ensure_ascii=False), "dayone"),
    # A journal in Day One's .zip besides Journal.json: "entries" only at the top.
    (
        "Travel.json",
        json.dumps({"entries": [{"uuid": "T1", "creationDate": "2026-03-01T10:00:00Z"}]}),
        "dayone",
    ),
    (
        "export.zip",
        dayone_zip(("Journal.json", json.dumps(dayone_json())), ("photos/abc.jpeg", b"\xff\xd8 x")),
        "dayone",
    ),
    ("daylio_export.csv", DAYLIO_NEW, "daylio"),
    ("old.csv", DAYLIO_OLD, "daylio"),  # the older header, behind a BOM
    ("note.md", "---\r\nuid: x\r\nkind: note\r\n---\r\n\r\nhi\r\n", "markdown"),
    ("all.md", render_single(one_of_each()), "markdown"),
    ("2026-11-23.md", "# Monday\n\nA daily note with no front matter.\n", "markdown"),
    (
        "old.csv",
        "year,date,weekday,time,mood,activities,note\n2017,June 22,Thursday,9:15 pm,good,,\n",
        "daylio",
    ),
    ("headless.csv", "2024-03-01,March 1,Friday,08:30,rad,work | sport,,Fine\n", "daylio"),
    ("headless-old.csv", "2018,7 września,piątek,21:05,dobrze,,\n", "daylio"),
]


@pytest.mark.parametrize(("name", "content", "expected"), KNOWN)
def test_each_shape_is_told(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    found = detect_format(write(tmp_path, name, content))
    assert found.format_id == expected, found
    assert found.because


def test_the_name_does_not_decide(tmp_path: Path) -> None:
    # A jrnl journal saved as .csv and a Daylio export saved as .txt are still told apart.
    assert detect_format(write(tmp_path, "a.csv", JRNL_BRACKETS)).format_id == "jrnl"
    assert detect_format(write(tmp_path, "b.txt", DAYLIO_NEW)).format_id == "daylio"
    assert detect_format(write(tmp_path, "c.txt", json.dumps(JRNL_JSON))).format_id == "jrnl-json"


def test_folders(tmp_path: Path) -> None:
    ours = tmp_path / "export"
    export_markdown_folder(one_of_each(), ours)
    assert detect_format(ours).format_id == "markdown"
    daily = tmp_path / "vault"
    (daily / ".obsidian").mkdir(parents=True)
    (daily / ".obsidian" / "app.json").write_text("{}")
    (daily / "Daily").mkdir()
    (daily / "Daily" / "2026-11-23.md").write_text("# Monday\n\nWalked.\n")
    assert detect_format(daily).format_id == "markdown"
    empty = tmp_path / "empty"
    empty.mkdir()
    found = detect_format(empty)
    assert found.format_id is None and "folder" in found.because


@pytest.mark.parametrize(
    ("name", "content", "because"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "\n\n   \n", "empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "caf\xe9 au lait\n".encode("latin-1"), "not UTF-8"),
        ("letter.txt", "Dear diary,\nit was a day.\n", "first line"),
        ("list.json", "[1, 2, 3]", "JSON"),
        ("other.json", '{"name": "x", "items": []}', "JSON"),
        ("entries.json", '{"entries": [{"something": 1}]}', "JSON"),
        ("table.csv", "date,mood,note\n2026-01-01,good,x\n", "first line"),
        ("photos.zip", dayone_zip(("a.jpeg", b"\xff\xd8")), ".zip"),
        ("broken.zip", b"PK\x03\x04 broken", "damaged"),
    ],
)
def test_what_cannot_be_told(tmp_path: Path, name: str, content: str | bytes, because: str) -> None:
    found = detect_format(write(tmp_path, name, content))
    assert found.format_id is None and found.format is None
    assert because in found.because


def test_only_the_head_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        out.write("[2026-11-20 07:15] first\n")
        out.write("é" * (4 * 1024 * 1024))  # a two-byte character lands on the cut
    asked: list[int] = []  # detection opens through parsed.open_source; count its reads

    opened = parsed.open_source

    def counting(path: Path) -> Any:
        stream, size = opened(path)

        class Counted:
            def __init__(self) -> None:
                self.stream = stream

            def read(self, n: int = -1) -> bytes:
                asked.append(n)
                return stream.read(n)

            def __enter__(self) -> Counted:
                return self

            def __exit__(self, *exc: object) -> None:
                stream.close()

        return Counted(), size

    monkeypatch.setattr(parsed, "open_source", counting)
    assert detect_format(big).format_id == "jrnl"
    assert asked and all(0 < n <= SNIFF_BYTES for n in asked)
    assert sum(asked) <= SNIFF_BYTES


def test_a_long_json_head_still_tells(tmp_path: Path) -> None:
    # Day One writes metadata first; a first entry longer than the head does not matter.
    data = dayone_json()
    data["entries"][0]["text"] = "x" * (SNIFF_BYTES * 4)  # type: ignore[index]
    path = write(tmp_path, "Journal.json", json.dumps(data))
    assert detect_format(path).format_id == "dayone"


def test_missing_and_device_are_refused_as_an_import_would(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no such file"):
        detect_format(tmp_path / "missing.txt")
    if Path("/dev/zero").exists():
        with pytest.raises(ImportFormatError, match="is a device, not a file"):
            detect_format("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_never_blocks(tmp_path: Path) -> None:
    pipe = tmp_path / "journal.txt"
    os.mkfifo(pipe)
    command = [sys.executable, "-m", "attune_journal", "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(
        [*command, "import", str(pipe)],
        capture_output=True,
        text=True,
        timeout=60,  # reading the pipe would block forever: nobody writes to it
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"attune-journal: {pipe} is a named pipe (FIFO), not a file; "
        "choose the exported file itself"
    ]
    with pytest.raises(ImportFormatError, match="named pipe"):
        detect_format(pipe)


# ---- the command line -------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("journal.txt", JRNL_BRACKETS, "Reading journal.txt as jrnl text"),
        ("daylio_export.csv", DAYLIO_NEW, "Reading daylio_export.csv as a Daylio CSV export"),
        ("Journal.json", json.dumps(dayone_json()), "Reading Journal.json as a Day One export"),
        ("jrnl.json", json.dumps(JRNL_JSON), "Reading jrnl.json as jrnl JSON"),
    ],
)
def test_import_without_format(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    name: str,
    content: str,
    said: str,
) -> None:
    path = write(tmp_path, name, content)
    code, out, err = cli(capsys, "--data-dir", str(data_dir), "import", str(path))
    assert code == 0, err
    assert err.strip().splitlines() == [said]
    assert "Imported" in out


def test_import_of_a_folder_without_format(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    export_markdown_folder(one_of_each(), folder)
    code, _, err = cli(capsys, "--data-dir", str(data_dir), "import", str(folder))
    assert code == 0, err
    assert err.strip() == "Reading export as Markdown"
    workspace = open_workspace(data_dir)
    try:
        assert workspace.journal.count() == 5
    finally:
        workspace.close()


def test_an_undetectable_file_gets_one_line_naming_the_formats(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "notes.txt", "Dear diary,\n")
    code, out, err = cli(capsys, "--data-dir", str(data_dir), "import", str(path))
    assert code == 1 and not out
    (line,) = err.strip().splitlines()
    assert "could not be told" in line and "--format FORMAT" in line
    assert "markdown, jrnl, jrnl-json, dayone, daylio" in line
    assert not data_dir.exists() or not list(data_dir.glob("backups/*"))


def test_a_named_format_skips_detection(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "journal.txt", JRNL_BRACKETS)
    code, _, err = cli(capsys, "--data-dir", str(data_dir), "import", "--format", "jrnl", str(path))
    assert code == 0 and "Reading" not in err


def test_help_says_the_format_is_optional(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "import", "-h")
    assert code == 0
    assert "[--format FORMAT]" in out and "told from" in out
