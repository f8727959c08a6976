/// What each diagnostic means, with an example and the fix: printed by `regimen --explain CODE`
/// and written out as `docs/diagnostics.md` (a test keeps the two identical).
public struct DiagnosticExplanation: Sendable {
    /// What the problem is and why it matters, in coaching words.
    public var meaning: String
    /// A spec excerpt that triggers it.
    public var example: String
    /// How to fix it.
    public var fix: String
}

extension DiagnosticCode {
    public var explanation: DiagnosticExplanation {
        switch self {
        case .unreadableFile:
            .init(meaning: "A file could not be opened or read: it does not exist, is a folder, or cannot be read with your permissions.",
                  example: "include: [library/hips.yaml]   # the file was moved",
                  fix: "Check the path and the file's permissions.")
        case .yamlSyntax:
            .init(meaning: "The file is not valid YAML, so Regimen cannot read its structure. The message says what libyaml found and where.",
                  example: "title: Hips: mobility        # a second `: ` inside a value",
                  fix: "Quote values that contain `: ` or start with a special character (`title: \"Hips: mobility\"`), put quotes around the whole value (`notes: '\"+\" sets'`, not `notes: \"+\" sets`), and check indentation.")
        case .duplicateKey:
            .init(meaning: "The same key appears twice in one mapping. Most YAML tools silently keep the last value; Regimen reports it, because the first value would be lost without anyone noticing.",
                  example: "sets: 3\nreps: 8\nsets: 4",
                  fix: "Keep one of the two lines.")
        case .invalidEncoding:
            .init(meaning: "The file is not UTF-8 text: it has an invalid byte sequence, a NUL byte or another control character, or it is saved as UTF-16.",
                  example: "(a file saved as UTF-16 by a word processor)",
                  fix: "Save the file as plain UTF-8 text.")
        case .tabIndentation:
            .init(meaning: "A line is indented with a tab. YAML allows only spaces for indentation.",
                  example: "sessions:\n\thips-am:",
                  fix: "Replace the tab with spaces (two per level is usual).")
        case .multipleDocuments:
            .init(meaning: "The file holds more than one YAML document (a `---` line in the middle). A program or library is one document.",
                  example: "regimen: 1\nprogram: A\n---\nprogram: B",
                  fix: "Move the second document into a file of its own.")
        case .limitExceeded:
            .init(meaning: "The file is beyond one of Regimen's hard limits (size, nesting, values after alias expansion, length of a value, number of sessions, items, athletes). The limits keep a damaged or hostile file from exhausting time or memory; the message gives the limit.",
                  example: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# … and so on: \"billion laughs\"",
                  fix: "Split the program, remove the repetition, or raise the limit where the message says how.")
        case .recursiveAlias:
            .init(meaning: "An alias (`*name`) refers to the list or mapping that contains it, which would be infinite.",
                  example: "loop: &x [1, *x]",
                  fix: "Refer to something outside the collection, or write the values out.")
        case .emptyFile:
            .init(meaning: "The file has no content (or only comments).",
                  example: "# nothing yet",
                  fix: "Start a program with `regimen: 1` and `program:`, or a library with `regimen: 1` and `library:`.")
        case .wrongShape:
            .init(meaning: "A value has the wrong shape: a list where a mapping belongs, a mapping where a single value belongs, or nothing at all.",
                  example: "sessions:\n  - hips-am      # sessions map names to sessions",
                  fix: "Write the value in the shape the message names, as in `docs/spec-language.md`.")
        case .unknownKey:
            .init(meaning: "A key that Regimen does not know at this place. Usually a typo; the message suggests the closest key that is allowed.",
                  example: "- exercise: glute-bridge\n  rep: 10",
                  fix: "Use the suggested key (`reps`), or remove the line.")
        case .missingKey:
            .init(meaning: "A key that must be there is missing.",
                  example: "regimen: 1\nprogram: Hips\n# no start:",
                  fix: "Add the key; the message shows a line to add, such as `start: 2027-01-04`.")
        case .unsupportedFormatVersion:
            .init(meaning: "`regimen:` names a spec format version this Regimen does not read.",
                  example: "regimen: 2",
                  fix: "Write `regimen: 1`, or use a newer Regimen.")
        case .ambiguousScalar:
            .init(meaning: "An unquoted value that Regimen reads as the spec means, but that YAML 1.1 tools (editors, linters, PyYAML) read differently: `07:00` as the number 420, `no` as false, `010` as 8. It is a warning so that every tool reads the file the same way.",
                  example: "at: 07:00\nper-side: yes\ncoach: no",
                  fix: "Quote times and text (`at: \"07:00\"`, `coach: \"no\"`), write `true`/`false`, and drop leading zeros.")
        case .unknownExercise:
            .init(meaning: "An item (or a `harder:` variant, or an athlete's `loads:`) names an exercise that is not defined in the program or any library it includes.",
                  example: "- exercise: glute-bridg",
                  fix: "Use the suggested name, define the exercise under `exercises:`, or include the library that has it.")
        case .unknownSession:
            .init(meaning: "The schedule names a session that is not defined under `sessions:`.",
                  example: "schedule:\n  mon: strenght-a",
                  fix: "Use the suggested name, define the session, or write `rest`.")
        case .unknownRule:
            .init(meaning: "An item's `progress:` names a rule that is not defined under `rules:`.",
                  example: "progress: linaer",
                  fix: "Use the suggested name, define the rule under `rules:`, or write the rule in place.")
        case .duplicateDefinition:
            .init(meaning: "A name is defined twice: the same exercise in the program and in a library (or in two libraries), or two athletes with the same id.",
                  example: "# library/hips.yaml and the program both define glute-bridge",
                  fix: "Rename one of them, or remove the copy.")
        case .includeProblem:
            .init(meaning: "An `include:` (or `roster:`) cannot be used: the file is missing, lies outside the program's project (the nearest folder above it with a `regimen-project.yaml` file, or without one the program's own folder), includes itself in a cycle, nests too deep, or is not a library (or roster).",
                  example: "include: [../../shared/hips.yaml]   # no regimen-project.yaml above both",
                  fix: "Point at an existing library inside the project, and break any cycle. To share libraries between programs in different folders, put an empty `regimen-project.yaml` in the folder that holds them all.")
        case .unknownTimeZone:
            .init(meaning: "`timezone:` (of the program or of an athlete) is not a time zone in the system's zone data. A city name (`New York`, `new_york`, `Sydney`) or a name in the wrong letter case gets the IANA zone it names as the fix; a misspelling gets the closest zone name.",
                  example: "timezone: Europe/Londn",
                  fix: "Use an IANA name such as `Europe/London`, `America/New_York` or `UTC`; the message suggests the closest one.")
        case .timeZoneNotIANA:
            .init(meaning: "`timezone:` is an abbreviation (`EST`, `PST`, `CET`, `GMT`), a POSIX-style rule (`EST5EDT`) or a fixed UTC offset (`UTC-5`, `GMT+1`, `Etc/GMT+5`) rather than a place. An abbreviation or an offset names one UTC offset all year, so every session on the other side of a daylight-saving change would be an hour off in the athlete's calendar. Only IANA `Area/Location` names (and `UTC`) follow a place's daylight-saving rules.",
                  example: "timezone: EST",
                  fix: "Write the IANA zone of the athlete's city; the fix gives the zone most people mean (`EST` → `America/New_York`, `CET` → `Europe/Paris`, `UTC+1` → `Europe/Paris`), and a note names others that share it.")
        case .legacyTimeZoneName:
            .init(meaning: "`timezone:` is a name the zone data keeps only for compatibility (`US/Eastern`, `Japan`, `GB`, `Zulu`, `Etc/GMT`). It keeps the right rules, but calendars and other tools may not know it, and it may be removed from future zone data.",
                  example: "timezone: US/Eastern",
                  fix: "Write the current name: `America/New_York` (or `UTC` for the names of UTC).")
        case .invalidName:
            .init(meaning: "A name used as a key or reference is not an identifier: names are lowercase letters, digits, `-` and `_`, because they become parts of file names and calendar UIDs. `rest` is reserved for rest days.",
                  example: "exercises:\n  Glute Bridge: { … }",
                  fix: "Use the suggested slug, such as `glute-bridge`.")
        case .unusedDefinition:
            .init(meaning: "Something is defined but never used: a session no schedule names, a training max no item uses, a deload that never falls within the program, an athlete's swap of an exercise no session has, or equipment no exercise needs but whose name is close to one that some exercise does (usually a typo).",
                  example: "sessions:\n  extra-hips: { … }   # not in the schedule",
                  fix: "Schedule it, fix the name that should refer to it, or remove it.")
        case .replacementOfAnotherKind:
            .init(meaning: "An athlete's `swap:` or an exercise's `alternative:` replaces an exercise with one of another kind (a strength exercise with a stretch, say). The replacement takes the item's numbers (sets, reps, loads, holds), which only make sense for the same kind of work.",
                  example: "exercises:\n  barbell-hip-thrust: { name: Barbell hip thrust, kind: strength, alternative: couch-stretch }",
                  fix: "Replace the exercise with one of the same kind, or change the session for everyone.")
        case .missingEquipment:
            .init(meaning: "An athlete's `equipment:` lacks something an exercise of the program needs (its `equipment:`), and neither the exercise's `alternative:` (nor theirs, in turn) is one the athlete can do, so the plan would ask for something they cannot do.",
                  example: "athletes:\n  - name: Maria Lopez\n    equipment: [mat, dumbbells]\nexercises:\n  back-squat: { name: Back squat, kind: strength, equipment: [barbell, rack] }",
                  fix: "Give the exercise an `alternative:` that needs only what the athlete has, swap it for the athlete (`swap: { back-squat: goblet-squat }`), or add the equipment to the athlete's list.")
        case .unknownEquipmentSet:
            .init(meaning: "An athlete's `equipment:` names an equipment set that the program's `equipment-sets:` does not define.",
                  example: "equipment-sets:\n  home: [mat, dumbbells]\nathletes:\n  - { name: Maria Lopez, equipment: hom }",
                  fix: "Use the suggested name, define the set under `equipment-sets:`, or list the equipment itself: `equipment: [mat, dumbbells]`.")
        case .invalidDuration:
            .init(meaning: "A duration (hold, rest, session length) is not written with a unit Regimen knows, or is written as a clock time. A bare number is not guessed: the fix reads it as seconds for `hold` and `rest`, as minutes for a session's `duration` (`duration: 45` → `45min`), and offers no fix for an item's `duration`, which may be a 20-minute run or a 20-second plank.",
                  example: "hold: 30\nrest: 1:30",
                  fix: "Write a unit: `30s`, `2min`, `1h30min`, `1min30s`.")
        case .invalidLoad:
            .init(meaning: "A load is not a weight with a known unit, `bodyweight`, or a percentage. A unit spelled out or abbreviated another way (`10 kilos`, `20 kilograms`, `45 pounds`, `100 lbs.`) gets the load with its symbol as the fix (`10kg`, `45lb`).",
                  example: "load: 40 stone\nload: 10 kilos",
                  fix: "Write `40kg`, `95lb`, `bodyweight`, `bodyweight + 10kg` or `75%`.")
        case .invalidDate:
            .init(meaning: "A date is not written year-month-day, or is not a real date.",
                  example: "start: 2027-02-30",
                  fix: "Write a real date as `YYYY-MM-DD`, such as `2027-03-01`.")
        case .invalidTimeOfDay:
            .init(meaning: "A time of day is not a 24-hour clock time.",
                  example: "at: \"25:00\"",
                  fix: "Write `\"HH:MM\"` from `\"00:00\"` to `\"23:59\"`.")
        case .outOfRange:
            .init(meaning: "A number is outside what Regimen accepts at that place (for example 1–50 sets, 1–260 weeks).",
                  example: "sets: 80",
                  fix: "Use a number within the range the message gives.")
        case .invalidWeekday:
            .init(meaning: "A schedule key is not one of `mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun`.",
                  example: "schedule:\n  monday: strength-a",
                  fix: "Use the three-letter key: `mon`.")
        case .invalidReps:
            .init(meaning: "Reps are not a number, a range from fewer to more, `N+` or `amrap`. Reps written per side (`8/side`, `8 per side`, `8 each`) are an error too: reps of an exercise marked `per-side: true` already count each side, so the fix writes `8`, and the message says to mark the exercise `per-side: true` when it is not. Sets and reps together (`reps: 3x8`) get `sets: 3` and `reps: 8` as the fix.",
                  example: "reps: 12-8\nreps: 8/side",
                  fix: "Write `8`, `8-12`, `5+` or `amrap`; for per-side reps, `reps: 8` on an exercise with `per-side: true`.")
        case .invalidChoice:
            .init(meaning: "A value must be one of a fixed set of words (an exercise's `kind`, `units`, `side`, `true`/`false`).",
                  example: "kind: mobilty",
                  fix: "Use one of the listed words; the message suggests the closest.")
        case .invalidTempo:
            .init(meaning: "A tempo is not four parts in seconds.",
                  example: "tempo: 3-1-1",
                  fix: "Write four parts, lowering-pause-lifting-pause, like `3-1-1-0` or `31X0`.")
        case .missingPrescription:
            .init(meaning: "An item says nothing about what to do, or a session has no items.",
                  example: "- exercise: glute-bridge\n  sets: 3",
                  fix: "Add `reps`, `hold`, `duration` or `distance` to the item; list at least one item in a session.")
        case .conflictingFields:
            .init(meaning: "Fields that cannot be used together: `sets` inside a superset (rounds give the sets), `side` on an exercise that is not per-side, a day that is both a rest day and a training day, a superset of one exercise, `athlete` and `athletes` together.",
                  example: "- superset:\n    - { exercise: glute-bridge, sets: 3, reps: 10 }",
                  fix: "Keep one of the two, as the message says.")
        case .invalidNumber:
            .init(meaning: "A value that must be a number (or a distance with its unit) is not. Sets and reps written together (`sets: 3x8`, `3 x 8-12`, `3×8`) get both keys as the fix: `sets: 3` and `reps: 8`.",
                  example: "sets: 3.5\ndistance: 5\nsets: 3x8",
                  fix: "Write a whole number (`sets: 3`), or add the unit (`5km`); write reps under `reps:`.")
        case .emptySchedule:
            .init(meaning: "No weekday of the schedule has a session, so the program would produce nothing.",
                  example: "schedule:\n  mon: rest",
                  fix: "Give at least one weekday a session: `mon: strength-a`.")
        case .invalidPercentage:
            .init(meaning: "A percentage (a phase's volume or intensity, a percentage load) is not written as one, or is out of range.",
                  example: "volume: 60",
                  fix: "Write the percent sign: `volume: 60%`.")
        case .ruleDoesNotFit:
            .init(meaning: "A progression rule cannot progress the item it is on: a load rule on a hold, a reps rule without reps, double progression without a rep range, a sets rule inside a superset, a wave inside a superset.",
                  example: "- exercise: kneeling-hip-flexor-stretch\n  hold: 30s\n  progress: { load: +2.5kg }",
                  fix: "Use a rule for what the item has (`hold: +5s` for a hold), or give the item what the rule needs.")
        case .capBelowStart:
            .init(meaning: "A rule's `max` is below the value it starts from, so the progression could only go down.",
                  example: "load: 60kg\nprogress: { load: +2.5kg, max: 50kg }",
                  fix: "Raise the cap or lower the starting value.")
        case .missingTrainingMax:
            .init(meaning: "An item is loaded as a percentage of a training max (a `wave` rule or `load: 75%`), and an athlete has no training max for it.",
                  example: "progress: { wave: 5/3/1 }   # and the athlete has no training-max for back-squat",
                  fix: "Give every athlete a training max: `training-max: { back-squat: 100kg }`.")
        case .overlappingPhases:
            .init(meaning: "Two phases claim the same week.",
                  example: "phases:\n  - { name: Foundation, weeks: 1-3 }\n  - { name: Deload, weeks: 3-4 }",
                  fix: "Make the week ranges follow one another.")
        case .noHarderVariant:
            .init(meaning: "A rule moves on to a harder variant (`then: harder`, `harder-after`), but the exercise has no `harder:`.",
                  example: "progress: { hold: +5s, max: 60s, then: harder }",
                  fix: "Give the exercise a harder variant (`harder: couch-stretch`), or leave out `then: harder`.")
        case .invalidRule:
            .init(meaning: "A progression rule is not well-formed: it progresses nothing or two things, has a negative step, a bad `every`, or keys that do not go together.",
                  example: "progress: { load: +2.5kg, reps: +1 }",
                  fix: "One rule, one thing: make two rules and list both in `progress:`.")
        case .conflictingRules:
            .init(meaning: "Two rules change the same number of an item (two load rules; a wave and a load), or a rule and the item both set it.",
                  example: "progress: [{ load: +2.5kg }, { load: +5kg, every: 2 weeks }]",
                  fix: "Keep one rule for each number.")
        case .phaseOutsideProgram:
            .init(meaning: "A phase's weeks run past the end of the program.",
                  example: "weeks: 4\nphases:\n  - { name: Build, weeks: 3-6 }",
                  fix: "End the phase within the program's weeks, or lengthen the program.")
        case .unknownWarmUp:
            .init(meaning: "An item's `warm-up:` names a ramp that is neither defined under `warm-ups:` nor built in (`standard`).",
                  example: "warm-up: barbel",
                  fix: "Correct the name, define the ramp under `warm-ups:`, or write the ramp in place: `warm-up: [bar x 10, 40% x 5, 60% x 3, 80% x 1]`.")
        case .invalidSetGroup:
            .init(meaning: "A set group (in `sets:`, a wave, `stages:` or a warm-up) is not sets × reps with a load: Regimen reads `5x10 @ 50%`, `1x5+ @ 85%`, `3x5 @ RPE 7`, `3x5 @ -10%`, `65%x5` and `bar x 10`.",
                  example: "sets: [1x5+ at 85%]",
                  fix: "Write the sets, `x`, the reps, and the load after `@`: `1x5+ @ 85%`.")
        case .missingUnit:
            .init(meaning: "A load that must carry its unit was written as a bare number. A one-rep max is a tested number; Regimen does not guess whether it is kilograms or pounds.",
                  example: "one-rep-max: { back-squat: 140 }",
                  fix: "Add the unit: `140kg` or `140lb`.")
        case .liftStartsDiffer:
            .init(meaning: "Items that name the same `lift:` share one training state (one working load, one rep count, one hold), so they must start from the same number. Two items of one named lift with a load rule and different loads cannot both be right. (Items whose lift comes from their exercise and start apart are lifts of their own, `back-squat-2`; naming the lift says they are one.)",
                  example: "- { exercise: back-squat, lift: squat, sets: 5, reps: 5, load: 100kg, progress: { load: +2.5kg } }\n- { exercise: back-squat, lift: squat, sets: 1, reps: 5, load: 110kg, progress: { load: +2.5kg } }",
                  fix: "Give the items the same start, or give one a lift of its own: `lift: heavy-squat`.")
        case .missingOneRepMax:
            .init(meaning: "A set is loaded by RPE (`@ RPE 8`) with no top set before it, so its load comes from the lift's estimated one-rep max, and an athlete has none.",
                  example: "sets: 1x3 @ RPE 8",
                  fix: "Give the athlete `one-rep-max: { back-squat: 140kg }`, or a training max with the program's `training-max: 90%`.")
        case .outsideRPEChart:
            .init(meaning: "Loads by RPE come from Mike Tuchscherer's RPE chart (The Reactive Training Manual, 2008), which covers 1 to 12 reps at RPE 6.5 to 10. A set outside it has no load to give.",
                  example: "sets: 3x15 @ RPE 7",
                  fix: "Use 12 reps or fewer and RPE 6.5 or more, or give the load as a weight or a percentage.")
        case .loadedButNotStretched:
            .init(meaning: "A muscle group that tends to tighten (by default the hip flexors) gets hard sets in a week but no stretching or mobility work. Tight hip flexors inhibit the glutes; loading them without lengthening them feeds the imbalance. See docs/lints.md.",
                  example: "# hanging knee raises twice a week (hip flexors), no hip flexor stretch",
                  fix: "Add a stretch for the group (a kneeling hip flexor stretch after the session), or list the groups you want checked in `lints: { stretched-groups: […] }`.")
        case .hamstringGluteImbalance:
            .init(meaning: "In a week, the hamstrings get far more hard sets than the glutes (by default more than 1.5 times). When glutes are weak, the hamstrings take over hip extension; a program heavy on hamstrings makes it worse.",
                  example: "# Romanian deadlifts, Nordic curls and leg curls; no hip thrusts or bridges",
                  fix: "Add glute-dominant work (hip thrusts, glute bridges, step-ups), or trim hamstring sets; the threshold is `lints: { hamstring-glute-ratio: 2 }`.")
        case .noRestDay:
            .init(meaning: "More training days in a row than the threshold (by default 6) with no rest day. Days with only recovery or mobility work count as rest.",
                  example: "schedule: { mon: a, tue: b, wed: a, thu: b, fri: a, sat: b, sun: a }",
                  fix: "Make one day a rest day, or set `lints: { max-training-days-in-a-row: 7 }`.")
        case .sameGroupOnConsecutiveDays:
            .init(meaning: "A muscle group gets hard sets (by default 6 or more) on two days in a row, with no day in between to recover.",
                  example: "schedule: { mon: legs, tue: legs }",
                  fix: "Put a day between the two sessions, or shift the work to other muscle groups.")
        case .loadJump:
            .init(meaning: "A lift's top load rises by more than the threshold (by default 10%) from one week to the next, and by more than one loading step. Coming out of a deload is not counted.",
                  example: "progress: { load: +10kg }   # on a 40 kg lift",
                  fix: "Use smaller steps (`load: +2.5kg`), or raise the threshold with `lints: { max-weekly-load-increase: 15% }`.")
        case .trainingMaxJump:
            .init(meaning: "A training max rises by more than the threshold at one step (by default 10% of the training max): a wave's increase each cycle, or a `training-max:` rule's fixed step at its cadence. Percentage programs work because the training max stays conservative.",
                  example: "progress: { wave: 5/3/1, increase: +20kg }   # on a 100 kg training max; likewise { training-max: +15kg, every: week }",
                  fix: "Raise the training max by a small step each cycle (5/3/1: +5 lb upper body, +10 lb lower body).")
        case .noDeload:
            .init(meaning: "A program of 6 weeks or more has no lighter week: no deload, no phase that cuts volume or intensity, and no week where the work drops.",
                  example: "weeks: 12   # and the load rises every week",
                  fix: "Add a deload (`deload: { every: 4 }`, or a phase with `volume: 60%`), or allow the lint if the program is deliberately unbroken.")
        case .oneSidedMobility:
            .init(meaning: "A per-side mobility exercise is prescribed for one side only, and the session does not do the other side.",
                  example: "- { exercise: pigeon-pose, hold: 45s, side: left }",
                  fix: "Do both sides (leave out `side:`), or add the other side as its own item if the asymmetry is intended.")
        case .shortStretch:
            .init(meaning: "A stretch (a mobility exercise with a hold) is held for less than the threshold (by default 15 s), too short to change much.",
                  example: "- { exercise: low-lunge, hold: 10s }",
                  fix: "Hold for 15–30 s or more, or set `lints: { min-stretch-hold: 10s }`.")
        case .sessionTooLong:
            .init(meaning: "The work in a session (sets × (work + rest)) takes longer than the session's stated `duration`, by more than the tolerance (by default 10%).",
                  example: "duration: 30min   # with 45 minutes of sets and rest",
                  fix: "Trim the session, or state a longer `duration`.")
        case .unknownLogFormat:
            .init(meaning: "A file given as a training log (`--log`, `logs:`) is neither a Regimen log (YAML with `log:` at the top) nor an export Regimen reads (Strong or Hevy CSV). The message says what was found. See docs/logs.md.",
                  example: "regimen build program.yaml --log notes.txt",
                  fix: "Give a `.yaml` log, or the CSV file Strong or Hevy exported, unchanged.")
        case .missingLogColumn:
            .init(meaning: "An app export lacks a column Regimen needs, or has it under another name (a column renamed in a spreadsheet, an export in another language). The message names the column and the layouts Regimen reads.",
                  example: "Date,Workout,Exercise Name,Set Order,Weight,Reps   # `Workout Name` renamed to `Workout`",
                  fix: "Export again from the app (in English), or give the column its original name.")
        case .csvSyntax:
            .init(meaning: "A CSV file is not well-formed: a quoted value never ends, text follows a closing quote, a row has more or fewer values than the header, or two exports were joined with their headers. The position is the row's line and column in the file.",
                  example: "2027-03-01 07:00:00,\"Leg day,Squat (Barbell),1,100,5   # the quote is never closed",
                  fix: "Export again from the app; if the file was edited, put every value with a comma or a quote in double quotes, with inner quotes doubled.")
        case .unknownAthlete:
            .init(meaning: "A log names an athlete who is not in the program's roster, by id or by name.",
                  example: "log: alx",
                  fix: "Use an athlete's `id` or `name` from the roster; the message suggests the closest.")
        case .unknownLoggedExercise:
            .init(meaning: "A logged exercise matches no exercise of the program by its key, its `name:` (in any case) or one of its `aliases:`. App exports use the app's own names (`Squat (Barbell)`); give the program's exercise those names as aliases.",
                  example: "Squat (Barbell)   # in a Strong export, for an exercise named `Back squat`",
                  fix: "Add the app's name to the exercise: `aliases: [\"Squat (Barbell)\"]`, or correct the name in the log.")
        case .unknownLoggedSession:
            .init(meaning: "A logged session cannot be matched to a session of the program: it names a session that does not exist, an identity that is not in the plan, or it gives only a date on which no session (or more than one) is planned and its exercises do not say which session it was.",
                  example: "- date: 2027-03-02          # a rest day\n  exercises: { back-squat: 5,5,5 @ 100kg }",
                  fix: "Name the session: `session: strength-a` (a session done on another day is accepted as moved).")
        case .logDateOutsideProgram:
            .init(meaning: "A session in a Regimen log is dated before the athlete's first week or after the program's last.",
                  example: "start: 2027-03-01\n# and in the log:\n- date: 2027-02-22",
                  fix: "Correct the date, or move the entry to the log of the program it belongs to.")
        case .duplicateLogEntry:
            .init(meaning: "The same session is logged twice (in one file, or in two files such as a YAML log and an app export), or the same set of an exercise appears twice in an export.",
                  example: "- { date: 2027-03-01, session: strength-a, … }\n- { date: 2027-03-01, session: strength-a, … }",
                  fix: "Keep one entry. When several exports of the same app overlap, give only the newest.")
        case .ambiguousLogUnit:
            .init(meaning: "A load (or distance) is logged without a unit, and neither the log, the athlete nor the program says which units it is in. Strong's older export writes weights without units: they are in whatever unit the app was set to.",
                  example: "back-squat: 5,5,5 @ 100   # and no `units:` anywhere",
                  fix: "Write the unit (`100kg`), or say the units once: `units: kg` in the log, on the athlete, in the program, or in the `logs:` entry of the export.")
        case .invalidSetNotation:
            .init(meaning: "Logged sets cannot be read. Sets are written `5,5,7 @ 100kg` (reps of each set at one load), `3x5 @ 100kg`, `3x30s`, `5km in 25:30`, with `rpe 8`, `warm-up`, `-` for a skipped set and `;` between groups; see docs/logs.md.",
                  example: "back-squat: 5,5,7 at 100kg",
                  fix: "Write the load after `@`: `5,5,7 @ 100kg`.")
        case .unattributedLog:
            .init(meaning: "An app export (or a log without `log:`) names no athlete, and the program has several. Regimen cannot tell whose results the file holds.",
                  example: "regimen build team.yaml --log strong.csv",
                  fix: "Say whose it is: `--log alex=strong.csv`, `logs: [{ path: strong.csv, athlete: alex }]`, or name the file or its folder after the athlete (`logs/alex/strong.csv`).")
        case .logHistorySkipped:
            .init(meaning: "An app export holds workouts from before the athlete's first week (or after the program's last): the app keeps the whole history. They were left out; this says how many, so a wrong start date does not go unnoticed.",
                  example: "start: 2027-03-01   # and the export begins in 2025",
                  fix: "Nothing, if the program started later than the export. Otherwise check the program's or the athlete's `start:`.")
        case .logFileProblem:
            .init(meaning: "A file or folder named in `logs:` (or given with `--log`) cannot be used: it does not exist, is not a regular file (a device, a pipe), lies outside the program's folder, or cannot be read.",
                  example: "logs: [../other-team/alex.yaml]",
                  fix: "Keep logs inside the program's folder and name them relative to the file that lists them.")
        case .liftStalled:
            .init(meaning: "A lift's best estimated one-rep max (Epley: load × (1 + reps ÷ 30), from the sets logged) has not risen for three logged weeks in a row, not counting deload weeks. A stall of three weeks is the usual sign to change something: deload, reset, or change the rep scheme.",
                  example: "# back squat logged 5,5,5 @ 100 kg in weeks 3, 4, 5 and 6",
                  fix: "Follow the program's failure rule (a deload or reset), or look at recovery; allow the lint (`--allow W520`) where a plateau is planned.")
        case .sessionsMissedInARow:
            .init(meaning: "Three or more planned sessions in a row were missed (logged as skipped, or not logged before the last session that was). Adherence matters more than any detail of the program.",
                  example: "# nothing logged for Wednesday, Friday and Monday, then a session on Wednesday",
                  fix: "Talk to the athlete; adjust the schedule (`missed:` policy, fewer days) to what they can keep.")
        case .rpeCreeping:
            .init(meaning: "At the same load, the logged effort (RPE of the heaviest set) rose in three sessions in a row: the athlete is finding the same weight harder, a sign of accumulating fatigue.",
                  example: "back-squat 5 @ 100 kg: RPE 7, then 8, then 9",
                  fix: "Consider a lighter week or holding the load; check sleep and recovery.")
        case .unmarkedWarmUps:
            .init(meaning: "An exercise was logged with more sets than planned, and the extra sets at the start are lighter than every planned work set, without the `warm-up` mark. They are read as work sets, so the session is judged against sets the athlete never meant as work: a session done as planned can count as failed, and the lift stops progressing.",
                  example: "back-squat: 5 @ 60kg; 3 @ 80kg; 5,5,5 @ 100kg   # planned 3x5 @ 100kg",
                  fix: "Mark the ramp-up sets as warm-ups: `back-squat: warm-up 5 @ 60kg; warm-up 3 @ 80kg; 5,5,5 @ 100kg`. In an app export, mark them as warm-up sets in the app.")
        case .unknownFITCategory:
            .init(meaning: "An exercise's `fit:` (or `garmin:`) names a category the FIT exercise catalog does not have. Watches show an exercise from its catalog category and name; the categories are listed in docs/fit.md.",
                  example: "fit: { category: hip_rise, name: hip_raise }",
                  fix: "Use the suggested category (`hip_raise`), or one from the list in docs/fit.md.")
        case .unknownFITExercise:
            .init(meaning: "An exercise's `fit:` names an exercise its FIT category does not have. Every category has its own list of exercise names (`squat` has `goblet_squat`, `lunge` does not).",
                  example: "fit: lunge/goblet_squat",
                  fix: "Use the suggested name or category (`squat/goblet_squat`), or leave `name` out to use the category alone.")
        case .notFITFile:
            .init(meaning: "A file given as a FIT activity does not start with a FIT header (`.FIT` in bytes 8–11), or bytes follow the end of its FIT data that are not another FIT file.",
                  example: "regimen build program.yaml --log notes.txt",
                  fix: "Give the `.fit` file the watch recorded (on the watch under GARMIN/Activity, or exported from Garmin Connect with \"Export Original\").")
        case .truncatedFITFile:
            .init(meaning: "A FIT file ends before the header, a record or the checksum it announces: it was cut off, often because it was copied while the watch was still writing it, or a download stopped.",
                  example: "(a .fit file of 20 bytes whose header announces 4 000)",
                  fix: "Copy the file again from the watch or export it again from Garmin Connect.")
        case .damagedFITFile:
            .init(meaning: "The CRC stored in a FIT file (for the header or for the whole file) does not match its bytes: the file was changed or damaged after the watch wrote it. Regimen does not guess at damaged data.",
                  example: "(a .fit file with one byte changed)",
                  fix: "Copy the file again from the watch or export it again from Garmin Connect.")
        case .malformedFITDefinition:
            .init(meaning: "A FIT definition message describes fields that cannot exist: a field of zero bytes, an unknown base type, or an architecture other than little- or big-endian. No device writes this; the file is damaged or was made by faulty software.",
                  example: "(a definition giving field 3 a size of 0)",
                  fix: "Export the activity again from the watch or Garmin Connect.")
        case .undefinedFITMessageType:
            .init(meaning: "A FIT data message uses a local message type that no definition message before it set up, so its bytes cannot be read.",
                  example: "(a data message on local type 3 before any definition of local type 3)",
                  fix: "Export the activity again from the watch or Garmin Connect.")
        case .fitFileTooLarge:
            .init(meaning: "A FIT file is beyond one of Regimen's limits: its size (32 MB) or the number of activity messages kept (100 000). A strength session of two hours is well under 1 MB; the limits keep a damaged or hostile file from exhausting time or memory.",
                  example: "(a 100 MB file of records)",
                  fix: "Give the activity file of one session.")
        case .notAnActivity:
            .init(meaning: "A well-formed FIT file that is not a recorded activity: a workout (what Regimen writes for the watch), a course, settings. Only recorded activities hold what the athlete did.",
                  example: "regimen build program.yaml --log out/program/fit/2027-03-01-glutes-hamstrings-w1.fit",
                  fix: "Give the activity the watch recorded when the athlete did the workout.")
        case .genericFITExercise:
            .init(meaning: "Exercises with no `fit:` mapping whose names Regimen did not find in the FIT exercise catalog go to the watch under a generic category (a word of the name, such as `squat`, or `total_body`, `core`, `warm_up` or `cardio` by the exercise's kind), without an exercise name: the watch shows the category, not the exercise. The `fit` backend lists them when it writes workouts.",
                  example: "exercises:\n  sled-push: { name: Sled push, kind: strength }",
                  fix: "Add `fit: {category: …, name: …}` to each listed exercise, with names from the catalog (docs/fit.md).")
        case .unmappedActivityExercise:
            .init(meaning: "A set in a recorded FIT activity is of an exercise (the watch's FIT category and name) that Regimen cannot match to an exercise of the program: no exercise of the day's session has that category, no exercise of the program maps to it, and the set does not belong to a step of a workout Regimen wrote. The set is not logged; the warning names the closest exercise of the program.",
                  example: "(the watch recorded squat/barbell_back_squat; the program has goblet-squat as squat/goblet_squat and back-squat without a mapping)",
                  fix: "Give the program's exercise the watch's mapping (`fit: squat/barbell_back_squat`), or correct the exercise in Garmin Connect and export the activity again.")
        case .activityWithoutSession:
            .init(meaning: "A recorded activity falls on a day when the athlete has no session planned (in the watch's local time). `regimen activity --program` shows its sets for that day without a session. Read as a training log (`--log`, `logs:`), it is logged as the session whose exercises it recorded (a moved session); when its exercises say no session, or two planned that day, it is left out with this warning.",
                  example: "(an activity recorded on a Wednesday rest day)",
                  fix: "Nothing, if the athlete moved the session or did an unplanned workout; otherwise check the watch's date and time zone, or log the session in a Regimen log naming it with `session:`.")
        }
    }

    /// The `--explain` text: title, meaning, example and fix.
    public var explanationText: String {
        let entry = explanation
        let example = entry.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        return """
        \(rawValue): \(title) (\(severity.rawValue))

        \(entry.meaning)

        Example:
        \(example)

        Fix: \(entry.fix)

        """
    }

    /// `docs/diagnostics.md`, generated from the catalog.
    public static var markdownReference: String {
        var text = """
        # Diagnostics

        Every problem Regimen reports has a stable code. `regimen explain CODE` (or
        `regimen check --explain CODE`) prints the entry below. Ranges: `R1xx` reading the file
        and the shape of the spec, `R2xx` names and references, `R3xx` values and units, `R4xx`
        progression rules, phases and athletes, `R6xx` training logs, `W5xx` coaching lints. Errors stop
        `regimen check` (exit status 1) and `regimen build`; warnings do not, unless
        `--warnings-as-errors` is given.

        This page is generated from the catalog in `Sources/Diagnostics/DiagnosticExplanations.swift`;
        a test keeps it in step.

        | code | severity | title |
        |---|---|---|

        """
        for code in allCases.sorted() {
            text += "| [\(code.rawValue)](#\(code.rawValue.lowercased())) | \(code.severity.rawValue) | \(code.title) |\n"
        }
        for code in allCases.sorted() {
            let entry = code.explanation
            text += "\n## \(code.rawValue)\n\n**\(code.title)** (\(code.severity.rawValue)). \(entry.meaning)\n\n```yaml\n\(entry.example)\n```\n\n**Fix:** \(entry.fix)\n"
        }
        return text
    }
}
