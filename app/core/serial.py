"""Dataclasses <-> JSON-ready dicts, driven by type hints, so the case round-trips exactly.

Supported field types: str, int, bool, None unions, date, datetime, time, enum.Enum (by value),
nested dataclasses, tuple[X, ...] and dict[str, X].  Unknown keys are an error, not ignored:
an imported case file must say exactly what we store.  Types only: whether the values are ones
the app could have written (ids, codes, ranges, naive times) is `core.validation`'s question,
asked of imported files; stored cases are decoded here alone, so rows saved earlier still open.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
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
    """Build `cls` from `to_data` output; raises SerialError on anything malformed.

    Each type's builder is made once (`_builder`), so decoding a case does no type
    reflection per value; the path to a bad value is assembled only when there is one.
    Well-formed data goes through a faster builder first (`_fast`); anything it does not take
    is decoded again by the checking builder, which says what is wrong and where.
    """
    try:
        return _fast(cls)(data)
    except Exception:           # whatever the fast path refuses, the checking builder words
        return _checked(cls, data, where)


def _checked(cls: type, data: Any, where: str) -> Any:
    try:
        return _builder(cls)(data)
    except SerialError as exc:
        raise SerialError(exc.code, where + exc.where) from exc.__cause__


Builder = Callable[[Any], Any]


@cache
def _builder(tp: Any) -> Builder:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _optional_builder(tp)
    if origin is tuple:
        return _tuple_builder(_builder(typing.get_args(tp)[0]))
    if origin is dict:
        return _dict_builder(_builder(typing.get_args(tp)[1]))
    if dataclasses.is_dataclass(tp):
        return _dataclass_builder(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_builder(tp)
    return _scalar_builder(tp)


def _optional_builder(tp: Any) -> Builder:
    options = typing.get_args(tp)
    real = [o for o in options if o is not type(None)]
    if len(real) != 1 or type(None) not in options:
        raise SerialError("unsupported_type")
    inner = _builder(real[0])
    return lambda data: None if data is None else inner(data)


def _tuple_builder(inner: Builder) -> Builder:
    def build(data: Any) -> tuple:
        _expect(data, list)
        try:
            return tuple([inner(value) for value in data])
        except SerialError as exc:
            index = _failing(data, inner)
            raise SerialError(exc.code, f"[{index}]" + exc.where) from exc.__cause__
    return build


def _dict_builder(inner: Builder) -> Builder:
    def build(data: Any) -> dict:
        _expect(data, dict)
        try:
            return {str(key): inner(value) for key, value in data.items()}
        except SerialError as exc:
            key = list(data)[_failing(list(data.values()), inner)]
            raise SerialError(exc.code, f".{key}" + exc.where) from exc.__cause__
    return build


def _failing(values: list, inner: Builder) -> int:
    """The index of the first value `inner` refuses: the error path is worked out only once a
    value has failed, so decoding a good case builds no path strings."""
    for index, value in enumerate(values):
        try:
            inner(value)
        except SerialError:
            return index
    raise AssertionError("no value fails")  # pragma: no cover - called only after one failed


def _dataclass_builder(cls: type) -> Builder:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    names = frozenset(f.name for f in fields)
    members = [(f.name, _builder(hints[f.name]), _required(f)) for f in fields]
    make = _maker(cls, fields)

    def build(data: Any) -> Any:
        _expect(data, dict)
        if not names.issuperset(data):
            raise SerialError("unknown_field", f".{sorted(set(data) - names)[0]}")
        kwargs = {}
        name = ""
        try:
            for name, inner, required in members:
                if name in data:
                    kwargs[name] = inner(data[name])
                elif required:
                    raise SerialError("missing_field")
        except SerialError as exc:
            raise SerialError(exc.code, f".{name}" + exc.where) from exc.__cause__
        try:
            return make(kwargs)
        except (TypeError, ValueError) as exc:
            raise SerialError("bad_value") from exc
    return build


def _maker(cls: type, fields: tuple[dataclasses.Field, ...]) -> Callable[[dict], Any]:
    """`cls(**kwargs)`, or the same instance made directly when `__init__` only stores the fields
    (no __post_init__, no slots, every field in __init__): a frozen dataclass's own __init__ sets
    each field through object.__setattr__, most of the time spent decoding a case."""
    plain = (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
             and all(f.init for f in fields))
    if not plain:
        return lambda kwargs: cls(**kwargs)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = [(f.name, f.default_factory) for f in fields if f.default_factory is not dataclasses.MISSING]

    def make(kwargs: dict) -> Any:
        instance = object.__new__(cls)
        values = instance.__dict__
        values.update(defaults)
        for name, factory in factories:
            if name not in kwargs:
                values[name] = factory()
        values.update(kwargs)
        return instance
    return make


def _required(field: dataclasses.Field) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _scalar_builder(tp: Any) -> Builder:
    if tp is bool:
        return lambda data: _expect(data, bool)
    if tp is int:
        return _whole_number
    if tp is str:
        return lambda data: _expect(data, str)
    parsers = {date: date.fromisoformat, datetime: datetime.fromisoformat, time: time.fromisoformat}
    if tp in parsers:
        return _parsing_builder(parsers[tp], str)
    raise SerialError("unsupported_type")


def _whole_number(data: Any) -> int:
    if isinstance(data, bool):          # JSON true is not 1 here
        raise SerialError("bad_type")
    return _expect(data, int)


def _enum_builder(tp: type[enum.Enum]) -> Builder:
    """A member by its value, looked up in a dict (Enum's own call costs several times more)."""
    members = {member.value: member for member in tp}
    parse = _parsing_builder(tp, None)

    def build(data: Any) -> Any:
        try:
            return members[data]
        except (KeyError, TypeError):     # unknown or unhashable: the parser says which error
            return parse(data)
    return build


def _parsing_builder(parse: Callable[[Any], Any], kind: type | None) -> Builder:
    """Enums by value, dates and times from ISO text: a value the parser refuses is "bad_value"."""
    def build(data: Any) -> Any:
        if kind is not None:
            _expect(data, kind)
        try:
            return parse(data)
        except ValueError as exc:
            raise SerialError("bad_value") from exc
    return build


def _expect(data: Any, kind: type) -> Any:
    if not isinstance(data, kind):
        raise SerialError("bad_type")
    return data


# --- the fast path -------------------------------------------------------------------------------
# One function per dataclass, generated from its fields (as dataclasses generates __init__), with
# the checks of str, int and bool fields written inline: a case holds thousands of such values,
# and a builder call per value is most of the decoding time. It builds exactly what the checking
# builders build and accepts only what they accept; on anything else it raises (any exception),
# and from_data decodes again with the checking builders, which name the error and its path.

class _Refused(Exception):
    """The fast path does not take this value: the checking builders will say why."""


def _refuse(*_: Any) -> Any:
    raise _Refused()


_INLINE = {            # when a value of the type is refused
    str: "not isinstance({0}, str)",
    bool: "not isinstance({0}, bool)",
    int: "isinstance({0}, bool) or not isinstance({0}, int)",
}
_PARSERS = {date: date.fromisoformat, datetime: datetime.fromisoformat, time: time.fromisoformat}


@cache
def _fast(tp: Any) -> Builder:
    """The fast builder of a type: generated code for a dataclass, else a small function."""
    if dataclasses.is_dataclass(tp):
        return _fast_dataclass(tp)
    scope: dict[str, Any] = {"refuse": _refuse}
    lines = ["def build(v):", *_value_lines(tp, scope, "    "), "    return v"]
    exec("\n".join(lines), scope)  # nosec B102: our own code, generated from the type, never from data
    return scope["build"]


def _value_lines(tp: Any, scope: dict[str, Any], indent: str) -> list[str]:
    """Lines that check `v` as a value of `tp` and replace it by the decoded value; they call
    refuse() (or fail by themselves: a KeyError, a ValueError) on anything else."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        real = [o for o in typing.get_args(tp) if o is not type(None)]
        if len(real) != 1:
            raise SerialError("unsupported_type")
        return [f"{indent}if v is not None:", *_value_lines(real[0], scope, indent + "    ")]
    if origin is tuple:
        item = typing.get_args(tp)[0]
        lines = [f"{indent}if not isinstance(v, list): refuse()"]
        if item in _INLINE:
            return [*lines, f"{indent}for x in v:", f"{indent}    if {_INLINE[item].format('x')}: refuse()",
                    f"{indent}v = tuple(v)"]
        name = _name(scope, _fast(item))
        return [*lines, f"{indent}v = tuple([{name}(x) for x in v])"]
    if origin is dict:
        name = _name(scope, _fast(typing.get_args(tp)[1]))
        return [f"{indent}if not isinstance(v, dict): refuse()",
                f"{indent}v = {{str(k): {name}(x) for k, x in v.items()}}"]
    if dataclasses.is_dataclass(tp):
        return [f"{indent}v = {_name(scope, _fast(tp))}(v)"]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return [f"{indent}v = {_name(scope, {m.value: m for m in tp})}[v]"]
    if tp in _PARSERS:
        parse = _name(scope, _PARSERS[tp])
        return [f"{indent}if not isinstance(v, str): refuse()", f"{indent}v = {parse}(v)"]
    if tp in _INLINE:
        return [f"{indent}if {_INLINE[tp].format('v')}: refuse()"]
    raise SerialError("unsupported_type")


def _name(scope: dict[str, Any], value: Any) -> str:
    name = f"n{len(scope)}"
    scope[name] = value
    return name


def _fast_dataclass(cls: type) -> Builder:
    _builder(cls)                         # the checking builder accepts the type: so may we
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    plain = (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
             and all(f.init for f in fields))
    scope: dict[str, Any] = {"cls": cls, "refuse": _refuse, "names": frozenset(f.name for f in fields),
                             "new": object.__new__}
    lines = ["def build(data):",
             "    if not isinstance(data, dict) or not names.issuperset(data): refuse()"]
    lines += ["    instance = new(cls)", "    values = instance.__dict__"] if plain else ["    values = {}"]
    for field in fields:
        lines += [f"    if {field.name!r} in data:", f"        v = data[{field.name!r}]",
                  *_value_lines(hints[field.name], scope, "        "), f"        values[{field.name!r}] = v"]
        if _required(field):
            lines += ["    else:", "        refuse()"]
        elif plain and field.default is not dataclasses.MISSING:
            lines += ["    else:", f"        values[{field.name!r}] = {_name(scope, field.default)}"]
        elif plain:
            factory = _name(scope, field.default_factory)
            lines += ["    else:", f"        values[{field.name!r}] = {factory}()"]
    lines.append("    return instance" if plain else "    return cls(**values)")
    exec("\n".join(lines), scope)  # nosec B102: our own code, generated from the type's fields, never from data
    return scope["build"]
