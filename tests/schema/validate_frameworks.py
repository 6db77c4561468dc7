#!/usr/bin/env python3
"""Validates the quality framework files against their JSON Schema
(resources/schema/quality-framework-1.schema.json) with a real validator
(python3-jsonschema): every file in resources/frameworks and the documented
example docs/examples/quality-framework-example.json. Also checks what the
schema cannot say (criterion ids unique, validUntil not before validFrom),
and that broken variants of the example are rejected.
Usage: validate_frameworks.py REPO_ROOT"""
import copy
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(1)


def rule_problems(document):
    """What the reader refuses but the schema cannot express."""
    problems = []
    seen = set()
    criteria = document.get("criteria")
    for i, criterion in enumerate(criteria if isinstance(criteria, list) else []):
        if not isinstance(criterion, dict) or "id" not in criterion:
            continue
        if criterion["id"] in seen:
            problems.append(f"criteria/{i}/id: '{criterion['id']}' is used twice")
        seen.add(criterion["id"])
    start, end = document.get("validFrom"), document.get("validUntil")
    if isinstance(start, str) and isinstance(end, str) and start and end and end < start:
        problems.append("validUntil: ends before it starts (validFrom)")
    return problems


def problems_of(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
    found = [f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors]
    return found + rule_problems(document)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    root = sys.argv[1]
    with open(os.path.join(root, "resources", "schema", "quality-framework-1.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    format_checker = getattr(jsonschema.Draft202012Validator, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = jsonschema.Draft202012Validator(schema, format_checker=format_checker)

    example_path = os.path.join(root, "docs", "examples", "quality-framework-example.json")
    files = sorted(glob.glob(os.path.join(root, "resources", "frameworks", "*.json"))) + [example_path]
    passed = 0
    failures = 0
    if len(files) < 2:
        print("no framework files found in resources/frameworks")
        failures += 1
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        problems = problems_of(validator, document)
        for problem in problems:
            print(f"{os.path.relpath(path, root)}: {problem}")
        failures += len(problems)
        passed += 0 if problems else 1

    # The schema (and the id rule) must also reject what the reader rejects.
    with open(example_path, encoding="utf-8") as f:
        example = json.load(f)

    def variant(change):
        document = copy.deepcopy(example)
        change(document)
        return document

    def set_first(key, value):
        return lambda d: d["criteria"][0].__setitem__(key, value)

    broken = {
        "unknown root key": variant(lambda d: d.__setitem__("owner", "kwaliteitszorg")),
        "unknown criterion key": variant(set_first("weight", 2)),
        "formatVersion 2": variant(lambda d: d.__setitem__("formatVersion", 2)),
        "kind 'foo'": variant(set_first("kind", "foo")),
        "missing criteria": variant(lambda d: d.pop("criteria")),
        "empty criteria": variant(lambda d: d.__setitem__("criteria", [])),
        "validFrom '2026-13-01'": variant(lambda d: d.__setitem__("validFrom", "2026-13-01")),
        "validFrom '2026-02-30'": variant(lambda d: d.__setitem__("validFrom", "2026-02-30")),
        "validUntil '1-1-2027'": variant(lambda d: d.__setitem__("validUntil", "1-1-2027")),
        "validUntil before validFrom": variant(lambda d: d.__setitem__("validUntil", "2025-12-31")),
        "concerns 'team'": variant(set_first("concerns", "team")),
        "concerns null": variant(set_first("concerns", None)),
        "sector 'vo'": variant(lambda d: d.__setitem__("sectors", ["vo"])),
        "unknown check": variant(set_first("checks", ["spelling"])),
        "name without en": variant(lambda d: d["name"].pop("en")),
        "title with de": variant(lambda d: d["criteria"][0]["title"].__setitem__("de", "Titel")),
        "empty criterion id": variant(set_first("id", " ")),
        "empty version": variant(lambda d: d.__setitem__("version", "")),
        "criterion id used twice": variant(lambda d: d["criteria"][1].__setitem__("id", d["criteria"][0]["id"])),
    }
    rejected = 0
    for name, document in broken.items():
        if problems_of(validator, document):
            rejected += 1
        else:
            print(f"accepted, should be rejected: {name}")
            failures += 1

    # The optional key may be left out: the default is "design".
    without = variant(lambda d: [c.pop("concerns", None) for c in d["criteria"]])
    for problem in problems_of(validator, without):
        print(f"example without concerns: {problem}")
        failures += 1

    print(f"{passed} of {len(files)} files valid, {rejected} of {len(broken)} broken variants rejected, "
          f"{failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
