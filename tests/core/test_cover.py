"""The cover sheet's content (app.core.cover): what is printed, what is clipped, and that it says so."""

from __future__ import annotations

from datetime import date

from app.core import cover
from app.core.cover import DatedLine, StandingLine

TODAY = date(2026, 11, 29)


def row(n: int, **changes) -> StandingLine:
    values = {"subject": f"银行{n} 尾号{n:04d}", "state": "已寄出", "changed_on": date(2026, 11, 20),
              "next_action": "等待答复", "next_on": date(2026, 12, 15)} | changes
    return StandingLine(**values)


def test_rows_and_dates_are_printed_as_letters_write_them():
    sheet = cover.build("张三", "", TODAY, [row(1), row(2, changed_on=None, next_on=None)], [])
    assert sheet.label == "张三" and sheet.printed == "2026年11月29日"
    assert sheet.rows[0] == cover.SheetRow("银行1 尾号0001", "已寄出", "2026年11月20日", "等待答复", "2026年12月15日")
    assert (sheet.rows[1].changed, sheet.rows[1].next_on) == ("", "")
    assert sheet.rows_total == 2 and sheet.rows_left_out == 0


def test_too_many_rows_are_cut_and_counted():
    sheet = cover.build("", "", TODAY, [row(n) for n in range(25)], [])
    assert len(sheet.rows) == cover.MAX_STANDINGS and sheet.rows_total == 25
    assert sheet.rows_left_out == 25 - cover.MAX_STANDINGS


def test_only_upcoming_events_soonest_first_and_the_rest_counted():
    events = [DatedLine(date(2026, 11, 28), "昨天的事"), DatedLine(TODAY, "今天的事")]
    events += [DatedLine(date(2027, 1, n), f"一月{n}日") for n in range(10, 0, -1)]
    sheet = cover.build("", "", TODAY, [], events)
    assert [e.title for e in sheet.events] == ["今天的事", "一月1日", "一月2日", "一月3日", "一月4日"]
    assert sheet.events[0].on == "2026年11月29日"
    assert sheet.events_total == 11 and sheet.events_left_out == 11 - cover.MAX_EVENTS


def test_long_cells_are_cut_with_an_ellipsis():
    sheet = cover.build("W" * 40, "", TODAY, [row(1, subject="某" * 100, next_action="做" * 200)],
                        [DatedLine(TODAY, "事" * 200)])
    assert sheet.rows[0].subject == "某" * (cover.MAX_SUBJECT_CHARS - 1) + "…"
    assert len(sheet.rows[0].next_action) == cover.MAX_ACTION_CHARS and sheet.rows[0].next_action.endswith("…")
    assert len(sheet.events[0].title) == cover.MAX_EVENT_CHARS
    assert sheet.label == "W" * 40            # LABEL_CHARS: a label always fits whole


def test_notes_keep_their_lines_and_say_when_they_are_cut():
    assert cover.clip_notes("第一行\r\n\r\n\r\n第二行\n\n") == ("第一行\n\n第二行", False)
    many = "\n".join(f"第{n}行" for n in range(30))
    shown, clipped = cover.clip_notes(many)
    assert clipped and shown == "\n".join(f"第{n}行" for n in range(cover.MAX_NOTE_LINES)) + "…"
    shown, clipped = cover.clip_notes("字" * 2000)
    assert clipped and shown == "字" * min(cover.MAX_NOTE_CHARS, cover.MAX_NOTE_LINES * cover.NOTE_LINE_CHARS) + "…"


def test_a_long_line_of_notes_counts_as_the_lines_it_wraps_to():
    line = "字" * cover.NOTE_LINE_CHARS * 2                 # two printed lines
    shown, clipped = cover.clip_notes("\n".join([line] * 5), most_chars=10_000)
    assert clipped and shown == "\n".join([line] * (cover.MAX_NOTE_LINES // 2)) + "…"
    assert cover.clip_notes(line, most_chars=10_000) == (line, False)
    sheet = cover.build("", "字" * 2000, TODAY, [], [])
    assert sheet.notes_clipped and sheet.notes_chars == 2000


def test_the_code_is_on_the_sheet_only_when_given():
    assert cover.build("", "", TODAY, [], []).code is None
    assert cover.build("", "", TODAY, [], [], code="K7QF-M2XA-9RTD-W4PB-HN3C").code == "K7QF-M2XA-9RTD-W4PB-HN3C"
