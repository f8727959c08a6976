#!/usr/bin/env python3
"""Validates `regimen check`'s machine-readable formats against their schemas.

- `--format sarif` against the official OASIS SARIF 2.1.0 JSON Schema. No Debian package ships
  that schema; the `sarif-pydantic` source distribution on PyPI does (sarif-schema-2.1.0.json),
  so this script downloads it with pip into .venv/cache and reads the schema from it. Nothing
  of it is committed.
- `--format json` against schema/diagnostics.schema.json.

Both on a file with two errors and a warning, and on every invalid spec at once.
"""
import json
import pathlib
import subprocess
import sys
import tarfile
from importlib.metadata import version

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
INVALID = ROOT / "Tests" / "SpecTests" / "Fixtures" / "invalid"
SARIF_SOURCE = "sarif-pydantic==0.6.2"


def sarif_schema():
    cache = ROOT / ".venv" / "cache" / "sarif"
    cache.mkdir(parents=True, exist_ok=True)
    archives = list(cache.glob("sarif_pydantic-*.tar.gz"))
    if not archives:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        SARIF_SOURCE, "-d", str(cache)], check=True)
        archives = list(cache.glob("sarif_pydantic-*.tar.gz"))
    with tarfile.open(archives[0]) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/sarif-schema-2.1.0.json"))
        schema = json.load(archive.extractfile(member))
    if schema.get("$id") != "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json":
        raise SystemExit(f"FAIL the schema in {archives[0].name} is not the OASIS SARIF 2.1.0 schema")
    return schema


def check(regimen, fmt, paths):
    result = subprocess.run([regimen, "check", "--format", fmt, *map(str, paths)], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"FAIL regimen check --format {fmt} exited {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def validate(validator, document, what):
    errors = list(validator.iter_errors(document))
    for error in errors[:10]:
        print(f"  {what}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
    if errors:
        raise SystemExit(f"FAIL {what} does not match its schema")


def main():
    regimen = sys.argv[1]
    sarif = jsonschema.Draft7Validator(sarif_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    ours = jsonschema.Draft202012Validator(json.loads((ROOT / "schema" / "diagnostics.schema.json").read_text()))
    small = [INVALID / "two-errors-and-a-warning.yaml"]
    every = sorted(INVALID.glob("*.yaml"))
    for paths, label in ((small, "two errors and a warning"), (every, f"all {len(every)} invalid specs")):
        log = check(regimen, "sarif", paths)
        validate(sarif, log, f"SARIF for {label}")
        results = log["runs"][0]["results"]
        report = check(regimen, "json", paths)
        validate(ours, report, f"JSON for {label}")
        if len(results) != len(report["diagnostics"]):
            raise SystemExit(f"FAIL SARIF has {len(results)} results, JSON {len(report['diagnostics'])} diagnostics")
        levels = sorted(r["level"] for r in results)
        print(f"ok  {label}: SARIF with {len(results)} results ({levels.count('error')} errors, {levels.count('warning')} warnings) "
              f"matches the OASIS SARIF 2.1.0 schema; JSON matches schema/diagnostics.schema.json (jsonschema {version('jsonschema')})")


if __name__ == "__main__":
    main()
