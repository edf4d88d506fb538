"""Search across provisions' titles, citations and summaries, in any language, ignoring case and
accents ("articulo" finds "artículo"). Every word must match; citation and title matches rank
above summary ones and a whole-phrase match above scattered words. Pure, and instant at this
size (an index built once per loaded database)."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .database import Database

_WEIGHTS = {"citation": 5.0, "title": 3.0, "summary": 1.0}


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation as spaces: the form both index and query take."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w§.]+", " ", bare).split())


@dataclass(frozen=True)
class Hit:
    ref: str  # JURISDICTION/provision-id
    score: float


@functools.lru_cache(maxsize=8)
def _index(db: Database) -> tuple[tuple[str, dict[str, str]], ...]:
    entries = []
    for j in db.jurisdictions.values():
        for p in j.provisions:
            summaries = [p.summary] if isinstance(p.summary, str) else list(p.summary.values())
            entries.append((f"{j.id}/{p.id}", {
                "citation": fold(p.citation),
                "title": fold(" ".join(filter(None, [p.title, p.title_en]))),
                "summary": fold(" ".join(summaries)),
            }))
    return tuple(entries)


def search(db: Database, query: str, limit: int = 50) -> list[Hit]:
    """Provisions containing every word of the query (as a word start) in any field, best first."""
    q = fold(query)[:200]
    terms = list(dict.fromkeys(q.split()))
    if not terms:
        return []
    hits = []
    for ref, fields in _index(db):
        words = {name: text.split() for name, text in fields.items()}
        score = 0.0
        for term in terms:
            best = max((_WEIGHTS[name] for name, ws in words.items() if any(w.startswith(term) for w in ws)), default=0)
            if not best:
                break
            score += best
        else:
            score += sum(_WEIGHTS[name] * len(terms) for name, text in fields.items() if q in text)  # whole phrase
            hits.append(Hit(ref, score))
    hits.sort(key=lambda h: (-h.score, h.ref))
    return hits[:limit]
