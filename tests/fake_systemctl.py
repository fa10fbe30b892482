"""A fake ``systemctl`` that records each call and answers as told, for the reminder's unit
and window tests (the ``systemctl`` fixture in tests/conftest.py puts it first on the PATH).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FAKE_SYSTEMCTL = """#!/bin/sh
echo "$*" >> "$FAKE_SYSTEMCTL_LOG"
if [ "$*" = "--user show-environment" ]; then exit "${FAKE_SYSTEMCTL_SESSION:-0}"; fi
if [ -n "$FAKE_SYSTEMCTL_FAIL" ] && [ "$2" = "$FAKE_SYSTEMCTL_FAIL" ]; then
  echo "Failed to $2 unit: Access denied" >&2
  exit 1
fi
exit 0
"""


@dataclass
class FakeSystemctl:
    log: Path

    def calls(self) -> list[str]:
        """Each call's arguments after --user, and forget them."""
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        self.log.unlink()
        return [line.removeprefix("--user ") for line in lines]
