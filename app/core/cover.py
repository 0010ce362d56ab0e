"""The volunteer's cover sheet: what goes on one A4 page, clipped so that it always fits.

A volunteer keeps a paper file per client. The sheet names the case (its label), the day it was
printed, where each request and complaint stands, the next dated steps, the volunteer's notes and,
only when asked for, the resume code. Everything that can grow (rows, notes, long names) is cut
here to fixed limits, and what was left out is said plainly ("…（共N项，见系统）"), so the page
never runs over and never hides that something is missing. Pure: the shell gathers the rows in
Simplified Chinese and passes today in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.dates import format_cn_date

# The limits below keep every part within its share of the page (tests/pdf/test_cover_sheet.py
# prints a case at every limit): table cells at most two lines in their column, events one line,
# the notes at most MAX_NOTE_LINES printed lines of about NOTE_LINE_CHARS characters.
MAX_STANDINGS = 7       # rows of "where things stand"
MAX_EVENTS = 5          # upcoming dated steps
MAX_SUBJECT_CHARS = 22  # whom a row is about: "招商银行 尾号1234"
MAX_STATE_CHARS = 14    # "银行答复：要求补材料"
MAX_ACTION_CHARS = 32   # the single next action
MAX_EVENT_CHARS = 40    # an event's title
MAX_LABEL_CHARS = 40    # the label (LABEL_CHARS: a valid label is never cut)
MAX_NOTE_CHARS = 400    # of the notes (Case.notes may hold NOTES_CHARS)
MAX_NOTE_LINES = 6      # printed lines of the notes, a long line counting as the lines it wraps to
NOTE_LINE_CHARS = 48    # characters a printed line of the notes holds (CJK; Latin is narrower)
ELLIPSIS = "…"


@dataclass(frozen=True)
class StandingLine:
    """One request or complaint as the shell words it (Simplified Chinese)."""

    subject: str
    state: str
    changed_on: date | None
    next_action: str
    next_on: date | None = None


@dataclass(frozen=True)
class DatedLine:
    """One upcoming dated step (Simplified Chinese)."""

    on: date
    title: str


@dataclass(frozen=True)
class SheetRow:
    subject: str
    state: str
    changed: str        # "2026年11月29日", or "" while nothing was recorded
    next_action: str
    next_on: str


@dataclass(frozen=True)
class SheetEvent:
    on: str
    title: str


@dataclass(frozen=True)
class CoverSheet:
    label: str                          # "" when the case has none
    printed: str                        # today, as letters write dates
    rows: tuple[SheetRow, ...]
    rows_total: int                     # rows there are; more than len(rows) when clipped
    events: tuple[SheetEvent, ...]
    events_total: int
    notes: str
    notes_clipped: bool
    notes_chars: int                    # length of the whole notes, for "（备注共N字，全文见系统）"
    code: str | None                    # the resume code, only when the volunteer asked for it

    @property
    def rows_left_out(self) -> int:
        return self.rows_total - len(self.rows)

    @property
    def events_left_out(self) -> int:
        return self.events_total - len(self.events)


def clip(text: str, most: int) -> str:
    """`text` on one line, at most `most` characters, ending in … when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1] + ELLIPSIS


def clip_notes(text: str, most_chars: int = MAX_NOTE_CHARS, most_lines: int = MAX_NOTE_LINES,
               line_chars: int = NOTE_LINE_CHARS) -> tuple[str, bool]:
    """(the notes as printed, whether anything was left out): the user's line breaks kept, blank
    runs folded, and at most `most_lines` printed lines (a long line wraps to several)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if not line and (not kept or not kept[-1]):
            continue                    # no leading or repeated blank lines
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    shown: list[str] = []
    room, chars, clipped = most_lines, most_chars, False
    for line in kept:
        printed = max(1, -(-len(line) // line_chars))          # lines it takes on paper
        if printed > room or len(line) > chars:
            cut = min(room * line_chars, chars)
            if cut > 0:
                shown.append(line[:cut])
            clipped = True
            break
        shown.append(line)
        room, chars = room - printed, chars - len(line)
    result = "\n".join(shown)
    return (result.rstrip() + ELLIPSIS if clipped else result), clipped


def _day(value: date | None) -> str:
    return format_cn_date(value) if value else ""


def build(label: str, notes: str, today: date, standings: Sequence[StandingLine],
          events: Sequence[DatedLine], code: str | None = None) -> CoverSheet:
    """The sheet for a case: upcoming events are those on or after `today`, soonest first."""
    rows = tuple(
        SheetRow(clip(s.subject, MAX_SUBJECT_CHARS), clip(s.state, MAX_STATE_CHARS), _day(s.changed_on),
                 clip(s.next_action, MAX_ACTION_CHARS), _day(s.next_on))
        for s in standings[:MAX_STANDINGS])
    upcoming = sorted((e for e in events if e.on >= today), key=lambda e: e.on)
    shown_events = tuple(SheetEvent(format_cn_date(e.on), clip(e.title, MAX_EVENT_CHARS))
                         for e in upcoming[:MAX_EVENTS])
    shown_notes, notes_clipped = clip_notes(notes)
    return CoverSheet(label=clip(label, MAX_LABEL_CHARS), printed=format_cn_date(today), rows=rows,
                      rows_total=len(standings), events=shown_events, events_total=len(upcoming),
                      notes=shown_notes, notes_clipped=notes_clipped, notes_chars=len(notes), code=code)
