#!/usr/bin/env python3
"""Writes schema/program.schema.json, the JSON Schema of Regimen's spec language.

The schema is written by this script rather than by hand so that shared pieces (durations,
loads, names) are defined once. A Swift test keeps the schema's keys in step with the decoder
(`SpecObjects`), and scripts/validate_schema.py checks it accepts every example program and
rejects the invalid specs it can express. Run: python3 scripts/schema/make_program_schema.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

NAME = "^[a-z0-9][a-z0-9_-]{0,63}$"
NUMBER = r"[0-9]{1,9}(\.[0-9]{1,3})?"
DURATION_UNIT = "(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours)"
DURATION = rf"^ *({NUMBER} *{DURATION_UNIT} *)+$"
MASS_UNIT = "([kK][gG][sS]?|[lL][bB][sS]?)"
MASS = rf"^ *{NUMBER} *{MASS_UNIT} *$"
LOAD = rf"^ *({NUMBER} *{MASS_UNIT}?|([bB]odyweight|[bB][wW])( *\+ *{NUMBER} *{MASS_UNIT})?|{NUMBER} *%) *$"
PERCENT = r"^ *[0-9]{1,3} *% *$"


def ref(name):
    return {"$ref": f"#/$defs/{name}"}


def obj(description, properties, required=(), **extra):
    schema = {"type": "object", "description": description, "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = list(required)
    schema.update({("not" if key == "not_" else key): value for key, value in extra.items()})
    return schema


def text(description):
    return {"type": "string", "description": description}


def text_list(description):
    return {"description": description, "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}


def integer(description, minimum, maximum):
    return {"type": "integer", "description": description, "minimum": minimum, "maximum": maximum}


def duration(description):
    return {"type": "string", "description": description + " A duration with its unit: `30s`, `2min`, `1h30min`.", "pattern": DURATION}


def week_list(description):
    return {"description": description, "anyOf": [ref("name"), {"type": "array", "items": ref("name")}]}


defs = {
    "name": {"type": "string", "pattern": NAME, "description": "A name: lowercase letters, digits, `-` and `_`."},
    "load": {"description": "A load: `40kg`, `95lb`, a bare number in the program's units, `bodyweight`, `bodyweight + 10kg`, or `75%` of the training max.",
             "anyOf": [{"type": "number", "exclusiveMinimum": 0, "maximum": 1000}, {"type": "string", "pattern": LOAD}]},
    "mass": {"type": "string", "description": "A weight with its unit: `20kg`, `45lb`.", "pattern": MASS},
    "massStep": {"type": "string", "description": "An increment with its unit: `+2.5kg`.", "pattern": rf"^ *\+? *{NUMBER} *{MASS_UNIT} *$"},
    "reps": {"description": "Reps: `8`, a range `8-12`, `5+` (as many as possible, at least 5), or `amrap`.",
             "anyOf": [{"type": "integer", "minimum": 1, "maximum": 200},
                       {"type": "string", "pattern": "^ *([0-9]{1,3} *([-\u2013\u2014] *[0-9]{1,3}|\\+)?|[aA][mM][rR][aA][pP]) *$"}]},
    "percentage": {"type": "string", "description": "A percentage: `60%`.", "pattern": PERCENT},
    "date": {"type": "string", "description": "A date, year-month-day: `2027-03-01`.", "pattern": "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"},
    "time": {"type": "string", "description": "A time of day on the 24-hour clock, quoted: `\"07:00\"`.", "pattern": "^ *([01]?[0-9]|2[0-3]):[0-5][0-9] *$"},
    "units": {"enum": ["kg", "lb", "kgs", "lbs"], "description": "Units for loads written without one."},
    "timezone": text("An IANA time zone: `Europe/London`, `America/New_York`, `UTC`."),
    "exercises": {"type": "object", "description": "Exercises by name.", "propertyNames": {"pattern": NAME},
                  "additionalProperties": ref("exercise")},
    "rounding": {"description": "Rounding of computed loads: a step (`2.5kg`), a step per unit (`[2.5kg, 5lb]`), or `{step, direction}`.",
                 "anyOf": [ref("mass"), {"type": "array", "items": ref("mass")},
                           obj("Rounding with a direction.", {"step": {"anyOf": [ref("mass"), {"type": "array", "items": ref("mass")}]},
                                                              "direction": {"enum": ["nearest", "down", "up"]}}, ["step"])]},
    "schedule": obj("A weekly schedule: weekdays to a session, a list of sessions, or `rest`.",
                    {day: week_list(f"What happens on {day}.") for day in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}),
}

defs["exercise"] = obj("An exercise.", {
    "name": text("The name athletes see."),
    "kind": {"enum": ["strength", "mobility", "core", "cardio", "recovery"]},
    "targets": text_list("Primary target muscles."),
    "secondary": text_list("Muscles the exercise also works."),
    "per-side": {"type": "boolean", "description": "Done on each side in turn."},
    "equipment": text_list("What is needed."),
    "cues": text_list("Coaching cues, printed on every card."),
    "harder": ref("name"),
    "bar": ref("mass"),
    "rounding": ref("rounding"),
}, ["name", "kind"])

item_properties = {
    "exercise": ref("name"),
    "sets": integer("Sets, 1 to 50.", 1, 50),
    "reps": ref("reps"),
    "load": ref("load"),
    "hold": duration("Hold time per set (per side for a per-side exercise)."),
    "duration": duration("Work time."),
    "distance": {"type": "string", "description": "A distance: `400m`, `5km`, `3mi`.", "pattern": rf"^ *{NUMBER} *(m|km|mi|M|KM|Km|MI) *$"},
    "rest": {"description": "Rest between sets.", "anyOf": [{"type": "string", "pattern": DURATION}]},
    "tempo": {"type": "string", "description": "Tempo: `3-1-1-0` or `31X0`.",
              "pattern": "^ *(([0-9]{1,2}|[xX])([-\u2013\u2014]([0-9]{1,2}|[xX])){3}|([0-9xX]{4})) *$"},
    "rpe": {"description": "RPE, 1 to 10 in steps of 0.5.", "anyOf": [{"type": "number", "minimum": 1, "maximum": 10, "multipleOf": 0.5}]},
    "rir": integer("Reps in reserve.", 0, 10),
    "side": {"enum": ["left", "right"]},
    "notes": text("Shown under the exercise."),
    "optional": {"type": "boolean"},
    "progress": {"description": "Progression: a rule name, a rule, or a list of them.",
                 "anyOf": [ref("name"), ref("rule"), {"type": "array", "items": {"anyOf": [ref("name"), ref("rule")]}}]},
    "training-max": ref("name"),
}
SAYS_WHAT_TO_DO = [{"required": [key]} for key in ("reps", "hold", "duration", "distance", "progress")]
defs["item"] = obj("One exercise with what to do.", item_properties, ["exercise"], anyOf=SAYS_WHAT_TO_DO)
defs["group"] = obj("A superset or circuit.", {
    "superset": {"type": "array", "minItems": 2, "items": ref("groupItem")},
    "circuit": {"type": "array", "minItems": 2, "items": ref("groupItem")},
    "rounds": integer("Times through, 1 to 50.", 1, 50),
    "rest": {"type": "string", "pattern": DURATION, "description": "Rest after each round."},
    "notes": text("Notes for the group."),
}, ["rounds"], oneOf=[{"required": ["superset"]}, {"required": ["circuit"]}])
defs["groupItem"] = obj("An exercise inside a superset or circuit (no `sets`: rounds give them).",
                        {key: value for key, value in item_properties.items() if key != "sets"}, ["exercise"], anyOf=SAYS_WHAT_TO_DO)
defs["session"] = obj("A session.", {
    "title": text("The title on cards and calendar events."),
    "at": ref("time"),
    "duration": duration("How long the session takes."),
    "location": text("Where."),
    "notes": text("Shown on the card."),
    "items": {"type": "array", "minItems": 1, "items": {"anyOf": [ref("item"), ref("group")]}},
}, ["title", "items"])
defs["rule"] = obj("A progression rule: one of `load`, `reps`, `sets`, `hold`, `double`, `wave`, `rpe`, `rir`, `harder-after`.", {
    "load": ref("massStep"),
    "reps": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^ *\\+? *[0-9]{1,3} *$"}]},
    "sets": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^ *\\+? *[0-9]{1,3} *$"}]},
    "hold": {"type": "string", "pattern": rf"^ *\+? *({NUMBER} *{DURATION_UNIT} *)+$"},
    "every": {"type": "string", "pattern": "^ *([0-9]{1,2} +)?(week|weeks|session|sessions|workout|workouts) *$"},
    "max": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string"}]},
    "then": {"enum": ["stay", "harder"]},
    "step-loading": {"type": "string", "pattern": "^ *[0-9]{1,2}/[0-9]{1,2} *$"},
    "double": ref("massStep"),
    "wave": {"anyOf": [{"const": "5/3/1"},
                       {"type": "array", "minItems": 1, "items": {"type": "array", "minItems": 1,
                                                                  "items": {"type": "string", "pattern": "^ *[0-9]{1,3}(\\.[0-9])? *% *[x\u00d7] *[0-9]{1,3}\\+? *$"}}}]},
    "increase": ref("massStep"),
    "rpe": {"type": "array", "minItems": 1, "items": {"type": "number", "minimum": 1, "maximum": 10, "multipleOf": 0.5}},
    "rir": {"type": "array", "minItems": 1, "items": {"type": "integer", "minimum": 0, "maximum": 10}},
    "harder-after": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^ *[0-9]{1,2}( +weeks?)? *$"}]},
}, oneOf=[{"required": [kind]} for kind in ("load", "reps", "sets", "hold", "double", "wave", "rpe", "rir", "harder-after")])
defs["phase"] = obj("A named run of weeks.", {
    "name": text("Shown on cards and calendars."),
    "weeks": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^ *[0-9]{1,3} *([-\u2013] *[0-9]{1,3})? *$"}]},
    "volume": ref("percentage"),
    "intensity": ref("percentage"),
    "progression": {"enum": ["pause", "continue"]},
    "deload": {"type": "boolean"},
    "schedule": ref("schedule"),
}, ["name", "weeks"])
defs["deload"] = obj("A deload every N weeks.", {
    "every": integer("Every N-th week is a deload.", 2, 52),
    "volume": ref("percentage"),
    "intensity": ref("percentage"),
}, ["every"])
LINT_CODE = {"type": "string", "pattern": "^[Ww]5(0[1-9]|10)$"}
defs["lints"] = obj("Coaching lints: which to allow or deny, and their thresholds (docs/lints.md).", {
    "allow": {"anyOf": [LINT_CODE, {"type": "array", "items": LINT_CODE}]},
    "deny": {"anyOf": [LINT_CODE, {"type": "array", "items": LINT_CODE}]},
    "stretched-groups": text_list("Muscle groups that must be stretched when loaded (default: hip flexors)."),
    "min-loaded-sets-to-stretch": integer("Weekly hard sets from which a group must be stretched.", 1, 100),
    "hamstring-glute-ratio": {"type": "number", "minimum": 1, "maximum": 10},
    "max-training-days-in-a-row": integer("Training days in a row before a rest day is due.", 2, 14),
    "hard-sets-on-consecutive-days": integer("Hard sets for a group that count as hard on consecutive days.", 1, 100),
    "max-weekly-load-increase": ref("percentage"),
    "max-training-max-increase": ref("percentage"),
    "deload-after-weeks": integer("Program length from which a lighter week is expected.", 2, 52),
    "min-stretch-hold": duration("The shortest stretch hold."),
    "duration-tolerance": ref("percentage"),
})

defs["athlete"] = obj("An athlete.", {
    "name": text("Shown on cards and calendars."),
    "id": ref("name"),
    "start": ref("date"),
    "timezone": ref("timezone"),
    "units": ref("units"),
    "training-max": {"type": "object", "propertyNames": {"pattern": NAME}, "additionalProperties": ref("load")},
    "loads": {"type": "object", "propertyNames": {"pattern": NAME}, "additionalProperties": ref("load")},
}, ["name"])
defs["program"] = obj("A Regimen program.", {
    "regimen": {"const": 1, "description": "The spec format version."},
    "id": ref("name"),
    "program": text("The program's name."),
    "coach": text("The coach's name."),
    "athlete": text("The athlete's name, for a program with one athlete."),
    "athletes": {"type": "array", "minItems": 1, "items": ref("athlete")},
    "roster": text("A roster file, relative to this one."),
    "notes": text("Shown at the top of the cards."),
    "start": ref("date"),
    "weeks": integer("Number of weeks.", 1, 260),
    "timezone": ref("timezone"),
    "units": ref("units"),
    "rounding": ref("rounding"),
    "include": text_list("Exercise libraries, relative to this file."),
    "rules": {"type": "object", "propertyNames": {"pattern": NAME}, "additionalProperties": ref("rule")},
    "phases": {"type": "array", "items": ref("phase")},
    "deload": ref("deload"),
    "lints": ref("lints"),
    "exercises": ref("exercises"),
    "sessions": {"type": "object", "propertyNames": {"pattern": NAME, "not": {"const": "rest"}}, "additionalProperties": ref("session")},
    "schedule": ref("schedule"),
}, ["regimen", "program", "start", "weeks", "timezone", "sessions", "schedule"],
    not_={"anyOf": [{"required": ["athlete", "athletes"]}, {"required": ["athlete", "roster"]}, {"required": ["athletes", "roster"]}]})
defs["library"] = obj("A Regimen exercise library.", {
    "regimen": {"const": 1},
    "library": text("The library's name."),
    "include": text_list("More libraries."),
    "exercises": ref("exercises"),
}, ["regimen", "library"])
defs["roster"] = obj("A Regimen roster.", {
    "regimen": {"const": 1},
    "roster": text("The roster's name."),
    "athletes": {"type": "array", "minItems": 1, "items": ref("athlete")},
}, ["regimen", "roster", "athletes"])

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://regimen.example/schema/spec/1/program.schema.json",
    "title": "Regimen spec, format 1",
    "description": "A Regimen program, exercise library or roster. See docs/spec-language.md.",
    "oneOf": [
        {"allOf": [{"required": ["program"]}, ref("program")]},
        {"allOf": [{"required": ["library"]}, ref("library")]},
        {"allOf": [{"required": ["roster"]}, ref("roster")]},
    ],
    "$defs": defs,
}

(ROOT / "schema" / "program.schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
