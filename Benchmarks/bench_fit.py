#!/usr/bin/env python3
"""FIT benchmarks: writing workouts and reading activities, in whole processes.

Run through `scripts/bench --fit`, which builds the binaries first (or by hand:
`python3 Benchmarks/bench_fit.py --regimen .build-static/release/regimen`). Figures are medians
of whole processes under Benchmarks/measure/measure.c (wall time, peak resident memory).
"""
import argparse
import pathlib
import shutil
import struct
import tempfile

from bench import WORK, ROOT, corpus, run

FIT_EPOCH = 631065600


def crc(data):
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    value = 0
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            entry = table[value & 0xF]
            value = ((value >> 4) & 0x0FFF) ^ entry ^ table[nibble]
    return value


def activity(path, records):
    """A strength activity with `records` one-second heart-rate records around 20 sets, as a
    watch writes a long session; the CRC computed on the records only once, by repetition."""
    body = bytearray()
    body += bytes([0x40, 0, 0]) + struct.pack("<HB", 0, 1) + bytes([0, 1, 0x00])
    body += bytes([0x00, 4])
    body += bytes([0x41, 0, 0]) + struct.pack("<HB", 20, 2) + bytes([253, 4, 0x86, 3, 1, 0x02])
    body += bytes([0x42, 0, 0]) + struct.pack("<HB", 225, 4) + bytes([254, 4, 0x86, 3, 2, 0x84, 4, 2, 0x84, 5, 1, 0x02])
    start = 1_100_000_000
    per_set = max(1, records // 20)
    for index in range(records):
        body += bytes([0x01]) + struct.pack("<IB", start + index, 120 + index % 40)
        if index % per_set == per_set - 1:
            body += bytes([0x02]) + struct.pack("<IHHB", start + index, 8, 40 * 16, 1)
    header = bytearray(struct.pack("<BBHI4s", 14, 0x10, 21218, len(body), b".FIT"))
    header += struct.pack("<H", crc(header))
    data = bytes(header) + bytes(body)
    path.write_bytes(data + struct.pack("<H", crc(data)))
    return len(data) + 2


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regimen", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    regimen = pathlib.Path(arguments.regimen).resolve()
    seed = ROOT / "Programs" / "runner-hip-balance.yaml"
    out = pathlib.Path(tempfile.mkdtemp(prefix="regimen-bench-fit-", dir=WORK))

    def fresh():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()

    print("\nFIT (median of runs)")
    seconds, peak, _ = run([regimen, "build", seed, "--to", "fit", "-o", out], arguments.repeat, setup=fresh)
    files = list((out / "runner-hip-balance" / "fit").glob("*.fit"))
    size = sum(f.stat().st_size for f in files)
    print(f"  regimen build --to fit (seed: {len(files)} workouts, {size / 1000:.0f} KB)   {seconds * 1000:7.1f} ms   peak {peak:5.1f} MiB")
    _, team_files, _ = corpus(1, seed=52, program_weeks=52, athletes="100-100")
    seconds, peak, _ = run([regimen, "build", team_files[0], "--to", "fit", "-o", out], 1, pin=True, setup=fresh)
    count = sum(1 for _ in out.rglob("*.fit"))
    print(f"  regimen build --to fit (52 weeks × 100 athletes: {count} workouts, 1 core) {seconds * 1000:7.0f} ms   peak {peak:5.1f} MiB")
    for records in (3600, 100_000, 2_000_000):
        path = WORK / f"activity-{records}.fit"
        size = path.stat().st_size if path.exists() else activity(path, records)
        seconds, peak, _ = run([regimen, "activity", path], arguments.repeat)
        print(f"  regimen activity, {records:>9} records ({size / 1e6:6.2f} MB)   {seconds * 1000:7.1f} ms   {size / seconds / 1e6:6.1f} MB/s   peak {peak:5.1f} MiB")
    huge = WORK / "activity-100MB.fit"
    if not huge.exists():
        with huge.open("wb") as stream:
            stream.write(struct.pack("<BBHI4sH", 14, 0x10, 21218, 100 << 20, b".FIT", 0))
            stream.write(b"\0" * (100 << 20))
    seconds, peak, _ = run([regimen, "activity", huge], arguments.repeat)
    print(f"  regimen activity, a 100 MB file (refused, R657)      {seconds * 1000:7.1f} ms   peak {peak:5.1f} MiB")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
