#!/usr/bin/env python3
"""Validates exported interchange documents against their JSON Schemas with a
real validator (python3-jsonschema, 4.10 or later), without the network.

Usage: validate_interchange.py [--expect-invalid] SCHEMA_DIR_SHARED SCHEMA_DIR_OURS FILE...

SCHEMA_DIR_SHARED holds the official schemas (ob_v3p0_achievementcredential_schema.json,
elm32_schema.json, and the folders educredentials/ and edubadges-extensions/);
SCHEMA_DIR_OURS holds ours (edubadges-badgeclass.schema.json). The format of
each FILE is told by its "type":

  EuropeanDigitalCredential                    Europass EDC credential (ELM 3.2):
                                               $defs/EuropeanDigitalCredentialType (the schema's root
                                               adds an EBSI schema that is not available offline),
                                               after checking that "@context" is the EDC context list
                                               (the type allows other keys, so it stays). Also read
                                               in its two wrappings: {"credential": <it>}
                                               (uploadable) and {"payload": "<it as JSON text>",
                                               ...} (signed; the signatures are not checked)
  AchievementCredential / OpenBadgeCredential  OB 3.0 credential: the whole OB 3.0 schema
  Achievement                                  OB 3.0 Achievement: $defs/Achievement; an "@context",
                                               when present, must also match the credential's rule
  Qualification                                ELM 3.2: $defs/QualificationType, after checking and
                                               removing the JSON-LD "@context" (the schema describes
                                               the node, which allows no other keys)
  BadgeClass                                   edubadges: edubadges-badgeclass.schema.json, and each
                                               "extensions:<Name>" object, wherever it is, against
                                               edubadges-extensions/<Name>.schema.json (draft-04);
                                               an extension without a schema file is an error

An OB 3.0 achievement (the document itself, or a credential's
credentialSubject.achievement) whose type includes "EducredentialAchievement"
is also checked against the Dutch profile of edubadges: those schemas describe a
whole issued credential, so the achievement is put in a wrapper
{"credentialSubject": {"type": ["AchievementSubject"], "achievement": <it>,
"result": [<placeholder>]}} (the result is the issuer's, the profile only asks
for one) and validated against educredentials/microcredential.json, and also
against microcredential_sbu.json when it has "SBU" and microcredential_ects.json
when it has "ECTS". The three share one $id, so each is loaded from its file and
validated on its own, never registered by $id. An achievement outside the
profile's bounds (e.g. ECTS below 3) therefore fails.

An error under an anyOf/oneOf whose alternatives differ by their "type" (ELM's
nodes do: "Person", "LearningAchievement", "Qualification", ...) is followed
into the alternative the node names, so errors deep inside a credential (in a
claim's Qualification, say) are reported one by one.

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
# The Dutch OB 3.0 profile (below SCHEMA_DIR_SHARED): the base schema, and one
# more per study-load term the achievement carries.
EDUCREDENTIALS_DIR = "educredentials"
EDUCREDENTIALS_BASE = "microcredential.json"
EDUCREDENTIALS_BY_TERM = {"SBU": "microcredential_sbu.json", "ECTS": "microcredential_ects.json"}
# A stand-in for the learner's result, which a template does not have; the
# profile only asks that there is at least one.
PLACEHOLDER_RESULT = {"type": ["Result"]}
# edubadges' extension schemas (below SCHEMA_DIR_SHARED), one per extension name.
EXTENSIONS_DIR = "edubadges-extensions"
EXTENSION_KEY = "extensions:"
EXTENSION_NAME = re.compile(r"^[A-Za-z0-9_]+$")

# JSON-LD contexts a standalone ELM node and an EDC credential carry: the VC
# data model 1.1 context (it maps id and type to @id and @type) and the EDC
# application profile (tests/vendor/schemas/edc-ap-context.jsonld).
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


def educredentials_validators(shared):
    """The Dutch profile's schemas by file name, each with a validator of its own:
    they share one $id, so none is put in a registry that another could see."""
    folder = os.path.join(shared, EDUCREDENTIALS_DIR)
    names = [EDUCREDENTIALS_BASE, *EDUCREDENTIALS_BY_TERM.values()]
    return {name: make_validator(load_json(os.path.join(folder, name)), {}) for name in names}


def extension_validators(shared):
    """edubadges' extension schemas (JSON Schema draft-04) by extension name."""
    folder = os.path.join(shared, EXTENSIONS_DIR)
    suffix = ".schema.json"
    validators = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(suffix):
            continue
        schema = load_json(os.path.join(folder, name))
        jsonschema.Draft4Validator.check_schema(schema)
        validators[name[:-len(suffix)]] = jsonschema.Draft4Validator(schema, format_checker=format_checker())
    return validators


# --------------------------------------------------------------------- documents

def types_of(node):
    kind = node.get("type") if isinstance(node, dict) else None
    return kind if isinstance(kind, list) else [kind]


def edc_credential(document):
    """The EDC credential in a document and the label that places an error in it,
    for the three wrappings Europass uses: the credential itself; the uploadable
    {"credential": {...}}; the signed {"payload": "<the credential as JSON text>",
    "signatures": [...]}. (None, None) when the document holds none."""
    if not isinstance(document, dict):
        return None, None
    if "EuropeanDigitalCredential" in types_of(document):
        return document, ""
    inner = document.get("credential")
    if "EuropeanDigitalCredential" in types_of(inner):
        return inner, "/credential"
    payload = document.get("payload")
    if isinstance(payload, str):
        try:
            inner = json.loads(payload)
        except ValueError:
            return None, None
        if "EuropeanDigitalCredential" in types_of(inner):
            return inner, "/payload (parsed)"
    return None, None


def detect(document):
    if not isinstance(document, dict):
        return None
    if edc_credential(document)[0] is not None:
        return "edc"
    types = types_of(document)
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


def alternatives(error):
    """The errors of an anyOf/oneOf, grouped by the alternative they belong to."""
    groups = {}
    for sub in error.context:
        groups.setdefault(sub.relative_schema_path[0], []).append(sub)
    return list(groups.values())


def names_other_type(error, node_path):
    """Whether an error inside one alternative of an anyOf/oneOf says that the
    node is of another kind than that alternative: the node's "type" is not the
    alternative's constant, the node is not even the JSON type it wants, or the
    alternative is itself a choice all of whose alternatives say so."""
    path = list(error.absolute_path)
    if error.validator == "const" and path == node_path + ["type"]:
        return True
    if error.validator == "type" and path == node_path:
        return True
    return (error.validator in ("anyOf", "oneOf") and bool(error.context) and path == node_path
            and all(any(names_other_type(e, node_path) for e in group) for group in alternatives(error)))


def chosen_alternative(error):
    """The errors of the one alternative of an anyOf/oneOf that the node itself
    names by its "type" (all others fail on that), or None when that is not one."""
    node_path = list(error.absolute_path)
    left = [group for group in alternatives(error) if not any(names_other_type(e, node_path) for e in group)]
    return left[0] if len(left) == 1 else None


def describe(error, where=pointer):
    """The lines for one error; where(path) names a place in the document."""
    if error.validator == "oneOf" and not error.context:
        # More than one alternative matched; the message would repeat the instance.
        return [f"{where(error.absolute_path)}: matches more than one of the oneOf alternatives "
                f"{shorten(json.dumps(error.validator_value))}"]
    if not error.context:
        return [f"{where(error.absolute_path)}: {shorten(error.message)}"]
    # anyOf / oneOf: their message repeats the whole instance. When the node's
    # "type" picks one alternative, report that alternative's own errors.
    chosen = chosen_alternative(error)
    if chosen is not None:
        lines = []
        for sub in sorted(chosen, key=lambda e: (list(map(str, e.absolute_path)), e.message)):
            lines.extend(line for line in describe(sub, where) if line not in lines)
        return lines
    # Otherwise name the failure of the alternative that came closest, however
    # deeply nested.
    best = error
    while best.context:
        best = max(best.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return [f"{where(error.absolute_path)}: matches none of the {error.validator} alternatives; "
            f"closest: {where(best.absolute_path)}: {shorten(best.message)}"]


def schema_errors(validator, instance, where=pointer):
    lines = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        lines.extend(describe(error, where))
    return lines


def educredential_errors(document, kind, validators):
    """The Dutch profile's errors for an EducredentialAchievement (none for another
    achievement): the achievement is wrapped as the subject of a credential,
    since that is what the profile's schemas describe."""
    if kind == "ob3-credential":
        subject = document.get("credentialSubject")
        achievement = subject.get("achievement") if isinstance(subject, dict) else None
        base = ["credentialSubject", "achievement"]
    else:
        achievement, base = document, []
    if "EducredentialAchievement" not in types_of(achievement):
        return []
    wrapper = {"credentialSubject": {"type": ["AchievementSubject"], "achievement": achievement,
                                     "result": [PLACEHOLDER_RESULT]}}

    def where(path):
        path = list(path)
        if path[:2] == ["credentialSubject", "achievement"]:
            return pointer(base + path[2:])
        return "(wrapper)" + pointer(path)  # the wrapper itself: our mistake, not the file's

    names = [EDUCREDENTIALS_BASE] + [name for term, name in EDUCREDENTIALS_BY_TERM.items() if term in achievement]
    lines = []
    for name in names:
        lines.extend(f"{name}: {line}" for line in schema_errors(validators["educredentials"][name], wrapper, where))
    return lines


def extension_errors(node, path, validators):
    """Each "extensions:<Name>" object below node, against <Name>'s schema."""
    lines = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = path + [key]
            if isinstance(key, str) and key.startswith(EXTENSION_KEY):
                name = key[len(EXTENSION_KEY):]
                validator = validators.get(name) if EXTENSION_NAME.match(name) else None
                if validator is None:
                    lines.append(f"{pointer(here)}: no schema for the extension {name!r} "
                                 f"(looked for {EXTENSIONS_DIR}/{name}.schema.json)")
                else:
                    lines.extend(f"{EXTENSIONS_DIR}/{name}.schema.json: {line}" for line in
                                 schema_errors(validator, value, lambda p, here=here: pointer(here + list(p))))
            lines.extend(extension_errors(value, here, validators))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            lines.extend(extension_errors(value, path + [index], validators))
    return lines


def located(label, path):
    """A place in a wrapped credential: the wrapping's label, then the pointer."""
    return label + pointer(path) if list(path) or not label else label


def check(document, kind, validators):
    """The error lines for one document (empty when it is valid)."""
    errors = []
    instance = document
    label = ""  # where the validated credential sits in a wrapping
    if kind == "elm-qualification":
        if document.get("@context") != ELM_CONTEXT:
            errors.append(f"/@context: must be {json.dumps(ELM_CONTEXT)}")
        instance = copy.deepcopy(document)
        instance.pop("@context", None)
    elif kind == "edc":
        # EuropeanDigitalCredentialType lists no "@context" but does not forbid
        # other keys either, so the context is checked here and left in place.
        instance, label = edc_credential(document)
        if instance.get("@context") != ELM_CONTEXT:
            errors.append(f"{label}/@context: must be {json.dumps(ELM_CONTEXT)}")
    errors.extend(schema_errors(validators[kind], instance, lambda path: located(label, path)))
    if kind in ("ob3-credential", "ob3-achievement"):
        errors.extend(educredential_errors(document, kind, validators))
    elif kind == "edubadges":
        errors.extend(extension_errors(document, [], validators["extensions"]))
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
            "edc": make_validator(sub_schema(elm, "EuropeanDigitalCredentialType"), store),
            "edubadges": make_validator(edubadges, store),
            "educredentials": educredentials_validators(args.shared),
            "extensions": extension_validators(args.shared),
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
                  "(EuropeanDigitalCredential, also as {\"credential\": ...} or {\"payload\": \"...\"}; "
                  "Achievement, AchievementCredential/OpenBadgeCredential, Qualification, BadgeClass)")
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
