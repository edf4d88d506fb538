"""Entry point for ``python -m law_db``."""
import sys

from .cli import main

sys.exit(main())
