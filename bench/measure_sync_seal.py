"""Child process: sealing and opening a sync snapshot the size of a whole journal.

``python -m bench.measure_sync_seal [DATA_DIR] [--words MB]`` makes one snapshot-like
body and times ``sync.crypto.seal`` and ``sync.crypto.open_sealed`` on it (the JSON
encoding, XChaCha20-Poly1305 and the JSON decoding; no disk), first in a fresh process
(``first_seal_ms``, ``first_open_ms``) and then the median of five more runs. It also
times deriving the folder key once with the format's Argon2id settings (``kdf_ms``),
what setting up or joining a sync folder costs.

With ``DATA_DIR`` (a generated journal's data folder, e.g. the 10-year one under
``bench/out``) the body holds every live entry: its uid and its Markdown export text
(front matter and main text, ``exchange.markdown_render.render_entry``), about what a
snapshot carries. Without it, or with ``--words MB``, the body is that many megabytes
(30 by default) of seeded random words in entries of a few hundred words each.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from typing import Any

DEVICE = "3f" * 16
RUNS = 6


def body_from_store(data_dir: str) -> dict[str, Any]:
    from attune_journal.exchange.markdown_render import render_entry
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    try:
        entries = workspace.journal.entries(None, None, newest_first=False)
        rows = [{"uid": entry.uid, "text": render_entry(entry)} for entry in entries]
    finally:
        workspace.close()
    return {"device": DEVICE, "seq": 1, "name": "Bench", "entries": rows}


def body_of_words(megabytes: float) -> dict[str, Any]:
    chance = random.Random(7)
    vocabulary = [
        "".join(chance.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(chance.randint(2, 10)))
        for _ in range(5000)
    ]
    target, size = int(megabytes * 1_000_000), 0
    rows: list[dict[str, str]] = []
    while size < target:
        text = " ".join(chance.choices(vocabulary, k=chance.randint(50, 400)))
        rows.append({"uid": f"{len(rows):032x}", "text": text})
        size += len(text) + 60
    return {"device": DEVICE, "seq": 1, "name": "Bench", "entries": rows}


def main() -> int:
    from attune_journal.sync.crypto import (
        DEFAULT_MEM,
        DEFAULT_OPS,
        derive_key,
        open_sealed,
        seal,
    )

    args = sys.argv[1:]
    megabytes = 30.0
    if "--words" in args:
        at = args.index("--words")
        megabytes = float(args[at + 1])
        del args[at : at + 2]
    began = time.perf_counter()
    body = body_from_store(args[0]) if args else body_of_words(megabytes)
    build_ms = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    key = derive_key("a bench passphrase", b"\x07" * 16, DEFAULT_OPS, DEFAULT_MEM)
    kdf_ms = (time.perf_counter() - began) * 1000

    path = f"devices/{DEVICE}/000000000001.snap"
    seals, opens = [], []
    sealed = b""
    for _ in range(RUNS):
        began = time.perf_counter()
        sealed = seal(key, path, body)
        seals.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        opened = open_sealed(key, path, sealed)
        opens.append((time.perf_counter() - began) * 1000)
    assert len(opened["entries"]) == len(body["entries"])
    print(
        json.dumps(
            {
                "source": args[0] if args else f"{megabytes:g} MB of random words",
                "entries": len(body["entries"]),
                "sealed_bytes": len(sealed),
                "build_ms": build_ms,
                "kdf_ms": kdf_ms,
                "first_seal_ms": seals[0],
                "first_open_ms": opens[0],
                "seal_ms": statistics.median(seals[1:]),
                "open_ms": statistics.median(opens[1:]),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
