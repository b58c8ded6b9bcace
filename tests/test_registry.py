"""Everything generated from the field registry agrees with it; no hand-kept copy drifts."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa

from timeline.docs import readme_with_columns, schema_files
from timeline.registry import registry
from timeline.schemas import arrow_schema, pandera_schema

from conftest import ROOT


def test_committed_schema_files_are_generated_from_the_registry():
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.json")}
    assert committed == schema_files(), "run `timeline docs` and commit schemas/"


def test_readme_column_tables_are_generated_from_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_columns(readme), "run `timeline docs` and commit README.md"


def test_pandera_schemas_have_the_registry_columns_dtypes_and_nullability():
    for name, t in registry().items():
        schema = pandera_schema(name)
        assert list(schema.columns) == t.columns
        for f in t.fields:
            column = schema.columns[f.name]
            if f.type == "date":
                assert "datetime64" in str(column.dtype)  # the unit is checked in validate.py
            elif f.type == "list":
                assert column.dtype.type == object
            else:
                assert column.dtype.type == pd.api.types.pandas_dtype(f.pandas_dtype)
            assert column.nullable is (not f.required)
            assert column.unique is f.unique


def test_arrow_schemas_have_the_registry_columns_and_descriptions():
    kinds = {"string": pa.string(), "integer": pa.int64(), "date": pa.date32(), "boolean": pa.bool_(),
             "number": pa.float64(), "list": pa.list_(pa.string())}
    for name, t in registry().items():
        schema = arrow_schema(name)
        assert schema.names == t.columns
        for f in t.fields:
            field = schema.field(f.name)
            assert field.type == kinds[f.type]
            assert field.metadata[b"description"].decode() == f.description


def test_frictionless_schemas_name_keys_and_foreign_keys():
    for name, t in registry().items():
        schema = json.loads(schema_files()[f"{name}.json"])
        assert [f["name"] for f in schema["fields"]] == t.columns
        assert schema["primaryKey"] == list(t.primary_key)
        declared = {f.name: f.foreign_key for f in t.fields if f.foreign_key}
        found = {
            fk["fields"][0]: f"{fk['reference']['resource'] or name}.{fk['reference']['fields'][0]}"
            for fk in schema.get("foreignKeys", [])
        }
        assert found == declared
