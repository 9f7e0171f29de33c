#!/usr/bin/env python3
"""Reads timeline YAML files with PyYAML's safe loader (YAML 1.1 typing: bare 1988 is an int,
2021-05-19 a date, yes a boolean) and checks each against the JSON Schema given first.
Also fails on any date or datetime the loader made, anywhere (the schema's strings, and the
`edtf` fields of the EDTF export, must stay strings). Prints one line per file; exit 1 on errors.
Usage: validate_timeline.py SCHEMA.json FILE.yaml..."""
import datetime
import json
import sys

import jsonschema
import yaml


def retyped(node, path="$"):
    if isinstance(node, (datetime.date, datetime.datetime)):
        yield f"{path}: {node!r} read as a date"
    elif isinstance(node, dict):
        for k, v in node.items():
            if not isinstance(k, str):
                yield f"{path}: key {k!r} read as {type(k).__name__}"
            if k == "edtf" and v is not None and not isinstance(v, str):
                yield f"{path}.edtf: {v!r} read as {type(v).__name__}"
            yield from retyped(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from retyped(v, f"{path}[{i}]")


def main():
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.validators.validator_for(schema)(schema)
    bad = 0
    for name in sys.argv[2:]:
        doc = yaml.safe_load(open(name, encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in validator.iter_errors(doc)]
        errors += list(retyped(doc))
        print(f"{name}: {len(errors)} error(s)")
        for e in errors[:10]:
            print(f"  {e}")
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
