"""The law database on image-based sexual abuse: data files and the package that reads them.

    import law_db
    db = law_db.load()          # validated once per process, reloaded when a file changes
    db.jurisdictions["ES"]      # typed records
    db.problems                 # every problem found, with file, line and field
"""
from .database import Database
from .loader import DATA_DIR, load, load_database
from .problems import Problem

__all__ = ["DATA_DIR", "Database", "Problem", "load", "load_database"]
