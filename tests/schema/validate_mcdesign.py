#!/usr/bin/env python3
"""Validates .mcdesign files against the JSON Schema of their format version
(resources/schema/mcdesign-N.schema.json) with a real validator
(python3-jsonschema): the given files, and every design mcstudio-cli exports
after importing them.
Usage: validate_mcdesign.py CLI SCHEMA_DIR FILE..."""
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(1)


def main():
    cli, schema_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    validators = {}
    for version in (1, 2, 3, 4):
        with open(os.path.join(schema_dir, f"mcdesign-{version}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[version] = jsonschema.Draft202012Validator(schema)

    with tempfile.TemporaryDirectory() as tmp:
        catalogue = os.path.join(tmp, "c.mcdb")
        subprocess.run([cli, "init", catalogue, "--example"], check=True, capture_output=True)
        for design in files[1:]:  # one at a time: two versions of one design share its id
            subprocess.run([cli, "import", catalogue, design, "--replace"], check=True, capture_output=True)
        listed = json.loads(subprocess.run([cli, "list", catalogue, "--json"], check=True,
                                           capture_output=True).stdout)
        exported = []
        for entry in listed:
            out = os.path.join(tmp, entry["id"] + ".mcdesign")
            subprocess.run([cli, "export", catalogue, entry["id"], "--format", "mcdesign",
                            "--output", out], check=True, capture_output=True)
            exported.append(out)

        failures = 0
        checked = 0
        for path in files + exported:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            validator = validators.get(document.get("formatVersion"))
            if validator is None:
                print(f"{path}: unknown formatVersion")
                failures += 1
                continue
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            checked += 1
            for error in errors:
                failures += 1
                print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")

        # The validator must also reject what the reader rejects.
        with open(files[0], encoding="utf-8") as f:
            broken = json.load(f)
        broken["microcredential"]["eqfLevel"] = 9
        if validators[broken["formatVersion"]].is_valid(broken):
            print("schema accepts eqfLevel 9")
            failures += 1

    print(f"{checked - (1 if failures else 0)} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
