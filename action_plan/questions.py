"""The questionnaire's screens and questions, read from questions.yaml."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

SKIP = "prefer_not_to_say"
"""The answer value every question accepts: "I'd rather not say"."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # single | multi | country | region | platforms
    options: tuple[str, ...] = ()

    @property
    def multiple(self) -> bool:
        return self.kind in ("multi", "platforms")


@dataclass(frozen=True)
class Screen:
    id: str
    questions: tuple[Question, ...]


@functools.lru_cache(maxsize=1)
def screens() -> tuple[Screen, ...]:
    with open(Path(__file__).with_name("questions.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return tuple(
        Screen(s["id"], tuple(Question(q["id"], q["kind"], tuple(q.get("options", ()))) for q in s["questions"]))
        for s in data["screens"]
    )


def question(question_id: str) -> Question:
    for screen in screens():
        for q in screen.questions:
            if q.id == question_id:
                return q
    raise KeyError(question_id)


# What happened (answer values) → the database's conduct taxonomy.
HAPPENED_TO_CONDUCT = {
    "shared": "share",
    "threatened": "threaten",
    "recorded": "record",
    "fake": "synthetic",
    "hacked": "theft",
    "under_18": "minor",
}
