#!/usr/bin/env python3
"""Validates Regimen's outputs with independent tools.

Builds every program in Programs/ with the given `regimen` binary into a temporary folder,
then checks:
  - every .ics parses with `icalendar` and with `vobject` (readOne(validate=True)), and has one
    VEVENT per session of the matching athlete in the JSON plan;
  - every .json validates against schema/plan.schema.json with `jsonschema` (draft 2020-12).

Exits non-zero on the first kind of failure, printing what failed. Run through scripts/test.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import icalendar
import jsonschema
import vobject

ROOT = pathlib.Path(__file__).resolve().parent.parent


def programs():
    """Program files (libraries excluded) in Programs/."""
    for path in sorted((ROOT / "Programs").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "\nprogram:" in text or text.startswith("program:"):
            yield path


def build(regimen, program, out):
    """Builds one program; returns the paths regimen reports writing."""
    result = subprocess.run([regimen, "build", str(program), "--to", "all", "-o", str(out)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"regimen build {program} failed ({result.returncode}):\n{result.stderr}")
    return [pathlib.Path(line.removeprefix("wrote ")) for line in result.stdout.splitlines() if line.startswith("wrote ")]


def check_json(path, schema):
    plan = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(plan), key=lambda e: list(e.path))
    if errors:
        for error in errors[:10]:
            print(f"  {path.name}: {'/'.join(map(str, error.path))}: {error.message}")
        raise SystemExit(f"{path.name} does not match schema/plan.schema.json")
    return plan


def check_ics(path, expected_events):
    data = path.read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    if len(events) != expected_events:
        raise SystemExit(f"{path.name}: icalendar found {len(events)} events, the plan has {expected_events} sessions")
    for event in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if prop not in event:
                raise SystemExit(f"{path.name}: an event has no {prop}")
        if ("DTEND" in event) == ("DURATION" in event):
            raise SystemExit(f"{path.name}: event {event['UID']} must have exactly one of DTEND and DURATION")
    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    count = len(parsed.contents.get("vevent", []))
    if count != expected_events:
        raise SystemExit(f"{path.name}: vobject found {count} events, the plan has {expected_events} sessions")
    return len(events)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: validate_outputs.py PATH/TO/regimen")
    regimen = sys.argv[1]
    schema = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder)
        for program in programs():
            written = build(regimen, program, out / program.stem)
            [plan_file] = [path for path in written if path.suffix == ".json"]
            plan = check_json(plan_file, schema)
            print(f"ok  {plan_file.name} matches schema/plan.schema.json (jsonschema {jsonschema_version()})")
            calendars = {path.name: path for path in written if path.suffix == ".ics"}
            if len(calendars) != len(plan["athletes"]):
                raise SystemExit(f"{program.name}: {len(calendars)} calendars for {len(plan['athletes'])} athletes")
            for athlete in plan["athletes"]:
                program_id = plan["program"]["id"]
                name = f"{program_id}.ics" if len(plan["athletes"]) == 1 else f"{program_id}.{athlete['id']}.ics"
                events = check_ics(calendars[name], len(athlete["sessions"]))
                print(f"ok  {name}: {events} events (icalendar {icalendar.__version__}, vobject validate=True)")


def jsonschema_version():
    from importlib.metadata import version
    return version("jsonschema")


if __name__ == "__main__":
    main()
