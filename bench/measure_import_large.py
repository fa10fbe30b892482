"""Large imports: peak memory and time of the real ``attune-journal import``.

    python -m bench.measure_import_large [--jrnl-mb 200] [--daylio-rows 1000000]
                                         [--tags 30000] [--keep DIR]

Generates, in a temporary folder, a jrnl plain-text journal of about
``--jrnl-mb`` megabytes and a Daylio CSV export of ``--daylio-rows`` rows, then
runs ``attune-journal --data-dir <fresh folder> import --from jrnl|daylio FILE``
as a subprocess for each, one at a time, into a new empty journal. It reports
the child's peak resident memory (``ru_maxrss``), its wall time, its CPU time
(user and system, steadier than wall time when other programs share the
machine), and whether it succeeded. It also times ``normalise_tags`` on
``--tags`` distinct tags in this process (the tag handling every import and
save goes through).

Nothing from the person's own journal is read or written: every journal here is
a new one in the temporary folder, removed afterwards unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

WORDS = (
    *("slept", "walked", "tired", "calm", "river", "morning", "coffee", "call", "mother"),
    *("work", "rain", "long", "meeting", "quiet", "evening", "tea", "friend", "laughed"),
    *("worried", "deadline", "garden", "bread", "bus", "late", "early", "breathing"),
    *("noticed", "shoulders", "tight", "soft", "warm", "cold", "light", "heavy"),
)
MOODS = ("rad", "good", "meh", "bad", "awful")
ACTIVITIES = ("work", "family", "friends", "sport", "reading", "gaming", "cleaning", "walk")


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def write_jrnl(path: Path, megabytes: int, seed: int = 7) -> int:
    """A bracketed jrnl journal of about ``megabytes`` MB; returns the entry count."""
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    moment = datetime(1990, 1, 1, 8, 0)
    written = entries = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        while written < target:
            body = "\n".join(_sentence(rng, rng.randint(8, 30)) for _ in range(rng.randint(3, 12)))
            tag = f" @{rng.choice(ACTIVITIES)}" if rng.random() < 0.5 else ""
            chunk = f"[{moment:%Y-%m-%d %H:%M}] {_sentence(rng, 5)}{tag}\n{body}\n\n"
            out.write(chunk)
            written += len(chunk.encode())
            entries += 1
            moment += timedelta(minutes=rng.randint(30, 600))
    return entries


def write_daylio(path: Path, rows: int, seed: int = 11) -> None:
    """A Daylio CSV export (the newer header) with ``rows`` rows."""
    rng = random.Random(seed)
    moment = datetime(1980, 1, 1, 8, 0)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("full_date,date,weekday,time,mood,activities,note_title,note\n")
        for _ in range(rows):
            acts = " | ".join(rng.sample(ACTIVITIES, rng.randint(0, 3)))
            note = _sentence(rng, rng.randint(0, 14)) if rng.random() < 0.7 else ""
            out.write(
                f"{moment:%Y-%m-%d},{moment:%B %d},{moment:%A},{moment:%H:%M},"
                f'{rng.choice(MOODS)},{acts},,"{note}"\n'
            )
            moment += timedelta(minutes=rng.randint(20, 900))


def run_import(fmt: str, source: Path, data_dir: Path) -> dict[str, object]:
    """Run the real command in a child; its peak RSS (MB) and wall time (s)."""
    command = [sys.executable, "-m", "attune_journal", "--data-dir", str(data_dir)]
    command += ["import", "--from", fmt, str(source)]
    began = time.perf_counter()
    child = subprocess.run(command, capture_output=True, check=False)
    seconds = time.perf_counter() - began
    # This runs in a helper of its own (``_run_isolated``), so the children's peak
    # resident memory (KiB on Linux) is this import's alone.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss
    out, err = child.stdout, child.stderr
    return {
        "format": fmt,
        "file_mb": round(source.stat().st_size / 1_000_000, 1),
        "seconds": round(seconds, 1),
        # CPU time tells the work apart from other programs' load on a shared machine.
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(peak_kib / 1024),
        "exit": child.returncode,
        "first_line": (out.decode().splitlines() or [""])[0],
        "stderr_tail": err.decode().strip().splitlines()[-1:] if err.strip() else [],
    }


def _run_isolated(fmt: str, source: Path, data_dir: Path) -> dict[str, object]:
    """Measure in a fresh helper process, so RUSAGE_CHILDREN holds this import alone,
    into a journal made new for this run (a kept one would skip every entry)."""
    shutil.rmtree(data_dir, ignore_errors=True)
    script = (
        "import json, sys; from pathlib import Path; "
        "from bench.measure_import_large import run_import; "
        "print(json.dumps(run_import(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, fmt, str(source), str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def time_tags(count: int) -> float:
    from attune_journal.core.models import normalise_tags

    tags = [f"tag{i}" for i in range(count)] + [f"TAG{i}" for i in range(0, count, 3)]
    began = time.perf_counter()
    kept = normalise_tags(tags)
    elapsed = time.perf_counter() - began
    assert len(kept) == count
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jrnl-mb", type=int, default=200)
    parser.add_argument("--daylio-rows", type=int, default=1_000_000)
    parser.add_argument("--tags", type=int, default=30_000)
    parser.add_argument("--only", choices=("jrnl", "daylio", "tags"))
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    args = parser.parse_args()
    if args.keep:
        base = Path(args.keep)
        base.mkdir(parents=True, exist_ok=True)
        cleanup = None
    else:
        cleanup = tempfile.TemporaryDirectory(prefix="attune-import-bench-")
        base = Path(cleanup.name)
    try:
        results = []
        if args.only in (None, "tags"):
            seconds = time_tags(args.tags)
            print(f"normalise_tags, {args.tags:,} distinct tags: {seconds:.3f} s", flush=True)
        if args.only in (None, "jrnl"):
            jrnl = base / "journal.txt"
            if not jrnl.exists():
                count = write_jrnl(jrnl, args.jrnl_mb)
                print(f"wrote {jrnl} ({count:,} entries)", flush=True)
            results.append(_run_isolated("jrnl", jrnl, base / "journal-jrnl"))
            print(json.dumps(results[-1]), flush=True)
        if args.only in (None, "daylio"):
            daylio = base / "daylio.csv"
            if not daylio.exists():
                write_daylio(daylio, args.daylio_rows)
                print(f"wrote {daylio} ({args.daylio_rows:,} rows)", flush=True)
            results.append(_run_isolated("daylio", daylio, base / "journal-daylio"))
            print(json.dumps(results[-1]), flush=True)
        for result in results:
            print(
                f"{result['format']:>6}: {result['file_mb']} MB file, {result['seconds']} s "
                f"({result['cpu_seconds']} s CPU), "
                f"peak {result['peak_rss_mb']} MB, exit {result['exit']}: {result['first_line']}"
            )
    finally:
        if cleanup is not None:
            cleanup.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
