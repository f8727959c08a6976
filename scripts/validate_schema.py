#!/usr/bin/env python3
"""Checks schema/program.schema.json, the JSON Schema editors use to validate specs, and
schema/log.schema.json, the one for training logs.

Specs are read as editors read them: YAML 1.2 (ruamel.yaml), dates as text. The schema must
accept every file in Programs/ and reject every invalid spec in MUST_REJECT, the ones whose
mistakes a schema can express (unknown keys, wrong shapes and types, malformed values). The
other invalid specs have mistakes only the checker can see (unknown names, ranges across
fields, cycles), and the schema is not asked about them. Every property's examples (which
editors offer as completions) must match the property. Given the path of a `regimen` binary,
the files `regimen init` writes for each template are checked too.
"""
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile
from importlib.metadata import version

import jsonschema
from ruamel.yaml import YAML

ROOT = pathlib.Path(__file__).resolve().parent.parent
INVALID = ROOT / "Tests" / "SpecTests" / "Fixtures" / "invalid"
LOGS = ROOT / "Tests" / "LogTests" / "Fixtures"

# Bad logs whose mistakes the log schema can express (the rest need the program to be seen).
MUST_REJECT_LOGS = """
missing-date not-a-log rpe-out-of-range unknown-keys wrong-format-version empty-session
""".split()

MUST_REJECT = """
boolean-yes circuit-of-one date-format deload-every-one distance-no-unit duplicate-key empty-file format-version
hold-without-unit invalid-identifier item-as-text load-bad-unit missing-keys no-prescription phase-bad-volume
rest-as-clock rpe-out-of-range rule-bad-every rule-negative-step rule-no-kind rule-two-kinds session-named-rest
sessions-not-mapping sets-decimal sets-too-many superset-sets-and-no-rounds syntax-error tab-indentation
tempo-invalid time-out-of-range top-level-list unknown-key-item unknown-key-no-suggestion unknown-key-program
unknown-kind weekday-full-name weekday-typo weeks-zero athlete-and-athletes rule-as-list athlete-overrides-unknown cardio-rules fit-unknown-names logs-entry-unknown-key
timezone-abbreviation timezone-athletes timezone-city-name timezone-legacy-alias session-duration-without-unit sets-times-reps
load-spelled-unit reps-per-side
""".split()


def load(path):
    """The file as JSON values, or None when it is not YAML a loader accepts."""
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except Exception:
        return None

    def plain(value):
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value
    return plain(data)


def property_examples(schema):
    """(pointer, example, property schema without its examples) for every property's examples."""
    def walk(node, pointer):
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict):
                    rest = {k: v for k, v in prop.items() if k != "examples"}
                    for example in prop.get("examples", []):
                        yield f"{pointer}/properties/{name}", example, rest
            for key, child in node.items():
                yield from walk(child, f"{pointer}/{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, f"{pointer}/{index}")
    yield from walk(schema, "#")


def main():
    schema = json.loads((ROOT / "schema" / "program.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    log_schema = json.loads((ROOT / "schema" / "log.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(log_schema)
    log_validator = jsonschema.Draft202012Validator(log_schema)
    # Every spec file; the project marker (regimen-project.yaml) is not a spec.
    programs = sorted(path for path in (ROOT / "Programs").rglob("*.yaml") if path.name != "regimen-project.yaml")
    logs = sorted(LOGS.glob("good/*.yaml")) + [path for path in programs if isinstance(load(path), dict) and "log" in load(path)]
    programs = [path for path in programs if path not in logs]
    for path in logs:
        errors = list(log_validator.iter_errors(load(path)))
        if errors:
            failures.append(f"{path.relative_to(ROOT)} is rejected by the log schema: {errors[0].message}")
    for name in MUST_REJECT_LOGS:
        path = LOGS / "bad" / f"{name}.yaml"
        data = load(path) if path.exists() else None
        if not path.exists():
            failures.append(f"bad/{name}.yaml is listed but missing")
        elif data is not None and log_validator.is_valid(data):
            failures.append(f"bad/{name}.yaml is accepted by the log schema, but its mistake is one the schema can express")
    with tempfile.TemporaryDirectory() as folder:
        if len(sys.argv) > 1:
            # The starter projects of `regimen init`, as an editor would see them.
            for template in ("runner", "strength", "team"):
                subprocess.run([sys.argv[1], "init", f"{folder}/{template}", "--template", template], check=True,
                               capture_output=True)
            programs += sorted(pathlib.Path(folder).rglob("*.yaml"))
        for path in programs:
            errors = list(validator.iter_errors(load(path)))
            if errors:
                failures.append(f"{path} is rejected: {errors[0].message}")
    for name in MUST_REJECT:
        path = INVALID / f"{name}.yaml"
        if not path.exists():
            failures.append(f"{name}.yaml is listed but missing")
            continue
        data = load(path)
        if data is not None and validator.is_valid(data):
            failures.append(f"{name}.yaml is accepted, but its mistake is one the schema can express")
    examples = 0
    for pointer, example, subschema in property_examples(schema):
        examples += 1
        errors = list(jsonschema.Draft202012Validator({**subschema, "$defs": schema["$defs"]}).iter_errors(example))
        if errors:
            failures.append(f"the example {example!r} of {pointer} does not match it: {errors[0].message}")
    for failure in failures:
        print("FAIL", failure)
    if failures:
        sys.exit(1)
    starters = sum(1 for path in programs if ROOT not in path.parents)
    print(f"ok  schema/program.schema.json accepts all {len(programs) - starters} files in Programs/ and the {starters} "
          f"files of `regimen init`'s templates, and rejects {len(MUST_REJECT)} invalid specs, and its {examples} property "
          f"examples match their properties; schema/log.schema.json accepts {len(logs)} logs and rejects "
          f"{len(MUST_REJECT_LOGS)} bad ones (jsonschema {version('jsonschema')}, ruamel.yaml {version('ruamel.yaml')})")


if __name__ == "__main__":
    main()
