import RegimenPlan

/// The starter projects `regimen init` writes: a program, its exercise library and (for a team)
/// a roster, each checking clean with no warnings, with the editor modeline pointing at the
/// schema `init` saves in `.regimen/`. A test checks and builds every one.
public struct ProjectTemplate: Sendable {
    /// What `--template` takes.
    public var name: String
    public var summary: String
    /// The program file, relative to the project folder.
    public var program: String
    /// Each file's path and text, with `{{START}}` and `{{TIMEZONE}}` to fill in.
    var files: [(path: String, text: String)]

    /// Where `init` saves the spec schema, for the modeline of every file it writes.
    public static let schemaPath = ".regimen/program.schema.json"

    /// The files of a new project starting on `start` in the zone `timezone`, and the schema.
    public func files(start: CivilDate, timezone: String) -> [OutputFile] {
        files.map { file in
            OutputFile(path: file.path, text: file.text
                .replacing("{{START}}", with: start.description)
                .replacing("{{TIMEZONE}}", with: timezone))
        } + [OutputFile(path: Self.schemaPath, text: EmbeddedSchemas.json(named: "program") ?? "")]
    }

    public static func named(_ name: String) -> ProjectTemplate? { all.first { $0.name == name } }

    public static let all: [ProjectTemplate] = [
        ProjectTemplate(
            name: "runner", summary: "A runner's hip program: mobility before and after runs, glute strength twice a week (one athlete).", program: "runner-hips.yaml",
            files: [
                ("runner-hips.yaml", #"""
# yaml-language-server: $schema=.regimen/program.schema.json
#
# A runner's hip program, from `regimen init --template runner`: mobility before and after
# runs, glute strength twice a week. Make it yours: change the names, times, exercises and
# weeks.
# Then `regimen check runner-hips.yaml` says what is wrong and how to fix it, and
# `regimen build runner-hips.yaml --to all -o out` writes cards, a calendar and JSON to out/.
# Every key is explained in Regimen's docs/spec-language.md; `regimen explain R201` explains a
# diagnostic.
regimen: 1
id: runner-hips
program: Runner's hips
coach: Your name
athlete: Your athlete
start: {{START}}
weeks: 6
timezone: {{TIMEZONE}}
units: kg
include: [library/hips.yaml]

sessions:
  pre-run:
    title: Before the run
    at: "07:00"
    duration: 10min
    items:
      - { exercise: leg-swing, sets: 1, reps: 10 }
      - { exercise: walking-lunge, sets: 1, reps: 8 }

  post-run:
    title: After the run
    at: "07:45"
    duration: 15min
    items:
      - exercise: kneeling-hip-flexor-stretch
        sets: 2
        hold: 30s
        progress: { hold: +5s, max: 60s }
      - { exercise: pigeon-pose, sets: 2, hold: 45s }

  glutes:
    title: Glute strength
    at: "18:00"
    duration: 30min
    items:
      - exercise: glute-bridge
        sets: 3
        reps: 12
        rest: 60s
        progress: { reps: +1, every: 2 weeks, max: 15 }
      - { exercise: clamshell, sets: 2, reps: 15, rest: 30s }
      - { exercise: side-plank, sets: 2, hold: 30s, rest: 30s }

schedule:
  mon: glutes
  tue: [pre-run, post-run]
  wed: rest
  thu: [pre-run, post-run]
  fri: glutes
  sat: [pre-run, post-run]
  sun: rest

"""#),
                ("library/hips.yaml", #"""
# yaml-language-server: $schema=../.regimen/program.schema.json
# Hip mobility and glute exercises for runner-hips.yaml: add your own, or include this
# library from other programs (`include: [library/hips.yaml]`).
regimen: 1
library: Hips

exercises:
  leg-swing:
    name: Leg swing
    kind: mobility
    targets: [hip flexors, hamstrings]
    per-side: true
    cues: [Hold a wall, swing from the hip, keep the trunk still]

  walking-lunge:
    name: Walking lunge
    kind: mobility
    targets: [hip flexors, quadriceps]
    per-side: true
    cues: [Long step, back knee towards the floor, tall chest]

  kneeling-hip-flexor-stretch:
    name: Kneeling hip flexor stretch
    kind: mobility
    targets: [psoas major, iliacus, rectus femoris]
    per-side: true
    equipment: [mat]
    cues: [Tuck the pelvis under before you lean forward, Squeeze the glute of the back leg]
    harder: couch-stretch

  couch-stretch:
    name: Couch stretch
    kind: mobility
    targets: [rectus femoris, psoas major, iliacus]
    per-side: true
    equipment: [mat, wall or sofa]
    cues: [Back shin up the wall, Ribs down]

  pigeon-pose:
    name: Pigeon pose
    kind: mobility
    targets: [gluteus maximus, piriformis]
    per-side: true
    equipment: [mat]

  glute-bridge:
    name: Glute bridge
    kind: strength
    targets: [gluteus maximus]
    secondary: [hamstrings]
    equipment: [mat]
    cues: [Drive through the heels, Squeeze the glutes at the top]

  clamshell:
    name: Clamshell
    kind: strength
    targets: [gluteus medius]
    per-side: true
    equipment: [mat, mini band]

  side-plank:
    name: Side plank
    kind: core
    targets: [obliques, gluteus medius]
    per-side: true
    equipment: [mat]

"""#),
            ]),
        ProjectTemplate(
            name: "strength", summary: "A full-body strength program: three sessions a week, loads rising weekly, a lighter week every fourth (one athlete).", program: "full-body-strength.yaml",
            files: [
                ("full-body-strength.yaml", #"""
# yaml-language-server: $schema=.regimen/program.schema.json
#
# A strength program, from `regimen init --template strength`: three full-body sessions a
# week, loads rising every week, a lighter week every fourth. Make it yours: change the names,
# times, exercises, loads and weeks.
# Then `regimen check full-body-strength.yaml` says what is wrong and how to fix it, and
# `regimen build full-body-strength.yaml --to all -o out` writes cards, a calendar and JSON to out/.
# Every key is explained in Regimen's docs/spec-language.md; `regimen explain R201` explains a
# diagnostic.
regimen: 1
id: full-body-strength
program: Full-body strength
coach: Your name
athlete: Your athlete
notes: Leave two reps in the tank on every set. Tell your coach when a set feels easy.
start: {{START}}
weeks: 8
timezone: {{TIMEZONE}}
units: kg
rounding: 2.5kg
include: [library/strength.yaml]

rules:
  weekly-load: { load: +2.5kg, every: week, max: 100kg }

deload: { every: 4, volume: 60%, intensity: 90% }

sessions:
  full-body-a:
    title: Full body A
    at: "18:00"
    duration: 1h
    items:
      - { exercise: back-squat, sets: 3, reps: 5, load: 50kg, rest: 3min, progress: weekly-load }
      - { exercise: bench-press, sets: 3, reps: 5, load: 40kg, rest: 2min30s, progress: weekly-load }
      - { exercise: dumbbell-row, sets: 3, reps: 10, load: 16kg, rest: 90s }
      - { exercise: plank, sets: 2, hold: 30s, rest: 30s }
      - { exercise: hip-flexor-stretch, sets: 2, hold: 30s }

  full-body-b:
    title: Full body B
    at: "18:00"
    duration: 1h
    items:
      - { exercise: deadlift, sets: 3, reps: 5, load: 60kg, rest: 3min, progress: weekly-load }
      - { exercise: overhead-press, sets: 3, reps: 6, load: 25kg, rest: 2min, progress: weekly-load }
      - { exercise: goblet-squat, sets: 3, reps: 10, load: 16kg, rest: 90s }
      - { exercise: side-plank, sets: 2, hold: 20s, rest: 30s }
      - { exercise: hip-flexor-stretch, sets: 2, hold: 30s }

schedule:
  mon: full-body-a
  wed: full-body-b
  fri: full-body-a

"""#),
                ("library/strength.yaml", strengthLibrary),
            ]),
        ProjectTemplate(
            name: "team", summary: "A team strength program on 5/3/1: a roster of athletes with their own training maxes, units and calendars.", program: "team-strength.yaml",
            files: [
                ("team-strength.yaml", #"""
# yaml-language-server: $schema=.regimen/program.schema.json
#
# A team strength program, from `regimen init --template team`: one program for a roster of
# athletes, each with their own starting loads, units and time zone, on the 5/3/1 wave of their
# own training maxes. Each athlete gets their own cards and calendar. Make it yours: list your
# athletes in rosters/team.yaml, change the sessions and weeks.
# Then `regimen check team-strength.yaml` says what is wrong and how to fix it, and
# `regimen build team-strength.yaml --to all -o out` writes cards and a calendar per athlete, and JSON to out/.
# Every key is explained in Regimen's docs/spec-language.md; `regimen explain R201` explains a
# diagnostic.
regimen: 1
id: team-strength
program: Team strength
coach: Your name
start: {{START}}
weeks: 8
timezone: {{TIMEZONE}}
units: kg
rounding: [2.5kg, 5lb]
roster: rosters/team.yaml
include: [library/strength.yaml]

rules:
  main-lower: { wave: 5/3/1, increase: +5kg }
  main-upper: { wave: 5/3/1, increase: +2.5kg }
  assistance: { double: +2.5kg, every: session }

phases:
  - { name: Cycle 1, weeks: 1-3 }
  - { name: Deload, weeks: 4, deload: true, progression: continue }
  - { name: Cycle 2, weeks: 5-7 }
  - { name: Deload, weeks: 8, deload: true, progression: continue }

sessions:
  lower:
    title: Squat and deadlift
    at: "17:30"
    duration: 1h15min
    items:
      - { exercise: back-squat, progress: main-lower, rest: 3min }
      - { exercise: deadlift, progress: main-lower, rest: 3min }
      - { exercise: plank, sets: 3, hold: 30s, rest: 30s }
      - { exercise: hip-flexor-stretch, sets: 2, hold: 30s }

  upper:
    title: Bench and press
    at: "17:30"
    duration: 1h15min
    items:
      - { exercise: bench-press, progress: main-upper, rest: 3min }
      - { exercise: overhead-press, progress: main-upper, rest: 3min }
      - { exercise: dumbbell-row, sets: 3, reps: 8-12, load: 16kg, rest: 90s, progress: assistance }
      - { exercise: side-plank, sets: 2, hold: 20s, rest: 30s }

schedule:
  tue: lower
  thu: upper

"""#),
                ("library/strength.yaml", strengthLibrary),
                ("rosters/team.yaml", #"""
# yaml-language-server: $schema=../.regimen/program.schema.json
# The athletes of team-strength.yaml. Each needs a training max for every main lift (about 90%
# of a one-rep max); `units`, `timezone`, `start` and starting `loads` are their own to set.
regimen: 1
roster: Team

athletes:
  - name: Alex Morgan
    training-max: { back-squat: 100kg, deadlift: 120kg, bench-press: 70kg, overhead-press: 45kg }

  - name: Casey Park
    units: lb
    training-max: { back-squat: 225lb, deadlift: 275lb, bench-press: 155lb, overhead-press: 100lb }
    loads: { dumbbell-row: 40lb }

"""#),
            ]),
    ]

    /// The exercise library of the `strength` and `team` templates.
    static let strengthLibrary = #"""
# yaml-language-server: $schema=../.regimen/program.schema.json
# Strength, core and stretching exercises for this project's programs: add your own,
# or include this library from other programs (`include: [library/strength.yaml]`).
regimen: 1
library: Strength

exercises:
  back-squat:
    name: Back squat
    kind: strength
    targets: [quadriceps, gluteus maximus]
    secondary: [adductors, spinal erectors]
    equipment: [barbell, rack]
    bar: 20kg
    cues: [Brace before you descend, Knees track over the toes]

  goblet-squat:
    name: Goblet squat
    kind: strength
    targets: [quadriceps, gluteus maximus]
    equipment: [kettlebell]
    rounding: 4kg

  deadlift:
    name: Deadlift
    kind: strength
    targets: [gluteus maximus, hamstrings]
    secondary: [spinal erectors]
    equipment: [barbell]
    bar: 20kg
    cues: [Bar over mid-foot, Push the floor away]

  bench-press:
    name: Bench press
    kind: strength
    targets: [pectoralis major, triceps]
    equipment: [barbell, bench]
    bar: 20kg

  overhead-press:
    name: Overhead press
    kind: strength
    targets: [deltoids, triceps]
    equipment: [barbell]
    bar: 20kg

  dumbbell-row:
    name: Dumbbell row
    kind: strength
    targets: [latissimus dorsi, rhomboids]
    per-side: true
    equipment: [dumbbell, bench]

  plank:
    name: Plank
    kind: core
    targets: [rectus abdominis, transverse abdominis]
    equipment: [mat]

  side-plank:
    name: Side plank
    kind: core
    targets: [obliques, gluteus medius]
    per-side: true
    equipment: [mat]

  hip-flexor-stretch:
    name: Kneeling hip flexor stretch
    kind: mobility
    targets: [psoas major, iliacus, rectus femoris]
    per-side: true
    equipment: [mat]
    cues: [Tuck the pelvis under before you lean forward]

"""#
}
