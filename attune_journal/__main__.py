"""``python -m attune_journal``: the same as the ``attune-journal`` command."""

import sys

from attune_journal.cli import main

sys.exit(main())
