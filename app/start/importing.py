"""Reading an uploaded case file, strictly: size, encoding, JSON, schema, then every field's rule.

The file must hold a case the app itself could have exported (`app.core.validation`): anything
else is refused as a whole. Nothing here stores anything; the view starts a new case only from a
file that passed every check, so a bad file never touches the current case. Problems are codes
with the place in the file; wording.py words them.
"""

from __future__ import annotations

import json
from typing import IO

from app.core import case as core_case
from app.core.bounds import Limits
from app.core.case import Case
from app.core.serial import SerialError
from app.core.validation import Problem, validate_case


class ImportProblem(ValueError):
    """Why a file was refused: one problem per kind, each with its place in the file."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = problems

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


def read_case_file(stream: IO[bytes], max_bytes: int, limits: Limits) -> Case:
    """The case in an exported file; raises ImportProblem for anything else.

    Reads at most `max_bytes` + 1 bytes, so an oversized upload is refused without reading it all.
    """
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ImportProblem([Problem("too_large", "")])
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:   # bad UTF-8, bad JSON, 5000-digit numbers, deep nesting
        raise ImportProblem([Problem("not_json", "")]) from exc
    try:
        case = core_case.case_from_data(data)
    except SerialError as exc:
        raise ImportProblem([Problem(exc.code, exc.where.removeprefix("$").removeprefix("."))]) from exc
    problems = validate_case(case, limits)
    if problems:
        raise ImportProblem(problems)
    return case
