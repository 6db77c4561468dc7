#!/usr/bin/env python3
"""Fails when the Dutch translation has unfinished, empty or vanished entries."""
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    root = ET.parse(path).getroot()
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            numerus = translation is not None and len(translation.findall("numerusform")) > 0
            text = "".join(translation.itertext()) if translation is not None else ""
            if kind in ("unfinished", "vanished", "obsolete", "missing") or (not text.strip() and not numerus):
                problems.append(f"{name}: {source!r} ({kind or 'empty'})")
    for problem in problems:
        print(problem)
    if count == 0:
        print(f"{path}: no messages")
        sys.exit(1)
    print(f"{count - len(problems)} passed, {len(problems)} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
