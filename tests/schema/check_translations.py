#!/usr/bin/env python3
"""Fails when the Dutch translation has unfinished, empty or vanished entries, or
a plural message (tr("%n ...", nullptr, n)) without both Dutch forms (one, many).

translations/mcstudio_nl.ts is the one source of the Dutch wording: edit it with
Qt Linguist or by hand after `cmake --build build --target update_translations`."""

DUTCH_PLURAL_FORMS = 2
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
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if len(forms) != DUTCH_PLURAL_FORMS or not all(f.strip() for f in forms):
                    problems.append(f"{name}: {source!r} (needs {DUTCH_PLURAL_FORMS} plural forms, has {len(forms)})")
    for problem in problems:
        print(problem)
    if count == 0:
        print(f"{path}: no messages")
        sys.exit(1)
    print(f"{count - len(problems)} passed, {len(problems)} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
