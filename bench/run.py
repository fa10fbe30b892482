"""The benchmark: one command that measures the speed targets of docs/domain.md.

    python -m bench.run [--years 1 10 30] [--runs 5] [--quick] [--no-write]

For each journal size it generates (or reuses, from ``bench/out/``) a seeded
journal and, ``--runs`` times, measures in fresh subprocesses (``bench/measure_*.py``)
so imports, Qt and SQLite start cold each time:

- start to an interactive main window, against a bare PySide6 ``QMainWindow``
  started the same way in the same run (ratio);
- saving an entry (p50, p95 of 200 saves into the big store);
- full-text search, Trends "all" compute and draw, a weekly review;
- Markdown export of the whole journal against its floor (a fresh process writing
  the same bytes to the same paths, ``bench/measure_export_floor.py``) and, for
  information, against ``jrnl --format markdown`` on the same entries (jrnl in the
  benchmark's own virtual environment, ``bench/.jrnl-venv``, with a throw-away HOME
  and config, never the person's own);
- peak resident memory with Trends open.

Every run gets a fresh copy of the cached store, so saves never pile up in the
cache. Results go to the terminal and, unless ``--no-write``, into
docs/benchmarks.md between ``<!-- results:start -->`` and ``<!-- results:end -->``,
with the machine described. Numbers are medians over the runs with the min-max
spread; a measurement that cannot run (a screen not built yet, jrnl not
installable) is reported as "not available" with the reason, never guessed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
OUT = BENCH / "out"
JRNL_VENV = BENCH / ".jrnl-venv"
DOC = REPO / "docs" / "benchmarks.md"
START_MARK = "<!-- results:start -->"
END_MARK = "<!-- results:end -->"
SEED = 7
SAVES = 200
CHILD_TIMEOUT = 600


# --- small helpers ---------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    # Keep Qt from logging font warnings into our JSON and from using the real config.
    env.setdefault("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false")
    env.update(extra)
    return env


def run_child(module: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``python -m bench.<module> args`` fresh; returns its last stdout line as JSON.

    The spawn moment goes to the child in ``BENCH_T0_NS``; ``wall_ms`` is the whole
    process as the parent saw it.
    """
    env = env or child_env()
    t0 = time.monotonic_ns()
    env["BENCH_T0_NS"] = str(t0)
    cpu0 = _children_cpu_ms()
    proc = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    wall = (time.monotonic_ns() - t0) / 1e6
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"bench.{module} failed (exit {proc.returncode}): "
            + (proc.stderr.strip().splitlines() or ["no output"])[-1]
        )
    result: dict[str, Any] = json.loads(lines[-1])
    result["wall_ms"] = wall
    result["process_cpu_ms"] = _children_cpu_ms() - cpu0
    return result


def _children_cpu_ms() -> float:
    """CPU time (user + system) of every finished child so far: deltas give one child's."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


# --- journals --------------------------------------------------------------------------------


@dataclass
class Journal:
    """A generated journal in the cache: its data folder and the same entries for jrnl."""

    years: float
    data_dir: Path
    jrnl_file: Path
    entries: int
    store_mb: float
    generated_s: float | None


def years_label(years: float) -> str:
    return f"{years:g} year" + ("" if years == 1 else "s")


def prepare_journal(years: float, seed: int, end: date) -> Journal:
    """Generate the journal once per (years, seed, end) and keep it under bench/out/."""
    from bench.generate import generate_entries, write_jrnl_text, write_store

    folder = OUT / f"journal-{years:g}y-seed{seed}-{end.isoformat()}"
    data_dir, jrnl_file, done = folder / "data", folder / "journal.txt", folder / "complete.json"
    generated_s = None
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        log(f"generating a {years_label(years)} journal in {folder} ...")
        began = time.perf_counter()
        count = write_store(data_dir, years, seed, end)
        write_jrnl_text(generate_entries(years, seed, end), jrnl_file)
        _returning_person(data_dir)
        generated_s = time.perf_counter() - began
        done.write_text(json.dumps({"entries": count, "generated_s": generated_s}))
        log(f"  {count} entries in {generated_s:.1f} s")
    else:
        # A cached journal may predate a schema migration: bring it up to date here, so
        # no measurement below pays for (or skips) the migration.
        _returning_person(data_dir)
    info = json.loads(done.read_text())
    store = data_dir / "journal.sqlite3"
    return Journal(
        years,
        data_dir,
        jrnl_file,
        int(info["entries"]),
        store.stat().st_size / 1e6,
        info.get("generated_s"),
    )


def _returning_person(data_dir: Path) -> None:
    # Someone with years of entries has long since seen the welcome; time their start-up.
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    try:
        if hasattr(workspace.settings, "welcome_seen"):
            workspace.settings.welcome_seen = True
        workspace.save_settings()
        # Fold the WAL into the main file so a copy of the folder is the whole store.
        workspace.journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.close()


def fresh_copy(journal: Journal, into: Path) -> Path:
    target = into / "data"
    shutil.copytree(journal.data_dir, target)
    # Write the copy out now: otherwise the kernel flushes its 30-90 MB during the first
    # measurements (start-up), a cost of the benchmark's own copying, not of the app.
    if hasattr(os, "sync"):
        os.sync()
    return target


# --- jrnl --------------------------------------------------------------------------------------


def jrnl_binary() -> Path:
    return JRNL_VENV / ("Scripts/jrnl.exe" if os.name == "nt" else "bin/jrnl")


def ensure_jrnl() -> tuple[Path | None, str]:
    """jrnl in bench/.jrnl-venv, installing it on first use; (binary, version or why not)."""
    binary = jrnl_binary()
    if not binary.exists():
        log("installing jrnl into bench/.jrnl-venv (first run only) ...")
        try:
            subprocess.run(
                [sys.executable, "-m", "venv", str(JRNL_VENV)],
                check=True,
                capture_output=True,
                timeout=300,
            )
            pip = JRNL_VENV / ("Scripts/pip.exe" if os.name == "nt" else "bin/pip")
            subprocess.run(
                [str(pip), "install", "--quiet", "jrnl"],
                check=True,
                capture_output=True,
                text=True,
                timeout=600,
            )
        except (OSError, subprocess.SubprocessError) as error:
            detail = getattr(error, "stderr", "") or str(error)
            detail = str(detail).strip().splitlines()[-1:] or [str(error)]
            return None, f"jrnl could not be installed: {detail[0]}"
    try:
        proc = subprocess.run(
            [str(binary), "--version"],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            env=_jrnl_env(Path(tempfile.gettempdir()) / "attune-bench-jrnl-version"),
        )
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"jrnl does not run: {error}"
    words = proc.stdout.split()
    version = words[1] if len(words) > 1 and words[0] == "jrnl" else ""
    if proc.returncode != 0 or not version:
        return None, f"jrnl --version failed: {proc.stderr.strip()[:200]}"
    return binary, version


def _jrnl_env(home: Path) -> dict[str, str]:
    # A throw-away HOME and XDG folders: jrnl must never read or write the real config.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "JRNL"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        NO_COLOR="1",
        EDITOR="",
        VISUAL="",
    )
    return env


def jrnl_config(home: Path, journal_file: Path, version: str) -> Path:
    """A jrnl config for ``journal_file``: plain text, no encryption, no editor, no colour."""
    from bench.generate import JRNL_TIMEFORMAT

    config = home / "config" / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {json.dumps(str(journal_file))}\n"
        f"linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '{JRNL_TIMEFORMAT}'\n"
        f"version: {version}\n",
        encoding="utf-8",
    )
    return config


def time_jrnl_export(
    binary: Path, version: str, journal_file: Path, work: Path, single: bool = False
) -> dict[str, Any]:
    """Wall time of ``jrnl --format markdown --file OUT`` into a folder (one file per
    entry) or, with ``single``, into one file."""
    home = work / "jrnl-home"
    config = jrnl_config(home, journal_file, version)
    out = work / ("jrnl.md" if single else "jrnl-md")
    if not single:
        out.mkdir()
    began, cpu0 = time.monotonic_ns(), _children_cpu_ms()
    proc = subprocess.run(
        [str(binary), "--config-file", str(config), "--format", "markdown", "--file", str(out)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        stdin=subprocess.DEVNULL,
        env=_jrnl_env(home),
        cwd=work,
    )
    wall = (time.monotonic_ns() - began) / 1e6
    if proc.returncode != 0:
        raise RuntimeError(f"jrnl export failed: {(proc.stderr or proc.stdout).strip()[-300:]}")
    return {
        "wall_ms": wall,
        "process_cpu_ms": _children_cpu_ms() - cpu0,
        "files": 1 if single else sum(1 for _ in out.iterdir()),
    }


# --- measurements ------------------------------------------------------------------------------


@dataclass
class Metric:
    """One row of the table: samples per journal size (one sample per run)."""

    key: str
    label: str
    unit: str
    target: str
    check: Callable[[float], bool] | None = None
    samples: dict[float, list[float]] = field(default_factory=dict)
    missing: dict[float, str] = field(default_factory=dict)
    digits: int = 1

    def add(self, years: float, value: float) -> None:
        self.samples.setdefault(years, []).append(value)

    def skip(self, years: float, why: str) -> None:
        self.missing.setdefault(years, why)


def build_metrics() -> dict[str, Metric]:
    def under(limit: float) -> Callable[[float], bool]:
        return lambda value: value < limit

    rows = [
        Metric("start_app", "Start to interactive window, Attune Journal", "ms", ""),
        Metric("start_bare", "Start to interactive window, bare PySide6", "ms", ""),
        Metric("start_ratio", "Start-up ratio (app / bare)", "x", "≤ 1.6x", lambda v: v <= 1.6),
        Metric("start_cpu_ratio", "Start-up ratio by CPU time (app / bare)", "x", ""),
        Metric("save_p50", "Save an entry, p50", "ms", "", digits=2),
        Metric("save_p95", "Save an entry, p95", "ms", "< 5 ms", under(5), digits=2),
        Metric("save_cpu_p95", "Save an entry, p95 of CPU time", "ms", "", digits=2),
        Metric(
            "search_worst", "Full-text search, slowest of 7 queries", "ms", "< 30 ms", under(30)
        ),
        Metric("search_median", "Full-text search, median query", "ms", ""),
        Metric("search_cpu", "Full-text search, slowest query in CPU time", "ms", ""),
        Metric(
            "trends_total",
            'Trends "All", rows reread (after an import): compute and draw',
            "ms",
            "< 150 ms",
            under(150),
        ),
        Metric("trends_cpu", 'Trends "All", rows reread: CPU time, all threads', "ms", ""),
        Metric("trends_compute", 'Trends "All", rows reread: read and compute', "ms", ""),
        Metric("trends_draw", 'Trends "All", rows reread: draw', "ms", ""),
        Metric(
            "trends_warm",
            'Trends "All" from another range, rows in memory (usual case)',
            "ms",
            "< 150 ms",
            under(150),
        ),
        Metric("review", "Weekly review (load, compute, render)", "ms", "< 20 ms", under(20)),
        Metric("review_cpu", "Weekly review, CPU time", "ms", ""),
        Metric(
            "insights",
            "Insights over the whole journal (read and compute)",
            "ms",
            "< 200 ms",
            under(200),
        ),
        Metric("insights_first", "Insights, first run in a fresh process", "ms", ""),
        Metric(
            "year_read",
            "A year in feelings: read one year and work it out",
            "ms",
            "< 100 ms",
            under(100),
        ),
        Metric("year_cached", "A year in feelings, from Trends' columns in memory", "ms", ""),
        Metric("year_paint", "A year in feelings: paint it", "ms", "< 100 ms", under(100)),
        Metric(
            "sync_join",
            "Sync: a new computer builds the journal from the folder",
            "s",
            "< 10 s",
            under(10),
            digits=2,
        ),
        Metric(
            "sync_apply_one",
            "Sync: one new entry, its file read to the row",
            "ms",
            "< 50 ms",
            under(50),
        ),
        Metric("sync_publish_one", "Sync: sync now after one edit", "ms", ""),
        Metric(
            "sync_folder_ratio", "Sync folder / store size after compaction", "x", "≤ 2x", under(2)
        ),
        Metric("export_ours", "Markdown export to a folder, Attune Journal", "ms", "", digits=0),
        Metric("export_floor", "Markdown export to a folder, floor", "ms", "", digits=0),
        Metric("export_floor_ratio", "Export / floor ratio", "x", ""),
        Metric("export_jrnl", "Markdown export to a folder, jrnl", "ms", "", digits=0),
        Metric("export_ratio", "Export speed-up over jrnl", "x", ""),
        Metric("export_cpu_ratio", "Export speed-up over jrnl by CPU time", "x", ""),
        Metric("single_ours", "Markdown export to one file, Attune Journal", "ms", "", digits=0),
        Metric("single_floor", "Markdown export to one file, floor", "ms", "", digits=0),
        Metric("single_floor_ratio", "One-file export / floor ratio", "x", ""),
        Metric("single_jrnl", "Markdown export to one file, jrnl", "ms", "", digits=0),
        Metric("single_ratio", "One-file export speed-up over jrnl", "x", ""),
        Metric("memory", "Peak resident memory, Trends open on All", "MB", "< 200 MB", under(200)),
    ]
    for row in rows:
        if row.unit == "x":
            row.digits = 2
    return {m.key: m for m in rows}


def _optional(metrics: dict[str, Metric], years: float, keys: Sequence[str], run: Any) -> None:
    """Run one measurement; a failure marks its rows "not available" with the reason."""
    try:
        run()
    except Exception as error:  # a missing screen or a crashed child must not stop the rest
        why = str(error).strip().splitlines()[-1][:160] if str(error).strip() else repr(error)
        for key in keys:
            metrics[key].skip(years, why)
        log(f"  {', '.join(keys)}: not available ({why})")


def measure_once(
    journal: Journal,
    metrics: dict[str, Metric],
    jrnl: tuple[Path | None, str],
    run_index: int,
) -> None:
    years = journal.years
    with tempfile.TemporaryDirectory(prefix="attune-bench-") as tmp:
        work = Path(tmp)
        data = fresh_copy(journal, work)

        def startup() -> None:
            # Alternate the order so neither side always profits from a warmer disk cache.
            order = ("bare", "app") if run_index % 2 == 0 else ("app", "bare")
            found = {}
            for mode in order:
                args = ("bare",) if mode == "bare" else ("app", str(data))
                found[mode] = run_child("measure_startup", *args)
            metrics["start_app"].add(years, found["app"]["ms"])
            metrics["start_bare"].add(years, found["bare"]["ms"])
            metrics["start_ratio"].add(years, found["app"]["ms"] / found["bare"]["ms"])
            metrics["start_cpu_ratio"].add(years, found["app"]["cpu_ms"] / found["bare"]["cpu_ms"])

        def save() -> None:
            result = run_child("measure_save", str(data), str(SAVES))
            metrics["save_p50"].add(years, percentile(result["save_ms"], 50))
            metrics["save_p95"].add(years, percentile(result["save_ms"], 95))
            metrics["save_cpu_p95"].add(years, percentile(result["cpu_ms"], 95))

        def search() -> None:
            result = run_child("measure_search", str(data))
            metrics["search_worst"].add(years, max(result["search_ms"].values()))
            metrics["search_median"].add(years, statistics.median(result["search_ms"].values()))
            metrics["search_cpu"].add(years, max(result["cpu_ms"].values()))

        def trends() -> None:
            result = run_child("measure_trends", str(data))
            if "missing" in result:
                raise RuntimeError(result["missing"])
            for key in ("total", "cpu", "compute", "draw", "warm"):
                metrics[f"trends_{key}"].add(years, result[f"{key}_ms"])

        def review() -> None:
            result = run_child("measure_review", str(data))
            if "missing" in result:
                raise RuntimeError(result["missing"])
            metrics["review"].add(years, result["review_ms"])
            metrics["review_cpu"].add(years, result["cpu_ms"])

        def insights() -> None:
            result = run_child("measure_insights", str(data))
            metrics["insights"].add(years, result["insights_ms"])
            metrics["insights_first"].add(years, result["first_ms"])

        def year() -> None:
            result = run_child("measure_year", str(data))
            if "missing" in result:
                raise RuntimeError(result["missing"])
            metrics["year_read"].add(years, result["year_read_ms"])
            metrics["year_cached"].add(years, result["year_from_columns_ms"])
            metrics["year_paint"].add(years, result["year_paint_ms"])

        def sync() -> None:
            result = run_child("measure_sync", str(data))
            metrics["sync_join"].add(years, result["join_s"])
            metrics["sync_apply_one"].add(years, result["apply_one_ms"])
            metrics["sync_publish_one"].add(years, result["publish_one_s"] * 1000)
            metrics["sync_folder_ratio"].add(years, result["folder_to_store"])

        def memory() -> None:
            result = run_child("measure_trends", str(data), "--memory-only")
            if "missing" in result:
                raise RuntimeError(result["missing"])
            metrics["memory"].add(years, result["maxrss_mb"])

        def export_sides(single: bool) -> dict[str, dict[str, Any] | None]:
            """Time our export, the floor (the same bytes written plainly) and jrnl's.

            Who goes first alternates: creating files right after many were deleted
            (the previous run's folders) is slower for a few minutes on this
            filesystem, and the first writer would always pay for it. The floor
            writes what our export wrote; when it goes first, an untimed export of
            ours gives it its bytes.
            """
            binary, version = jrnl
            suffix = ".md" if single else "-md"
            extra = ("--single",) if single else ()
            ours_out, floor_out = work / f"ours{suffix}", work / f"floor{suffix}"
            found: dict[str, dict[str, Any] | None] = {"theirs": None}
            order = ("ours", "floor", "theirs")
            if run_index % 2:
                order = order[::-1]
                run_child("measure_export", str(data), str(work / f"source{suffix}"), *extra)
            for side in order:
                if side == "ours":
                    found["ours"] = run_child("measure_export", str(data), str(ours_out), *extra)
                elif side == "floor":
                    source = work / f"source{suffix}" if run_index % 2 else ours_out
                    result = run_child("measure_export_floor", str(source), str(floor_out))
                    # A fresh process that only writes: its reading of the source is off.
                    result["wall_ms"] -= result["read_ms"]
                    found["floor"] = result
                elif binary is not None:
                    found["theirs"] = time_jrnl_export(
                        binary, version, journal.jrnl_file, work, single=single
                    )
            return found

        def export_rows(single: bool) -> None:
            found = export_sides(single)
            ours, floor, theirs = found["ours"], found["floor"], found["theirs"]
            assert ours is not None and floor is not None
            prefix = "single" if single else "export"
            metrics[f"{prefix}_ours"].add(years, ours["wall_ms"])
            metrics[f"{prefix}_floor"].add(years, floor["wall_ms"])
            metrics[f"{prefix}_floor_ratio"].add(years, ours["wall_ms"] / floor["wall_ms"])
            if theirs is None:
                metrics[f"{prefix}_jrnl"].skip(years, jrnl[1])
                metrics[f"{prefix}_ratio"].skip(years, jrnl[1])
                return
            metrics[f"{prefix}_jrnl"].add(years, theirs["wall_ms"])
            metrics[f"{prefix}_ratio"].add(years, theirs["wall_ms"] / ours["wall_ms"])
            if not single:
                ratio = theirs["process_cpu_ms"] / ours["process_cpu_ms"]
                metrics["export_cpu_ratio"].add(years, ratio)

        _optional(
            metrics, years, ("start_app", "start_bare", "start_ratio", "start_cpu_ratio"), startup
        )
        _optional(metrics, years, ("save_p50", "save_p95", "save_cpu_p95"), save)
        _optional(metrics, years, ("search_worst", "search_median", "search_cpu"), search)
        trend_keys = ("trends_total", "trends_cpu", "trends_compute", "trends_draw", "trends_warm")
        _optional(metrics, years, trend_keys, trends)
        _optional(metrics, years, ("review", "review_cpu"), review)
        _optional(metrics, years, ("insights", "insights_first"), insights)
        _optional(metrics, years, ("year_read", "year_cached", "year_paint"), year)
        sync_keys = ("sync_join", "sync_apply_one", "sync_publish_one", "sync_folder_ratio")
        _optional(metrics, years, sync_keys, sync)
        export_keys = [key for key in metrics if key.startswith("export_")]
        _optional(metrics, years, export_keys, lambda: export_rows(single=False))
        single_keys = [key for key in metrics if key.startswith("single_")]
        _optional(metrics, years, single_keys, lambda: export_rows(single=True))
        _optional(metrics, years, ("memory",), memory)


# --- report -----------------------------------------------------------------------------------


def _number(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


def cell(metric: Metric, years: float) -> str:
    values = metric.samples.get(years)
    if not values:
        why = metric.missing.get(years)
        return f"not available ({why})" if why else "–"
    mid = statistics.median(values)
    text = f"{_number(mid, metric.digits)}"
    if len(values) > 1:
        text += f" ({_number(min(values), metric.digits)}–{_number(max(values), metric.digits)})"
    if metric.check is not None:
        text += " ✓" if metric.check(mid) else " ✗"
    return text


def growth(metric: Metric, small: float, large: float) -> str:
    a, b = metric.samples.get(small), metric.samples.get(large)
    if not a or not b or metric.unit == "x":
        return "–"
    low = statistics.median(a)
    return f"{statistics.median(b) / low:.1f}x" if low > 0 else "–"


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; RAM {ram}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}; {qt}; SQLite {sqlite3.sqlite_version}",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC; load average "
        + (", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a")
        + " at the end of the run",
    ]


def report(
    journals: list[Journal], metrics: dict[str, Metric], runs: int, jrnl: tuple[Path | None, str]
) -> str:
    sizes = [j.years for j in journals]
    head = ["Measure", "Target", *(years_label(y) for y in sizes)]
    pairs = list(itertools.pairwise(sizes))
    head += [f"{years_label(a)} → {b:g}" for a, b in pairs]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---"] * 2 + ["--:"] * (len(sizes) + len(pairs))) + "|",
    ]
    entries = [f"{j.entries:,} ({j.store_mb:.0f} MB)" for j in journals]
    entries += [f"{b.entries / a.entries:.1f}x" for a, b in itertools.pairwise(journals)]
    lines.append("| Entries (store size) | | " + " | ".join(entries) + " |")
    for metric in metrics.values():
        label = f"{metric.label} ({metric.unit})" if metric.unit != "x" else metric.label
        row = [label, metric.target, *(cell(metric, y) for y in sizes)]
        row += [growth(metric, a, b) for a, b in pairs]
        lines.append("| " + " | ".join(row) + " |")
    _, jrnl_version = jrnl
    return "\n".join(
        [
            *machine(),
            f"- Runs per size: {runs} (fresh processes); median (min–max); ✓/✗ against the target.",
            f"- jrnl: {jrnl_version if jrnl[0] else 'not measured: ' + jrnl_version}",
            "",
            *lines,
        ]
    )


def write_doc(text: str) -> None:
    content = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{START_MARK}\n{text}\n{END_MARK}"
    if START_MARK in content and END_MARK in content:
        before = content.split(START_MARK, 1)[0]
        after = content.split(END_MARK, 1)[1]
        content = before + block + after
    else:
        content = content.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(content, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--years", type=float, nargs="+", help="sizes (default 1 10 30)")
    parser.add_argument("--runs", type=int, help="fresh runs per size (default 5)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--quick", action="store_true", help="1 year, 2 runs; jrnl skipped if not installable"
    )
    parser.add_argument("--no-jrnl", action="store_true", help="do not install or time jrnl")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 if a measurement could not run (CI); a jrnl that cannot be installed is ok",
    )
    args = parser.parse_args(argv)
    args.years = args.years or ([1] if args.quick else [1, 10, 30])
    args.runs = max(1, args.runs or (2 if args.quick else 5))
    end = date.today()
    OUT.mkdir(parents=True, exist_ok=True)
    jrnl: tuple[Path | None, str] = (None, "skipped (--no-jrnl)")
    if not args.no_jrnl:
        jrnl = ensure_jrnl()
        if jrnl[0] is None:
            log(f"jrnl comparison skipped: {jrnl[1]}")
    metrics = build_metrics()
    journals = []
    for years in sorted(set(args.years)):
        journal = prepare_journal(years, args.seed, end)
        journals.append(journal)
        for run_index in range(args.runs):
            log(f"{years_label(years)}: run {run_index + 1} of {args.runs}")
            measure_once(journal, metrics, jrnl, run_index)
    text = report(journals, metrics, args.runs, jrnl)
    print(text)
    if not args.no_write:
        write_doc(text)
        log(f"results written to {DOC.relative_to(REPO)}")
    failed = [
        f"{metric.label}: {why}"
        for metric in metrics.values()
        for why in metric.missing.values()
        if not (jrnl[0] is None and why == jrnl[1])
    ]
    if args.strict and failed:
        log("measurements that did not run:\n  " + "\n  ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
