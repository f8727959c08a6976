#!/usr/bin/env python3
"""Validates Regimen's outputs with independent tools.

Builds every program in Programs/ with the given `regimen` binary into a temporary folder,
then checks:
  - every .json validates against schema/plan.schema.json with `jsonschema` (draft 2020-12);
  - every .ics parses with `icalendar`, with `recurring-ical-events` (the occurrences between
    the first and last session equal the plan's session count), with `vobject`
    (readOne(validate=True)) and with `ical` (a strict RFC 5545 parser), each finding one
    event per session of the matching athlete in the JSON plan.

Exits non-zero on the first failure, saying what failed. Run through scripts/test.
"""
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile
from importlib.metadata import version

import icalendar
import jsonschema
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream

ROOT = pathlib.Path(__file__).resolve().parent.parent


def programs(folder):
    """Program files (libraries and rosters excluded) in a folder and the folders below it."""
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "\nprogram:" in text or text.startswith("program:"):
            yield path


def build(regimen, program, out, *options):
    """Builds one program; returns the paths regimen reports writing (-v lists each)."""
    result = subprocess.run([regimen, "build", str(program), "--to", "all", "-v", "-o", str(out), *options],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"regimen build {program} failed ({result.returncode}):\n{result.stderr}")
    return [pathlib.Path(line.removeprefix("wrote ")) for line in result.stdout.splitlines() if line.startswith("wrote ")]


def fail(message):
    raise SystemExit(f"FAIL {message}")


def check_json(path, schema):
    plan = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(plan), key=lambda e: list(e.path))
    for error in errors[:10]:
        print(f"  {path.name}: {'/'.join(map(str, error.path))}: {error.message}")
    if errors:
        fail(f"{path.name} does not match schema/plan.schema.json")
    return plan


def check_ics(path, sessions):
    """Parses one calendar four ways; each must find exactly the plan's sessions."""
    data = path.read_bytes()
    expected = len(sessions)

    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT") if c.get("STATUS") != "CANCELLED"]
    if len(events) != expected:
        fail(f"{path.name}: icalendar found {len(events)} events, the plan has {expected} sessions")
    uids = {str(e["UID"]) for e in events}
    if len(uids) != expected:
        fail(f"{path.name}: {expected} events but {len(uids)} distinct UIDs")
    for event in events:
        if ("DTEND" in event) == ("DURATION" in event):
            fail(f"{path.name}: event {event['UID']} must have exactly one of DTEND and DURATION")

    first = datetime.date.fromisoformat(sessions[0]["date"]) - datetime.timedelta(days=1)
    last = datetime.date.fromisoformat(sessions[-1]["date"]) + datetime.timedelta(days=2)
    occurrences = recurring_ical_events.of(calendar).between(first, last)
    if len(occurrences) != expected:
        fail(f"{path.name}: recurring-ical-events found {len(occurrences)} occurrences, the plan has {expected} sessions")

    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    count = len(parsed.contents.get("vevent", []))
    if count != expected:
        fail(f"{path.name}: vobject found {count} events, the plan has {expected} sessions")

    strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    if len(strict.events) != expected:
        fail(f"{path.name}: ical found {len(strict.events)} events, the plan has {expected} sessions")
    return expected


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: validate_outputs.py PATH/TO/regimen")
    regimen = sys.argv[1]
    schema = json.loads((ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    tools = ", ".join(f"{name} {version(name)}" for name in ("icalendar", "recurring-ical-events", "vobject", "ical"))
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder)
        for program in programs(ROOT / "Programs"):
            written = build(regimen, program, out / program.stem, "--option", "ics.combined=true")
            [plan_file] = [path for path in written if path.suffix == ".json"]
            plan = check_json(plan_file, schema)
            print(f"ok  {plan_file.name} matches schema/plan.schema.json (jsonschema {version('jsonschema')})")
            calendars = {path.name: path for path in written if path.suffix == ".ics"}
            program_id = plan["program"]["id"]
            for athlete in plan["athletes"]:
                name = f"{program_id}.ics" if len(plan["athletes"]) == 1 else f"{program_id}.{athlete['id']}.ics"
                events = check_ics(calendars.pop(name), athlete["sessions"])
                print(f"ok  {name}: {events} events ({tools})")
            everyone = sorted((s for a in plan["athletes"] for s in a["sessions"]), key=lambda s: s["date"])
            events = check_ics(calendars.pop(f"{program_id}.coach.ics"), everyone)
            print(f"ok  {program_id}.coach.ics: {events} events for {len(plan['athletes'])} athletes")
            if calendars:
                fail(f"unexpected calendars: {sorted(calendars)}")


if __name__ == "__main__":
    main()
