"""Today's date for the database's checks, overridable so time-dependent checks can be tested.

Set ``LAW_DB_TODAY=YYYY-MM-DD`` to pretend today is another day (tests, reviewing old data).
"""
import datetime as _dt
import os


def today() -> _dt.date:
    forced = os.environ.get("LAW_DB_TODAY")
    if forced:
        return _dt.date.fromisoformat(forced)
    return _dt.date.today()
