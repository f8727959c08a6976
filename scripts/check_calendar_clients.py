#!/usr/bin/env python3
"""Checks Regimen's calendars the way calendar software reads them.

1. Daylight-saving time, through parsers: the programs in Tests/Programs span the spring
   change in Europe/London and America/New_York. Each event's start is read with `vobject`
   (which builds the time zone from the calendar's own VTIMEZONE) and with `icalendar`, turned
   into UTC, and compared with the local start time resolved by Python's zoneinfo: the session
   must keep its local time on both sides of the change.
2. Times the clocks skip or repeat: the dst-gap programs in Tests/Programs hold sessions at
   01:30 and 02:30 on the days London and New York change their clocks, both ways. For every
   session, the instant the JSON plan names (`date` + `start` − `utcOffset`), the instants
   vobject and icalendar read from the calendar, and the instant Python's zoneinfo gives the
   spec's local time (fold=0: after a gap, the first of a repeated hour, as RFC 5545 §3.3.5
   reads it) must be the same; `scheduledStart` is present exactly where the spec's time is
   skipped.
3. khal, a real calendar client: import the seed program's calendar into a fresh local
   calendar, list the events, edit the spec, rebuild into the same folder, import again, and
   check that the event count is unchanged and the edited events are updated in place.

Run through scripts/test with the path of the `regimen` binary.
"""
import datetime
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zoneinfo
from importlib.metadata import version

import icalendar
import vobject

from khal_calendar import khal_calendar

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fail(message):
    raise SystemExit(f"FAIL {message}")


def read_vobject(data):
    """A calendar as a new vobject reader sees it. vobject keeps the first time zone it meets
    for each TZID for the rest of the process, so a second calendar with the same TZID would be
    read with the first one's VTIMEZONE (which may not cover its dates)."""
    registry = vobject.icalendar.__dict__["__tzidMap"]
    registry.clear()
    vobject.icalendar.registerTzid("UTC", vobject.icalendar.utc)
    return vobject.readOne(data)


def build(regimen, program, out):
    result = subprocess.run([regimen, "build", str(program), "--to", "ics", "--to", "json", "-o", str(out)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"regimen build {program}: {result.stderr}")


def check_dst(regimen, folder):
    for name, zone, local in (("dst-london", "Europe/London", "07:00"), ("dst-new-york", "America/New_York", "06:00")):
        out = folder / name
        build(regimen, ROOT / "Tests" / "Programs" / f"{name}.yaml", out)
        data = (out / f"{name}.ics").read_text(encoding="utf-8")
        hour, minute = map(int, local.split(":"))
        tz = zoneinfo.ZoneInfo(zone)
        by_vobject = {str(e.uid.value): e.dtstart.value for e in read_vobject(data).vevent_list}
        by_icalendar = {str(e["UID"]): e.decoded("DTSTART") for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
        offsets = set()
        for uid, start in by_vobject.items():
            expected = datetime.datetime(start.year, start.month, start.day, hour, minute, tzinfo=tz)
            utc = start.astimezone(datetime.timezone.utc)
            if utc != expected.astimezone(datetime.timezone.utc):
                fail(f"{name}: {uid} starts at {utc} UTC by its VTIMEZONE, expected {expected} ({zone})")
            if by_icalendar[uid].astimezone(datetime.timezone.utc) != utc:
                fail(f"{name}: icalendar and vobject disagree on {uid}")
            if (start.hour, start.minute) != (hour, minute):
                fail(f"{name}: {uid} starts at {start.time()} local, expected {local}")
            offsets.add(expected.utcoffset())
        if len(offsets) != 2:
            fail(f"{name}: the sessions do not span a daylight-saving change (offsets {offsets})")
        print(f"ok  {name}.ics: {len(by_vobject)} sessions at {local} {zone} on both sides of the change "
              f"(UTC offsets {', '.join(hours(o) for o in sorted(offsets))}; vobject {version('vobject')}, icalendar {version('icalendar')})")


# The gap programs: zone, and the local start time the spec gives each session.
GAP_PROGRAMS = {
    "dst-gap-london": ("Europe/London", {"night": "01:30"}),
    "dst-gap-new-york": ("America/New_York", {"gap": "02:30", "fold": "01:30"}),
}


def check_gaps(regimen, folder):
    for name, (zone, times) in GAP_PROGRAMS.items():
        out = folder / name
        build(regimen, ROOT / "Tests" / "Programs" / f"{name}.yaml", out)
        tz = zoneinfo.ZoneInfo(zone)
        utc = datetime.timezone.utc
        plan = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        data = (out / f"{name}.ics").read_text(encoding="utf-8")
        by_vobject = sorted(e.dtstart.value.astimezone(utc) for e in read_vobject(data).vevent_list)
        by_icalendar = sorted(e.decoded("DTSTART").astimezone(utc) for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
        expected, from_json, gaps, folds = [], [], 0, 0
        for session in plan["athletes"][0]["sessions"]:
            hour, minute = map(int, times[session["session"]].split(":"))
            day = datetime.date.fromisoformat(session["date"])
            written = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)  # fold=0
            instant = written.astimezone(utc)
            shown = instant.astimezone(tz)
            skipped = (shown.hour, shown.minute) != (hour, minute)
            repeated = not skipped and written.replace(fold=1).utcoffset() != written.utcoffset()
            gaps += skipped
            folds += repeated
            start = datetime.datetime.combine(day, datetime.time.fromisoformat(session["start"]), tzinfo=utc)
            from_plan = start - datetime.timedelta(seconds=session["utcOffset"])
            if from_plan != instant:
                fail(f"{name}: {session['date']} {session['session']}: the JSON says {session['start']} at offset "
                     f"{session['utcOffset']} = {from_plan:%H:%M} UTC; zoneinfo reads {hours_minutes(hour, minute)} {zone} as {instant:%H:%M} UTC")
            if session["start"] != f"{shown:%H:%M}" or session["utcOffset"] != shown.utcoffset().total_seconds():
                fail(f"{name}: {session['date']}: the JSON says {session['start']} {session['utcOffset']}, the clocks show {shown:%H:%M} {shown.utcoffset()}")
            if ("scheduledStart" in session) != skipped or (skipped and session["scheduledStart"] != hours_minutes(hour, minute)):
                fail(f"{name}: {session['date']}: scheduledStart is {session.get('scheduledStart')}, the spec's time is "
                     f"{'skipped' if skipped else 'not skipped'}")
            expected.append(instant)
            from_json.append(from_plan)
        expected.sort()
        if by_vobject != expected or by_icalendar != expected:
            first = next(i for i, (a, b, c) in enumerate(zip(expected, by_vobject, by_icalendar)) if not a == b == c)
            fail(f"{name}: the calendar's event {first} starts at {by_vobject[first]} (vobject) / {by_icalendar[first]} "
                 f"(icalendar); the plan and zoneinfo say {expected[first]}")
        if gaps == 0 or folds == 0:
            fail(f"{name}: the program has {gaps} sessions in a gap and {folds} in a repeated hour; it must have both")
        print(f"ok  {name}: {len(expected)} sessions, {gaps} at a time clocks skip and {folds} at a time they repeat; "
              f"JSON, vobject, icalendar and zoneinfo ({zone}) name the same instants")


def hours_minutes(hour, minute):
    return f"{hour:02d}:{minute:02d}"


def hours(offset):
    minutes = int(offset.total_seconds()) // 60
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def khal(config, *arguments):
    result = subprocess.run([sys.executable, "-m", "khal", "-c", str(config), *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"khal {' '.join(arguments)}: {result.stderr}")
    return result.stdout


def khal_events(config):
    listing = khal(config, "list", "--format", "{uid}|{start}|{title}", "--day-format", "", "2027-02-01", "120d")
    events = {}
    for line in listing.splitlines():
        if "|" in line:
            uid, start, title = line.split("|", 2)
            events[uid] = (start, title)
    return events


def check_khal(regimen, folder):
    config = khal_calendar(folder, "regimen")
    spec = folder / "spec"
    shutil.copytree(ROOT / "Programs", spec)
    out = folder / "out"
    build(regimen, spec / "runner-hip-balance.yaml", out)
    sessions = len(json.loads((out / "runner-hip-balance.json").read_text())["athletes"][0]["sessions"])
    khal(config, "import", "--batch", "-a", "regimen", str(out / "runner-hip-balance.ics"))
    before = khal_events(config)
    if len(before) != sessions:
        fail(f"khal lists {len(before)} events after the first import, the plan has {sessions} sessions")

    # The coach edits the program: a new title for one session, which also moves from Monday to
    # Sunday in the Build phase.
    program = spec / "runner-hip-balance.yaml"
    text = program.read_text(encoding="utf-8")
    text = text.replace("title: Glutes and hamstrings", "title: Glutes and hamstrings, heavier")
    text = text.replace("      mon: glutes-hamstrings\n", "      sun: glutes-hamstrings\n")
    program.write_text(text, encoding="utf-8")
    build(regimen, program, out)
    khal(config, "import", "--batch", "-a", "regimen", str(out / "runner-hip-balance.ics"))
    after = khal_events(config)
    if len(after) != len(before):
        fail(f"khal lists {len(after)} events after re-importing the edited program, {len(before)} before")
    edited = [uid for uid in after if ".glutes-hamstrings." in uid]
    if not edited or any(not after[uid][1].startswith("Glutes and hamstrings, heavier") for uid in edited):
        fail("the edited sessions were not updated in place")
    moved = [uid for uid in edited if after[uid][0] != before[uid][0]]
    unchanged = [uid for uid in after if ".glutes-hamstrings." not in uid and after[uid] != before[uid]]
    if unchanged:
        fail(f"sessions that were not edited changed: {unchanged[:3]}")
    print(f"ok  khal {version('khal')}: {len(before)} events imported; after the edit and a re-import still {len(after)}, "
          f"{len(edited)} updated in place ({len(moved)} moved from Monday to Sunday in the Build phase), none duplicated")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_calendar_clients.py PATH/TO/regimen")
    regimen = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        check_dst(regimen, pathlib.Path(folder))
        check_gaps(regimen, pathlib.Path(folder))
        check_khal(regimen, pathlib.Path(folder))


if __name__ == "__main__":
    main()
