#!/usr/bin/env python3
"""Validates the plugin protocol's messages against schema/plugin-protocol.schema.json.

Captures a real request (through a test plugin that echoes it), feeds it to the example
plugins that ship in the repository (the Swift `markdown` backend, the Python `csv` backend and
the `drop-optional` filter), and validates the request, every response and every `--describe`.
A protocol 1.1 test plugin's binary files are validated too. Then installs the Python example
from docs/plugins.md as a reader would, and runs it.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema
from referencing import Registry, Resource

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fail(message):
    raise SystemExit(f"FAIL {message}")


def main():
    regimen = pathlib.Path(sys.argv[1]).resolve()
    schemas = {name: json.loads((ROOT / "schema" / name).read_text()) for name in ("plugin-protocol.schema.json", "plan.schema.json")}
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    protocol = schemas["plugin-protocol.schema.json"]

    def validator(definition):
        return jsonschema.Draft202012Validator({"$ref": f"{protocol['$id']}#/$defs/{definition}"}, registry=registry)

    def check(definition, document, what):
        errors = list(validator(definition).iter_errors(document))
        for error in errors[:5]:
            print(f"  {what}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
        if errors:
            fail(f"{what} does not match $defs/{definition}")

    plugins = {
        "markdown": regimen.parent / "regimen-backend-markdown",
        "csv": ROOT / "Plugins" / "External" / "csv" / "regimen-backend-csv",
        "drop-optional": ROOT / "Plugins" / "External" / "drop-optional" / "regimen-filter-drop-optional",
        "binary": ROOT / "Tests" / "CLITests" / "Fixtures" / "plugins" / "regimen-backend-binary",
    }
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([str(regimen), "build", str(ROOT / "Programs" / "runner-hip-balance.yaml"), "--to", "echo",
                                 "--plugin-path", str(ROOT / "Tests" / "CLITests" / "Fixtures" / "plugins"), "-o", folder],
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"building with the echo plugin: {result.stderr}")
        raw = pathlib.Path(folder, "request.json").read_text()
    request = json.loads(raw)
    check("request", request, "the request Regimen sends")
    print(f"ok  the request Regimen sends ({len(raw)} bytes for the seed program) matches $defs/request")
    for name, path in plugins.items():
        description = json.loads(subprocess.run([str(path), "--describe"], capture_output=True, text=True, check=True).stdout)
        check("description", description, f"{name} --describe")
        kind = "filter" if "filter" in path.name else "backend"
        sent = dict(request, kind=kind, plugin=name)
        answer = subprocess.run([str(path)], input=json.dumps(sent), capture_output=True, text=True)
        if answer.returncode != 0:
            fail(f"{name} failed: {answer.stderr}")
        check("filterResponse" if kind == "filter" else "backendResponse", json.loads(answer.stdout), f"{name}'s response")
        print(f"ok  {name}: --describe and its response match the protocol schema")
    broken = {"protocolVersion": "1.1", "files": [{"path": "broken.bin", "base64": "not base64!"}]}
    if not list(validator("backendResponse").iter_errors(broken)):
        fail("the schema accepts a file whose base64 is not base64")
    print("ok  the schema refuses base64 that is not base64")
    check_documented_example(regimen)


def check_documented_example(regimen):
    """Installs the Python example from docs/plugins.md, as a reader would, and runs it."""
    text = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    start = text.index("```python\n") + len("```python\n")
    source = text[start:text.index("```", start)]
    with tempfile.TemporaryDirectory() as folder:
        plugin = pathlib.Path(folder, "my-plugins", "regimen-backend-sessions")
        plugin.parent.mkdir()
        plugin.write_text(source, encoding="utf-8")
        plugin.chmod(0o755)
        out = pathlib.Path(folder, "out")
        result = subprocess.run([str(regimen), "build", str(ROOT / "Programs" / "runner-hip-balance.yaml"), "--to", "sessions",
                                 "--option", "sessions.title=Alex's plan", "--plugin-path", str(plugin.parent), "-o", str(out)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"the example in docs/plugins.md does not work: {result.stderr}")
        lines = (out / "runner-hip-balance-sessions.txt").read_text().splitlines()
        if lines[0] != "Alex's plan" or lines[1] != "2027-03-01 18:30 Glutes and hamstrings (week 1)":
            fail(f"the example in docs/plugins.md wrote {lines[:2]}")
    print(f"ok  the Python example in docs/plugins.md works as written ({len(lines) - 1} sessions)")


if __name__ == "__main__":
    main()
