"""Benchmarks and evaluation helpers (not shipped code: nothing under ``citizen_relation`` imports them).

The scripts run on their own (``python benchmarks/bench_ranking.py``); :mod:`benchmarks.evaluation`
holds measures shared by the scripts and the framework-free tests.
"""
