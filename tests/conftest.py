"""Shared test set-up: a fixed 'today' and a hypothesis profile that suits 2 shared cores."""
import os
import sys
from pathlib import Path

from hypothesis import settings

os.environ.setdefault("LAW_DB_TODAY", "2026-11-25")
sys.path.insert(0, str(Path(__file__).resolve().parent))
settings.register_profile("ci", deadline=None, max_examples=60)
settings.load_profile("ci")

import tempfile  # noqa: E402

# Tests keep the validated snapshot out of the home folder.
os.environ.setdefault("LAW_DB_CACHE", tempfile.mkdtemp(prefix="law_db_cache_"))
