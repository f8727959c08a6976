#!/usr/bin/env python3
"""A season of training logs, for the benchmark of building with logs: a 52-week program of
four sessions a week for 30 athletes (season.yaml), and one Regimen log per athlete with every
session logged (logs/ATHLETE.yaml): 6,240 sessions in all. Deterministic: the same files every
time.

    generate_season.py --out DIR
"""
import argparse
import pathlib

EXERCISES = [
    ("back-squat", "Back squat", "strength", "quadriceps, gluteus maximus", 100.0),
    ("bench-press", "Bench press", "strength", "pectoralis major", 70.0),
    ("deadlift", "Deadlift", "strength", "hamstrings, gluteus maximus", 120.0),
    ("overhead-press", "Overhead press", "strength", "deltoids", 45.0),
    ("romanian-deadlift", "Romanian deadlift", "strength", "hamstrings", 60.0),
    ("barbell-row", "Barbell row", "strength", "latissimus dorsi", 60.0),
    ("kneeling-hip-flexor-stretch", "Kneeling hip flexor stretch", "mobility", "psoas major", None),
    ("plank", "Plank", "core", "rectus abdominis", None),
]
SESSIONS = {
    "lower-a": ("Lower A", "mon", ["back-squat", "romanian-deadlift", "kneeling-hip-flexor-stretch", "plank"]),
    "upper-a": ("Upper A", "tue", ["bench-press", "barbell-row", "plank"]),
    "lower-b": ("Lower B", "thu", ["deadlift", "back-squat", "kneeling-hip-flexor-stretch"]),
    "upper-b": ("Upper B", "fri", ["overhead-press", "bench-press", "barbell-row", "plank"]),
}
DAY_OFFSET = {"mon": 0, "tue": 1, "thu": 3, "fri": 4}
ATHLETES = 30
WEEKS = 52


def load(exercise):
    return next(e for e in EXERCISES if e[0] == exercise)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    out = pathlib.Path(parser.parse_args().out)
    (out / "logs").mkdir(parents=True, exist_ok=True)
    lines = ["regimen: 1", "id: season", "program: A season of strength", "start: 2027-01-04", f"weeks: {WEEKS}",
             "timezone: Europe/London", "units: kg", "deload: { every: 4, volume: 60% }", "lints: { allow: [W501, W502, W503, W504, W507] }",
             "", "athletes:"]
    for number in range(1, ATHLETES + 1):
        lines.append(f"  - {{ name: Athlete {number}, id: athlete-{number} }}")
    lines += ["", "exercises:"]
    for key, name, kind, targets, _ in EXERCISES:
        lines += [f"  {key}:", f"    name: {name}", f"    kind: {kind}", f"    targets: [{targets}]"]
        if key == "kneeling-hip-flexor-stretch":
            lines.append("    per-side: true")
    lines += ["", "sessions:"]
    for key, (title, _, items) in SESSIONS.items():
        lines += [f"  {key}:", f"    title: {title}", "    at: \"18:00\"", "    items:"]
        for exercise in items:
            _, _, kind, _, start = load(exercise)
            if start is None:
                lines.append(f"      - {{ exercise: {exercise}, sets: 3, hold: 45s }}")
            else:
                lines.append(f"      - {{ exercise: {exercise}, sets: 3, reps: 5, load: {start:g}kg, progress: {{ load: +2.5kg, every: week }} }}")
    lines += ["", "schedule:"] + [f"  {day}: {key}" for key, (_, day, _) in SESSIONS.items()]
    (out / "season.yaml").write_text("\n".join(lines) + "\n")

    for number in range(1, ATHLETES + 1):
        log = ["regimen: 1", f"log: athlete-{number}", "sessions:"]
        for week in range(WEEKS):
            for key, (_, day, items) in SESSIONS.items():
                days = 3 + week * 7 + DAY_OFFSET[day]  # 2027-01-04 is day 3 of January
                date = date_after_january_first(days)
                log += [f"  - date: {date}", f"    session: {key}", "    exercises:"]
                for exercise in items:
                    start = load(exercise)[4]
                    if start is None:
                        log.append(f"      {exercise}: 3x45s")
                    else:
                        reps = "5,5,4" if (week + number) % 7 == 0 else "5,5,5"
                        rpe = 7 + (week % 4) * 0.5
                        log.append(f"      {exercise}: {reps} @ {start + 2.5 * week:g}kg rpe {rpe:g}")
        (out / "logs" / f"athlete-{number}.yaml").write_text("\n".join(log) + "\n")


def date_after_january_first(days):
    """2027-01-01 plus `days` days, as YYYY-MM-DD."""
    months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    year, day = 2027, days
    while True:
        length = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
        if day < length:
            break
        day -= length
        year += 1
    months[1] = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    month = 0
    while day >= months[month]:
        day -= months[month]
        month += 1
    return f"{year:04d}-{month + 1:02d}-{day + 1:02d}"


if __name__ == "__main__":
    main()
