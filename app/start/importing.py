"""Reading an uploaded case file, strictly: size, encoding, JSON, schema, then bounds.

Nothing here stores anything; the view starts a new case only from a file that passed every
check, so a bad file never touches the current case. Problems are codes; wording.py words them.
"""

from __future__ import annotations

import json
from typing import IO

from app.core import case as core_case
from app.core.bounds import Limits, validate_bounds
from app.core.case import Case
from app.core.serial import SerialError


class ImportProblem(ValueError):
    """Why a file was refused: one or more codes; for schema codes the place in the file, for
    bounds codes the case as read (to say how many rows it had)."""

    def __init__(self, codes: list[str], where: str = "", case: Case | None = None) -> None:
        super().__init__(", ".join(codes))
        self.codes = codes
        self.where = where
        self.case = case


def read_case_file(stream: IO[bytes], max_bytes: int, limits: Limits) -> Case:
    """The case in an exported file; raises ImportProblem for anything else.

    Reads at most `max_bytes` + 1 bytes, so an oversized upload is refused without reading it all.
    """
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ImportProblem(["too_large"])
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:   # bad UTF-8, bad JSON, 5000-digit numbers, deep nesting
        raise ImportProblem(["not_json"]) from exc
    try:
        case = core_case.case_from_data(data)
    except SerialError as exc:
        raise ImportProblem([exc.code], exc.where) from exc
    problems = validate_bounds(case, limits)
    if problems:
        raise ImportProblem(problems, case=case)
    return case
