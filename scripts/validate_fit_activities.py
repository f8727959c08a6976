#!/usr/bin/env python3
"""Checks Regimen's reading of recorded FIT activities against files an independent writer made.

Writes strength activities with `fit-tool` (a FIT encoder on PyPI that shares no code with
Regimen) for the seed program's first strength session, and checks with `regimen activity`:
  - every set, rest, rep count, weight, duration and start time Regimen reads is what
    Garmin's FIT SDK for Python reads from the same file;
  - matched to the program (`--program`), the sets become the session's exercises, a set the
    athlete cut short is `partial` and the session with it `partial`, a full session `done`,
    weights shown in pounds come back in pounds, sets recorded in a Regimen workout are
    matched by their workout step;
  - a run recorded as laps (no sets) logs the day's run with its time and distance, cut short
    when shorter than planned;
  - an exercise no program exercise maps to gets W531 with a suggestion, and an activity on a
    rest day W532, both naming the file and the byte;
  - damaged files (cut off, a changed byte, an impossible definition, data before its
    definition, a file of 100 MB) exit 1 with a diagnostic naming the file and the byte, and a
    message type the profile does not define is skipped;
  - as training logs (`regimen build --log`, and a folder of them in `logs:`), the activities
    change the next plan as the program's rules say: the cut-short deadlift holds week 2 at
    40 kg, the full session moves it to 42.5 kg and the 3 x 12 hip thrusts to 55 kg; Starting
    Strength (a rotation, warm-ups, pounds) moves Wednesday's squat or holds it whether or not
    the warm-ups were recorded; a roster's `logs:` folder logs each athlete's activities for
    them; damaged files stop the build the same way (exit 1, the file and the byte, nothing
    written).

Exits non-zero on the first failure, saying what failed. Run through scripts/test.
"""
import datetime
import json
import pathlib
import struct
import subprocess
import sys
import tempfile
from importlib.metadata import version

from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.activity_message import ActivityMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.lap_message import LapMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.messages.set_message import SetMessage
from fit_tool.profile.profile_type import FileType, Manufacturer, Sport, SubSport
from garmin_fit_sdk import Decoder, Stream

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "Programs" / "runner-hip-balance.yaml"
TEN_K = ROOT / "Programs" / "running" / "runner-10k-build.yaml"
FIT_EPOCH = 631065600
UTC = datetime.timezone.utc
# The seed's first strength session, Monday 1 March 2027 at 18:30 in London (GMT): glute bridge
# 2×12; Romanian deadlift 3×8 @ 40 kg; hip thrust 3×8 @ 50 kg; a superset of reverse lunge
# 8 @ 12 kg and dead bug 10, three rounds; Swiss ball hamstring curl 2×10.
SESSION = [("hip_raise", 10, 11, 12, None)] * 2 + [("deadlift", 8, 23, 8, 40)] * 3 + [("hip_raise", 10, 1, 8, 50)] * 3 \
    + [("lunge", 17, 82, 8, 12), ("hip_stability", 11, 1, 10, None)] * 3 + [("leg_curl", 15, 10, 10, None)] * 2


def fail(message):
    raise SystemExit(f"FAIL {message}")


def millis(moment):
    return round(moment.timestamp() * 1000)


def activity_builder(start):
    """A FIT file builder that holds an activity's file_id, as a Forerunner 945 writes it."""
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.GARMIN.value
    file_id.product = 3113
    file_id.serial_number = 3_000_000_001
    file_id.time_created = millis(start)
    builder.add(file_id)
    return builder


def activity(path, start, sets, offset_hours=0, pounds=False, steps=None):
    """A strength activity as a watch writes it: file_id, set and rest messages, a lap, the
    session and the activity with its local time. `sets` are (category, name, reps, kg)."""
    builder = activity_builder(start)
    def set_message(kind, seconds, index):
        nonlocal moment
        message = SetMessage()
        message.start_time = millis(moment)
        message.duration = float(seconds)
        moment += datetime.timedelta(seconds=seconds)
        message.timestamp = millis(moment)
        message.set_type = kind
        message.message_index = index
        return message

    moment = start
    for index, (category, name, reps, kilograms) in enumerate(sets):
        work = set_message(1, 35, 2 * index)
        work.repetitions = reps
        if kilograms:
            work.weight = kilograms
            work.weight_display_unit = 2 if pounds else 1
        if category is not None:
            work.category = [category]
            work.category_subtype = [name]
        if steps:
            work.workout_step_index = steps[index]
        builder.add(work)
        builder.add(set_message(0, 75, 2 * index + 1))
    seconds = (moment - start).total_seconds()
    lap = LapMessage()
    lap.start_time = millis(start)
    lap.timestamp = millis(moment)
    lap.total_elapsed_time = seconds
    lap.total_timer_time = seconds
    builder.add(lap)
    session = SessionMessage()
    session.start_time = millis(start)
    session.timestamp = millis(moment)
    session.sport = Sport.TRAINING
    session.sub_sport = SubSport.STRENGTH_TRAINING
    session.total_elapsed_time = seconds
    session.total_timer_time = seconds
    builder.add(session)
    end = ActivityMessage()
    end.timestamp = millis(moment)
    end.local_timestamp = round(moment.timestamp()) + offset_hours * 3600 - FIT_EPOCH
    end.num_sessions = 1
    builder.add(end)
    builder.build().to_file(str(path))


def run_activity(path, start, laps):
    """A run as a watch records it without a workout: auto laps of (seconds, meters), no sets."""
    builder = activity_builder(start)
    moment = start
    for seconds, meters in laps:
        lap = LapMessage()
        lap.start_time = millis(moment)
        moment += datetime.timedelta(seconds=seconds)
        lap.timestamp = millis(moment)
        lap.total_elapsed_time = float(seconds)
        lap.total_timer_time = float(seconds)
        lap.total_distance = float(meters)
        builder.add(lap)
    session = SessionMessage()
    session.start_time = millis(start)
    session.timestamp = millis(moment)
    session.sport = Sport.RUNNING
    builder.add(session)
    end = ActivityMessage()
    end.timestamp = millis(moment)
    end.local_timestamp = round(moment.timestamp()) - FIT_EPOCH
    end.num_sessions = 1
    builder.add(end)
    builder.build().to_file(str(path))


def check_run(regimen, folder):
    """The 10K program's first easy run (Tuesday 2 March, 18:30 in London, 30 minutes), run
    without the workout as three auto laps and stopped early: its laps read as garmin-fit-sdk
    reads them, and log the easy run, cut short."""
    path = folder / "easy-run.fit"
    laps = [(600, 1650), (600, 1700), (500, 1400)]
    run_activity(path, datetime.datetime(2027, 3, 2, 18, 31, tzinfo=UTC), laps)
    report, _ = read(regimen, path)
    messages, errors = Decoder(Stream.from_file(str(path))).read(convert_types_to_strings=False)
    if errors:
        fail(f"{path.name}: garmin-fit-sdk reports {errors}")
    theirs = [(round(lap["total_timer_time"] * 1000), round(lap["total_distance"] * 100)) for lap in messages["lap_mesgs"]]
    ours = [(lap.get("timerMilliseconds"), lap.get("distanceCentimeters")) for lap in report["activity"]["laps"]]
    if ours != theirs or len(ours) != len(laps):
        fail(f"{path.name}: Regimen reads laps {ours}, garmin-fit-sdk {theirs}")
    report, warnings = read(regimen, path, "--program", TEN_K)
    log = report.get("log") or {}
    exercises = {e["exercise"]: e["sets"] for e in log.get("exercises", [])}
    wanted = [{"status": "partial", "durationSeconds": 1700, "distanceMeters": 4750, "warmUp": False}]
    if (report.get("planned") or {}).get("session") != "easy" or exercises.get("easy-run") != wanted or log.get("status") != "partial":
        fail(f"{path.name}: planned {report.get('planned')}, logged {log}, warnings:\n{warnings}")
    print("ok  a run's laps, written by fit-tool, read as garmin-fit-sdk reads them and log the day's run (cut short: 28:20 of 30 min)")


def run(regimen, *arguments):
    return subprocess.run([regimen, "activity", *map(str, arguments)], capture_output=True, text=True)


def read(regimen, path, *arguments):
    result = run(regimen, path, "--format", "json", *arguments)
    if result.returncode != 0:
        fail(f"regimen activity {path.name} {' '.join(arguments)} exited {result.returncode}:\n{result.stderr}")
    return json.loads(result.stdout)[0], result.stderr


def check_against_sdk(regimen, path):
    """Regimen's reading of every set equals Garmin's SDK's."""
    report, _ = read(regimen, path)
    messages, errors = Decoder(Stream.from_file(str(path))).read(convert_types_to_strings=False)
    if errors:
        fail(f"{path.name}: garmin-fit-sdk reports {errors}")
    theirs = messages["set_mesgs"]
    ours = report["activity"]["sets"]
    if len(ours) != len(theirs):
        fail(f"{path.name}: Regimen reads {len(ours)} sets, garmin-fit-sdk {len(theirs)}")
    for index, (mine, sdk) in enumerate(zip(ours, theirs)):
        kind = {0: "rest", 1: "active"}[sdk["set_type"]]
        weight = sdk.get("weight")
        expected = (kind, sdk.get("repetitions"), round(weight * 16) if weight is not None else None,
                    round(sdk["duration"] * 1000), int(sdk["start_time"].timestamp()))
        got = (mine["kind"], mine.get("repetitions"), mine.get("weightSixteenthsOfKilogram"), mine.get("durationMilliseconds"), mine.get("start"))
        if got != expected:
            fail(f"{path.name}: set {index + 1} reads as {got}, garmin-fit-sdk reads {expected}")
        categories = sdk.get("category")
        categories = categories if isinstance(categories, list) else [categories] if categories is not None else []
        if [e["category"] for e in mine["exercises"]] != categories:
            fail(f"{path.name}: set {index + 1}: exercise categories {mine['exercises']}, garmin-fit-sdk {categories}")
    start = messages["session_mesgs"][0]["start_time"]
    if report["activity"]["start"] != int(start.timestamp()):
        fail(f"{path.name}: start {report['activity']['start']}, garmin-fit-sdk {start}")
    return len(ours)


def logged(regimen, path, *arguments):
    report, warnings = read(regimen, path, "--program", SEED, *arguments)
    log = report.get("log")
    if log is None:
        fail(f"{path.name}: no log entry")
    return report, {e["exercise"]: e["sets"] for e in log["exercises"]}, log["status"], warnings


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: validate_fit_activities.py PATH/TO/regimen")
    regimen = sys.argv[1]
    start = datetime.datetime(2027, 3, 1, 18, 34, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)

        full = folder / "full.fit"
        activity(full, start, [(c, n, r, kg) for _, c, n, r, kg in SESSION])
        sets = check_against_sdk(regimen, full)
        report, exercises, status, _ = logged(regimen, full)
        if status != "done" or report["planned"] != {"program": "runner-hip-balance", "athlete": "alex-morgan", "session": "glutes-hamstrings", "week": 1, "occurrence": 1}:
            fail(f"full session: status {status}, planned {report['planned']}")
        wanted = {"glute-bridge": 2, "romanian-deadlift": 3, "hip-thrust": 3, "reverse-lunge": 3, "dead-bug": 3, "hamstring-curl": 2}
        if {k: len(v) for k, v in exercises.items()} != wanted:
            fail(f"full session logs {exercises}")
        if exercises["romanian-deadlift"][0] != {"status": "done", "reps": 8, "load": "40 kg", "warmUp": False}:
            fail(f"full session: first RDL set logs as {exercises['romanian-deadlift'][0]}")
        print(f"ok  an activity written by fit-tool {version('fit-tool')} reads as garmin-fit-sdk reads it ({sets} sets) and logs the planned session as done")

        short = folder / "cut-short.fit"
        cut = [(c, n, r, kg) for _, c, n, r, kg in SESSION]
        cut[4] = (8, 23, 5, 40)      # the third Romanian deadlift: 5 reps of 8
        cut[10] = (17, 82, 6, 12)    # the second round's reverse lunge: 6 of 8
        activity(short, start, cut, offset_hours=1)
        _, exercises, status, _ = logged(regimen, short)
        rdl = [s["status"] for s in exercises["romanian-deadlift"]]
        lunge = [s["status"] for s in exercises["reverse-lunge"]]
        if status != "partial" or rdl != ["done", "done", "partial"] or lunge != ["done", "partial", "done"]:
            fail(f"cut short: session {status}, RDL {rdl}, lunge {lunge}")
        print("ok  sets the athlete cut short are partial, and so is their session")

        pounds = folder / "pounds.fit"
        activity(pounds, start, [(8, 23, 8, 88.0 * 0.45359237)] * 3, pounds=True)
        _, exercises, _, _ = logged(regimen, pounds)
        if [s["load"] for s in exercises["romanian-deadlift"]] != ["88 lb"] * 3:
            fail(f"pounds: {exercises['romanian-deadlift']}")
        print("ok  weights the watch showed in pounds are logged in pounds")

        # Followed the workout Regimen wrote: the watch's guesses are wrong, the steps right.
        followed = folder / "followed.fit"
        steps = [0, 0, 3, 3, 3, 6, 6, 6, 9, 10, 9, 10, 9, 10, 13, 13]
        activity(followed, start, [(29, None, r, kg) for _, c, n, r, kg in SESSION], steps=steps)
        _, exercises, status, _ = logged(regimen, followed)
        if {k: len(v) for k, v in exercises.items()} != wanted or status != "done":
            fail(f"followed workout: {exercises}, {status}")
        print("ok  sets recorded in a Regimen workout are matched by their workout step")

        unknown = folder / "unknown.fit"
        activity(unknown, start, [(8, 23, 8, 40), (7, 3, 10, 20)])
        _, exercises, _, warnings = logged(regimen, unknown)
        if "romanian-deadlift" not in exercises or "[W531]" not in warnings or "curl/barbell_biceps_curl" not in warnings \
                or "did you mean" not in warnings or "unknown.fit:1:" not in warnings or "byte " not in warnings:
            fail(f"unknown exercise: {exercises}, warnings:\n{warnings}")
        print("ok  an exercise no program exercise maps to gets W531 with a suggestion, naming the file and byte")

        rest_day = folder / "rest-day.fit"
        activity(rest_day, datetime.datetime(2027, 3, 3, 12, 0, tzinfo=UTC), [(8, 23, 8, 40)])
        report, exercises, _, warnings = logged(regimen, rest_day)
        if "[W532]" not in warnings or report.get("planned") is not None or "romanian-deadlift" not in exercises:
            fail(f"rest day: {report}, {warnings}")
        print("ok  an activity on a rest day gets W532 and is logged without a session")

        full_session = folder / "full-session.fit"
        activity(full_session, start, [(c, n, r if c != 10 or n != 1 else 12, kg) for _, c, n, r, kg in SESSION])
        check_as_log(regimen, folder, short, full_session)
        check_warm_ups_and_rotation(regimen, folder)
        check_roster_logs(regimen, folder)

        check_run(regimen, folder)
        check_damaged(regimen, folder, full.read_bytes())


def week_two_loads(plan):
    """Week 2's Monday loads (kg) of the Romanian deadlift and the hip thrust, from a JSON plan."""
    loads = {}
    for session in plan["athletes"][0]["sessions"]:
        if session["session"] == "glutes-hamstrings" and session["week"] == 2:
            for item in session["items"]:
                prescription = item.get("exercise") or {}
                if prescription.get("exercise") in ("romanian-deadlift", "hip-thrust"):
                    loads[prescription["exercise"]] = prescription["sets"][-1]["load"]["mass"]["amount"]
    return loads


def build_with(regimen, folder, *logs):
    out = folder / "plan"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    arguments = [regimen, "build", str(SEED), "--to", "json", "-o", str(out)]
    for log in logs:
        arguments += ["--log", str(log)]
    result = subprocess.run(arguments, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"regimen build --log {' '.join(map(str, logs))} exited {result.returncode}:\n{result.stderr}")
    return json.loads((out / "runner-hip-balance.json").read_text())


def check_as_log(regimen, folder, short, full):
    """The fit-tool activities as training logs of `regimen build`: the next plan changes."""
    forecast = week_two_loads(build_with(regimen, folder))
    if forecast != {"romanian-deadlift": 42.5, "hip-thrust": 50}:
        fail(f"without a log, week 2 is {forecast}")
    held = week_two_loads(build_with(regimen, folder, short))
    if held["romanian-deadlift"] != 40:
        fail(f"--log {short.name}: week 2 is {held}; the cut-short deadlift should hold at 40 kg")
    moved = week_two_loads(build_with(regimen, folder, full))
    if moved != {"romanian-deadlift": 42.5, "hip-thrust": 55}:
        fail(f"--log {full.name}: week 2 is {moved}; expected the deadlift at 42.5 kg and the hip thrust at 55 kg")
    # A folder of activities named by `logs:` in a copy of the seed.
    project = folder / "project"
    (project / "library").mkdir(parents=True)
    (project / "watch").mkdir()
    for name in ("hips.yaml", "strength.yaml"):
        (project / "library" / name).write_bytes((ROOT / "Programs" / "library" / name).read_bytes())
    (project / "seed.yaml").write_text(SEED.read_text() + "\nlogs: watch/\n")
    (project / "watch" / "MONDAY.FIT").write_bytes(short.read_bytes())
    result = subprocess.run([str(pathlib.Path(regimen).resolve()), "build", "seed.yaml", "--to", "json", "-o", "out"], cwd=project, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"logs: watch/ exited {result.returncode}:\n{result.stderr}")
    held = week_two_loads(json.loads((project / "out" / "runner-hip-balance.json").read_text()))
    if held["romanian-deadlift"] != 40:
        fail(f"logs: watch/: week 2 is {held}")
    # Warnings, not errors: a set no exercise maps to (W531), an activity before the program (R611).
    unknown = folder / "log-unknown.fit"
    activity(unknown, datetime.datetime(2027, 3, 1, 18, 34, tzinfo=UTC), [(8, 23, 8, 40), (7, 3, 10, 20)])
    before = folder / "log-before.fit"
    activity(before, datetime.datetime(2027, 2, 1, 18, 34, tzinfo=UTC), [(8, 23, 8, 40)])
    for path, code in ((unknown, "W531"), (before, "R611")):
        result = subprocess.run([regimen, "build", str(SEED), "--log", str(path), "-o", str(folder / "warned")], capture_output=True, text=True)
        if result.returncode != 0 or f"{path}:1:" not in result.stderr or f"warning: " not in result.stderr or f"[{code}]" not in result.stderr:
            fail(f"build --log {path.name}: expected exit 0 with {code} naming the file, got {result.returncode}:\n{result.stderr}")
    print("ok  as training logs (--log, and logs: naming a folder), fit-tool's activities change week 2 as the rules say "
          "(cut short: deadlift holds at 40 kg; full: 42.5 kg, hip thrust 55 kg); unmapped sets (W531) and days before the program (R611) are warnings")


def check_warm_ups_and_rotation(regimen, folder):
    """Starting Strength (a rotation of workouts A and B, warm-ups before every lift, pounds):
    Monday's workout A recorded by fit-tool with and without the warm-ups. Warm-ups are told
    from work sets (unrecorded warm-ups leave the work sets work sets), and Wednesday's squat
    goes up 10 lb, or stays at 135 lb when the third work set was cut short."""
    program = ROOT / "Programs" / "starting-strength.yaml"
    pound = 0.45359237
    squat, press, deadlift = (28, 6), (24, 14), (8, 0)
    def sets(exercise, pairs):
        return [(exercise[0], exercise[1], reps, pounds * pound) for reps, pounds in pairs]
    warm = {squat: [(5, 45), (5, 45), (5, 55), (3, 80), (2, 107.5)], press: [(5, 45), (5, 45), (2, 52.5)],
            deadlift: [(5, 45), (5, 45), (5, 75), (3, 110), (2, 147.5)]}
    def workout(squats, warm_ups):
        return (sets(squat, (warm[squat] if warm_ups else []) + squats) + sets(press, (warm[press] if warm_ups else []) + [(5, 65)] * 3)
                + sets(deadlift, (warm[deadlift] if warm_ups else []) + [(5, 185)]))
    cases = [("work-sets-only", workout([(5, 135)] * 3, False), 145, "done"),
             ("with-warm-ups", workout([(5, 135)] * 3, True), 145, "done"),
             ("with-warm-ups-cut-short", workout([(5, 135), (5, 135), (3, 135)], True), 135, "partial")]
    # Monday 4 January 2027, 17:31 in Chicago (UTC-6).
    start = datetime.datetime(2027, 1, 4, 23, 31, tzinfo=UTC)
    for name, recorded, wanted, status in cases:
        path = folder / f"ss-{name}.fit"
        activity(path, start, recorded, offset_hours=-6, pounds=True)
        out = folder / f"ss-{name}"
        result = subprocess.run([regimen, "build", str(program), "--log", str(path), "--to", "json", "-o", str(out)], capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"starting-strength --log {path.name} exited {result.returncode}:\n{result.stderr}")
        sessions = json.loads((out / "starting-strength.json").read_text())["athletes"][0]["sessions"]
        monday = next(s for s in sessions if s["date"] == "2027-01-04")
        wednesday = next(s for s in sessions if s["date"] == "2027-01-06")
        squat_done = next(i["exercise"] for i in monday["items"] if i["exercise"]["exercise"] == "back-squat").get("done", [])
        work = [s["reps"] for s in squat_done if not s.get("warmUp")]
        next_squat = next(i["exercise"] for i in wednesday["items"] if i["exercise"]["exercise"] == "back-squat")
        load = next(s for s in next_squat["sets"] if not s.get("warmUp"))["load"]["mass"]["amount"]
        record = (monday.get("record") or {}).get("status")
        if load != wanted or record != status or work != ([5, 5, 3] if wanted == 135 else [5, 5, 5]):
            fail(f"starting-strength --log {path.name}: work squats {work}, Monday {record}, Wednesday's squat {load} lb; expected {status}, {wanted} lb")
    print("ok  Starting Strength from fit-tool activities (a rotation, pounds): warm-ups recorded or not, the three work squats are the work sets; "
          "Wednesday's squat goes to 145 lb, or holds at 135 lb after a set cut short")


def check_roster_logs(regimen, folder):
    """A roster's `logs:` naming a folder with one subfolder per athlete: 5/3/1 for the barbell
    club, Casey's first squat day (Monday 11 January 2027, 18:01 in New York) recorded by
    fit-tool in pounds, is logged for Casey (the folder's name) and for nobody else."""
    project = folder / "roster-project"
    for sub in ("library", "rosters", "watch/casey-park"):
        (project / sub).mkdir(parents=True)
    programs = ROOT / "Programs"
    (project / "five-three-one.yaml").write_bytes((programs / "five-three-one.yaml").read_bytes())
    (project / "library" / "strength.yaml").write_bytes((programs / "library" / "strength.yaml").read_bytes())
    (project / "rosters" / "barbell-club.yaml").write_text((programs / "rosters" / "barbell-club.yaml").read_text() + "\nlogs: ../watch/\n")
    pound = 0.45359237
    activity(project / "watch" / "casey-park" / "squat.fit", datetime.datetime(2027, 1, 11, 23, 1, tzinfo=UTC),
             [(28, 6, 5, 145 * pound), (28, 6, 5, 170 * pound), (28, 6, 9, 190 * pound)], offset_hours=-5, pounds=True)
    result = subprocess.run([str(pathlib.Path(regimen).resolve()), "build", "five-three-one.yaml", "--to", "json", "-o", "out"],
                            cwd=project, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"roster logs: exited {result.returncode}:\n{result.stderr}")
    athletes = {a["id"]: a["sessions"][0] for a in json.loads((project / "out" / "five-three-one.json").read_text())["athletes"]}
    def squats(session):
        return [(s.get("reps"), s["load"]["mass"]["amount"]) for s in session["items"][0]["exercise"].get("done", [])]
    casey, alex = athletes["casey-park"], athletes["alex-morgan"]
    if squats(casey) != [(5, 145), (5, 170), (9, 190)] or (casey.get("record") or {}).get("source") != "watch/casey-park/squat.fit:1" \
            or alex.get("record") is not None:
        fail(f"roster logs: Casey's first session {casey.get('record')} {squats(casey)}, Alex's {alex.get('record')}")
    print("ok  a roster's logs: folder of fit-tool activities, one subfolder per athlete, logs Casey's squats (in pounds) for Casey only")


def reseal(data):
    """The bytes with a correct file CRC (FIT's CRC-16, computed here independently)."""
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    crc = 0
    for byte in data[:-2]:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = table[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ table[nibble]
    return data[:-2] + struct.pack("<H", crc)


def with_records(data, records):
    """`records` inserted after the header, with the data size and CRC made right."""
    header_size = data[0]
    body = data[header_size:-2]
    new_body = records + body
    header = bytearray(data[:header_size])
    header[4:8] = struct.pack("<I", len(new_body))
    if header_size >= 14:
        header[12:14] = b"\0\0"
    return reseal(bytes(header) + new_body + b"\0\0")


def expect_failure(regimen, path, code, byte=None):
    """`regimen activity FILE` and `regimen build SEED --log FILE` both refuse the file."""
    out = path.parent / "never-written"
    build = subprocess.run([regimen, "build", str(SEED), "--log", str(path), "-o", str(out)], capture_output=True, text=True)
    for command, result in (("activity", run(regimen, path)), ("build --log", build)):
        if result.returncode != 1:
            fail(f"{command} {path.name}: exit {result.returncode}, not 1:\n{result.stderr}")
        if f"[{code}]" not in result.stderr or str(path) not in result.stderr or "byte " not in result.stderr:
            fail(f"{command} {path.name}: expected {code} naming the file and a byte, got:\n{result.stderr}")
        if byte is not None and f"byte {byte}:" not in result.stderr:
            fail(f"{command} {path.name}: expected byte {byte}, got:\n{result.stderr}")
    if out.exists():
        fail(f"build --log {path.name} failed but wrote {out}")
    return build.stderr


def check_damaged(regimen, folder, good):
    cases = []
    truncated = folder / "truncated.fit"
    truncated.write_bytes(good[: len(good) // 2])
    cases.append(expect_failure(regimen, truncated, "R653", byte=len(good) // 2))
    changed = folder / "changed.fit"
    damaged = bytearray(good)
    damaged[len(good) // 2] ^= 0x40
    changed.write_bytes(bytes(damaged))
    cases.append(expect_failure(regimen, changed, "R654", byte=len(good) - 2))
    absurd = folder / "absurd-definition.fit"
    # A definition of local type 5 for `set`, field 3 with a size of 0 bytes.
    absurd.write_bytes(with_records(good, bytes([0x45, 0, 0]) + struct.pack("<H", 225) + bytes([1, 3, 0, 0x84])))
    cases.append(expect_failure(regimen, absurd, "R655", byte=good[0] + 7))
    undefined = folder / "undefined.fit"
    undefined.write_bytes(with_records(good, bytes([0x0F, 1, 2, 3])))
    cases.append(expect_failure(regimen, undefined, "R656", byte=good[0]))
    huge = folder / "huge.fit"
    record = bytes([0x00]) + struct.pack("<IB", 1_000_000_000, 140)
    with huge.open("wb") as out:
        out.write(good[:14])
        out.write(bytes([0x40, 0, 0]) + struct.pack("<H", 20) + bytes([2, 253, 4, 0x86, 3, 1, 0x02]))
        chunk = record * (1 << 16)
        for _ in range((100 << 20) // len(chunk)):
            out.write(chunk)
    cases.append(expect_failure(regimen, huge, "R657", byte=0))
    not_fit = folder / "notes.fit"
    not_fit.write_text("squat 3x5 @ 100kg\n")
    cases.append(expect_failure(regimen, not_fit, "R652", byte=0))
    unknown = folder / "unknown-message.fit"
    unknown.write_bytes(with_records(good, bytes([0x46, 0, 0]) + struct.pack("<H", 0xFF00) + bytes([1, 0, 4, 0x86, 0x06]) + struct.pack("<I", 7)))
    result = run(regimen, unknown)
    if result.returncode != 0:
        fail(f"a message type the profile does not define must be skipped, but:\n{result.stderr}")
    print(f"ok  damaged and hostile files exit 1 naming the file and byte, through activity and build --log, nothing written ({len(cases)} kinds, a 100 MB file among them); unknown message types are skipped")


if __name__ == "__main__":
    main()
