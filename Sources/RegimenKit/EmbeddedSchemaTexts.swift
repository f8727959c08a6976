// Generated from schema/*.json by scripts/update-golden (SchemaSyncTests); do not edit.

extension EmbeddedSchemas {
    static let texts: [(name: String, json: String)] = [
        ("program", ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://regimen.example/schema/spec/1/program.schema.json",
  "title": "Regimen spec, format 1",
  "description": "A Regimen program, exercise library or roster. See docs/spec-language.md.",
  "oneOf": [
    {
      "allOf": [
        {
          "required": [
            "program"
          ]
        },
        {
          "$ref": "#/$defs/program"
        }
      ]
    },
    {
      "allOf": [
        {
          "required": [
            "library"
          ]
        },
        {
          "$ref": "#/$defs/library"
        }
      ]
    },
    {
      "allOf": [
        {
          "required": [
            "roster"
          ]
        },
        {
          "$ref": "#/$defs/roster"
        }
      ]
    }
  ],
  "$defs": {
    "name": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$",
      "description": "A name: lowercase letters, digits, `-` and `_`."
    },
    "load": {
      "description": "A load: `40kg`, `95lb`, a bare number in the program's units, `bodyweight`, `bodyweight + 10kg`, or `75%` of the training max.",
      "anyOf": [
        {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000
        },
        {
          "type": "string",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *([kK][gG][sS]?|[lL][bB][sS]?)?|([bB]odyweight|[bB][wW])( *\\+ *[0-9]{1,9}(\\.[0-9]{1,3})? *([kK][gG][sS]?|[lL][bB][sS]?))?|[0-9]{1,9}(\\.[0-9]{1,3})? *%) *$"
        }
      ]
    },
    "mass": {
      "type": "string",
      "description": "A weight with its unit: `20kg`, `45lb`.",
      "pattern": "^ *[0-9]{1,9}(\\.[0-9]{1,3})? *([kK][gG][sS]?|[lL][bB][sS]?) *$"
    },
    "massStep": {
      "type": "string",
      "description": "An increment with its unit: `+2.5kg`.",
      "pattern": "^ *\\+? *[0-9]{1,9}(\\.[0-9]{1,3})? *([kK][gG][sS]?|[lL][bB][sS]?) *$"
    },
    "reps": {
      "description": "Reps: `8`, a range `8-12`, `5+` (as many as possible, at least 5), or `amrap`.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 1,
          "maximum": 200
        },
        {
          "type": "string",
          "pattern": "^ *([0-9]{1,3} *([-–—] *[0-9]{1,3}|\\+)?|[aA][mM][rR][aA][pP]) *$"
        }
      ]
    },
    "percentage": {
      "type": "string",
      "description": "A percentage: `60%`.",
      "pattern": "^ *[0-9]{1,3} *% *$"
    },
    "date": {
      "type": "string",
      "description": "A date, year-month-day: `2027-03-01`.",
      "pattern": "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"
    },
    "time": {
      "type": "string",
      "description": "A time of day on the 24-hour clock, quoted: `\"07:00\"`.",
      "pattern": "^ *([01]?[0-9]|2[0-3]):[0-5][0-9] *$"
    },
    "weekday": {
      "enum": [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun"
      ],
      "description": "A weekday, as three letters: `mon` … `sun`."
    },
    "units": {
      "enum": [
        "kg",
        "lb",
        "kgs",
        "lbs"
      ],
      "description": "Units for loads written without one."
    },
    "timezone": {
      "type": "string",
      "description": "An IANA time zone name of a place, `Area/Location` (`Europe/London`, `America/New_York`, `America/Argentina/Buenos_Aires`), or `UTC`. Abbreviations (`EST`, `CET`) and fixed offsets (`UTC-5`, `Etc/GMT+5`) do not follow daylight-saving time and are rejected.",
      "pattern": "^(UTC|Etc/UTC|(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(/[A-Za-z0-9_+-]+)+)$",
      "examples": [
        "Europe/London",
        "America/New_York",
        "UTC"
      ]
    },
    "exercises": {
      "type": "object",
      "description": "Exercises by name.",
      "propertyNames": {
        "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
      },
      "additionalProperties": {
        "$ref": "#/$defs/exercise"
      }
    },
    "rounding": {
      "description": "Rounding of computed loads: a step (`2.5kg`), a step per unit (`[2.5kg, 5lb]`), or `{step, direction}`.",
      "anyOf": [
        {
          "$ref": "#/$defs/mass"
        },
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/mass"
          }
        },
        {
          "type": "object",
          "description": "Rounding with a direction.",
          "additionalProperties": false,
          "properties": {
            "step": {
              "anyOf": [
                {
                  "$ref": "#/$defs/mass"
                },
                {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/mass"
                  }
                }
              ],
              "description": "The rounding step: one load (`2.5kg`), or one per unit (`[2.5kg, 5lb]`).",
              "examples": [
                "2.5kg",
                [
                  "2.5kg",
                  "5lb"
                ]
              ]
            },
            "direction": {
              "enum": [
                "nearest",
                "down",
                "up"
              ],
              "description": "Which way computed loads round: `nearest` (the default), `down` or `up`.",
              "examples": [
                "nearest",
                "down"
              ]
            }
          },
          "required": [
            "step"
          ]
        }
      ]
    },
    "schedule": {
      "type": "object",
      "description": "A weekly schedule: weekdays to a session, a list of sessions, or `rest`.",
      "additionalProperties": false,
      "properties": {
        "mon": {
          "description": "What happens on Monday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "tue": {
          "description": "What happens on Tuesday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "wed": {
          "description": "What happens on Wednesday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "thu": {
          "description": "What happens on Thursday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "fri": {
          "description": "What happens on Friday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "sat": {
          "description": "What happens on Saturday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        },
        "sun": {
          "description": "What happens on Sunday: a session's name, a list of sessions in order, or `rest`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          ],
          "examples": [
            "strength-a",
            [
              "pre-run",
              "post-run"
            ],
            "rest"
          ]
        }
      }
    },
    "exercise": {
      "type": "object",
      "description": "An exercise.",
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "description": "The name athletes see.",
          "examples": [
            "Kneeling hip flexor stretch",
            "Romanian deadlift"
          ]
        },
        "kind": {
          "enum": [
            "strength",
            "mobility",
            "core",
            "cardio",
            "recovery"
          ],
          "description": "What the exercise trains: `strength`, `mobility`, `core`, `cardio` or `recovery`. Coaching lints and duration estimates depend on it.",
          "examples": [
            "strength",
            "mobility"
          ]
        },
        "targets": {
          "description": "Primary target muscles.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "psoas major",
              "iliacus",
              "rectus femoris"
            ],
            "gluteus maximus"
          ]
        },
        "secondary": {
          "description": "Muscles the exercise also works.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "hamstrings"
            ]
          ]
        },
        "per-side": {
          "type": "boolean",
          "description": "Done on each side in turn.",
          "examples": [
            true
          ]
        },
        "equipment": {
          "description": "What is needed.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "barbell"
            ],
            "mat"
          ]
        },
        "cues": {
          "description": "Coaching cues, printed on every card.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "Tuck the pelvis under",
              "Squeeze the back leg's glute"
            ]
          ]
        },
        "harder": {
          "$ref": "#/$defs/name",
          "description": "The name of the next, harder variant (defined under `exercises`); progressions with `then: harder` or `harder-after` move on to it.",
          "examples": [
            "couch-stretch"
          ]
        },
        "bar": {
          "$ref": "#/$defs/mass",
          "description": "The bar's weight with its unit: computed loads never go below it.",
          "examples": [
            "20kg",
            "45lb"
          ]
        },
        "rounding": {
          "$ref": "#/$defs/rounding",
          "description": "This exercise's own rounding of computed loads, like `1.25kg` for micro-plates or `4kg` for kettlebells.",
          "examples": [
            "1.25kg",
            "4kg"
          ]
        },
        "alternative": {
          "$ref": "#/$defs/name",
          "description": "The exercise done instead by athletes who lack this one's equipment (of the same kind).",
          "examples": [
            "goblet-squat"
          ]
        },
        "fit": {
          "description": "The exercise in the FIT exercise catalog, which Garmin watches show: `category/name` (`hip_raise/barbell_hip_thrust_with_bench`), a category alone, or a mapping. See docs/fit.md.",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[a-z0-9_]+(/[a-z0-9_]+)?$"
            },
            {
              "$ref": "#/$defs/fitExercise"
            }
          ],
          "examples": [
            "hip_raise/barbell_hip_thrust_with_bench",
            {
              "category": "squat",
              "name": "goblet_squat"
            }
          ]
        },
        "garmin": {
          "description": "The same as `fit`.",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[a-z0-9_]+(/[a-z0-9_]+)?$"
            },
            {
              "$ref": "#/$defs/fitExercise"
            }
          ],
          "examples": [
            "squat/goblet_squat"
          ]
        },
        "aliases": {
          "description": "Other names of the exercise in training logs and app exports (`Romanian Deadlift (Barbell)` in a Strong export), matched in any case. See docs/logs.md.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "Romanian Deadlift (Barbell)"
            ],
            "Squat (Barbell)"
          ]
        }
      },
      "required": [
        "name",
        "kind"
      ]
    },
    "fitExercise": {
      "type": "object",
      "description": "An exercise of the FIT exercise catalog.",
      "additionalProperties": false,
      "properties": {
        "category": {
          "description": "The `exercise_category`: `hip_raise`, `squat`, `warm_up`, …",
          "enum": [
            "bench_press",
            "calf_raise",
            "cardio",
            "carry",
            "chop",
            "core",
            "crunch",
            "curl",
            "deadlift",
            "flye",
            "hip_raise",
            "hip_stability",
            "hip_swing",
            "hyperextension",
            "lateral_raise",
            "leg_curl",
            "leg_raise",
            "lunge",
            "olympic_lift",
            "plank",
            "plyo",
            "pull_up",
            "push_up",
            "row",
            "shoulder_press",
            "shoulder_stability",
            "shrug",
            "sit_up",
            "squat",
            "total_body",
            "triceps_extension",
            "warm_up",
            "run",
            "bike",
            "cardio_sensors",
            "move",
            "pose",
            "banded_exercises",
            "battle_rope",
            "elliptical",
            "floor_climb",
            "indoor_bike",
            "indoor_row",
            "ladder",
            "sandbag",
            "sled",
            "sledge_hammer",
            "stair_stepper",
            "suspension",
            "tire",
            "run_indoor",
            "bike_outdoor",
            "unknown"
          ],
          "examples": [
            "hip_raise"
          ]
        },
        "name": {
          "type": "string",
          "pattern": "^[a-z0-9_]+$",
          "description": "The category's exercise name: `barbell_hip_thrust_with_bench`. Leave it out to use the category alone.",
          "examples": [
            "barbell_hip_thrust_with_bench"
          ]
        }
      },
      "required": [
        "category"
      ]
    },
    "item": {
      "type": "object",
      "description": "One exercise with what to do.",
      "additionalProperties": false,
      "properties": {
        "exercise": {
          "$ref": "#/$defs/name",
          "description": "The exercise's name, as defined under `exercises` or in an included library.",
          "examples": [
            "glute-bridge",
            "romanian-deadlift"
          ]
        },
        "sets": {
          "description": "Sets, 1 to 50; or set groups, as coaches write them: `5x10 @ 50%`, `[1x5+ @ 85%, 4x5 @ 75%]`.",
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1,
              "maximum": 50
            },
            {
              "$ref": "#/$defs/setGroup"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/setGroup"
              }
            }
          ],
          "examples": [
            3,
            "5x10 @ 50%",
            [
              "1x5+ @ 85%",
              "4x5 @ 75%"
            ]
          ]
        },
        "reps": {
          "$ref": "#/$defs/reps",
          "description": "Reps per set (per side for a per-side exercise): `8`, a range `8-12` (for double progression), `5+` (as many as possible, at least 5), or `amrap`.",
          "examples": [
            8,
            "8-12",
            "5+"
          ]
        },
        "load": {
          "$ref": "#/$defs/load",
          "description": "The load: `40kg`, `95lb`, a bare number in the program's units, `bodyweight`, `bodyweight + 10kg`, or `75%` of the athlete's training max.",
          "examples": [
            "40kg",
            "95lb",
            "bodyweight",
            "75%"
          ]
        },
        "hold": {
          "type": "string",
          "description": "Hold time per set (per side for a per-side exercise). A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "30s",
            "1min"
          ]
        },
        "duration": {
          "type": "string",
          "description": "Work time. A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "20min",
            "45s"
          ]
        },
        "distance": {
          "type": "string",
          "description": "A distance: `400m`, `5km`, `3mi`.",
          "pattern": "^ *[0-9]{1,9}(\\.[0-9]{1,3})? *(m|km|mi|M|KM|Km|MI) *$",
          "examples": [
            "5km",
            "400m"
          ]
        },
        "rest": {
          "description": "Rest between sets: a duration, optionally followed by how to rest (`90s jog`, `2min walk`).",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^( *[0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+( +[A-Za-z][^0-9]*)?$"
            }
          ],
          "examples": [
            "90s",
            "2min"
          ]
        },
        "tempo": {
          "type": "string",
          "description": "Tempo: `3-1-1-0` or `31X0`.",
          "pattern": "^ *(([0-9]{1,2}|[xX])([-–—]([0-9]{1,2}|[xX])){3}|([0-9xX]{4})) *$",
          "examples": [
            "3-1-1-0",
            "31X0"
          ]
        },
        "rpe": {
          "description": "RPE, 1 to 10 in steps of 0.5.",
          "anyOf": [
            {
              "type": "number",
              "minimum": 1,
              "maximum": 10,
              "multipleOf": 0.5
            }
          ],
          "examples": [
            8,
            7.5
          ]
        },
        "rir": {
          "type": "integer",
          "description": "Reps in reserve.",
          "minimum": 0,
          "maximum": 10,
          "examples": [
            2
          ]
        },
        "side": {
          "enum": [
            "left",
            "right"
          ],
          "description": "`left` or `right`, for a per-side exercise done on one side only.",
          "examples": [
            "left"
          ]
        },
        "notes": {
          "type": "string",
          "description": "Shown under the exercise.",
          "examples": [
            "Keep the ribs down"
          ]
        },
        "optional": {
          "type": "boolean",
          "description": "`true` if the athlete may skip this item.",
          "examples": [
            true
          ]
        },
        "progress": {
          "description": "Progression: a rule name, a rule, or a list of them.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "$ref": "#/$defs/rule"
            },
            {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/name"
                  },
                  {
                    "$ref": "#/$defs/rule"
                  }
                ]
              }
            }
          ],
          "examples": [
            "weekly-load",
            {
              "load": "+2.5kg",
              "every": "week",
              "max": "60kg"
            },
            {
              "hold": "+5s",
              "max": "60s",
              "then": "harder"
            }
          ]
        },
        "training-max": {
          "$ref": "#/$defs/name",
          "description": "The training max that percentages refer to, when not the exercise's name, so that variants can share one.",
          "examples": [
            "back-squat"
          ]
        },
        "lift": {
          "$ref": "#/$defs/name",
          "description": "The lift whose training state the item shares with every item naming it (default: `training-max`, else the exercise).",
          "examples": [
            "back-squat"
          ]
        },
        "warm-up": {
          "description": "A warm-up before the work sets: a ramp's name (`standard`, or one under `warm-ups:`), `none`, or the sets: `[bar x 10, 40% x 5, 60% x 3, 80% x 1]`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "$ref": "#/$defs/warmUp"
            }
          ],
          "examples": [
            "standard",
            "none"
          ]
        },
        "deload": {
          "enum": [
            "own",
            "program"
          ],
          "description": "`own`: the program's deloads leave this item alone.",
          "examples": [
            "own"
          ]
        },
        "target": {
          "type": "string",
          "description": "An intensity target as text, shown with each set: `5k pace`, `zone 2`, `HR 140-150`, `5:30/km`.",
          "examples": [
            "zone 2",
            "5k pace",
            "5:30/km"
          ]
        }
      },
      "required": [
        "exercise"
      ],
      "anyOf": [
        {
          "required": [
            "reps"
          ]
        },
        {
          "required": [
            "hold"
          ]
        },
        {
          "required": [
            "duration"
          ]
        },
        {
          "required": [
            "distance"
          ]
        },
        {
          "required": [
            "progress"
          ]
        },
        {
          "required": [
            "sets"
          ],
          "properties": {
            "sets": {
              "not": {
                "type": "integer"
              },
              "description": "Without `reps` (or `hold`, `duration`, `distance`), `sets` gives set groups, not a count.",
              "examples": [
                "5x10 @ 50%"
              ]
            }
          }
        }
      ]
    },
    "group": {
      "type": "object",
      "description": "A superset or circuit.",
      "additionalProperties": false,
      "properties": {
        "superset": {
          "type": "array",
          "minItems": 2,
          "items": {
            "$ref": "#/$defs/groupItem"
          },
          "description": "The exercises of a superset, done back to back, one set each per round.",
          "examples": [
            [
              {
                "exercise": "reverse-lunge",
                "reps": 8,
                "load": "12kg"
              },
              {
                "exercise": "dead-bug",
                "reps": 10
              }
            ]
          ]
        },
        "circuit": {
          "type": "array",
          "minItems": 2,
          "items": {
            "$ref": "#/$defs/groupItem"
          },
          "description": "The exercises of a circuit, done in turn, one set each per round.",
          "examples": [
            [
              {
                "exercise": "glute-bridge",
                "reps": 12
              },
              {
                "exercise": "dead-bug",
                "reps": 10
              },
              {
                "exercise": "side-plank",
                "hold": "30s"
              }
            ]
          ]
        },
        "rounds": {
          "type": "integer",
          "description": "Times through, 1 to 50.",
          "minimum": 1,
          "maximum": 50,
          "examples": [
            3
          ]
        },
        "rest": {
          "type": "string",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "description": "Rest after each round.",
          "examples": [
            "60s"
          ]
        },
        "notes": {
          "type": "string",
          "description": "Notes for the group.",
          "examples": [
            "Move briskly between exercises"
          ]
        }
      },
      "required": [
        "rounds"
      ],
      "oneOf": [
        {
          "required": [
            "superset"
          ]
        },
        {
          "required": [
            "circuit"
          ]
        }
      ]
    },
    "groupItem": {
      "type": "object",
      "description": "An exercise inside a superset or circuit (no `sets`: rounds give them).",
      "additionalProperties": false,
      "properties": {
        "exercise": {
          "$ref": "#/$defs/name",
          "description": "The exercise's name, as defined under `exercises` or in an included library.",
          "examples": [
            "glute-bridge",
            "romanian-deadlift"
          ]
        },
        "reps": {
          "$ref": "#/$defs/reps",
          "description": "Reps per set (per side for a per-side exercise): `8`, a range `8-12` (for double progression), `5+` (as many as possible, at least 5), or `amrap`.",
          "examples": [
            8,
            "8-12",
            "5+"
          ]
        },
        "load": {
          "$ref": "#/$defs/load",
          "description": "The load: `40kg`, `95lb`, a bare number in the program's units, `bodyweight`, `bodyweight + 10kg`, or `75%` of the athlete's training max.",
          "examples": [
            "40kg",
            "95lb",
            "bodyweight",
            "75%"
          ]
        },
        "hold": {
          "type": "string",
          "description": "Hold time per set (per side for a per-side exercise). A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "30s",
            "1min"
          ]
        },
        "duration": {
          "type": "string",
          "description": "Work time. A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "20min",
            "45s"
          ]
        },
        "distance": {
          "type": "string",
          "description": "A distance: `400m`, `5km`, `3mi`.",
          "pattern": "^ *[0-9]{1,9}(\\.[0-9]{1,3})? *(m|km|mi|M|KM|Km|MI) *$",
          "examples": [
            "5km",
            "400m"
          ]
        },
        "rest": {
          "description": "Rest between sets.",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$"
            }
          ],
          "examples": [
            "90s",
            "2min"
          ]
        },
        "tempo": {
          "type": "string",
          "description": "Tempo: `3-1-1-0` or `31X0`.",
          "pattern": "^ *(([0-9]{1,2}|[xX])([-–—]([0-9]{1,2}|[xX])){3}|([0-9xX]{4})) *$",
          "examples": [
            "3-1-1-0",
            "31X0"
          ]
        },
        "rpe": {
          "description": "RPE, 1 to 10 in steps of 0.5.",
          "anyOf": [
            {
              "type": "number",
              "minimum": 1,
              "maximum": 10,
              "multipleOf": 0.5
            }
          ],
          "examples": [
            8,
            7.5
          ]
        },
        "rir": {
          "type": "integer",
          "description": "Reps in reserve.",
          "minimum": 0,
          "maximum": 10,
          "examples": [
            2
          ]
        },
        "side": {
          "enum": [
            "left",
            "right"
          ],
          "description": "`left` or `right`, for a per-side exercise done on one side only.",
          "examples": [
            "left"
          ]
        },
        "notes": {
          "type": "string",
          "description": "Shown under the exercise.",
          "examples": [
            "Keep the ribs down"
          ]
        },
        "optional": {
          "type": "boolean",
          "description": "`true` if the athlete may skip this item.",
          "examples": [
            true
          ]
        },
        "progress": {
          "description": "Progression: a rule name, a rule, or a list of them.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "$ref": "#/$defs/rule"
            },
            {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/name"
                  },
                  {
                    "$ref": "#/$defs/rule"
                  }
                ]
              }
            }
          ],
          "examples": [
            "weekly-load",
            {
              "load": "+2.5kg",
              "every": "week",
              "max": "60kg"
            },
            {
              "hold": "+5s",
              "max": "60s",
              "then": "harder"
            }
          ]
        },
        "training-max": {
          "$ref": "#/$defs/name",
          "description": "The training max that percentages refer to, when not the exercise's name, so that variants can share one.",
          "examples": [
            "back-squat"
          ]
        }
      },
      "required": [
        "exercise"
      ],
      "anyOf": [
        {
          "required": [
            "reps"
          ]
        },
        {
          "required": [
            "hold"
          ]
        },
        {
          "required": [
            "duration"
          ]
        },
        {
          "required": [
            "distance"
          ]
        },
        {
          "required": [
            "progress"
          ]
        }
      ]
    },
    "session": {
      "type": "object",
      "description": "A session.",
      "additionalProperties": false,
      "properties": {
        "title": {
          "type": "string",
          "description": "The title on cards and calendar events.",
          "examples": [
            "Hip mobility",
            "Glutes and hamstrings"
          ]
        },
        "at": {
          "$ref": "#/$defs/time",
          "description": "Local start time, quoted, on the 24-hour clock. Without it the session is an all-day event.",
          "examples": [
            "07:00",
            "18:30"
          ]
        },
        "duration": {
          "type": "string",
          "description": "How long the session takes. A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "45min",
            "1h"
          ]
        },
        "location": {
          "type": "string",
          "description": "Where.",
          "examples": [
            "Track",
            "Home gym"
          ]
        },
        "notes": {
          "type": "string",
          "description": "Shown on the card.",
          "examples": [
            "Warm up with 5 minutes of easy jogging"
          ]
        },
        "items": {
          "type": "array",
          "minItems": 1,
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/item"
              },
              {
                "$ref": "#/$defs/group"
              }
            ]
          },
          "description": "The exercises of the session, in order: each an item (`- exercise: …`) or a superset or circuit.",
          "examples": [
            [
              {
                "exercise": "glute-bridge",
                "sets": 3,
                "reps": 10
              }
            ]
          ]
        }
      },
      "required": [
        "title",
        "items"
      ]
    },
    "rule": {
      "type": "object",
      "description": "A progression rule: one of `load`, `reps`, `sets`, `hold`, `duration`, `distance`, `double`, `wave`, `rpe`, `rir`, `harder-after`, `training-max`, `stages`; with what it reads from results (`success`, `on-success`, `on-failure`) and its deload scope.",
      "additionalProperties": false,
      "properties": {
        "load": {
          "$ref": "#/$defs/massSteps",
          "description": "A linear load step: the load rises by this much at each step, up to `max`.",
          "examples": [
            "+2.5kg",
            "+5lb"
          ]
        },
        "reps": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1
            },
            {
              "type": "string",
              "pattern": "^ *\\+? *[0-9]{1,3} *$"
            }
          ],
          "description": "A linear reps step: the reps rise by this much at each step, up to `max`.",
          "examples": [
            "+1"
          ]
        },
        "sets": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1
            },
            {
              "type": "string",
              "pattern": "^ *\\+? *[0-9]{1,3} *$"
            }
          ],
          "description": "A linear sets step: the sets rise by this much at each step, up to `max`.",
          "examples": [
            "+1"
          ]
        },
        "hold": {
          "type": "string",
          "pattern": "^ *\\+? *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "description": "A linear hold step: the hold grows by this much at each step, up to `max`.",
          "examples": [
            "+5s"
          ]
        },
        "duration": {
          "type": "string",
          "description": "Work time added per step, like `+5min` (a duration, not a percentage).",
          "pattern": "^ *\\+? *( *[0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "+5min"
          ]
        },
        "distance": {
          "type": "string",
          "description": "Distance added per step, like `+1km` or `+400m`.",
          "pattern": "^ *\\+? *[0-9]{1,9}(\\.[0-9]{1,3})? *(m|km|mi|M|KM|Km|MI) *$",
          "examples": [
            "+1km",
            "+400m"
          ]
        },
        "every": {
          "type": "string",
          "pattern": "^ *([0-9]{1,2} +)?(week|weeks|session|sessions|workout|workouts) *$",
          "description": "How often the rule steps: `week` (the default), `N weeks`, `session` or `N sessions`.",
          "examples": [
            "week",
            "2 weeks",
            "session"
          ]
        },
        "max": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1
            },
            {
              "type": "string"
            }
          ],
          "description": "The cap: a load (`60kg`), a rep or set count (`12`), or a hold (`60s`).",
          "examples": [
            "60kg",
            12,
            "60s"
          ]
        },
        "then": {
          "enum": [
            "stay",
            "harder"
          ],
          "description": "What happens once the cap is reached: `stay` (the default) or `harder` (move on to the exercise's harder variant and start again).",
          "examples": [
            "harder"
          ]
        },
        "step-loading": {
          "type": "string",
          "pattern": "^ *[0-9]{1,2}/[0-9]{1,2} *$",
          "description": "Blocks of weeks up and back: `3/1` is three weeks up, one back, each block a step higher.",
          "examples": [
            "3/1"
          ]
        },
        "double": {
          "$ref": "#/$defs/massSteps",
          "description": "Double progression: climb the item's rep range, then add this load and start the range again.",
          "examples": [
            "+2.5kg"
          ]
        },
        "wave": {
          "anyOf": [
            {
              "const": "5/3/1"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "array",
                "minItems": 1,
                "items": {
                  "anyOf": [
                    {
                      "type": "string",
                      "pattern": "^ *[0-9]{1,3}(\\.[0-9])? *% *[x×] *[0-9]{1,3}\\+? *$"
                    },
                    {
                      "$ref": "#/$defs/setGroup"
                    }
                  ]
                }
              }
            }
          ],
          "description": "A percentage wave of the training max: `5/3/1`, or a list of weeks, each a list of sets written `65%x5` (`5+` is as many as possible).",
          "examples": [
            "5/3/1",
            [
              [
                "65%x5",
                "75%x5",
                "85%x5+"
              ],
              [
                "70%x3",
                "80%x3",
                "90%x3+"
              ]
            ]
          ]
        },
        "increase": {
          "$ref": "#/$defs/massSteps",
          "description": "How much the training max rises after each finished wave cycle.",
          "examples": [
            "+5kg",
            "+2.5kg"
          ]
        },
        "rpe": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "number",
            "minimum": 1,
            "maximum": 10,
            "multipleOf": 0.5
          },
          "description": "Target RPE by step (week): the last entry repeats.",
          "examples": [
            [
              7,
              7.5,
              8,
              8.5
            ]
          ]
        },
        "rir": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10
          },
          "description": "Target reps in reserve by step (week): the last entry repeats.",
          "examples": [
            [
              3,
              2,
              1
            ]
          ]
        },
        "harder-after": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1
            },
            {
              "type": "string",
              "pattern": "^ *[0-9]{1,2}( +weeks?)? *$"
            }
          ],
          "description": "Move on to the next harder variant every N progressing weeks.",
          "examples": [
            "4 weeks",
            3
          ]
        },
        "training-max": {
          "description": "Change the lift's training max: a step every `every` (`+5lb`, `[+2.5kg, +5lb]`), a share (`+2.5%`, compounding), or a table by the `+` set's reps (`{ 0-1: +0, 2-3: +5lb, 4-5: +10lb, 6+: +15lb }`).",
          "anyOf": [
            {
              "$ref": "#/$defs/massSteps"
            },
            {
              "$ref": "#/$defs/signedPercentage"
            },
            {
              "type": "object",
              "propertyNames": {
                "pattern": "^ *[0-9]{1,3} *(-[0-9]{1,3}|\\+)? *$"
              },
              "additionalProperties": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "integer"
                  },
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                ]
              }
            }
          ],
          "examples": [
            "+5lb",
            [
              "+2.5kg",
              "+5lb"
            ]
          ]
        },
        "stages": {
          "type": "array",
          "minItems": 2,
          "maxItems": 20,
          "description": "Set schemes in turn (`[5x3+, 6x2+, 10x1+]`); each a set group or a list of them.",
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/setGroup"
              },
              {
                "type": "array",
                "minItems": 1,
                "items": {
                  "$ref": "#/$defs/setGroup"
                }
              }
            ]
          },
          "examples": [
            [
              "5x3+",
              "6x2+",
              "10x1+"
            ]
          ]
        },
        "advance": {
          "enum": [
            "on-failure",
            "on-success"
          ],
          "description": "When `stages` moves to its next stage: after a failed session (the default, as GZCLP), or after a successful one at the rule's `every`.",
          "examples": [
            "on-failure",
            "on-success"
          ]
        },
        "reset": {
          "$ref": "#/$defs/stageReset",
          "description": "What follows when the last stage of `stages` fails: a retest (`retest: 5RM`, with the share of the tested load to start from) or a load step added to the first stage.",
          "examples": [
            {
              "retest": "5RM",
              "load": "85%"
            },
            {
              "load": [
                "+7.5kg",
                "+15lb"
              ]
            }
          ]
        },
        "success": {
          "$ref": "#/$defs/success",
          "description": "What counts as a successful session: `rpe` (every set at or under its RPE), or `plus-set: N` (the `+` set reached N reps); by default every set done as written.",
          "examples": [
            "rpe",
            {
              "plus-set": 25
            }
          ]
        },
        "on-success": {
          "$ref": "#/$defs/action",
          "description": "What follows a successful session, as an action: `{ training-max: +5% }`, `harder`, …",
          "examples": [
            "next-stage",
            "harder"
          ]
        },
        "on-failure": {
          "$ref": "#/$defs/action",
          "description": "What follows a failed session, as an action, after `after` failures in a row: `{ deload: 10%, after: 3 }`.",
          "examples": [
            {
              "deload": "10%",
              "after": 3
            }
          ]
        },
        "deload": {
          "enum": [
            "own",
            "program"
          ],
          "description": "`own`: the program's deloads neither pause this rule nor scale what it sets (a 5/3/1 wave with its own deload week).",
          "examples": [
            "own"
          ]
        },
        "first-set-last": {
          "$ref": "#/$defs/setGroup",
          "description": "A wave's First Set Last sets, like `5x5`: after the `+` set, at the week's first percentage.",
          "examples": [
            "5x5"
          ]
        },
        "joker": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/signedPercentage"
          },
          "description": "A wave's Joker sets after the `+` set, at these points above its percentage: `[+5%, +10%]`.",
          "examples": [
            [
              "+5%",
              "+10%"
            ]
          ]
        }
      },
      "oneOf": [
        {
          "required": [
            "load"
          ]
        },
        {
          "required": [
            "reps"
          ]
        },
        {
          "required": [
            "sets"
          ]
        },
        {
          "required": [
            "hold"
          ]
        },
        {
          "required": [
            "duration"
          ]
        },
        {
          "required": [
            "distance"
          ]
        },
        {
          "required": [
            "double"
          ]
        },
        {
          "required": [
            "wave"
          ]
        },
        {
          "required": [
            "rpe"
          ]
        },
        {
          "required": [
            "rir"
          ]
        },
        {
          "required": [
            "harder-after"
          ]
        },
        {
          "required": [
            "training-max"
          ]
        },
        {
          "required": [
            "stages"
          ]
        }
      ]
    },
    "phase": {
      "type": "object",
      "description": "A named run of weeks.",
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "description": "Shown on cards and calendars.",
          "examples": [
            "Foundation",
            "Deload"
          ]
        },
        "weeks": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1
            },
            {
              "type": "string",
              "pattern": "^ *[0-9]{1,3} *([-–] *[0-9]{1,3})? *$"
            }
          ],
          "description": "The phase's weeks: one week (`4`) or a range (`1-3`). Phases may not overlap or run past the program.",
          "examples": [
            "1-3",
            4
          ]
        },
        "volume": {
          "$ref": "#/$defs/percentage",
          "description": "The share of sets (and of rounds) kept in these weeks, at least one set.",
          "examples": [
            "60%"
          ]
        },
        "intensity": {
          "$ref": "#/$defs/percentage",
          "description": "The share of every load in these weeks, rounded.",
          "examples": [
            "90%"
          ]
        },
        "progression": {
          "enum": [
            "pause",
            "continue"
          ],
          "description": "`pause` (numbers hold at the last progressing week's) or `continue`.",
          "examples": [
            "pause"
          ]
        },
        "deload": {
          "type": "boolean",
          "description": "`true` marks these weeks as a deload (implied when volume or intensity is under 100%).",
          "examples": [
            true
          ]
        },
        "schedule": {
          "$ref": "#/$defs/schedule",
          "description": "A weekly schedule replacing the program's for these weeks, to change frequency by phase.",
          "examples": [
            {
              "mon": "strength-a",
              "thu": "strength-b"
            }
          ]
        },
        "rules": {
          "type": "object",
          "description": "Named rules replaced for these weeks: `{ squat-lp: { load: +5lb, every: session } }`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/rule"
          },
          "examples": [
            {
              "squat-lp": {
                "load": "+5lb",
                "every": "session"
              }
            }
          ]
        },
        "reps": {
          "$ref": "#/$defs/percentage",
          "description": "In a deload, the share of each set's reps kept.",
          "examples": [
            "50%"
          ]
        }
      },
      "required": [
        "name",
        "weeks"
      ]
    },
    "deload": {
      "type": "object",
      "description": "A deload every N weeks.",
      "additionalProperties": false,
      "properties": {
        "every": {
          "type": "integer",
          "description": "Every N-th week is a deload.",
          "minimum": 2,
          "maximum": 52,
          "examples": [
            4
          ]
        },
        "volume": {
          "$ref": "#/$defs/percentage",
          "description": "The share of sets kept in a deload week.",
          "examples": [
            "60%"
          ]
        },
        "intensity": {
          "$ref": "#/$defs/percentage",
          "description": "The share of every load in a deload week.",
          "examples": [
            "90%"
          ]
        },
        "reps": {
          "$ref": "#/$defs/percentage",
          "description": "The share of each set's reps kept.",
          "examples": [
            "50%"
          ]
        }
      },
      "required": [
        "every"
      ]
    },
    "lints": {
      "type": "object",
      "description": "Coaching lints: which to allow or deny, and their thresholds (docs/lints.md).",
      "additionalProperties": false,
      "properties": {
        "allow": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[Ww]5(0[1-9]|10)$"
            },
            {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[Ww]5(0[1-9]|10)$"
              }
            }
          ],
          "description": "Coaching lints to turn off for this program (codes W501 to W510; see docs/lints.md).",
          "examples": [
            "W503",
            [
              "W502",
              "W507"
            ]
          ]
        },
        "deny": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[Ww]5(0[1-9]|10)$"
            },
            {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[Ww]5(0[1-9]|10)$"
              }
            }
          ],
          "description": "Coaching lints to report as errors for this program.",
          "examples": [
            "W501",
            [
              "W505"
            ]
          ]
        },
        "stretched-groups": {
          "description": "Muscle groups that must be stretched when loaded (default: hip flexors).",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            [
              "hip flexors",
              "hamstrings"
            ]
          ]
        },
        "min-loaded-sets-to-stretch": {
          "type": "integer",
          "description": "Weekly hard sets from which a group must be stretched.",
          "minimum": 1,
          "maximum": 100,
          "examples": [
            6
          ]
        },
        "hamstring-glute-ratio": {
          "type": "number",
          "minimum": 1,
          "maximum": 10,
          "description": "How many times the glutes' weekly hard sets the hamstrings' may reach before W502 (default 1.5).",
          "examples": [
            1.5
          ]
        },
        "max-training-days-in-a-row": {
          "type": "integer",
          "description": "Training days in a row before a rest day is due.",
          "minimum": 2,
          "maximum": 14,
          "examples": [
            6
          ]
        },
        "hard-sets-on-consecutive-days": {
          "type": "integer",
          "description": "Hard sets for a group that count as hard on consecutive days.",
          "minimum": 1,
          "maximum": 100,
          "examples": [
            6
          ]
        },
        "max-weekly-load-increase": {
          "$ref": "#/$defs/percentage",
          "description": "The largest week-to-week load increase before W505 (default 10%).",
          "examples": [
            "10%"
          ]
        },
        "max-training-max-increase": {
          "$ref": "#/$defs/percentage",
          "description": "The largest rise of a training max per wave cycle, as a share of it, before W506 (default 10%).",
          "examples": [
            "5%"
          ]
        },
        "deload-after-weeks": {
          "type": "integer",
          "description": "Program length from which a lighter week is expected.",
          "minimum": 2,
          "maximum": 52,
          "examples": [
            6
          ]
        },
        "min-stretch-hold": {
          "type": "string",
          "description": "The shortest stretch hold. A duration with its unit: `30s`, `2min`, `1h30min`.",
          "pattern": "^ *([0-9]{1,9}(\\.[0-9]{1,3})? *(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours) *)+$",
          "examples": [
            "20s"
          ]
        },
        "duration-tolerance": {
          "$ref": "#/$defs/percentage",
          "description": "How far the work in a session may exceed its stated duration before W510 (default 10%).",
          "examples": [
            "10%"
          ]
        }
      }
    },
    "athlete": {
      "type": "object",
      "description": "An athlete.",
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "description": "Shown on cards and calendars.",
          "examples": [
            "Alex Morgan"
          ]
        },
        "id": {
          "$ref": "#/$defs/name",
          "description": "The athlete's identifier, part of session identities and file names; defaults to a slug of the name (`María González` → `maria-gonzalez`). Required for names in non-Latin scripts.",
          "examples": [
            "casey"
          ]
        },
        "start": {
          "$ref": "#/$defs/date",
          "description": "The athlete's week 1; defaults to the program's `start`.",
          "examples": [
            "2027-01-11"
          ]
        },
        "timezone": {
          "$ref": "#/$defs/timezone",
          "description": "The athlete's time zone, when not the program's: an IANA `Area/Location` name or `UTC`.",
          "examples": [
            "America/New_York"
          ]
        },
        "units": {
          "$ref": "#/$defs/units",
          "description": "`kg` or `lb`: every load on this athlete's cards and calendar is converted to these units and rounded.",
          "examples": [
            "lb"
          ]
        },
        "training-max": {
          "description": "Training maxes by key (a load, or a share of the key's one-rep max like `90%`), or one share for every one-rep max: `training-max: 90%`.",
          "anyOf": [
            {
              "$ref": "#/$defs/share"
            },
            {
              "type": "object",
              "propertyNames": {
                "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
              },
              "additionalProperties": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/load"
                  },
                  {
                    "$ref": "#/$defs/share"
                  }
                ]
              }
            }
          ],
          "examples": [
            "90%",
            {
              "back-squat": "100kg",
              "bench-press": "90%"
            }
          ]
        },
        "loads": {
          "type": "object",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/load"
          },
          "description": "Starting loads by exercise, replacing the items' loads (progressions start from them).",
          "examples": [
            {
              "dumbbell-row": "50lb"
            }
          ]
        },
        "one-rep-max": {
          "type": "object",
          "description": "One-rep maxes by key, with their units: `{ back-squat: 140kg }`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "type": "string",
            "pattern": "^ *[0-9]{1,9}(\\.[0-9]{1,3})? *([kK][gG][sS]?|[lL][bB][sS]?) *$"
          },
          "examples": [
            {
              "back-squat": "140kg",
              "bench-press": "100kg"
            }
          ]
        },
        "at": {
          "type": "object",
          "description": "Start times replacing the sessions' own, by session name: `{ strength-a: \"06:00\" }`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/time"
          },
          "examples": [
            {
              "strength-a": "06:00"
            }
          ]
        },
        "days": {
          "type": "object",
          "description": "Program weekdays this athlete trains on another weekday: `{ mon: tue, wed: thu, fri: sat }`.",
          "propertyNames": {
            "enum": [
              "mon",
              "tue",
              "wed",
              "thu",
              "fri",
              "sat",
              "sun"
            ]
          },
          "additionalProperties": {
            "$ref": "#/$defs/weekday"
          },
          "examples": [
            {
              "mon": "tue",
              "wed": "thu"
            }
          ]
        },
        "swap": {
          "type": "object",
          "description": "Exercises this athlete does instead of the program's (of the same kind): `{ barbell-hip-thrust: glute-bridge }`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/name"
          },
          "examples": [
            {
              "barbell-hip-thrust": "glute-bridge"
            }
          ]
        },
        "equipment": {
          "description": "What the athlete has: a list (`[mat, dumbbells]`) or the name of one of the program's `equipment-sets` (`home`). Exercises needing anything else are replaced by their `alternative`.",
          "anyOf": [
            {
              "$ref": "#/$defs/name"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            "home",
            [
              "mat",
              "dumbbells"
            ]
          ]
        },
        "week-starts": {
          "$ref": "#/$defs/weekday",
          "description": "The weekday this athlete's weeks begin on; by default the program's.",
          "examples": [
            "mon"
          ]
        }
      },
      "required": [
        "name"
      ]
    },
    "program": {
      "type": "object",
      "description": "A Regimen program.",
      "additionalProperties": false,
      "properties": {
        "regimen": {
          "const": 1,
          "description": "The spec format version.",
          "examples": [
            1
          ]
        },
        "id": {
          "$ref": "#/$defs/name",
          "description": "A stable identifier, part of every session's identity and calendar UID: set it once and keep it. Defaults to the file name without `.yaml`.",
          "examples": [
            "runner-hip-balance"
          ]
        },
        "program": {
          "type": "string",
          "description": "The program's name.",
          "examples": [
            "Runner's hip balance"
          ]
        },
        "coach": {
          "type": "string",
          "description": "The coach's name.",
          "examples": [
            "Sam Rivera"
          ]
        },
        "athlete": {
          "type": "string",
          "description": "The athlete's name, for a program with one athlete.",
          "examples": [
            "Alex Morgan"
          ]
        },
        "athletes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/athlete"
          },
          "description": "An inline roster, instead of `athlete` or `roster`.",
          "examples": [
            [
              {
                "name": "Alex Morgan",
                "training-max": {
                  "back-squat": "100kg"
                }
              },
              {
                "name": "Casey Park",
                "units": "lb"
              }
            ]
          ]
        },
        "roster": {
          "type": "string",
          "description": "A roster file, relative to this one.",
          "examples": [
            "rosters/barbell-club.yaml"
          ]
        },
        "notes": {
          "type": "string",
          "description": "Shown at the top of the cards.",
          "examples": [
            "Do the stretches after every run, not only on the days listed"
          ]
        },
        "start": {
          "$ref": "#/$defs/date",
          "description": "The first day of week 1, year-month-day. Need not be a Monday: weeks run from this weekday.",
          "examples": [
            "2027-03-01"
          ]
        },
        "week-starts": {
          "$ref": "#/$defs/weekday",
          "description": "The weekday every week begins on; by default the weekday of `start`. An athlete whose start falls on another weekday begins week 1 on the next such day.",
          "examples": [
            "mon"
          ]
        },
        "weeks": {
          "type": "integer",
          "description": "Number of weeks.",
          "minimum": 1,
          "maximum": 260,
          "examples": [
            8,
            12
          ]
        },
        "timezone": {
          "$ref": "#/$defs/timezone",
          "description": "The time zone sessions are in: an IANA `Area/Location` name or `UTC`. Sessions keep their local time across daylight-saving changes.",
          "examples": [
            "Europe/London",
            "America/New_York"
          ]
        },
        "units": {
          "$ref": "#/$defs/units",
          "description": "`kg` (the default) or `lb`: the unit of loads written without one.",
          "examples": [
            "kg",
            "lb"
          ]
        },
        "rounding": {
          "$ref": "#/$defs/rounding",
          "description": "How computed loads are rounded: a step (`2.5kg`), one per unit (`[2.5kg, 5lb]`), or `{step, direction}`.",
          "examples": [
            "2.5kg",
            [
              "2.5kg",
              "5lb"
            ]
          ]
        },
        "include": {
          "description": "Exercise libraries, relative to this file.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            "library/hips.yaml",
            [
              "library/hips.yaml",
              "library/strength.yaml"
            ]
          ]
        },
        "rules": {
          "type": "object",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/rule"
          },
          "description": "Named progression rules, for items' `progress:`.",
          "examples": [
            {
              "weekly-load": {
                "load": "+2.5kg",
                "every": "week",
                "max": "60kg"
              }
            }
          ]
        },
        "phases": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/phase"
          },
          "description": "Named phases over week ranges: deloads, paused progression, a different schedule.",
          "examples": [
            [
              {
                "name": "Foundation",
                "weeks": "1-3"
              },
              {
                "name": "Deload",
                "weeks": 4,
                "volume": "60%"
              }
            ]
          ]
        },
        "deload": {
          "$ref": "#/$defs/deload",
          "description": "A deload every N weeks, instead of phases.",
          "examples": [
            {
              "every": 4,
              "volume": "60%",
              "intensity": "90%"
            }
          ]
        },
        "lints": {
          "$ref": "#/$defs/lints",
          "description": "Which coaching lints to allow or deny for this program, and their thresholds (docs/lints.md).",
          "examples": [
            {
              "allow": [
                "W503"
              ]
            }
          ]
        },
        "equipment-sets": {
          "type": "object",
          "description": "Named lists of equipment, for athletes' `equipment: home`: `{ home: [mat, dumbbells], gym: [barbell, rack, bench] }`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "examples": [
            {
              "home": [
                "mat",
                "dumbbells"
              ],
              "gym": [
                "barbell",
                "rack",
                "bench"
              ]
            }
          ]
        },
        "exercises": {
          "$ref": "#/$defs/exercises",
          "description": "Exercises by name, besides those of included libraries.",
          "examples": [
            {
              "couch-stretch": {
                "name": "Couch stretch",
                "kind": "mobility",
                "per-side": true
              }
            }
          ]
        },
        "sessions": {
          "type": "object",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$",
            "not": {
              "const": "rest"
            }
          },
          "additionalProperties": {
            "$ref": "#/$defs/session"
          },
          "description": "Sessions by name; the schedule refers to them. `rest` is reserved for rest days.",
          "examples": [
            {
              "hips-am": {
                "title": "Hip mobility",
                "at": "07:00",
                "items": [
                  {
                    "exercise": "couch-stretch",
                    "sets": 3,
                    "hold": "30s"
                  }
                ]
              }
            }
          ]
        },
        "schedule": {
          "$ref": "#/$defs/schedule",
          "description": "The weekly schedule: each weekday (`mon` … `sun`) to a session, a list of sessions, or `rest`.",
          "examples": [
            {
              "mon": "strength-a",
              "tue": [
                "pre-run",
                "post-run"
              ],
              "wed": "rest"
            }
          ]
        },
        "rotations": {
          "type": "object",
          "description": "Named rotations: sessions that fill the schedule's slots in turn. `{ workout: [workout-a, workout-b] }` and `mon: workout, wed: workout, fri: workout` gives A/B/A, then B/A/B.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "type": "array",
            "minItems": 2,
            "items": {
              "$ref": "#/$defs/name"
            }
          },
          "examples": [
            {
              "workout": [
                "workout-a",
                "workout-b"
              ]
            }
          ]
        },
        "warm-ups": {
          "type": "object",
          "description": "Named warm-up ramps, for items' `warm-up:`.",
          "propertyNames": {
            "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/warmUp"
          },
          "examples": [
            {
              "light": [
                "bar x 10",
                "40% x 5"
              ]
            }
          ]
        },
        "training-max": {
          "$ref": "#/$defs/share",
          "description": "Every athlete's training max as a share of their one-rep max, where the roster gives the 1RM: `90%`.",
          "examples": [
            "90%"
          ]
        },
        "missed": {
          "enum": [
            "skip",
            "shift",
            "repeat"
          ],
          "description": "What follows a session the log shows was missed: `skip` it, `shift` it and every later one a slot later, or `repeat` its numbers next time. By default a rotation resumes with the missed session and a fixed slot skips it.",
          "examples": [
            "shift"
          ]
        },
        "logs": {
          "description": "Training logs read with the program: files or folders, relative to this file and inside the program's folder. See docs/logs.md.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "$ref": "#/$defs/logReference"
            },
            {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "$ref": "#/$defs/logReference"
                  }
                ]
              }
            }
          ],
          "examples": [
            "logs/",
            [
              "logs/alex-morgan.yaml",
              {
                "path": "exports/strong.csv",
                "athlete": "alex-morgan",
                "units": "kg"
              }
            ]
          ]
        }
      },
      "required": [
        "regimen",
        "program",
        "start",
        "weeks",
        "timezone",
        "sessions",
        "schedule"
      ],
      "not": {
        "anyOf": [
          {
            "required": [
              "athlete",
              "athletes"
            ]
          },
          {
            "required": [
              "athlete",
              "roster"
            ]
          },
          {
            "required": [
              "athletes",
              "roster"
            ]
          }
        ]
      }
    },
    "library": {
      "type": "object",
      "description": "A Regimen exercise library.",
      "additionalProperties": false,
      "properties": {
        "regimen": {
          "const": 1,
          "description": "The spec format version; this Regimen reads `1`.",
          "examples": [
            1
          ]
        },
        "library": {
          "type": "string",
          "description": "The library's name.",
          "examples": [
            "Hip mobility"
          ]
        },
        "include": {
          "description": "More libraries.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ],
          "examples": [
            "strength.yaml"
          ]
        },
        "exercises": {
          "$ref": "#/$defs/exercises",
          "description": "The library's exercises by name.",
          "examples": [
            {
              "glute-bridge": {
                "name": "Glute bridge",
                "kind": "strength",
                "targets": [
                  "gluteus maximus"
                ]
              }
            }
          ]
        }
      },
      "required": [
        "regimen",
        "library"
      ]
    },
    "roster": {
      "type": "object",
      "description": "A Regimen roster.",
      "additionalProperties": false,
      "properties": {
        "regimen": {
          "const": 1,
          "description": "The spec format version; this Regimen reads `1`.",
          "examples": [
            1
          ]
        },
        "roster": {
          "type": "string",
          "description": "The roster's name.",
          "examples": [
            "Barbell club"
          ]
        },
        "athletes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/athlete"
          },
          "description": "The athletes of the roster.",
          "examples": [
            [
              {
                "name": "Alex Morgan",
                "training-max": {
                  "back-squat": "100kg"
                }
              }
            ]
          ]
        },
        "logs": {
          "description": "Training logs read with the program: files or folders, relative to this file and inside the program's folder. See docs/logs.md.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "$ref": "#/$defs/logReference"
            },
            {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "$ref": "#/$defs/logReference"
                  }
                ]
              }
            }
          ],
          "examples": [
            "logs/",
            [
              "logs/alex-morgan.yaml",
              {
                "path": "exports/strong.csv",
                "athlete": "alex-morgan",
                "units": "kg"
              }
            ]
          ]
        }
      },
      "required": [
        "regimen",
        "roster",
        "athletes"
      ]
    },
    "setGroup": {
      "type": "string",
      "description": "Sets × reps and where the load comes from: `5x10 @ 50%` (of the training max), `1x5+ @ 85%` (the last as many as possible), `3x8 @ 40kg`, `3x5 @ RPE 7` (from the RPE chart), `3x5 @ -10%` (off the day's top set), `2x5 @ bar`; or load first, one set: `65%x5`, `bar x 10`.",
      "pattern": "^ *(([0-9]{1,2} *[xX×] *)([0-9]{1,3}(-[0-9]{1,3}|\\+)?|[aA][mM][rR][aA][pP])( *@ *.+)?|([0-9]{1,3}(\\.[0-9])? *%|[bB][aA][rR]) *[xX×] *[0-9]{1,3}\\+?) *$"
    },
    "massSteps": {
      "description": "An increment with its unit (`+2.5kg`), or one per unit for a roster in both (`[+2.5kg, +5lb]`): the athlete's units pick one.",
      "anyOf": [
        {
          "$ref": "#/$defs/massStep"
        },
        {
          "type": "array",
          "minItems": 1,
          "maxItems": 2,
          "items": {
            "$ref": "#/$defs/massStep"
          }
        }
      ]
    },
    "share": {
      "type": "string",
      "description": "A share of the one-rep max: `90%` (50% to 100%).",
      "pattern": "^ *[0-9]{2,3}(\\.[0-9])? *% *$"
    },
    "signedPercentage": {
      "type": "string",
      "description": "A signed percentage: `-10%`, `+2.5%`.",
      "pattern": "^ *[-+]? *[0-9]{1,3}(\\.[0-9])? *% *$"
    },
    "action": {
      "description": "What a rule does after a session that went this way: `repeat` (the default after a failure), `next-stage`, `harder`, or a mapping.",
      "anyOf": [
        {
          "enum": [
            "repeat",
            "next-stage",
            "harder"
          ]
        },
        {
          "type": "object",
          "additionalProperties": false,
          "description": "`{ deload: 10%, after: 3 }`: lower the working load by 10% after 3 failed sessions in a row; `{ training-max: -10% }`: change the training max.",
          "properties": {
            "deload": {
              "$ref": "#/$defs/percentage",
              "description": "Lower the working load by this share.",
              "examples": [
                "10%"
              ]
            },
            "training-max": {
              "$ref": "#/$defs/signedPercentage",
              "description": "Change the training max by this share (a wave's at its next cycle).",
              "examples": [
                "-10%"
              ]
            },
            "after": {
              "type": "integer",
              "minimum": 1,
              "maximum": 20,
              "description": "Only after this many sessions in a row went this way (default 1).",
              "examples": [
                3
              ]
            },
            "next-stage": {
              "const": true,
              "description": "Move to the next stage of a `stages` rule.",
              "examples": [
                true
              ]
            },
            "harder": {
              "const": true,
              "description": "Move on to the exercise's harder variant.",
              "examples": [
                true
              ]
            }
          }
        }
      ]
    },
    "stageReset": {
      "type": "object",
      "additionalProperties": false,
      "description": "What follows the last stage's failure: `{ retest: 5RM, load: 85% }` tests a rep max and starts again at a share of it; `{ load: +15lb }` starts again at the load last used at the first stage plus this.",
      "properties": {
        "retest": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1,
              "maximum": 20
            },
            {
              "type": "string",
              "pattern": "^ *[0-9]{1,2} *([rR][mM])? *$"
            }
          ],
          "description": "The rep max to test: `5RM`.",
          "examples": [
            "5RM"
          ]
        },
        "load": {
          "anyOf": [
            {
              "$ref": "#/$defs/percentage"
            },
            {
              "$ref": "#/$defs/massSteps"
            }
          ],
          "description": "After a retest, the share of the tested load; otherwise, what to add to the first stage's last load.",
          "examples": [
            "85%",
            [
              "+7.5kg",
              "+15lb"
            ]
          ]
        }
      },
      "required": [
        "load"
      ]
    },
    "success": {
      "description": "What counts as a successful session: `all-reps` (every prescribed rep; the default), `plus-set` (the `+` set reached its minimum; the default for waves and training-max tables), `rpe` (every set at or under its target RPE), `hold` (every hold reached; the default for hold rules), or `{ plus-set: 25 }`.",
      "anyOf": [
        {
          "enum": [
            "all-reps",
            "plus-set",
            "rpe",
            "hold"
          ]
        },
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "plus-set": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200,
              "description": "The `+` set reached this many reps.",
              "examples": [
                25
              ]
            }
          },
          "required": [
            "plus-set"
          ]
        }
      ]
    },
    "warmUp": {
      "type": "array",
      "minItems": 1,
      "description": "A warm-up ramp: `bar x 10`, then shares of the day's first work set like `40% x 5`.",
      "items": {
        "$ref": "#/$defs/setGroup"
      }
    },
    "logReference": {
      "type": "object",
      "description": "A training log file or folder, with what the file does not say itself.",
      "additionalProperties": false,
      "properties": {
        "path": {
          "type": "string",
          "description": "The file or folder, relative to the file that names it.",
          "examples": [
            "exports/strong.csv"
          ]
        },
        "athlete": {
          "type": "string",
          "description": "Whose log it is: an athlete's id or name.",
          "examples": [
            "alex-morgan"
          ]
        },
        "units": {
          "description": "The units of loads written without one (Strong's older export writes none): `kg` or `lb`.",
          "$ref": "#/$defs/units",
          "examples": [
            "kg"
          ]
        },
        "distance-units": {
          "enum": [
            "m",
            "km",
            "mi"
          ],
          "description": "The units of distances written without one (Strong's older export).",
          "examples": [
            "km"
          ]
        }
      },
      "required": [
        "path"
      ]
    }
  }
}

"""##),
        ("plan", ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://regimen.example/schema/plan/1/plan.schema.json",
  "title": "Regimen plan",
  "description": "A compiled Regimen program: every session of every athlete, dated, with this week's numbers. Written by the `json` backend and sent to external backends.",
  "type": "object",
  "required": [
    "schemaVersion",
    "program",
    "exercises",
    "athletes"
  ],
  "additionalProperties": false,
  "properties": {
    "schemaVersion": {
      "const": 1
    },
    "program": {
      "$ref": "#/$defs/program"
    },
    "exercises": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/exercise"
      }
    },
    "athletes": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/athlete"
      }
    }
  },
  "$defs": {
    "identifier": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"
    },
    "date": {
      "type": "string",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "time": {
      "type": "string",
      "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    },
    "kind": {
      "enum": [
        "strength",
        "mobility",
        "core",
        "cardio",
        "recovery"
      ]
    },
    "strings": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "program": {
      "type": "object",
      "required": [
        "id",
        "name",
        "weeks",
        "units",
        "phases",
        "weekInfo"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/identifier"
        },
        "name": {
          "type": "string"
        },
        "coach": {
          "type": "string"
        },
        "notes": {
          "type": "string"
        },
        "weeks": {
          "type": "integer",
          "minimum": 1
        },
        "units": {
          "enum": [
            "kg",
            "lb"
          ]
        },
        "phases": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "name",
              "firstWeek",
              "lastWeek",
              "isDeload"
            ],
            "additionalProperties": false,
            "properties": {
              "name": {
                "type": "string"
              },
              "firstWeek": {
                "type": "integer",
                "minimum": 1
              },
              "lastWeek": {
                "type": "integer",
                "minimum": 1
              },
              "isDeload": {
                "type": "boolean"
              }
            }
          }
        },
        "weekInfo": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "week",
              "isDeload",
              "volumePercent",
              "intensityPercent",
              "progressionPaused"
            ],
            "additionalProperties": false,
            "properties": {
              "week": {
                "type": "integer",
                "minimum": 1
              },
              "phase": {
                "type": "string"
              },
              "isDeload": {
                "type": "boolean"
              },
              "volumePercent": {
                "type": "integer",
                "minimum": 1
              },
              "intensityPercent": {
                "type": "integer",
                "minimum": 1
              },
              "progressionPaused": {
                "type": "boolean"
              }
            }
          }
        }
      }
    },
    "exercise": {
      "type": "object",
      "required": [
        "id",
        "name",
        "kind",
        "targets",
        "secondaryTargets",
        "perSide",
        "equipment",
        "cues"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/identifier"
        },
        "name": {
          "type": "string"
        },
        "kind": {
          "$ref": "#/$defs/kind"
        },
        "targets": {
          "$ref": "#/$defs/strings"
        },
        "secondaryTargets": {
          "$ref": "#/$defs/strings"
        },
        "perSide": {
          "type": "boolean"
        },
        "equipment": {
          "$ref": "#/$defs/strings"
        },
        "cues": {
          "$ref": "#/$defs/strings"
        },
        "fit": {
          "type": "object",
          "description": "The exercise in the FIT exercise catalog (the one Garmin watches use): as the spec's `fit:` gives it (source `spec`), as Regimen found it by the exercise's id or name (`catalog`), or a category alone guessed from a word of the name or the exercise's kind (`generic`). See docs/fit.md.",
          "required": [
            "category",
            "categoryNumber",
            "source"
          ],
          "additionalProperties": false,
          "properties": {
            "category": {
              "type": "string",
              "description": "The `exercise_category` name: `hip_raise`."
            },
            "categoryNumber": {
              "type": "integer",
              "minimum": 0,
              "maximum": 65534
            },
            "name": {
              "type": "string",
              "description": "The category's exercise name: `barbell_hip_thrust_with_bench`."
            },
            "nameNumber": {
              "type": "integer",
              "minimum": 0,
              "maximum": 65534
            },
            "source": {
              "enum": [
                "spec",
                "catalog",
                "generic"
              ]
            }
          }
        }
      }
    },
    "athlete": {
      "type": "object",
      "required": [
        "id",
        "startDate",
        "timeZone",
        "sessions",
        "trainingMaxes"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/identifier"
        },
        "name": {
          "type": "string"
        },
        "startDate": {
          "$ref": "#/$defs/date"
        },
        "timeZone": {
          "type": "object",
          "required": [
            "identifier",
            "periods"
          ],
          "additionalProperties": false,
          "properties": {
            "identifier": {
              "type": "string"
            },
            "periods": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": [
                  "offsetBefore",
                  "offset",
                  "isDaylightSaving",
                  "abbreviation"
                ],
                "additionalProperties": false,
                "properties": {
                  "start": {
                    "type": "integer",
                    "description": "Seconds since 1970-01-01T00:00:00Z; absent when the zone never changes."
                  },
                  "offsetBefore": {
                    "type": "integer"
                  },
                  "offset": {
                    "type": "integer",
                    "description": "Seconds east of UTC."
                  },
                  "isDaylightSaving": {
                    "type": "boolean"
                  },
                  "abbreviation": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "sessions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/session"
          }
        },
        "units": {
          "enum": [
            "kg",
            "lb"
          ]
        },
        "trainingMaxes": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "key",
              "mass"
            ],
            "additionalProperties": false,
            "properties": {
              "key": {
                "$ref": "#/$defs/identifier"
              },
              "mass": {
                "$ref": "#/$defs/mass"
              }
            }
          }
        }
      }
    },
    "session": {
      "type": "object",
      "required": [
        "identity",
        "date",
        "weekday",
        "week",
        "session",
        "title",
        "utcOffset",
        "durationMinutes",
        "durationIsEstimate",
        "kinds",
        "items",
        "isDeload",
        "estimatedMinutes"
      ],
      "additionalProperties": false,
      "properties": {
        "identity": {
          "type": "object",
          "required": [
            "program",
            "athlete",
            "session",
            "week",
            "occurrence"
          ],
          "additionalProperties": false,
          "properties": {
            "program": {
              "$ref": "#/$defs/identifier"
            },
            "athlete": {
              "$ref": "#/$defs/identifier"
            },
            "session": {
              "$ref": "#/$defs/identifier"
            },
            "week": {
              "type": "integer",
              "minimum": 1
            },
            "occurrence": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        "date": {
          "$ref": "#/$defs/date"
        },
        "weekday": {
          "enum": [
            "mon",
            "tue",
            "wed",
            "thu",
            "fri",
            "sat",
            "sun"
          ]
        },
        "week": {
          "type": "integer",
          "minimum": 1
        },
        "phase": {
          "type": "string"
        },
        "session": {
          "$ref": "#/$defs/identifier"
        },
        "title": {
          "type": "string"
        },
        "start": {
          "$ref": "#/$defs/time",
          "description": "Local start time as clocks show it on `date`; absent for an all-day session. With `utcOffset` it names the session's instant. A time the spec gives inside a daylight-saving gap is moved past the gap (RFC 5545 §3.3.5), and the spec's time is in `scheduledStart`."
        },
        "scheduledStart": {
          "$ref": "#/$defs/time",
          "description": "The start time the spec gives, present only when clocks skip it on `date` (a daylight-saving gap); `start` is then the time after the gap: 01:30 in Europe/London on 2027-03-28 gives `start` 02:30, `utcOffset` 3600."
        },
        "utcOffset": {
          "type": "integer",
          "description": "Seconds east of UTC in effect at `start` (at the start of the day for an all-day session): the instant is `date` + `start` − `utcOffset`. In a repeated hour (clocks going back) it is the first occurrence's offset."
        },
        "durationMinutes": {
          "type": "integer",
          "minimum": 1
        },
        "durationIsEstimate": {
          "type": "boolean"
        },
        "kinds": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/kind"
          }
        },
        "location": {
          "type": "string"
        },
        "notes": {
          "type": "string"
        },
        "items": {
          "type": "array",
          "items": {
            "oneOf": [
              {
                "type": "object",
                "required": [
                  "exercise"
                ],
                "additionalProperties": false,
                "properties": {
                  "exercise": {
                    "$ref": "#/$defs/prescription"
                  }
                }
              },
              {
                "type": "object",
                "required": [
                  "group"
                ],
                "additionalProperties": false,
                "properties": {
                  "group": {
                    "$ref": "#/$defs/group"
                  }
                }
              }
            ]
          }
        },
        "isDeload": {
          "type": "boolean"
        },
        "estimatedMinutes": {
          "type": "integer",
          "minimum": 1,
          "description": "Regimen's estimate from the items, whether or not a duration is stated."
        },
        "record": {
          "type": "object",
          "description": "What the training log says happened; absent when no log covers the session.",
          "required": [
            "status"
          ],
          "additionalProperties": false,
          "properties": {
            "status": {
              "enum": [
                "done",
                "partial",
                "missed"
              ]
            },
            "doneOn": {
              "$ref": "#/$defs/date",
              "description": "The day the session was done, when not the planned day."
            },
            "notes": {
              "type": "string"
            },
            "source": {
              "type": "string",
              "description": "Where the record came from: `logs/alex.yaml:14`."
            }
          }
        },
        "isProjected": {
          "const": true,
          "description": "Built with logs, after the last logged session: the numbers assume every session until then succeeds. Absent otherwise."
        }
      }
    },
    "group": {
      "type": "object",
      "required": [
        "kind",
        "rounds",
        "exercises"
      ],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "enum": [
            "superset",
            "circuit"
          ]
        },
        "rounds": {
          "type": "integer",
          "minimum": 1
        },
        "restSeconds": {
          "type": "integer",
          "minimum": 0
        },
        "notes": {
          "type": "string"
        },
        "exercises": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/prescription"
          }
        }
      }
    },
    "prescription": {
      "type": "object",
      "required": [
        "exercise",
        "sets",
        "optional"
      ],
      "additionalProperties": false,
      "properties": {
        "exercise": {
          "$ref": "#/$defs/identifier"
        },
        "sets": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/set"
          }
        },
        "restSeconds": {
          "type": "integer",
          "minimum": 0
        },
        "restActivity": {
          "type": "string",
          "description": "How to rest between sets when the rest is active, as the coach wrote it: `jog`, `walk`."
        },
        "tempo": {
          "type": "string",
          "pattern": "^([0-9]{1,2}|X)(-([0-9]{1,2}|X)){3}$"
        },
        "side": {
          "enum": [
            "left",
            "right"
          ]
        },
        "notes": {
          "type": "string"
        },
        "optional": {
          "type": "boolean"
        },
        "advancedFrom": {
          "$ref": "#/$defs/identifier"
        },
        "trainingMax": {
          "$ref": "#/$defs/mass"
        },
        "lift": {
          "$ref": "#/$defs/identifier",
          "description": "The lift whose training state (working load, training max, stage) this prescription follows, shared by every item that names it."
        },
        "done": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/actualSet"
          },
          "description": "The sets the athlete logged for this exercise in this session, in order; absent when no log covers the session."
        }
      }
    },
    "set": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "reps": {
          "type": "object",
          "required": [
            "min"
          ],
          "additionalProperties": false,
          "properties": {
            "min": {
              "type": "integer",
              "minimum": 1
            },
            "max": {
              "type": "integer",
              "minimum": 1
            },
            "amrap": {
              "const": true
            }
          },
          "oneOf": [
            {
              "required": [
                "max"
              ]
            },
            {
              "required": [
                "amrap"
              ]
            }
          ]
        },
        "load": {
          "$ref": "#/$defs/load"
        },
        "holdSeconds": {
          "type": "integer",
          "minimum": 1
        },
        "durationSeconds": {
          "type": "integer",
          "minimum": 1
        },
        "distanceMeters": {
          "type": "integer",
          "minimum": 1
        },
        "rpe": {
          "type": "number",
          "minimum": 1,
          "maximum": 10
        },
        "rir": {
          "type": "integer",
          "minimum": 0
        },
        "target": {
          "type": "string",
          "description": "An intensity target as the coach wrote it, for cardio: `5:30/km`, `zone 2`, `HR 140-150`."
        },
        "warmUp": {
          "const": true,
          "description": "A warm-up set before the work sets: shown apart, never counted as a hard set. Absent for work sets."
        }
      }
    },
    "mass": {
      "type": "object",
      "required": [
        "amount",
        "unit"
      ],
      "additionalProperties": false,
      "properties": {
        "amount": {
          "type": "number",
          "minimum": 0
        },
        "unit": {
          "enum": [
            "kg",
            "lb"
          ]
        }
      }
    },
    "load": {
      "type": "object",
      "required": [
        "bodyweight"
      ],
      "additionalProperties": false,
      "properties": {
        "mass": {
          "$ref": "#/$defs/mass"
        },
        "bodyweight": {
          "type": "boolean"
        },
        "percentOfTrainingMaxTenths": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "actualSet": {
      "type": "object",
      "description": "What the athlete did in one set, as logged.",
      "required": [
        "status"
      ],
      "additionalProperties": false,
      "properties": {
        "status": {
          "enum": [
            "done",
            "partial",
            "skipped"
          ],
          "description": "`partial`: started but cut short."
        },
        "reps": {
          "type": "integer",
          "minimum": 0
        },
        "load": {
          "$ref": "#/$defs/load"
        },
        "rpe": {
          "type": "number",
          "minimum": 1,
          "maximum": 10
        },
        "holdSeconds": {
          "type": "integer",
          "minimum": 0
        },
        "durationSeconds": {
          "type": "integer",
          "minimum": 0
        },
        "distanceMeters": {
          "type": "integer",
          "minimum": 0
        },
        "warmUp": {
          "const": true
        },
        "notes": {
          "type": "string"
        }
      }
    }
  }
}

"""##),
        ("diagnostics", ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://regimen.example/schema/diagnostics/1/diagnostics.schema.json",
  "title": "Regimen diagnostics",
  "description": "The output of `regimen check --format json`: a summary and one object per diagnostic, in file, line and column order.",
  "type": "object",
  "required": ["version", "summary", "diagnostics"],
  "additionalProperties": false,
  "properties": {
    "version": { "const": 1 },
    "summary": {
      "type": "object",
      "required": ["files", "errors", "warnings"],
      "additionalProperties": false,
      "properties": {
        "files": { "type": "integer", "minimum": 0 },
        "errors": { "type": "integer", "minimum": 0 },
        "warnings": { "type": "integer", "minimum": 0 },
        "skipped": { "type": "integer", "minimum": 1, "description": "YAML files found by searching folders or patterns that are not Regimen files (no `regimen:` at the top), left out; absent when there were none." }
      }
    },
    "diagnostics": { "type": "array", "items": { "$ref": "#/$defs/diagnostic" } }
  },
  "$defs": {
    "place": {
      "type": "object",
      "required": ["file", "line", "column", "endLine", "endColumn"],
      "additionalProperties": false,
      "properties": {
        "file": { "type": "string" },
        "line": { "type": "integer", "minimum": 1 },
        "column": { "type": "integer", "minimum": 1, "description": "Counted in Unicode scalars (characters), from 1." },
        "endLine": { "type": "integer", "minimum": 1 },
        "endColumn": { "type": "integer", "minimum": 1, "description": "Just after the last character of the span." }
      }
    },
    "diagnostic": {
      "type": "object",
      "required": ["severity", "code", "title", "message", "notes"],
      "additionalProperties": false,
      "properties": {
        "severity": { "enum": ["error", "warning"] },
        "code": { "type": "string", "pattern": "^[RW][0-9]{3}$", "description": "A stable code, explained in docs/diagnostics.md." },
        "title": { "type": "string" },
        "message": { "type": "string" },
        "file": { "type": "string", "description": "Absent for problems that belong to no file." },
        "line": { "type": "integer", "minimum": 1 },
        "column": { "type": "integer", "minimum": 1 },
        "endLine": { "type": "integer", "minimum": 1 },
        "endColumn": { "type": "integer", "minimum": 1 },
        "notes": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["message"],
            "additionalProperties": false,
            "properties": { "message": { "type": "string" }, "location": { "$ref": "#/$defs/place" } }
          }
        },
        "fix": {
          "type": "object",
          "required": ["message", "replacement", "location"],
          "additionalProperties": false,
          "properties": {
            "message": { "type": "string" },
            "replacement": { "type": "string", "description": "Text to put in place of the location's span." },
            "location": { "$ref": "#/$defs/place" }
          }
        }
      }
    }
  }
}

"""##),
        ("plugin-protocol", ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://regimen.example/schema/plugin/1/plugin-protocol.schema.json",
  "title": "Regimen plugin protocol 1.x",
  "description": "Messages between Regimen and external plugins (regimen-backend-NAME, regimen-filter-NAME). See docs/plugins.md. Use $defs/request for what a plugin reads, and $defs/backendResponse, $defs/filterResponse or $defs/description for what it writes.",
  "$defs": {
    "version": {
      "type": "string",
      "pattern": "^1\\.[0-9]+$",
      "description": "The protocol version, major.minor. Regimen sends 1.1 and refuses an answer of another major version; any 1.x answer is read. 1.0: text files; 1.1: files may be bytes (`base64`)."
    },
    "request": {
      "type": "object",
      "description": "What Regimen writes on the plugin's standard input.",
      "required": ["protocolVersion", "compilerVersion", "kind", "plugin", "options", "plan"],
      "properties": {
        "protocolVersion": { "$ref": "#/$defs/version" },
        "compilerVersion": { "type": "string", "description": "The version of Regimen." },
        "kind": { "enum": ["backend", "filter"] },
        "plugin": { "type": "string", "description": "The plugin's name: `csv` for regimen-backend-csv." },
        "options": {
          "type": "object",
          "additionalProperties": { "type": "string" },
          "description": "Options given with --option NAME.KEY=VALUE, checked against the plugin's description."
        },
        "buildTimestamp": { "type": "integer", "description": "SOURCE_DATE_EPOCH, when the user set one." },
        "plan": { "$ref": "https://regimen.example/schema/plan/1/plan.schema.json" }
      }
    },
    "file": {
      "type": "object",
      "required": ["path"],
      "additionalProperties": false,
      "properties": {
        "path": {
          "type": "string",
          "minLength": 1,
          "description": "Relative to the output folder, `/`-separated; no `.` or `..` parts, no hidden parts. Each path at most once."
        },
        "contents": { "type": "string", "description": "The file as UTF-8 text." },
        "base64": { "type": "string", "contentEncoding": "base64", "pattern": "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", "description": "Protocol 1.1: the file's bytes, in standard base64 (RFC 4648, section 4) with padding and no line breaks. Answer with it only to a request of version 1.1 or later." }
      },
      "oneOf": [ { "required": ["contents"] }, { "required": ["base64"] } ]
    },
    "diagnostic": {
      "type": "object",
      "required": ["severity", "message"],
      "additionalProperties": false,
      "properties": {
        "severity": { "enum": ["error", "warning"], "description": "An error stops the build: nothing is written." },
        "message": { "type": "string" }
      }
    },
    "backendResponse": {
      "type": "object",
      "description": "What a backend plugin writes on standard output.",
      "required": ["protocolVersion"],
      "additionalProperties": false,
      "properties": {
        "protocolVersion": { "$ref": "#/$defs/version" },
        "files": { "type": "array", "items": { "$ref": "#/$defs/file" } },
        "diagnostics": { "type": "array", "items": { "$ref": "#/$defs/diagnostic" } }
      }
    },
    "filterResponse": {
      "type": "object",
      "description": "What a filter plugin writes on standard output: the changed plan.",
      "required": ["protocolVersion", "plan"],
      "additionalProperties": false,
      "properties": {
        "protocolVersion": { "$ref": "#/$defs/version" },
        "plan": { "$ref": "https://regimen.example/schema/plan/1/plan.schema.json" },
        "diagnostics": { "type": "array", "items": { "$ref": "#/$defs/diagnostic" } }
      }
    },
    "option": {
      "type": "object",
      "required": ["name", "summary", "kind"],
      "additionalProperties": false,
      "properties": {
        "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" },
        "summary": { "type": "string" },
        "kind": { "enum": ["flag", "integer", "text", "choice"] },
        "defaultValue": { "type": "string" },
        "minimum": { "type": "integer" },
        "maximum": { "type": "integer" },
        "choices": { "type": "array", "items": { "type": "string" } }
      }
    },
    "description": {
      "type": "object",
      "description": "What a plugin writes when run with the single argument --describe.",
      "required": ["protocolVersion", "name", "summary", "options"],
      "additionalProperties": false,
      "properties": {
        "protocolVersion": { "$ref": "#/$defs/version" },
        "name": { "type": "string" },
        "summary": { "type": "string" },
        "options": { "type": "array", "items": { "$ref": "#/$defs/option" } }
      }
    }
  }
}

"""##),
    ]
}
