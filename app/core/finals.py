"""定稿 (final versions) and stale edits: pure functions over the case, no clock, no framework.

A document is a draft until the user marks it final: then a FinalDocument keeps a snapshot of the
case content and the day, and the document is rebuilt from those whenever it is shown or printed.
A paragraph the user rewrote remembers a short hash of the draft it was written against
(`Case.narrative_bases`); when our draft for it changes later, the edit is stale.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from app.core import serial
from app.core.case import Case, CaseContent, FinalDocument, Snapshot

HASH_CHARS = 12
MAX_FINALS = 60         # final versions a case keeps
ID_CHARS = 16


def draft_hash(text: str) -> str:
    """A short fingerprint of a drafted paragraph (surrounding whitespace ignored)."""
    return hashlib.sha256(text.strip().encode()).hexdigest()[:HASH_CHARS]


def is_stale(case: Case, key: str, draft: str) -> bool:
    """True when the user's edit of paragraph `key` was written against a draft other than `draft`.

    An edit saved before bases were kept (no base) is not called stale: we cannot know.
    """
    base = case.narrative_bases.get(key)
    return key in case.narratives and base is not None and base != draft_hash(draft)


def rebase(case: Case, key: str, draft: str) -> Case:
    """Keep the user's text of `key` and record that it now answers `draft`."""
    return replace(case, narrative_bases=dict(case.narrative_bases) | {key: draft_hash(draft)})


def drop_edit(case: Case, key: str) -> Case:
    """Forget the user's text of `key`: the document uses our current draft again."""
    return replace(case, narratives={k: v for k, v in case.narratives.items() if k != key},
                   narrative_bases={k: v for k, v in case.narrative_bases.items() if k != key})


CONTENT_FIELDS = tuple(f.name for f in dataclasses.fields(CaseContent))


def snapshot(case: Case) -> CaseContent:
    """The part of the case documents are built from, copied field by field."""
    return CaseContent(**{name: getattr(case, name) for name in CONTENT_FIELDS})


def as_case(content: CaseContent) -> Case:
    """A case holding only `content`, for running the document providers on a snapshot."""
    return Case(**{name: getattr(content, name) for name in CONTENT_FIELDS})


def content_id(content: CaseContent) -> str:
    """A fingerprint of case content: equal content, equal id (dict order does not matter)."""
    text = json.dumps(serial.to_data(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:ID_CHARS]


def content_of(case: Case, final: FinalDocument) -> CaseContent | None:
    """The content `final` was built from (None only in a damaged case file)."""
    return next((s.content for s in case.snapshots if s.id == final.snapshot_id), None)


def versions(case: Case, key: str) -> list[FinalDocument]:
    """Every final version of document `key`, oldest first."""
    return sorted((f for f in case.finals if f.key == key), key=lambda f: f.version)


def current(case: Case, key: str) -> FinalDocument | None:
    """The final version in force for `key` (the newest not retired), or None: it is a draft."""
    live = [f for f in versions(case, key) if f.retired_on is None]
    return live[-1] if live else None


def version(case: Case, key: str, number: int) -> FinalDocument | None:
    return next((f for f in case.finals if f.key == key and f.version == number), None)


# What happened to letters after they were printed (sent, received, answered ...) is kept in the
# snapshot, so a final complaint letter reprints with the receipt date it was made with, but it is
# not a change of what the letters say: recording it never makes a final version look out of date.
TRACKING_FIELDS = ("complaints",)


def compared_id(content: CaseContent) -> str:
    """content_id without the tracking fields: what `changed_since` compares."""
    return content_id(replace(content, **{name: () for name in TRACKING_FIELDS}))


def changed_since(case: Case, final: FinalDocument, now_id: str | None = None) -> bool:
    """True when the case content differs from what the final version was built from.

    Both sides are fingerprinted now (not the stored id), so a field added to CaseContent later
    does not make every old final look changed; the tracking fields are left out of both.
    `now_id` is compared_id(snapshot(case)) when the caller already has it.
    """
    content = content_of(case, final)
    if content is None:
        return True
    return (now_id or compared_id(snapshot(case))) != compared_id(content)


class TooManyFinals(ValueError):
    """The case already holds MAX_FINALS final versions."""


def finalize(case: Case, key: str, today: date) -> Case:
    """Mark document `key` final as of `today` (a no-op when it already is).

    Documents made final from the same content share one stored Snapshot.
    Raises TooManyFinals when the case already keeps MAX_FINALS versions.
    """
    if current(case, key) is not None:
        return case
    if len(case.finals) >= MAX_FINALS:
        raise TooManyFinals(key)
    content = snapshot(case)
    sid = content_id(content)
    snapshots = case.snapshots
    if all(s.id != sid for s in snapshots):
        snapshots = (*snapshots, Snapshot(id=sid, content=content))
    number = max((f.version for f in versions(case, key)), default=0) + 1
    final = FinalDocument(key=key, version=number, finalized_on=today, snapshot_id=sid)
    return replace(case, snapshots=snapshots, finals=(*case.finals, final))


def retire(case: Case, key: str, today: date) -> Case:
    """Start a new version of `key`: the final in force is kept in history, the document is a draft again."""
    live = current(case, key)
    if live is None:
        return case
    finals = tuple(replace(f, retired_on=today) if f == live else f for f in case.finals)
    return replace(case, finals=finals)


def keys(finals: Iterable[FinalDocument]) -> list[str]:
    """The document keys with a final version, in the order they were first made final."""
    return list(dict.fromkeys(f.key for f in finals))


def problems(case: Case) -> list[str]:
    """Codes of what is inconsistent in a case's final versions and edit bases; [] when all is well.

    For a strict import (app/start/importing.py): each final names a stored snapshot (ids are
    unique; an id is not checked against its content, which a later CaseContent field would
    change); versions are unique per document, at most one is in force, none is retired
    before it was made final; bases are draft hashes of paragraphs the user edited.
    Codes: too_many_finals, unknown_snapshot, bad_snapshot_id, duplicate_version,
    two_in_force, retired_before_final, bad_base.
    """
    ids = [s.id for s in case.snapshots]
    pairs = [(f.key, f.version) for f in case.finals]
    in_force = [f.key for f in case.finals if f.retired_on is None]
    broken = {
        "too_many_finals": len(case.finals) > MAX_FINALS,
        "unknown_snapshot": any(f.snapshot_id not in ids for f in case.finals),
        "bad_snapshot_id": len(set(ids)) != len(ids) or not all(_is_hex(i, ID_CHARS) for i in ids),
        "duplicate_version": len(set(pairs)) != len(pairs) or any(f.version < 1 for f in case.finals),
        "two_in_force": len(set(in_force)) != len(in_force),
        "retired_before_final": any(f.retired_on is not None and f.retired_on < f.finalized_on
                                    for f in case.finals),
        "bad_base": any(key not in case.narratives or not _is_hex(value, HASH_CHARS)
                        for key, value in case.narrative_bases.items()),
    }
    return [code for code, is_broken in broken.items() if is_broken]


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)
