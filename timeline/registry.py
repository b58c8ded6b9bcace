"""The field registry: one description of every column, from which every schema is derived.

Why: a column described in several hand-kept places drifts. Here it is described once, in
``resources/fields.toml``, and the pandera models, the Frictionless table schemas, the Arrow
schema of the Parquet files and the README column tables are all generated from it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

TYPES = ("string", "integer", "boolean", "date", "number", "list")


@dataclass(frozen=True)
class Field:
    """One column: its name, type, meaning and constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    foreign_key: str | None = None

    @property
    def pandas_dtype(self) -> str:
        """The dtype a loaded column carries (pandas' own dtypes; Arrow types are for files)."""
        return {
            "string": "str",
            "integer": "int64" if self.required else "Int64",
            "boolean": "bool" if self.required else "boolean",
            "date": "datetime64[s]",
            "number": "float64",
            "list": "object",  # Python lists of strings; list<string> in Parquet
        }[self.type]


@dataclass(frozen=True)
class Table:
    """One table: its columns in order and its primary key."""

    name: str
    description: str
    primary_key: tuple[str, ...]
    fields: tuple[Field, ...] = field(default_factory=tuple)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"table {self.name!r} has no column {name!r}")


def _parse(doc: dict) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for tname, spec in doc["tables"].items():
        fields = []
        for raw in spec["fields"]:
            if raw["type"] not in TYPES:
                raise ValueError(f"fields.toml: {tname}.{raw['name']}: unknown type {raw['type']!r}")
            if "enum" in raw:
                raw = {**raw, "enum": tuple(raw["enum"])}
            fields.append(Field(**raw))
        table = Table(tname, spec["description"], tuple(spec["primary_key"]), tuple(fields))
        missing = set(table.primary_key) - set(table.columns)
        if missing:
            raise ValueError(f"fields.toml: {tname}: primary key names unknown columns {sorted(missing)}")
        tables[tname] = table
    for table in tables.values():
        for f in table.fields:
            if f.foreign_key:
                ftable, _, fcol = f.foreign_key.partition(".")
                if ftable not in tables or fcol not in tables[ftable].columns:
                    raise ValueError(f"fields.toml: {table.name}.{f.name}: foreign key {f.foreign_key!r} names nothing")
    return tables


@cache
def registry() -> dict[str, Table]:
    """All tables of the dataset, keyed by name, in the order the registry lists them."""
    text = resources.files("timeline").joinpath("resources/fields.toml").read_text(encoding="utf-8")
    return _parse(tomllib.loads(text))


def table(name: str) -> Table:
    """The registry entry of one table, with a clear error for an unknown name."""
    tables = registry()
    if name not in tables:
        raise KeyError(f"no table {name!r}; the tables are: {', '.join(tables)}")
    return tables[name]
