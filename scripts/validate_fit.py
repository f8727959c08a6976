#!/usr/bin/env python3
"""Validates Regimen's FIT workouts with two independent decoders.

Builds every program in Programs/ (and its subfolders) and Tests/Programs/ with `--to json --to fit` (and the
schedule file) into a temporary folder, then for every session of every athlete in the JSON
plan:
  - the workout file decodes with Garmin's FIT SDK for Python (`garmin-fit-sdk`): integrity
    check (header and file CRC) passes and reading reports no errors;
  - it decodes with `fitdecode`, CRC checked, and both decoders read the same steps;
  - the file is a workout (file_id type 5) with a unique serial number, `num_valid_steps`
    steps, a name of at most 15 bytes;
  - the steps are what docs/fit.md says the plan's items become, step by step: exercise
    category and name, reps, hold and work times, distances, weights, intensities, rests and
    repeat steps (from which step, how many times);
  - executed with their repeats, the work steps are the plan's sets one by one (per-side holds
    twice), with the same reps, times, distances and weights;
and the schedule file holds one entry per session, naming each workout by its file_id.

Exits non-zero on the first failure, saying what failed. Run through scripts/test.
"""
import collections
import datetime
import fractions
import json
import math
import pathlib
import subprocess
import sys
import tempfile
from importlib.metadata import version

import fitdecode
from garmin_fit_sdk import Decoder, Stream

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIT_EPOCH = datetime.datetime(1989, 12, 31, tzinfo=datetime.timezone.utc)
NAME_BYTES = 15
Step = collections.namedtuple("Step", "kind value intensity category name weight")


def fail(message):
    raise SystemExit(f"FAIL {message}")


def programs():
    for folder in (ROOT / "Programs", ROOT / "Tests" / "Programs"):
        for path in sorted(folder.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            if "\nprogram:" in text or text.startswith("program:"):
                yield path


def build(regimen, program, out):
    result = subprocess.run([regimen, "build", str(program), "--to", "json", "--to", "fit", "--option", "fit.schedule=true", "-v",
                             "-o", str(out)], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"regimen build {program} --to fit exited {result.returncode}:\n{result.stderr}")
    return [pathlib.Path(line.removeprefix("wrote ")) for line in result.stdout.splitlines() if line.startswith("wrote ")]


# -- What the plan says the workout is (docs/fit.md, "Steps") --------------------------------

def weight(load):
    """exercise_weight in hundredths of a kilogram, or None."""
    mass = (load or {}).get("mass")
    if not mass:
        return None
    kilograms = fractions.Fraction(repr(mass["amount"])) * (fractions.Fraction(45359237, 10**8) if mass["unit"] == "lb" else 1)
    hundredths = math.floor(kilograms * 100 + fractions.Fraction(1, 2))
    return hundredths if 0 < hundredths < 0xFFFF else None


def work_kind(work):
    reps = work.get("reps")
    if reps:
        return "reps", reps["min"] if reps.get("amrap") else reps["max"]
    for key, kind, scale in (("holdSeconds", "time", 1000), ("durationSeconds", "time", 1000), ("distanceMeters", "distance", 100)):
        if key in work:
            return kind, work[key] * scale
    return "open", None


def work_steps(work, prescription, exercises):
    exercise = exercises[prescription["exercise"]]
    fit = exercise.get("fit") or {"categoryNumber": 65534}
    kind, value = work_kind(work)
    step = Step(kind, value, "warmup" if work.get("warmUp") else "active", fit["categoryNumber"], fit.get("nameNumber"), weight(work.get("load")))
    per_side_hold = exercise["perSide"] and "side" not in prescription and "holdSeconds" in work and "reps" not in work
    return [step, step] if per_side_hold else [step]


def rest(seconds, reps_work, activity=None):
    """A rest step; active rest (`rest: 90s jog`) is a recovery step."""
    intensity = "recovery" if activity else "rest"
    if seconds is not None and seconds > 0:
        return [Step("time", seconds * 1000, intensity, None, None, None)]
    if seconds is None and reps_work:
        return [Step("open", None, intensity, None, None, None)]
    return []


def repeat(start, times):
    return Step("repeat", (start, times), None, None, None, None)


def expected_steps(session, exercises):
    steps = []
    for item in session["items"]:
        if "exercise" in item:
            prescription = item["exercise"]
            runs = []
            for work in prescription["sets"]:
                if runs and runs[-1][0] == work:
                    runs[-1][1] += 1
                else:
                    runs.append([work, 1])
            for index, (work, count) in enumerate(runs):
                start = len(steps)
                steps += work_steps(work, prescription, exercises)
                if count > 1:
                    steps += rest(prescription.get("restSeconds"), "reps" in work, prescription.get("restActivity"))
                    steps.append(repeat(start, count))
                elif index < len(runs) - 1:
                    steps += rest(prescription.get("restSeconds"), "reps" in work, prescription.get("restActivity"))
        else:
            group = item["group"]
            members = [m for m in group["exercises"] if m["sets"]]
            uniform = all(all(s == m["sets"][0] for s in m["sets"]) for m in members)
            reps_work = any("reps" in m["sets"][0] for m in members)

            def one_round(number):
                out = []
                for index, member in enumerate(members):
                    out += work_steps(member["sets"][min(number, len(member["sets"]) - 1)], member, exercises)
                    if index < len(members) - 1 and member.get("restSeconds", 0) > 0:
                        out += rest(member["restSeconds"], False, member.get("restActivity"))
                return out
            if uniform and group["rounds"] > 1:
                start = len(steps)
                steps += one_round(0)
                steps += rest(group.get("restSeconds"), reps_work)
                steps.append(repeat(start, group["rounds"]))
            else:
                for number in range(group["rounds"]):
                    steps += one_round(number)
                    if number < group["rounds"] - 1:
                        steps += rest(group.get("restSeconds"), reps_work)
    return steps


def executed_sets(session, exercises):
    """Every set of the plan in the order it is done, as work steps (without rests)."""
    out = []
    for item in session["items"]:
        if "exercise" in item:
            for work in item["exercise"]["sets"]:
                out += work_steps(work, item["exercise"], exercises)
        else:
            group = item["group"]
            for number in range(group["rounds"]):
                for member in group["exercises"]:
                    if member["sets"]:
                        out += work_steps(member["sets"][min(number, len(member["sets"]) - 1)], member, exercises)
    return out


# -- What the file says --------------------------------------------------------------------

def sdk_read(path):
    if not Decoder(Stream.from_file(str(path))).check_integrity():
        fail(f"{path}: garmin-fit-sdk integrity check (header and file CRC) fails")
    messages, errors = Decoder(Stream.from_file(str(path))).read(convert_types_to_strings=False, apply_scale_and_offset=False,
                                                                 expand_sub_fields=False, expand_components=False,
                                                                 merge_heart_rates=False)
    if errors:
        fail(f"{path}: garmin-fit-sdk reports {errors}")
    return messages


# workout_step fields by number, named as garmin-fit-sdk names them (fitdecode names a field
# after its sub-field, `duration_reps` for `duration_value`).
STEP_FIELDS = {1: "duration_type", 2: "duration_value", 3: "target_type", 4: "target_value", 7: "intensity",
               10: "exercise_category", 11: "exercise_name", 12: "exercise_weight"}


def fitdecode_read(path):
    frames = collections.defaultdict(list)
    with fitdecode.FitReader(str(path), check_crc=fitdecode.CrcCheck.RAISE) as fit:
        for frame in fit:
            if frame.frame_type == fitdecode.FIT_FRAME_DATA:
                fields = {STEP_FIELDS.get(field.def_num, field.name): field.raw_value for field in frame.fields}
                frames[frame.name + "_mesgs"].append({k: v for k, v in fields.items() if v is not None})
    return frames


def file_steps(messages):
    steps = []
    for message in messages.get("workout_step_mesgs", []):
        duration = message.get("duration_type")
        intensity = {0: "active", 1: "rest", 2: "warmup", 4: "recovery"}.get(message.get("intensity"))
        if duration == 6:
            steps.append(repeat(message["duration_value"], message["target_value"]))
            continue
        kind = {29: "reps", 0: "time", 1: "distance", 5: "open"}.get(duration, f"duration type {duration}")
        value = message.get("duration_value") if kind != "open" else None
        steps.append(Step(kind, value, intensity, message.get("exercise_category"), message.get("exercise_name"),
                          message.get("exercise_weight")))
    return steps


def executed(steps):
    """The steps in the order a watch runs them, repeats unrolled."""
    sequence, first_seen = [], {}
    for index, step in enumerate(steps):
        if step.kind == "repeat":
            start, times = step.value
            if start not in first_seen or start >= index:
                fail(f"repeat step {index} goes back to step {start}, which is not before it")
            sequence += sequence[first_seen[start]:] * (times - 1)
        else:
            first_seen[index] = len(sequence)
            sequence.append(step)
    return [step for step in sequence if step.intensity not in ("rest", "recovery")]


def check_session(path, session, exercises, serials):
    messages = sdk_read(path)
    frames = fitdecode_read(path)
    file_id = messages["file_id_mesgs"][0]
    if file_id["type"] != 5:
        fail(f"{path}: file_id type {file_id['type']}, not 5 (workout)")
    serial = (file_id["manufacturer"], file_id["product"], file_id["serial_number"])
    if serial in serials:
        fail(f"{path}: the same file_id as {serials[serial]}: devices would take them for one workout")
    serials[serial] = path
    workout = messages["workout_mesgs"][0]
    steps = file_steps(messages)
    if workout["num_valid_steps"] != len(steps):
        fail(f"{path}: num_valid_steps is {workout['num_valid_steps']} but the file has {len(steps)} steps")
    if len(workout["wkt_name"].encode()) > NAME_BYTES:
        fail(f"{path}: the workout name {workout['wkt_name']!r} is longer than {NAME_BYTES} bytes")
    kinds = set(session["kinds"])
    runs = any(exercises[p["exercise"]]["kind"] == "cardio" and exercises[p["exercise"]].get("fit", {}).get("category") == "run"
               and exercises[p["exercise"]]["fit"].get("name") != "walk"
               for item in session["items"] for p in ([item["exercise"]] if "exercise" in item else item["group"]["exercises"]))
    wanted_sport = (1, 0) if runs and kinds <= {"cardio", "mobility", "recovery"} else (10, 26) if kinds == {"cardio"} else (10, 20)
    if (workout["sport"], workout["sub_sport"]) != wanted_sport:
        fail(f"{path}: sport/sub-sport {workout['sport']}/{workout['sub_sport']}, the session's exercises say {wanted_sport}")
    if file_steps(frames) != steps:
        fail(f"{path}: garmin-fit-sdk and fitdecode read different steps")
    wanted = expected_steps(session, exercises)
    if steps != wanted:
        for index, (got, want) in enumerate(zip(steps, wanted)):
            if got != want:
                fail(f"{path}: step {index} is {got}, the plan says {want}")
        fail(f"{path}: {len(steps)} steps, the plan says {len(wanted)}")
    if executed(steps) != executed_sets(session, exercises):
        fail(f"{path}: the steps, repeats unrolled, are not the plan's sets one by one")
    titles = {(t["exercise_category"], t["exercise_name"]) for t in messages.get("exercise_title_mesgs", [])}
    named = {(s.category, s.name) for s in steps if s.name is not None}
    if titles != named:
        fail(f"{path}: exercise titles for {sorted(titles)}, steps use {sorted(named)}")
    return file_id, len(steps)


def check_schedule(path, sessions, file_ids):
    messages = sdk_read(path)
    fitdecode_read(path)
    if messages["file_id_mesgs"][0]["type"] != 7:
        fail(f"{path}: file_id type is not 7 (schedules)")
    entries = messages.get("schedule_mesgs", [])
    if len(entries) != len(sessions):
        fail(f"{path}: {len(entries)} entries for {len(sessions)} sessions")
    for entry, session, file_id in zip(entries, sessions, file_ids):
        if (entry["serial_number"], entry["time_created"], entry["product"]) != (file_id["serial_number"], file_id["time_created"], file_id["product"]):
            fail(f"{path}: the entry for {session['date']} does not name its workout's file_id")
        local = datetime.datetime.fromisoformat(session["date"] + "T" + session.get("start", "00:00"))
        if entry["scheduled_time"] != int((local.replace(tzinfo=datetime.timezone.utc) - FIT_EPOCH).total_seconds()):
            fail(f"{path}: the entry for {session['date']} is not at the session's local time")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: validate_fit.py PATH/TO/regimen")
    regimen = sys.argv[1]
    files = steps = 0
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs():
            out = pathlib.Path(tmp) / program.stem
            written = set(build(regimen, program, out))
            plan = json.loads(next(p for p in written if p.suffix == ".json").read_text(encoding="utf-8"))
            exercises = {e["id"]: e for e in plan["exercises"]}
            serials = {}
            for athlete in plan["athletes"]:
                base = plan["program"]["id"] + ("" if len(plan["athletes"]) == 1 else "." + athlete["id"])
                folder = out / base / "fit"
                file_ids = []
                for session in athlete["sessions"]:
                    twice = sum(1 for s in athlete["sessions"] if s["date"] == session["date"] and s["session"] == session["session"]) > 1
                    name = f"{session['date']}-{session['session']}-w{session['week']}" + (f"-{session['identity']['occurrence']}" if twice else "")
                    path = folder / f"{name}.fit"
                    if path not in written:
                        fail(f"no workout file {path} for {session['identity']}")
                    file_id, count = check_session(path, session, exercises, serials)
                    file_ids.append(file_id)
                    files += 1
                    steps += count
                check_schedule(folder / "schedule.fit", athlete["sessions"], file_ids)
            fit_files = {p for p in written if p.suffix == ".fit"}
            if len(fit_files) != sum(len(a["sessions"]) + 1 for a in plan["athletes"]):
                fail(f"{program.name}: {len(fit_files)} FIT files for {sum(len(a['sessions']) for a in plan['athletes'])} sessions and a schedule")
    print(f"ok: {files} FIT workouts ({steps} steps) decode with garmin-fit-sdk {version('garmin-fit-sdk')} "
          f"and fitdecode {version('fitdecode')} and match their plans step by step")


if __name__ == "__main__":
    main()
