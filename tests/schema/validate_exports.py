#!/usr/bin/env python3
"""Exports designs with mcstudio-cli to every interchange format and validates the
files against the official schemas (validate_interchange.py); the example's
exports must also equal the reviewed fixtures in tests/fixtures/interchange.
Usage: validate_exports.py CLI SHARED_SCHEMAS OUR_SCHEMAS FIXTURES_DIR DESIGN..."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = {"edubadges": "example.edubadges.json", "ob3": "example.ob3-achievement.json",
           "ob3-credential": "example.ob3-credential.json", "elm": "example.elm-qualification.json",
           "elm-credential": "example.elm-credential.json"}
EXAMPLE_ID = "6e2b9c4f-1d7a-4f3e-8a5c-0b9d2e7f4a61"


def run(*args):
    subprocess.run(args, check=True, capture_output=True)


def main():
    cli, shared, ours, fixtures, designs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        catalogue = os.path.join(tmp, "c.mcdb")
        run(cli, "init", catalogue, "--example")
        if designs:
            run(cli, "import", catalogue, *designs)
        exported = []
        for fmt, fixture in FORMATS.items():
            folder = os.path.join(tmp, fmt)
            run(cli, "export", catalogue, "--all", "--format", fmt, "--output", folder)
            exported += [os.path.join(folder, name) for name in sorted(os.listdir(folder))]
            example = os.path.join(tmp, "example." + fmt + ".json")
            run(cli, "export", catalogue, EXAMPLE_ID, "--format", fmt, "--output", example)
            with open(example, encoding="utf-8") as a, open(os.path.join(fixtures, fixture), encoding="utf-8") as b:
                if json.load(a) != json.load(b):
                    print(f"{fmt}: the example's export differs from {fixture}")
                    failures += 1
        result = subprocess.run([sys.executable, os.path.join(HERE, "validate_interchange.py"), shared, ours, *exported],
                                capture_output=True, text=True)
        print(result.stdout.strip())
        if result.returncode != 0:
            failures += 1
    print(f"{len(FORMATS) - min(failures, len(FORMATS))} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
