"""Child process: the physical floor of a Markdown export, to measure ours against.

``python -m bench.measure_export_floor SOURCE OUT`` reads what our own export
wrote at ``SOURCE`` (a folder export, or a one-file export when ``SOURCE`` is a
file) into memory, then times only writing exactly the same bytes to exactly the
same relative paths under ``OUT``: ``os.makedirs`` for each folder and
``open``/``write`` for each file, in one thread, nothing else (no rendering, no
store, no staging, no checks). The files get the modes our export gives (0700
folders, 0600 files) so the kernel does the same work.

The floor is a fresh process that only writes: the parent times the whole
process, as it times ``measure_export``, and takes off ``read_ms``, the reading
of the source that a real writer would not do. So Python's own start is in both
sides of ``export / floor`` and the ratio says how much more than writing those
bytes our export costs (opening the journal, reading it, rendering, the safety
steps). ``inner_ms``, the writing alone, is printed too.
"""

from __future__ import annotations

import json
import os
import sys
import time


def read_export(source: str) -> list[tuple[str, bytes]]:
    """(relative path with '/', bytes) for every file of an export, in path order."""
    if os.path.isfile(source):
        with open(source, "rb") as handle:
            return [("", handle.read())]
    found: list[tuple[str, bytes]] = []
    for folder, _, names in os.walk(source):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                found.append((os.path.relpath(path, source).replace(os.sep, "/"), handle.read()))
    found.sort()
    return found


def write_floor(out: str, files: list[tuple[str, bytes]]) -> None:
    """Write ``files`` under ``out`` (or, for a one-file export, to ``out``) plainly."""
    made: set[str] = set()
    for name, data in files:
        path = os.path.join(out, name) if name else out
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(folder, 0o700, exist_ok=True)
            made.add(folder)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.close(fd)


def main() -> int:
    start = time.perf_counter()
    source, out = sys.argv[1], sys.argv[2]
    files = read_export(source)
    began = time.perf_counter()
    read_ms = (began - start) * 1000
    write_floor(out, files)
    elapsed = (time.perf_counter() - began) * 1000
    print(json.dumps({"inner_ms": elapsed, "read_ms": read_ms, "files": len(files)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
