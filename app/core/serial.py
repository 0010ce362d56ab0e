"""Dataclasses <-> JSON-ready dicts, driven by type hints, so the case round-trips exactly.

Supported field types: str, int, bool, None unions, date, datetime, time, enum.Enum (by value),
nested dataclasses, tuple[X, ...] and dict[str, X].  Unknown keys are an error, not ignored:
an imported case file must say exactly what we store.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date, datetime, time
from functools import cache
from typing import Any


class SerialError(ValueError):
    def __init__(self, code: str, where: str = "") -> None:
        super().__init__(f"{code}: {where}" if where else code)
        self.code = code
        self.where = where


def to_data(value: Any) -> Any:
    """A dataclass tree as plain JSON types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def from_data(cls: type, data: Any, where: str = "$") -> Any:
    """Build `cls` from `to_data` output; raises SerialError on anything malformed."""
    return _build(cls, data, where)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if data is None and type(None) in options:
            return None
        real = [o for o in options if o is not type(None)]
        if len(real) != 1:
            raise SerialError("unsupported_type", where)
        return _build(real[0], data, where)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        _expect(data, list, where)
        return tuple(_build(item, v, f"{where}[{i}]") for i, v in enumerate(data))
    if origin is dict:
        _key, item = typing.get_args(tp)
        _expect(data, dict, where)
        return {str(k): _build(item, v, f"{where}.{k}") for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        return _build_dataclass(tp, data, where)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError as exc:
            raise SerialError("bad_value", where) from exc
    return _build_scalar(tp, data, where)


def _build_dataclass(cls: type, data: Any, where: str) -> Any:
    _expect(data, dict, where)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(data) - set(fields)
    if unknown:
        raise SerialError("unknown_field", f"{where}.{sorted(unknown)[0]}")
    hints = _hints(cls)
    kwargs = {}
    for name, field in fields.items():
        if name in data:
            kwargs[name] = _build(hints[name], data[name], f"{where}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise SerialError("missing_field", f"{where}.{name}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SerialError("bad_value", where) from exc


def _build_scalar(tp: Any, data: Any, where: str) -> Any:
    if tp is bool:
        return _expect(data, bool, where)
    if tp is int:
        if isinstance(data, bool):
            raise SerialError("bad_type", where)
        return _expect(data, int, where)
    if tp is str:
        return _expect(data, str, where)
    parsers = {date: date.fromisoformat, datetime: datetime.fromisoformat, time: time.fromisoformat}
    if tp in parsers:
        _expect(data, str, where)
        try:
            return parsers[tp](data)
        except ValueError as exc:
            raise SerialError("bad_value", where) from exc
    raise SerialError("unsupported_type", where)


def _expect(data: Any, kind: type, where: str) -> Any:
    if not isinstance(data, kind):
        raise SerialError("bad_type", where)
    return data
