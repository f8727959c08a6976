#!/usr/bin/env python3
"""Regimen's benchmarks: the libyaml floor and the compiler on the same corpus, in one run.

Run through scripts/bench, which builds the binaries first. Every figure is the median of
--repeat runs (default 5) of a whole process, measured by Benchmarks/measure/measure.c: wall time
from fork to exit, and peak resident memory from wait4(2). Single-core figures pin the process
to CPU 0 with taskset.
"""
import argparse
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build-bench"


def run(command, repeat, pin=False, setup=None):
    """Runs `command` `repeat` times under the `measure` launcher; returns (median seconds,
    median peak RSS in MiB, last stdout). Exit statuses 0 and 1 (findings) are accepted."""
    times, peaks, out = [], [], b""
    report = WORK / "measure.txt"
    for _ in range(repeat):
        if setup:
            setup()
        argv = (["taskset", "-c", "0"] if pin else []) + [str(WORK / "measure"), str(report)] + [str(part) for part in command]
        process = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = process.stdout
        fields = dict(field.split("=") for field in report.read_text().split())
        if int(fields["exit"]) not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} exited with {fields['exit']}")
        times.append(float(fields["seconds"]))
        peaks.append(int(fields["peak_kib"]) / 1024)
    return statistics.median(times), statistics.median(peaks), out


def instructions(command, pin=False):
    """User-space instructions retired by one run of `command` (`perf stat`), in millions, or
    None where perf cannot count them: a figure that barely moves when the machine is busy."""
    if not shutil.which("perf"):
        return None
    report = WORK / "perf.txt"
    argv = (["taskset", "-c", "0"] if pin else []) + ["perf", "stat", "-x", ",", "-e", "instructions:u", "-o", str(report), "--"]
    process = subprocess.run(argv + [str(part) for part in command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if process.returncode not in (0, 1) or not report.exists():
        return None
    for line in report.read_text().splitlines():
        fields = line.split(",")
        if len(fields) > 2 and fields[2].startswith("instructions") and fields[0].isdigit():
            return int(fields[0]) / 1e6
    return None


def minstr(value):
    return f"{value:10.0f} M" if value is not None else "         - "


def corpus(count, seed=1, **options):
    suffix = "".join(f"-{key.replace('_', '-')}-{value}" for key, value in sorted(options.items()))
    folder = WORK / f"corpus-{count}-{seed}{suffix}" / "programs"
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        arguments = [sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), "--count", str(count), "--seed", str(seed),
                     "--out", str(folder)]
        for key, value in options.items():
            arguments += [f"--{key.replace('_', '-')}", str(value)]
        subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)
    files = sorted(folder.glob("*.yaml"))
    return folder, files, sum(f.stat().st_size for f in files)


def row(name, seconds, files, size, peak, floor, instructions=None):
    ratio = f"{seconds / floor:6.2f}×" if floor else "      "
    rate = f"{files / seconds:9.0f}" if seconds > 0 else "        -"
    print(f"{name:44} {seconds * 1000:9.1f} ms {rate} files/s {size / seconds / 1e6:7.1f} MB/s {peak:7.1f} MiB {ratio} {minstr(instructions)} instructions")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regimen", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", action="store_true", help="also run check-jsonschema and yamllint")
    parser.add_argument("--build-count", type=int, default=100, help="programs in the corpus build (outputs are large)")
    parser.add_argument("--season-only", action="store_true", help="only the season of training logs")
    parser.add_argument("--diff-only", action="store_true", help="only the regimen diff rows")
    parser.add_argument("--build-only", action="store_true", help="only the corpus build and the roster-size rows")
    parser.add_argument("--check-growth-only", action="store_true", help="only regimen check as the corpus grows to 10,000 files")
    arguments = parser.parse_args()
    regimen = pathlib.Path(arguments.regimen).resolve()
    if arguments.season_only:
        season_logs(regimen)
        return
    if arguments.diff_only:
        diff_rows(regimen)
        return
    if arguments.build_only:
        folder, files, _ = corpus(arguments.count)
        build_rows(regimen, files, arguments)
        roster_rows(regimen)
        season_logs(regimen)
        return
    if arguments.check_growth_only:
        check_growth_rows(regimen, None, arguments)
        return
    floor_binary, hello = WORK / "yaml_floor", WORK / "hello"
    repeat = arguments.repeat

    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}; {subprocess.run([regimen, '--version'], capture_output=True, text=True).stdout.strip()}")
    folder, files, size = corpus(arguments.count)
    print(f"Corpus: {len(files)} programs, {size / 1e6:.1f} MB ({size / len(files) / 1000:.1f} KB each on average), seed 1\n")
    print(f"{'':44} {'wall':>12} {'':>15} {'':>12} {'peak RSS':>11} {'÷ floor':>7}")

    floor, peak, out = run([floor_binary, "-d", folder], repeat, pin=True)
    row("libyaml event parse in C (the floor), 1 core", floor, len(files), size, peak, floor,
        instructions([floor_binary, "-d", folder], pin=True))
    check1, peak, out = run([regimen, "check", "--jobs", "1", folder], repeat, pin=True)
    summary1 = out.decode().strip().splitlines()[-1]
    row("regimen check, 1 core", check1, len(files), size, peak, floor, instructions([regimen, "check", "--jobs", "1", folder], pin=True))
    check2, peak, out = run([regimen, "check", "--jobs", "2", folder], repeat)
    row("regimen check, 2 cores", check2, len(files), size, peak, floor, instructions([regimen, "check", "--jobs", "2", folder]))
    print(f"{'':44} ({summary1})")

    build_rows(regimen, files, arguments)
    cold_rows(regimen)
    roster_rows(regimen)
    season_logs(regimen)
    diff_rows(regimen)
    check_growth_rows(regimen, (folder, files, size), arguments)

    if arguments.compare:
        compare(folder, files, size, floor, repeat)


def build_rows(regimen, files, arguments):
    """`build --to all` of the corpus's first programs, against the floor on the same files."""
    floor_binary, repeat = WORK / "yaml_floor", arguments.repeat
    subset = files[:arguments.build_count]
    subset_dir = WORK / f"corpus-{arguments.count}-1" / f"first-{len(subset)}"
    if not subset_dir.exists():
        subset_dir.mkdir(parents=True)
        for path in subset:
            shutil.copy(path, subset_dir / path.name)
    subset_size = sum(p.stat().st_size for p in subset)
    subset_floor, subset_peak, _ = run([floor_binary, "-d", subset_dir], repeat, pin=True)
    out_dir = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-", dir=WORK))

    def fresh():
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
    command = [regimen, "build", subset_dir, "--to", "all", "-o", out_dir]
    build, peak, _ = run(command, repeat, pin=True, setup=fresh)
    written = sum(p.stat().st_size for p in out_dir.iterdir())
    count = len(list(out_dir.iterdir()))
    fresh()
    build_instructions = instructions(command, pin=True)
    print()
    row(f"libyaml floor, first {len(subset)} programs, 1 core", subset_floor, len(subset), subset_size, subset_peak, subset_floor,
        instructions([floor_binary, "-d", subset_dir], pin=True))
    row(f"regimen build --to all, {len(subset)} programs, 1 core", build, len(subset), subset_size, peak, subset_floor, build_instructions)
    print(f"{'':44} (wrote {count} files, {written / 1e6:.1f} MB: {written / subset_size:.0f} bytes out per byte in; "
          f"{written / build / 1e6:.1f} MB/s of output)")
    shutil.rmtree(out_dir, ignore_errors=True)


def cold_rows(regimen):
    """One small program in a cold process, against a C hello-world."""
    hello = WORK / "hello"

    def fresh():
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
    print("\nSingle program, cold process (median of 30 runs)")
    seed = ROOT / "Programs" / "runner-hip-balance.yaml"
    out_dir = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-", dir=WORK))
    hello_time, _, _ = run([hello], 30)
    check_cold, check_peak, _ = run([regimen, "check", seed], 30)
    build_cold, build_peak, _ = run([regimen, "build", seed, "--to", "all", "-o", out_dir], 30, setup=fresh)
    shutil.rmtree(out_dir, ignore_errors=True)
    print(f"  C hello-world                 {hello_time * 1000:6.1f} ms")
    print(f"  regimen check (seed program)  {check_cold * 1000:6.1f} ms  (+{(check_cold - hello_time) * 1000:.1f} ms over hello; peak {check_peak:.0f} MiB)")
    print(f"  regimen build --to all (seed) {build_cold * 1000:6.1f} ms  (+{(build_cold - hello_time) * 1000:.1f} ms over hello; peak {build_peak:.0f} MiB)")



def roster_rows(regimen):
    """One 52-week program with 1 to 500 athletes: build time and peak memory against roster size."""
    print("\nA 52-week program, roster size against build time (build --to all, 1 core)")
    print(f"  {'athletes':>8} {'dated sessions':>15} {'wall':>10} {'per athlete-week':>18} {'peak RSS':>10} {'written':>10} {'output':>10}")
    for athletes in (1, 10, 100, 500):
        team, team_files, _ = corpus(1, seed=52, program_weeks=52, athletes=f"{athletes}-{athletes}")
        out_dir = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-", dir=WORK))

        def fresh():
            shutil.rmtree(out_dir, ignore_errors=True)
            out_dir.mkdir()
        seconds, peak, _ = run([regimen, "build", team_files[0], "--to", "all", "-o", out_dir], 3 if athletes < 500 else 1, pin=True, setup=fresh)
        written = sum(p.stat().st_size for p in out_dir.iterdir())
        sessions = sum(1 for line in (out_dir / next(p.name for p in out_dir.iterdir() if p.suffix == ".json")).open() if '"identity"' in line)
        shutil.rmtree(out_dir, ignore_errors=True)
        print(f"  {athletes:>8} {sessions:>15} {seconds * 1000:8.0f} ms {seconds / (athletes * 52) * 1000:14.2f} ms {peak:8.0f} MiB "
              f"{written / 1e6:8.1f} MB {written / seconds / 1e6:6.1f} MB/s")


def check_growth_rows(regimen, measured, arguments):
    """Peak memory and time of `regimen check` (2 cores) from 100 to 10,000 files: flat and linear."""
    print("\nPeak memory of regimen check as the corpus grows (2 cores)")
    for count in (100, 1000, 5000, 10000):
        grown, grown_files, grown_size = measured if measured and count == arguments.count else corpus(count)
        seconds, peak, _ = run([regimen, "check", grown], 1 if count >= 5000 else 3)
        print(f"  {len(grown_files):>5} files, {grown_size / 1e6:6.1f} MB: {seconds:6.2f} s, {seconds / len(grown_files) * 1000:5.2f} ms a file, "
              f"peak RSS {peak:6.1f} MiB")


def season_logs(regimen):
    """A season of training logs (Benchmarks/generate_season.py): what reading and checking them
    adds to building the program."""
    season = WORK / "season"
    if not (season / "season.yaml").exists():
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_season.py"), "--out", str(season)], check=True)
    program, logs = season / "season.yaml", season / "logs"
    size = sum(p.stat().st_size for p in logs.iterdir())
    out_dir = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-", dir=WORK))

    def fresh():
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
    print("\nA season of training logs: 52 weeks × 4 sessions × 30 athletes, every session logged (build --to all, 1 core)")
    without, peak_without, _ = run([regimen, "build", program, "--to", "all", "-o", out_dir], 5, pin=True, setup=fresh)
    with_logs, peak_with, _ = run([regimen, "build", program, "--to", "all", "-o", out_dir, "--log", logs], 5, pin=True, setup=fresh)
    checked_without, _, _ = run([regimen, "check", program], 5, pin=True)
    checked_with, _, _ = run([regimen, "check", program, "--log", logs], 5, pin=True)
    shutil.rmtree(out_dir, ignore_errors=True)
    print(f"  build without logs             {without * 1000:8.0f} ms  peak {peak_without:6.0f} MiB")
    print(f"  build with 30 logs ({size / 1e6:.1f} MB)    {with_logs * 1000:8.0f} ms  peak {peak_with:6.0f} MiB  "
          f"(+{(with_logs - without) / without * 100:.1f}%)")
    print(f"  check without / with the logs  {checked_without * 1000:8.0f} ms / {checked_with * 1000:.0f} ms "
          f"(reading and checking the logs: {(checked_with - checked_without) * 1000:.0f} ms)")


def diff_rows(regimen):
    """regimen diff on the 52-week, 100-athlete program against a copy with one rule's step
    doubled (every load that rule drives changes from week 2 on), beside a build of it."""
    team, team_files, _ = corpus(1, seed=52, program_weeks=52, athletes="100-100")
    original = team_files[0]
    changed = WORK / "diff-52w-100" / original.name
    changed.parent.mkdir(parents=True, exist_ok=True)
    text, count = re.subn(r"(\n  [a-z-]+: \{ load: \+)2\.5kg", r"\g<1>5kg", original.read_text(), count=1)
    if count != 1:
        raise SystemExit("the 52-week program has no `load: +2.5kg` rule to change")
    changed.write_text(text)
    out_dir = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-", dir=WORK))

    def fresh():
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
    build, build_peak, _ = run([regimen, "build", original, "--to", "all", "-o", out_dir], 3, pin=True, setup=fresh)
    shutil.rmtree(out_dir, ignore_errors=True)
    print("\nregimen diff, the 52-week program with 100 athletes, one rule's step doubled (1 core, --jobs 1)")
    print(f"  {'':44} {'wall':>10} {'÷ build':>8} {'peak RSS':>10} {'output':>10}")
    print(f"  {'regimen build --to all (for comparison)':44} {build * 1000:8.0f} ms {1:7.2f}× {build_peak:8.0f} MiB")
    for name, arguments in (("regimen diff (human)", []), ("regimen diff --format json", ["--format", "json"]),
                            ("regimen diff --format markdown", ["--format", "markdown"])):
        seconds, peak, out = run([regimen, "diff", "--jobs", "1", original, changed] + arguments, 3, pin=True)
        print(f"  {name:44} {seconds * 1000:8.0f} ms {seconds / build:7.2f}× {peak:8.0f} MiB {len(out) / 1e3:7.0f} KB")
    seconds, peak, out = run([regimen, "diff", "--jobs", "1", original, original], 3, pin=True)
    print(f"  {'regimen diff, the program against itself':44} {seconds * 1000:8.0f} ms {seconds / build:7.2f}× {peak:8.0f} MiB")


def compare(folder, files, size, floor, repeat):
    venv = WORK / "venv"
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([venv / "bin" / "pip", "install", "--quiet", "check-jsonschema==0.33.0", "yamllint==1.37.1"], check=True)
    print("\nOther tools on the same corpus (1 run each)")
    schema = ROOT / "schema" / "program.schema.json"
    seconds, peak, _ = run([venv / "bin" / "check-jsonschema", "--schemafile", schema, *files], 1)
    row("check-jsonschema with the spec's schema", seconds, len(files), size, peak, floor)
    seconds, peak, _ = run([venv / "bin" / "yamllint", "-d", "relaxed", folder], 1)
    row("yamllint (relaxed)", seconds, len(files), size, peak, floor)
    seed = ROOT / "Programs" / "runner-hip-balance.yaml"
    seconds, _, _ = run([venv / "bin" / "check-jsonschema", "--schemafile", schema, seed], 3)
    print(f"  check-jsonschema on one file: {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
