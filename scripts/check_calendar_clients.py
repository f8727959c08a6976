#!/usr/bin/env python3
"""Checks Regimen's calendars the way calendar software reads them.

1. Daylight-saving time, through parsers: the programs in Tests/Programs span the spring
   change in Europe/London and America/New_York. Each event's start is read with `vobject`
   (which builds the time zone from the calendar's own VTIMEZONE) and with `icalendar`, turned
   into UTC, and compared with the local start time resolved by Python's zoneinfo: the session
   must keep its local time on both sides of the change.
2. khal, a real calendar client: import the seed program's calendar into a fresh local
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

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fail(message):
    raise SystemExit(f"FAIL {message}")


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
        by_vobject = {str(e.uid.value): e.dtstart.value for e in vobject.readOne(data).vevent_list}
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
    calendar_folder = folder / "khal" / "calendar"
    calendar_folder.mkdir(parents=True)
    config = folder / "khal" / "config"
    config.write_text(f"""[calendars]
[[regimen]]
path = {calendar_folder}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/London
default_timezone = Europe/London
""", encoding="utf-8")
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
        check_khal(regimen, pathlib.Path(folder))


if __name__ == "__main__":
    main()
