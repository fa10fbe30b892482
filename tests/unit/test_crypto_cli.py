"""The command line with encryption: encrypt, change-passphrase, decrypt, and the prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from attune_journal import cli
from attune_journal.workspace import open_workspace


def _forget_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process started without the variable would be: the read value goes too."""
    from attune_journal.storage import crypto

    monkeypatch.delenv("ATTUNE_JOURNAL_PASSPHRASE", raising=False)
    crypto._env_secrets.clear()


def _answers(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Answer the terminal's passphrase prompts in order; returns the prompts asked."""
    asked: list[str] = []
    queue: Iterator[str] = iter(answers)

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(queue)

    monkeypatch.setattr(cli, "_ask_secret", ask)
    return asked


def test_encrypt_then_every_command_asks_and_retries_calmly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(data_dir)]
    assert cli.main([*args, "note", "before"]) == 0
    _answers(monkeypatch, "tea and toast", "tea and toast")
    assert cli.main([*args, "encrypt"]) == 0
    assert "now encrypted" in capsys.readouterr().out

    asked = _answers(monkeypatch, "wrong", "tea and toast")
    assert cli.main([*args, "note", "after"]) == 0
    assert asked == ["Passphrase: ", "Passphrase: "]
    assert "does not open" in capsys.readouterr().err

    _answers(monkeypatch, "no", "nope", "still no")
    assert cli.main([*args, "check"]) == 1
    assert "does not open this journal" in capsys.readouterr().err

    workspace = open_workspace(data_dir, "tea and toast")
    assert workspace.journal.count() == 2
    workspace.close()


def test_mismatched_new_passphrases_change_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(data_dir)]
    assert cli.main([*args, "note", "x"]) == 0
    _answers(monkeypatch, "one", "two")
    assert cli.main([*args, "encrypt"]) == 1
    assert "differ" in capsys.readouterr().err
    assert not open_workspace(data_dir).encrypted


def test_scripts_use_the_environment(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(data_dir)]
    monkeypatch.setenv("ATTUNE_JOURNAL_PASSPHRASE", "first")
    assert cli.main([*args, "note", "x"]) == 0
    assert cli.main([*args, "encrypt"]) == 0
    assert cli.main([*args, "encrypt"]) == 1  # already encrypted: says so
    monkeypatch.setenv("ATTUNE_JOURNAL_NEW_PASSPHRASE", "second")
    assert cli.main([*args, "change-passphrase"]) == 0
    monkeypatch.setenv("ATTUNE_JOURNAL_PASSPHRASE", "second")
    assert cli.main([*args, "decrypt"]) == 0
    assert "Encryption is off" in capsys.readouterr().out
    _forget_env_passphrase(monkeypatch)
    assert cli.main([*args, "check"]) == 0


def test_without_a_terminal_the_error_says_what_to_set(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(data_dir)]
    monkeypatch.setenv("ATTUNE_JOURNAL_PASSPHRASE", "pw")
    assert cli.main([*args, "note", "x"]) == 0
    assert cli.main([*args, "encrypt"]) == 0
    _forget_env_passphrase(monkeypatch)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main([*args, "check"]) == 1
    assert "ATTUNE_JOURNAL_PASSPHRASE" in capsys.readouterr().err


def test_restoring_a_plain_backup_into_an_encrypted_journal_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    args = ["--data-dir", str(data_dir)]
    assert cli.main([*args, "note", "written before encryption"]) == 0
    assert cli.main([*args, "backup"]) == 0
    plain = sorted((data_dir / "backups").iterdir())[-1]
    kept = data_dir.parent / plain.name
    shutil.copy2(plain, kept)  # a plain copy from before encryption, as a person might keep
    _answers(monkeypatch, "tea and toast", "tea and toast")
    assert cli.main([*args, "encrypt"]) == 0
    shutil.copy2(kept, data_dir / "backups" / kept.name)
    capsys.readouterr()

    _answers(monkeypatch, "tea and toast")
    assert cli.main([*args, "restore", str(data_dir / "backups" / kept.name)]) == 0
    out = capsys.readouterr().out
    assert "stored unencrypted" in out and "attune-journal encrypt" in out
