#!/usr/bin/env python3
"""Validates exported interchange documents against their JSON Schemas with a
real validator (python3-jsonschema, 4.10 or later), without the network.

Usage: validate_interchange.py [--expect-invalid] SCHEMA_DIR_SHARED SCHEMA_DIR_OURS FILE...

SCHEMA_DIR_SHARED holds the official schemas (ob_v3p0_achievementcredential_schema.json,
elm32_schema.json); SCHEMA_DIR_OURS holds ours (edubadges-badgeclass.schema.json).
The format of each FILE is told by its "type":

  AchievementCredential / OpenBadgeCredential  OB 3.0 credential: the whole OB 3.0 schema
  Achievement                                  OB 3.0 Achievement: $defs/Achievement; an "@context",
                                               when present, must also match the credential's rule
  Qualification                                ELM 3.2: $defs/QualificationType, after checking and
                                               removing the JSON-LD "@context" (the schema describes
                                               the node, which allows no other keys)
  BadgeClass                                   edubadges: edubadges-badgeclass.schema.json

Formats (date-time, date, uri, duration) are checked by this script's own
functions, so the result does not depend on optional packages. A $ref to a
remote URL is resolved only from the schema files in the two directories;
anything else is reported, never fetched.

Prints one line per error and ends with "N passed, M failed"; exit status 1
when M > 0, 2 on a usage error or an unusable schema. With --expect-invalid
every FILE must be rejected by its schema (negative tests); a file that cannot
be read or whose format cannot be told counts as failed in both modes.
"""
import argparse
import copy
import datetime
import json
import os
import re
import sys
import warnings

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

try:  # jsonschema >= 4.18 resolves references through the referencing library
    import referencing
    import referencing.exceptions
    import referencing.jsonschema
except ImportError:
    referencing = None

OB3_SCHEMA = "ob_v3p0_achievementcredential_schema.json"
ELM_SCHEMA = "elm32_schema.json"
EDUBADGES_SCHEMA = "edubadges-badgeclass.schema.json"

# JSON-LD contexts a standalone ELM node carries: the VC data model 1.1 context
# (it maps id and type to @id and @type) and the EDC application profile
# (tests/vendor/schemas/edc-ap-context.jsonld).
ELM_CONTEXT = ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"]

MAX_MESSAGE = 300


# --------------------------------------------------------------------- formats

DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s\"<>\\^`{|}]*$")
BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# RFC 3339 appendix A (ISO 8601 durations): PnW, or date and/or time parts in order.
_TIME = r"T(?:\d+H(?:\d+M)?(?:\d+(?:\.\d+)?S)?|\d+M(?:\d+(?:\.\d+)?S)?|\d+(?:\.\d+)?S)"
_DATE = r"(?:\d+Y(?:\d+M)?(?:\d+D)?|\d+M(?:\d+D)?|\d+D)"
DURATION = re.compile(rf"^P(?:\d+W|{_DATE}(?:{_TIME})?|{_TIME})$")


def is_date_time(value):
    if not isinstance(value, str):
        return True
    match = DATE_TIME.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        datetime.datetime(year, month, day, hour, minute, min(second, 59))  # 60: leap second
    except ValueError:
        return False
    return second <= 60


def is_date(value):
    if not isinstance(value, str):
        return True
    if not DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_uri(value):
    return not isinstance(value, str) or (bool(URI.match(value)) and not BAD_PERCENT.search(value))


def is_duration(value):
    return not isinstance(value, str) or bool(DURATION.match(value))


def format_checker():
    checker = jsonschema.FormatChecker()
    for name, function in (("date-time", is_date_time), ("date", is_date), ("uri", is_uri),
                           ("duration", is_duration)):
        checker.checks(name)(function)
    return checker


# --------------------------------------------------------------------- schemas

def validator_class(schema):
    dialect = schema.get("$schema", "")
    if "2020-12" in dialect:
        return jsonschema.Draft202012Validator
    if "2019-09" in dialect:
        return jsonschema.Draft201909Validator
    if "draft-07" in dialect:
        return jsonschema.Draft7Validator
    raise ValueError(f"unsupported $schema {dialect!r}")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def local_store(directories):
    """Every schema in the directories, by its $id (without a trailing #)."""
    store = {}
    for directory in directories:
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".json"):
                continue
            try:
                schema = load_json(os.path.join(directory, name))
            except (OSError, ValueError):
                continue
            if isinstance(schema, dict) and isinstance(schema.get("$id"), str):
                store[schema["$id"].rstrip("#")] = schema
    return store


def sub_schema(root, definition, extra=None):
    """A schema that validates against root's $defs/definition and keeps root's
    $defs, so that "#/$defs/..." references resolve inside it."""
    wrapper = {"$schema": root["$schema"], "$defs": root["$defs"]}
    if extra is None:
        wrapper["$ref"] = f"#/$defs/{definition}"
    else:
        wrapper["allOf"] = [{"$ref": f"#/$defs/{definition}"}, extra]
    return wrapper


class RemoteReference(Exception):
    pass


def refuse_remote(uri):
    raise RemoteReference(f"remote reference {uri} is not in the local schema files and is not fetched")


def make_validator(schema, store):
    cls = validator_class(schema)
    cls.check_schema(schema)
    checker = format_checker()
    if referencing is not None:
        def retrieve(uri):
            refuse_remote(uri)

        resources = [(uri, referencing.Resource.from_contents(
            contents, default_specification=referencing.jsonschema.specification_with(
                contents.get("$schema", "https://json-schema.org/draft/2020-12/schema"))))
            for uri, contents in store.items()]
        registry = referencing.Registry(retrieve=retrieve).with_resources(resources)
        return cls(schema, registry=registry, format_checker=checker)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver.from_schema(
            schema, store=dict(store), handlers={"http": refuse_remote, "https": refuse_remote})
    return cls(schema, resolver=resolver, format_checker=checker)


# --------------------------------------------------------------------- documents

def detect(document):
    if not isinstance(document, dict):
        return None
    kind = document.get("type")
    types = kind if isinstance(kind, list) else [kind]
    if "AchievementCredential" in types or "OpenBadgeCredential" in types:
        return "ob3-credential"
    if "Achievement" in types:
        return "ob3-achievement"
    if "Qualification" in types:
        return "elm-qualification"
    if "BadgeClass" in types:
        return "edubadges"
    return None


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def shorten(text):
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 3] + "..."


def describe(error):
    if not error.context:
        return f"{pointer(error.absolute_path)}: {shorten(error.message)}"
    # anyOf / oneOf: their message repeats the whole instance; name instead the
    # failure of the alternative that came closest, however deeply nested.
    best = error
    while best.context:
        best = max(best.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return (f"{pointer(error.absolute_path)}: matches none of the {error.validator} alternatives; "
            f"closest: {pointer(best.absolute_path)}: {shorten(best.message)}")


def check(document, kind, validators):
    """The error lines for one document (empty when it is valid)."""
    errors = []
    instance = document
    if kind == "elm-qualification":
        if document.get("@context") != ELM_CONTEXT:
            errors.append(f"/@context: must be {json.dumps(ELM_CONTEXT)}")
        instance = copy.deepcopy(document)
        instance.pop("@context", None)
    validator = validators[kind]
    for error in sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        errors.append(describe(error))
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--expect-invalid", action="store_true",
                        help="every file must be rejected by its schema")
    parser.add_argument("shared", metavar="SCHEMA_DIR_SHARED")
    parser.add_argument("ours", metavar="SCHEMA_DIR_OURS")
    parser.add_argument("files", metavar="FILE", nargs="+")
    args = parser.parse_args()

    try:
        store = local_store([args.shared, args.ours])
        ob3 = load_json(os.path.join(args.shared, OB3_SCHEMA))
        elm = load_json(os.path.join(args.shared, ELM_SCHEMA))
        edubadges = load_json(os.path.join(args.ours, EDUBADGES_SCHEMA))
        context_rule = {"properties": {"@context": ob3["properties"]["@context"]}}
        validators = {
            "ob3-credential": make_validator(ob3, store),
            "ob3-achievement": make_validator(sub_schema(ob3, "Achievement", context_rule), store),
            "elm-qualification": make_validator(sub_schema(elm, "QualificationType"), store),
            "edubadges": make_validator(edubadges, store),
        }
    except (OSError, ValueError, KeyError, jsonschema.exceptions.SchemaError) as e:
        print(f"cannot use the schemas: {type(e).__name__}: {shorten(str(e))}", file=sys.stderr)
        sys.exit(2)

    passed = failed = 0
    for path in args.files:
        try:
            document = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}")
            failed += 1
            continue
        kind = detect(document)
        if kind is None:
            print(f"{path}: cannot tell the format from \"type\" "
                  "(Achievement, AchievementCredential/OpenBadgeCredential, Qualification, BadgeClass)")
            failed += 1
            continue
        try:
            errors = check(document, kind, validators)
        except Exception as e:  # an unresolvable or remote $ref, a broken schema
            reason = f"{type(e).__name__}: {shorten(str(e))}"
            if "Unresolvable" in reason or "RefResolution" in reason or isinstance(e, RemoteReference):
                reason = ("a $ref cannot be resolved from the schema files in SCHEMA_DIR_SHARED or "
                          f"SCHEMA_DIR_OURS (nothing is fetched from the network): {reason}")
            print(f"{path}: {kind}: cannot validate: {reason}")
            failed += 1
            continue
        if args.expect_invalid:
            if errors:
                passed += 1
                print(f"{path}: {kind}: rejected as expected: {errors[0]}")
            else:
                failed += 1
                print(f"{path}: {kind}: valid, but expected to be rejected")
        else:
            if errors:
                failed += 1
                for line in errors:
                    print(f"{path}: {kind}: {line}")
            else:
                passed += 1

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
