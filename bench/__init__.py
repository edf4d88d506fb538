"""Benchmarks and load drivers (run with `python -m bench`)."""
