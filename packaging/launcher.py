"""Entry script for the frozen (PyInstaller) app: the same as the ``attune-journal`` command."""

import sys

from attune_journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
