"""Shared test set-up: a fixed 'today', a fast hypothesis profile, fixture paths."""
import os
from pathlib import Path

from hypothesis import settings

os.environ.setdefault("LAW_DB_TODAY", "2026-11-25")
settings.register_profile("ci", deadline=None, max_examples=60)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
