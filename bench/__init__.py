"""Attune Journal's benchmark suite (targets in docs/domain.md, results in docs/benchmarks.md).

``bench.generate`` writes realistic, seeded journals of any length (into a store
and as a jrnl plain-text journal); ``bench.run`` times the product against its
budgets and against jrnl on the same entries, each measurement in a fresh
subprocess (``bench/measure_*.py``).
"""
