#!/usr/bin/env python3
"""Checks `regimen diff`'s machine-read formats with independent tools.

- `--format markdown` rendered with a CommonMark parser (markdown-it-py, with GitHub's tables):
  each program's summary table has the seven columns and a row per athlete, with the names,
  statuses and counts of the JSON form; every `<details>` section opens and closes, one per
  changed athlete; and every line of the diff reads back, after parsing, exactly as the JSON
  says it (so escaping neither loses nor adds characters).
- `--format json` validated against schema/diff.schema.json (jsonschema), with counts checked
  against the session instances listed.

Over the golden files of Tests/CLITests/Fixtures/diff and over live runs: the example programs
against themselves, and against a copy with a rule changed, a session moved and an athlete
added whose name is full of Markdown syntax.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
from markdown_it import MarkdownIt

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "Tests" / "CLITests" / "Fixtures" / "diff"
COLUMNS = ["Athlete", "Status", "Added", "Cancelled", "Moved", "Renamed", "Changed"]
HOSTILE = "Jo | <b>*Smith*</b> & [Co](x) `x` \\ _y_ #1"


def fail(message):
    raise SystemExit(f"FAIL {message}")


def plain(token):
    """The text of an inline token as a reader sees it."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def tables(tokens):
    """Each table as a list of rows, each a list of cell texts."""
    result, rows, row = [], None, None
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(plain(token))
        elif token.type == "tr_close":
            rows.append(row)
            row = None
        elif token.type == "table_close":
            result.append(rows)
            rows = None
    return result


def check_markdown(text, document, what):
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    if not any(t.type == "heading_open" for t in tokens):
        fail(f"{what}: no heading")
    changed = [p for p in document["programs"] if p["status"] != "unchanged"]
    found = tables(tokens)
    if len(found) != len(changed):
        fail(f"{what}: {len(found)} tables for {len(changed)} changed programs")
    for rows, program in zip(found, changed):
        if rows[0] != COLUMNS:
            fail(f"{what}: table header {rows[0]}")
        body = rows[1:]
        if len(body) != len(program["athletes"]):
            fail(f"{what}: {len(body)} rows for {len(program['athletes'])} athletes")
        for row, athlete in zip(body, program["athletes"]):
            if len(row) != len(COLUMNS):
                fail(f"{what}: a row has {len(row)} cells: {row}")
            name = athlete["name"] if athlete["name"] is not None else athlete["id"]
            if row[0] != f"{name} ({athlete['id']})":
                fail(f"{what}: athlete cell {row[0]!r}, expected {name!r} ({athlete['id']})")
            counts = athlete["counts"]
            expected = [athlete["status"], *(str(counts[k]) for k in ("added", "cancelled", "moved", "renamed", "changed"))]
            if row[1:] != expected:
                fail(f"{what}: {row} against {expected}")
    blocks = [t.content for t in tokens if t.type == "html_block"]
    opened = sum(b.count("<details>") for b in blocks)
    closed = sum(b.count("</details>") for b in blocks)
    athletes_changed = sum(1 for p in changed for a in p["athletes"] if a["status"] != "unchanged")
    if not opened == closed == athletes_changed:
        fail(f"{what}: {opened} <details>, {closed} </details>, {athletes_changed} changed athletes")
    if "<details>" in "".join(t.content for t in tokens if t.type == "inline"):
        fail(f"{what}: a <details> tag ended up inside a paragraph")
    lines = {plain(t) for t in tokens if t.type == "inline"}
    for program in changed:
        for change in program["changes"]:
            if change["text"] not in lines:
                fail(f"{what}: program line {change['text']!r} does not read back from the Markdown")
        for athlete in program["athletes"]:
            for group in ("changes", "sessions", "exercises"):
                for change in athlete[group]:
                    if change["text"] not in lines:
                        fail(f"{what}: line {change['text']!r} does not read back from the Markdown")
    return len(found)


def check_json(validator, document, what):
    errors = list(validator.iter_errors(document))
    for error in errors[:10]:
        print(f"  {what}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
    if errors:
        fail(f"{what} does not match schema/diff.schema.json")
    for program in document["programs"]:
        for athlete in program["athletes"]:
            sessions = athlete["sessions"]
            added = sum(len(c["occurrences"]) for c in sessions if c["kind"] == "added")
            cancelled = sum(len(c["occurrences"]) for c in sessions if c["kind"] == "removed")
            if (added, cancelled) != (athlete["counts"]["added"], athlete["counts"]["cancelled"]):
                fail(f"{what}: {athlete['id']}: counts {athlete['counts']} against {added} added, {cancelled} cancelled listed")
            uids = [o["uid"] for c in sessions if c["kind"] in ("added", "removed") for o in c["occurrences"]]
            if len(uids) != len(set(uids)):
                fail(f"{what}: {athlete['id']}: a session is listed twice")
            for change in athlete["sessions"] + athlete["exercises"]:
                if change["weeks"] != sorted({o["week"] for o in change["occurrences"]}):
                    fail(f"{what}: weeks {change['weeks']} do not match the occurrences of {change['text']!r}")


def run(regimen, arguments, cwd):
    result = subprocess.run([regimen, "diff", *arguments], capture_output=True, text=True, cwd=cwd)
    if result.returncode not in (0, 1):
        fail(f"regimen diff {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def live_cases(regimen, work):
    """(name, markdown, json) for the example programs against themselves and against an edit."""
    old, new = work / "old", work / "new"
    shutil.copytree(ROOT / "Programs", old)
    shutil.copytree(ROOT / "Programs", new)
    program = new / "five-three-one.yaml"
    text = program.read_text()
    for before, after in (("assistance: { double: +2.5kg, every: session }", "assistance: { double: +5kg, every: session }"),
                          ("  thu: deadlift-day", "  wed: deadlift-day")):
        if before not in text:
            fail(f"the live case's edit no longer applies: {before!r}")
        text = text.replace(before, after)
    program.write_text(text)
    roster = new / "rosters" / "barbell-club.yaml"
    roster.write_text(roster.read_text() + f"""
  - name: {json.dumps(HOSTILE)}
    id: jo-smith
    start: 2027-01-04
    training-max: {{ back-squat: 90kg, bench-press: 60kg, deadlift: 110kg, overhead-press: 40kg }}
""")
    cases = []
    for name, arguments in (("Programs against themselves", [str(ROOT / "Programs"), str(ROOT / "Programs")]),
                            ("Programs edited", [str(old), str(new)])):
        cases.append((name, run(regimen, arguments + ["--format", "markdown"], work), json.loads(run(regimen, arguments + ["--format", "json"], work))))
    if HOSTILE not in cases[1][1] and "Jo \\|" not in cases[1][1]:
        fail("the athlete with Markdown in their name is not in the edited case's Markdown")
    return cases


def main():
    regimen = str(pathlib.Path(sys.argv[1]).resolve())
    validator = jsonschema.Draft202012Validator(json.loads((ROOT / "schema" / "diff.schema.json").read_text()))
    jsonschema.Draft202012Validator.check_schema(validator.schema)
    checked = 0
    for markdown in sorted(GOLDEN.glob("*.md")):
        document = json.loads(markdown.with_suffix(".json").read_text())
        check_json(validator, document, markdown.with_suffix(".json").name)
        checked += check_markdown(markdown.read_text(), document, markdown.name)
    with tempfile.TemporaryDirectory() as folder:
        for name, markdown, document in live_cases(regimen, pathlib.Path(folder)):
            check_json(validator, document, name)
            checked += check_markdown(markdown, document, name)
            if name == "Programs edited" and not any(a["name"] == HOSTILE for p in document["programs"] for a in p["athletes"]):
                fail("the athlete with Markdown in their name is missing from the JSON")
    print(f"ok: regimen diff's Markdown renders with {checked} well-formed tables and every line intact (markdown-it-py), and its JSON matches schema/diff.schema.json")


if __name__ == "__main__":
    main()
