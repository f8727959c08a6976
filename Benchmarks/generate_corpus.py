#!/usr/bin/env python3
"""Generate a corpus of realistic, valid Regimen program specs for benchmarks.

Usage:
    python3 Benchmarks/generate_corpus.py --count 1000 --seed 1 --out DIR \
        [--weeks 12] [--athletes MIN-MAX]
    python3 Benchmarks/generate_corpus.py --program-weeks 52 --athletes 500-500 \
        --count 1 --seed 1 --out DIR        # one big program, for a scaling curve

Every file is self-contained (no `include:`) and is meant to pass `regimen check` with no
errors and (almost always) no warnings: the generator models the coaching lints of
docs/lints.md (hard sets by muscle group per day and week, rest days, stretching of loaded hip
flexors, hamstring/glute balance, load jumps, stated durations against the estimate) and
re-rolls a program's sessions or schedule when its model predicts a warning.

Output is a pure function of (--seed, file number, --weeks, --athletes): the same seed gives
byte-identical files. Only the Python standard library is used.
"""

import argparse
import datetime
import os
import random
import sys
import time

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SESSION_LIMIT = 250_000  # dated sessions in all: weeks x sessions per week x athletes
MAX_PER_WEEK = 9         # sessions a week at most (52 weeks x 500 athletes x 9 = 234,000)

# --------------------------------------------------------------------------------------------
# Muscle groups (mirrors Sources/Analysis/MuscleGroups.swift)

GROUPS = {
    "psoas major": ["hip flexors"], "iliacus": ["hip flexors"], "rectus femoris": ["hip flexors", "quadriceps"],
    "tensor fasciae latae": ["hip flexors"], "sartorius": ["hip flexors"],
    "gluteus maximus": ["glutes"], "gluteus medius": ["glutes"], "gluteus minimus": ["glutes"], "piriformis": ["glutes"],
    "hamstrings": ["hamstrings"], "biceps femoris": ["hamstrings"], "semitendinosus": ["hamstrings"],
    "semimembranosus": ["hamstrings"],
    "quadriceps": ["quadriceps"], "vastus lateralis": ["quadriceps"], "vastus medialis": ["quadriceps"],
    "adductors": ["adductors"], "adductor magnus": ["adductors"],
    "calves": ["calves"], "gastrocnemius": ["calves"], "soleus": ["calves"],
    "rectus abdominis": ["core"], "transversus abdominis": ["core"], "obliques": ["core"],
    "spinal erectors": ["lower back"], "erector spinae": ["lower back"],
    "pectoralis major": ["chest"], "deltoids": ["shoulders"], "anterior deltoid": ["shoulders"],
    "lateral deltoid": ["shoulders"], "posterior deltoid": ["shoulders"],
    "latissimus dorsi": ["upper back"], "rhomboids": ["upper back"], "trapezius": ["upper back"],
    "upper trapezius": ["upper back"], "triceps": ["arms"], "biceps": ["arms"], "forearms": ["arms"],
}


def muscle_groups(muscle):
    return GROUPS.get(muscle, [muscle])


# --------------------------------------------------------------------------------------------
# The exercise catalog.
#
# load: (kind, low kg, high kg); kinds: barbell, trapbar, dumbbell, kettlebell, machine, cable,
# plate, added (bodyweight + load), bw (bodyweight, written or not).
# rx: what an item prescribes: heavy, accessory, bwreps, hold, mobreps, carry, steady,
# intervals, recovery.


class Ex:
    def __init__(self, id, name, kind, cat, targets, secondary="", eq="", cues=(), load=None, rx="accessory",
                 side=False, harder=None, tm=None):
        self.id = id
        self.name = name
        self.kind = kind
        self.cats = cat.split()
        self.targets = [t.strip() for t in targets.split(",") if t.strip()]
        self.secondary = [t.strip() for t in secondary.split(",") if t.strip()]
        self.equipment = [t.strip() for t in eq.split(",") if t.strip()]
        self.cues = list(cues)
        self.load = load
        self.rx = rx
        self.per_side = side
        self.harder = harder
        self.tm = tm  # a lift whose training max this exercise may share

    def shares(self):
        """Muscle groups in half sets: 2 for a target, 1 for a secondary target (once per group)."""
        out = []
        seen = []
        for m in self.targets:
            for g in muscle_groups(m):
                if g not in seen:
                    seen.append(g)
                    out.append((g, 2))
        for m in self.secondary:
            for g in muscle_groups(m):
                if g not in seen:
                    seen.append(g)
                    out.append((g, 1))
        return out

    def chain_shares(self, worst):
        """Shares over the exercise and its harder variants (an item may move on to them):
        the most of each group when worst, else the least (0 when a variant lacks the group)."""
        variants = chain(self)
        if len(variants) == 1:
            return self.shares()
        maps = [dict(v.shares()) for v in variants]
        groups = []
        for m in maps:
            for g in m:
                if g not in groups:
                    groups.append(g)
        if worst:
            return [(g, max(m.get(g, 0) for m in maps)) for g in groups]
        return [(g, min(m.get(g, 0) for m in maps)) for g in groups]

    @property
    def hard(self):
        return self.kind in ("strength", "core")

    @property
    def training(self):
        return self.kind in ("strength", "core", "cardio")


CATALOG = [
    # ---- squat / knee dominant
    Ex("back-squat", "Back squat", "strength", "squat main", "quadriceps, gluteus maximus", "adductors, spinal erectors",
       "barbell, rack", ["Brace before you descend", "Knees track over the toes", "Drive the floor away on the way up",
                         "Hit the same depth on every rep"], ("barbell", 60, 120), "heavy", tm="back-squat"),
    Ex("front-squat", "Front squat", "strength", "squat", "quadriceps, gluteus maximus", "rectus abdominis, spinal erectors",
       "barbell, rack", ["Elbows high, bar on the front of the shoulders", "Sit straight down between the heels",
                         "Keep the upper back tight"], ("barbell", 40, 90), "heavy", tm="back-squat"),
    Ex("pause-squat", "Pause back squat", "strength", "squat", "quadriceps, gluteus maximus", "adductors, spinal erectors",
       "barbell, rack", ["Two-second pause at the bottom, stay tight", "Do not relax into the hole"],
       ("barbell", 50, 100), "heavy", tm="back-squat"),
    Ex("box-squat", "Box squat", "strength", "squat", "gluteus maximus, quadriceps", "hamstrings, adductors",
       "barbell, rack, box", ["Sit back to the box, do not crash onto it", "Shins vertical, knees out"],
       ("barbell", 50, 100), "heavy"),
    Ex("goblet-squat", "Goblet squat", "strength", "squat", "quadriceps, gluteus maximus", "adductors",
       "kettlebell", ["Elbows inside the knees at the bottom", "Chest up, sit between the heels",
                      "Pause for a breath at the top"], ("kettlebell", 12, 28), "accessory"),
    Ex("leg-press", "Leg press", "strength", "squat quad", "quadriceps, gluteus maximus", "adductors",
       "leg press machine", ["Lower until the hips start to lift, no further", "Push through the whole foot",
                             "Do not lock the knees hard at the top"], ("machine", 80, 180), "accessory"),
    Ex("bulgarian-split-squat", "Bulgarian split squat", "strength", "lunge", "quadriceps, gluteus maximus",
       "adductors, psoas major", "dumbbells, bench", ["Rear foot laces down on the bench", "Front knee over the midfoot",
                                                     "Torso slightly forward for more glute"],
       ("dumbbell", 8, 24), "accessory", side=True),
    Ex("reverse-lunge", "Reverse lunge", "strength", "lunge", "gluteus maximus, quadriceps", "hamstrings, adductors",
       "dumbbells", ["Step back, drop the back knee straight down", "Keep the front heel heavy"],
       ("dumbbell", 8, 24), "accessory", side=True),
    Ex("dumbbell-walking-lunge", "Dumbbell walking lunge", "strength", "lunge", "gluteus maximus, quadriceps",
       "adductors, psoas major", "dumbbells", ["Long step, back knee kisses the floor", "Stay tall through the torso"],
       ("dumbbell", 8, 22), "accessory", side=True),
    Ex("step-up", "Dumbbell step-up", "strength", "lunge", "quadriceps, gluteus maximus", "gluteus medius",
       "dumbbells, box", ["Whole foot on the box", "Drive through the top leg, do not push off the back foot"],
       ("dumbbell", 6, 20), "accessory", side=True),
    Ex("leg-extension", "Leg extension", "strength", "quad", "vastus lateralis, vastus medialis, rectus femoris", "",
       "leg extension machine", ["Squeeze at the top for a count of one", "Lower under control"],
       ("machine", 25, 60), "accessory"),
    Ex("cossack-squat", "Cossack squat", "strength", "lunge", "adductors, quadriceps", "gluteus maximus",
       "", ["Heel of the working leg stays down", "Toes of the straight leg point up"], ("bw", 0, 0), "bwreps", side=True),
    # ---- hinge / posterior chain
    Ex("deadlift", "Deadlift", "strength", "hinge main", "gluteus maximus, hamstrings, spinal erectors",
       "quadriceps, trapezius", "barbell", ["Bar over midfoot, push the floor away", "Brace and pull the slack out first",
                                           "Lock out with the glutes"], ("barbell", 80, 180), "heavy", tm="deadlift"),
    Ex("romanian-deadlift", "Romanian deadlift", "strength", "hinge", "hamstrings, gluteus maximus", "spinal erectors",
       "barbell", ["Soft knees, push the hips back", "Keep the bar close to the legs"], ("barbell", 40, 100), "accessory",
       tm="deadlift"),
    Ex("trap-bar-deadlift", "Trap bar deadlift", "strength", "hinge", "quadriceps, gluteus maximus, hamstrings",
       "trapezius, spinal erectors", "trap bar", ["Sit into the handles, chest proud", "Push the floor away"],
       ("trapbar", 70, 160), "heavy"),
    Ex("sumo-deadlift", "Sumo deadlift", "strength", "hinge", "gluteus maximus, adductors, hamstrings",
       "quadriceps, spinal erectors", "barbell", ["Wide stance, knees out over the toes", "Spread the floor apart"],
       ("barbell", 70, 170), "heavy", tm="deadlift"),
    Ex("good-morning", "Good morning", "strength", "hinge", "hamstrings, spinal erectors", "gluteus maximus",
       "barbell, rack", ["Hips back, soft knees", "Stop when the hamstrings stop you"], ("barbell", 30, 60), "accessory"),
    Ex("single-leg-rdl", "Single-leg Romanian deadlift", "strength", "hinge ham", "hamstrings, gluteus maximus",
       "gluteus medius", "dumbbell", ["Hips square to the floor", "Reach the free leg long behind you"],
       ("dumbbell", 10, 26), "accessory", side=True),
    Ex("kettlebell-swing", "Kettlebell swing", "strength", "power hinge", "gluteus maximus, hamstrings",
       "spinal erectors, obliques", "kettlebell", ["Hike the bell back high between the thighs",
                                                   "Snap the hips, let the arms float", "Plank at the top"],
       ("kettlebell", 16, 32), "accessory"),
    Ex("back-extension", "Back extension", "strength", "hinge", "spinal erectors, gluteus maximus", "hamstrings",
       "back extension bench", ["Round down, extend up with the glutes", "Stop level with the body"],
       ("plate", 5, 20), "accessory"),
    # ---- glutes
    Ex("hip-thrust", "Barbell hip thrust", "strength", "glute", "gluteus maximus", "hamstrings",
       "barbell, bench, pad", ["Chin tucked, shins vertical at the top", "Lock out with the glutes, not the lower back"],
       ("barbell", 40, 140), "accessory"),
    Ex("glute-bridge", "Glute bridge", "strength", "glute activation", "gluteus maximus", "hamstrings",
       "mat", ["Drive through the heels, ribs down", "Squeeze the glutes at the top for a count of two"],
       ("bw", 0, 0), "bwreps", harder="single-leg-glute-bridge"),
    Ex("single-leg-glute-bridge", "Single-leg glute bridge", "strength", "glute", "gluteus maximus", "hamstrings",
       "mat", ["Hips level the whole time", "Push through the heel of the working leg"], ("bw", 0, 0), "bwreps", side=True),
    Ex("cable-pull-through", "Cable pull-through", "strength", "glute hinge", "gluteus maximus, hamstrings", "",
       "cable, rope", ["Hinge, do not squat", "Finish tall with the glutes"], ("cable", 15, 40), "accessory"),
    Ex("clamshell", "Clamshell", "strength", "activation", "gluteus medius, gluteus minimus", "",
       "mini band", ["Heels together, open the knee without rolling the pelvis back"], ("bw", 0, 0), "bwreps", side=True),
    Ex("lateral-band-walk", "Lateral band walk", "strength", "activation", "gluteus medius", "gluteus minimus",
       "mini band", ["Quarter squat, toes forward, small steps", "Keep tension on the band the whole time"],
       ("bw", 0, 0), "bwreps"),
    Ex("side-lying-hip-abduction", "Side-lying hip abduction", "strength", "activation glute", "gluteus medius",
       "tensor fasciae latae", "mat", ["Lead with the heel", "Top hip stacked over the bottom"], ("bw", 0, 0), "bwreps",
       side=True),
    # ---- hamstrings
    Ex("nordic-curl", "Nordic hamstring curl", "strength", "ham", "hamstrings", "gastrocnemius",
       "pad, anchor", ["Lower as slowly as you can", "Hips extended, straight line knees to head"], ("bw", 0, 0), "bwreps"),
    Ex("lying-leg-curl", "Lying leg curl", "strength", "ham", "biceps femoris, semitendinosus", "gastrocnemius",
       "leg curl machine", ["Hips pressed into the pad", "Slow on the way down"], ("machine", 20, 50), "accessory"),
    Ex("hamstring-curl", "Swiss ball hamstring curl", "strength", "ham", "hamstrings", "gluteus maximus",
       "swiss ball", ["Hips up the whole time; curl the ball in with the heels"], ("bw", 0, 0), "bwreps"),
    # ---- calves
    Ex("standing-calf-raise", "Standing calf raise", "strength", "calf", "gastrocnemius", "soleus",
       "step, dumbbell", ["Full stretch at the bottom, pause", "Rise onto the big toe"], ("dumbbell", 10, 30), "accessory"),
    Ex("seated-calf-raise", "Seated calf raise", "strength", "calf", "soleus", "gastrocnemius",
       "calf machine", ["Pause in the stretch", "Smooth reps, no bouncing"], ("machine", 20, 60), "accessory"),
    # ---- horizontal push
    Ex("bench-press", "Bench press", "strength", "hpush main", "pectoralis major, triceps", "anterior deltoid",
       "barbell, bench", ["Shoulder blades back and down", "Feet planted, bar to the lower chest",
                          "Press back towards the face"], ("barbell", 40, 110), "heavy", tm="bench-press"),
    Ex("incline-bench-press", "Incline bench press", "strength", "hpush", "pectoralis major, anterior deltoid", "triceps",
       "barbell, incline bench", ["Bar to the upper chest", "Elbows slightly tucked"], ("barbell", 35, 90), "heavy",
       tm="bench-press"),
    Ex("close-grip-bench-press", "Close-grip bench press", "strength", "hpush arms", "triceps, pectoralis major",
       "anterior deltoid", "barbell, bench", ["Hands shoulder width", "Elbows close to the body"], ("barbell", 35, 90),
       "accessory", tm="bench-press"),
    Ex("dumbbell-bench-press", "Dumbbell bench press", "strength", "hpush", "pectoralis major, triceps",
       "anterior deltoid", "dumbbells, bench", ["Dumbbells over the shoulders at the top", "Deep stretch at the bottom"],
       ("dumbbell", 14, 40), "accessory"),
    Ex("push-up", "Push-up", "strength", "hpush", "pectoralis major, triceps", "anterior deltoid, rectus abdominis",
       "", ["Body in one line; chest to a fist's height from the floor", "Screw the hands into the floor"],
       ("bw", 0, 0), "bwreps", harder="deficit-push-up"),
    Ex("deficit-push-up", "Deficit push-up", "strength", "hpush", "pectoralis major, triceps", "anterior deltoid",
       "push-up handles", ["Chest below the hands at the bottom", "Keep the body rigid"], ("bw", 0, 0), "bwreps"),
    Ex("dip", "Parallel bar dip", "strength", "hpush arms", "pectoralis major, triceps", "anterior deltoid",
       "dip bars", ["Shoulders down, lean slightly forward", "Upper arm to parallel"], ("added", 0, 20), "bwreps"),
    # ---- vertical push
    Ex("overhead-press", "Overhead press", "strength", "vpush main", "deltoids, triceps", "upper trapezius",
       "barbell", ["Squeeze the glutes, press the head through at the top", "Bar path straight up"],
       ("barbell", 25, 65), "heavy", tm="overhead-press"),
    Ex("dumbbell-shoulder-press", "Seated dumbbell shoulder press", "strength", "vpush", "deltoids, triceps",
       "upper trapezius", "dumbbells, bench", ["Back against the pad", "Press up and slightly in"],
       ("dumbbell", 10, 30), "accessory"),
    Ex("landmine-press", "Half-kneeling landmine press", "strength", "vpush", "anterior deltoid, pectoralis major",
       "triceps, obliques", "barbell, landmine", ["Glute of the down knee squeezed", "Reach at the top"],
       ("plate", 10, 30), "accessory", side=True),
    # ---- pulls
    Ex("barbell-row", "Bent-over barbell row", "strength", "hpull", "latissimus dorsi, rhomboids",
       "biceps, spinal erectors, posterior deltoid", "barbell", ["Hinge to about 45 degrees", "Pull to the belly button"],
       ("barbell", 40, 90), "heavy"),
    Ex("dumbbell-row", "One-arm dumbbell row", "strength", "hpull", "latissimus dorsi, rhomboids", "biceps",
       "dumbbell, bench", ["Pull the elbow to the hip", "Square shoulders, no twisting"], ("dumbbell", 16, 40),
       "accessory", side=True),
    Ex("seated-cable-row", "Seated cable row", "strength", "hpull", "rhomboids, latissimus dorsi",
       "biceps, posterior deltoid", "cable, v-handle", ["Sit tall, pull to the ribs", "Let the shoulder blades travel"],
       ("cable", 35, 80), "accessory"),
    Ex("inverted-row", "Inverted row", "strength", "hpull", "rhomboids, latissimus dorsi", "biceps",
       "barbell, rack", ["Body straight, chest to the bar"], ("bw", 0, 0), "bwreps", harder="feet-elevated-inverted-row"),
    Ex("feet-elevated-inverted-row", "Feet-elevated inverted row", "strength", "hpull", "rhomboids, latissimus dorsi",
       "biceps, posterior deltoid", "barbell, rack, box", ["Heels on the box, squeeze the glutes"], ("bw", 0, 0), "bwreps"),
    Ex("pull-up", "Pull-up", "strength", "vpull", "latissimus dorsi, biceps", "rhomboids, trapezius",
       "pull-up bar", ["Start from a dead hang", "Chin over the bar, chest up"], ("added", 0, 20), "bwreps"),
    Ex("chin-up", "Chin-up", "strength", "vpull arms", "latissimus dorsi, biceps", "rhomboids",
       "pull-up bar", ["Palms towards you, elbows to the ribs"], ("bw", 0, 0), "bwreps"),
    Ex("lat-pulldown", "Lat pulldown", "strength", "vpull", "latissimus dorsi, biceps", "rhomboids, posterior deltoid",
       "cable, lat bar", ["Pull to the top of the chest", "Lean back only slightly"], ("cable", 35, 80), "accessory"),
    Ex("face-pull", "Face pull", "strength", "shoulder hpull", "posterior deltoid, rhomboids", "trapezius",
       "cable, rope", ["Pull to the forehead, thumbs back", "Elbows high"], ("cable", 10, 25), "accessory"),
    Ex("band-pull-apart", "Band pull-apart", "strength", "shoulder", "posterior deltoid, rhomboids", "trapezius",
       "resistance band", ["Straight arms, pull the band to the chest"], ("bw", 0, 0), "bwreps"),
    Ex("lateral-raise", "Dumbbell lateral raise", "strength", "shoulder", "lateral deltoid", "upper trapezius",
       "dumbbells", ["Lead with the elbows", "Stop at shoulder height"], ("dumbbell", 4, 12), "accessory"),
    # ---- arms
    Ex("biceps-curl", "Dumbbell biceps curl", "strength", "arms", "biceps", "forearms", "dumbbells",
       ["Elbows pinned to the sides", "Lower for a slow count of three"], ("dumbbell", 8, 18), "accessory"),
    Ex("hammer-curl", "Hammer curl", "strength", "arms", "biceps, forearms", "", "dumbbells",
       ["Thumbs up the whole rep"], ("dumbbell", 8, 20), "accessory"),
    Ex("triceps-pushdown", "Triceps pushdown", "strength", "arms", "triceps", "", "cable, rope",
       ["Elbows stay still", "Spread the rope at the bottom"], ("cable", 15, 40), "accessory"),
    Ex("overhead-triceps-extension", "Overhead triceps extension", "strength", "arms", "triceps", "",
       "dumbbell", ["Elbows point forward, not out"], ("dumbbell", 10, 26), "accessory"),
    # ---- carries
    Ex("farmer-carry", "Farmer carry", "strength", "carry", "forearms, trapezius", "obliques, gluteus medius",
       "dumbbells", ["Tall posture, short quick steps", "Crush the handles"], ("dumbbell", 20, 40), "carry"),
    Ex("suitcase-carry", "Suitcase carry", "core", "carry core", "obliques, quadratus lumborum", "gluteus medius, forearms",
       "kettlebell", ["Do not lean towards or away from the weight"], ("kettlebell", 16, 32), "carry", side=True),
    # ---- core
    Ex("plank", "Front plank", "core", "corehold", "rectus abdominis, transversus abdominis", "",
       "mat", ["Squeeze the glutes, push the floor away", "Ribs down, breathe behind the brace"], None, "hold",
       harder="long-lever-plank"),
    Ex("long-lever-plank", "Long-lever plank", "core", "corehold", "rectus abdominis, transversus abdominis",
       "latissimus dorsi", "mat", ["Elbows in front of the eyes", "Posterior pelvic tilt, squeeze hard"], None, "hold",
       harder="body-saw"),
    Ex("body-saw", "Body saw", "core", "corehold", "rectus abdominis, transversus abdominis", "latissimus dorsi, deltoids",
       "sliders", ["Rock forward and back from the shoulders", "No sag in the hips"], None, "hold"),
    Ex("side-plank", "Side plank", "core", "corehold", "obliques, gluteus medius", "", "mat",
       ["Straight line from head to heels; hips high"], None, "hold", side=True, harder="side-plank-leg-lift"),
    Ex("side-plank-leg-lift", "Side plank with leg lift", "core", "corehold", "obliques, gluteus medius",
       "gluteus minimus", "mat", ["Top leg lifted, hips stay high"], None, "hold", side=True),
    Ex("copenhagen-plank", "Copenhagen plank (short lever)", "core", "corehold", "adductors, obliques", "",
       "bench", ["Knee on the bench, bottom leg free", "Hips in line with the shoulders"], None, "hold", side=True,
       harder="copenhagen-plank-long"),
    Ex("copenhagen-plank-long", "Copenhagen plank (long lever)", "core", "corehold", "adductors, obliques", "",
       "bench", ["Ankle on the bench, full body line"], None, "hold", side=True),
    Ex("tuck-hollow-hold", "Tuck hollow hold", "core", "corehold", "rectus abdominis, transversus abdominis", "",
       "mat", ["Lower back glued to the floor"], None, "hold", harder="hollow-hold"),
    Ex("hollow-hold", "Hollow hold", "core", "corehold", "rectus abdominis, transversus abdominis", "psoas major",
       "mat", ["Arms overhead, legs long and low", "Lower back glued to the floor"], None, "hold"),
    Ex("dead-bug", "Dead bug", "core", "coredyn", "transversus abdominis, rectus abdominis", "", "mat",
       ["Lower back pressed into the floor", "Exhale as the arm and leg reach away"], None, "bwreps"),
    Ex("bird-dog", "Bird dog", "core", "coredyn", "spinal erectors, gluteus maximus", "transversus abdominis",
       "mat", ["Reach long, keep the hips level"], None, "bwreps", side=True),
    Ex("pallof-press", "Pallof press", "core", "coredyn", "obliques, transversus abdominis", "", "cable or band",
       ["Press straight out and resist the pull", "Stand tall, ribs down"], None, "bwreps", side=True),
    Ex("hanging-knee-raise", "Hanging knee raise", "core", "corehip", "rectus abdominis, psoas major", "",
       "pull-up bar", ["No swinging; curl the pelvis up"], None, "bwreps", harder="hanging-leg-raise"),
    Ex("hanging-leg-raise", "Hanging leg raise", "core", "corehip", "rectus abdominis, psoas major, iliacus", "obliques",
       "pull-up bar", ["Straight legs, toes to the bar height", "Control the way down"], None, "bwreps"),
    Ex("ab-wheel-rollout", "Ab wheel rollout", "core", "coredyn", "rectus abdominis, transversus abdominis",
       "latissimus dorsi", "ab wheel", ["Hips tucked, roll only as far as you can keep them"], None, "bwreps"),
    Ex("reverse-crunch", "Reverse crunch", "core", "coredyn corehip", "rectus abdominis", "psoas major", "mat",
       ["Curl the hips off the floor, do not swing the legs"], None, "bwreps"),
    Ex("mountain-climber", "Mountain climber", "core", "coredyn corehip", "rectus abdominis, psoas major", "deltoids",
       "", ["Shoulders over the hands", "Drive the knees, keep the hips low"], None, "bwreps", side=True),
    Ex("cable-woodchop", "Cable woodchop", "core", "coredyn", "obliques", "transversus abdominis, deltoids",
       "cable", ["Rotate from the hips, arms stay long"], ("cable", 10, 25), "accessory", side=True),
    # ---- mobility: hip flexors
    Ex("kneeling-hip-flexor-stretch", "Kneeling hip flexor stretch", "mobility", "hfstretch",
       "psoas major, iliacus, rectus femoris", "", "mat",
       ["Tuck the pelvis under before you lean forward", "Squeeze the glute of the back leg",
        "Reach the arm on the kneeling side overhead"], None, "hold", side=True, harder="couch-stretch"),
    Ex("couch-stretch", "Couch stretch", "mobility", "hfstretch", "rectus femoris, psoas major, iliacus", "",
       "mat, wall or sofa", ["Back shin up the wall, front foot flat",
                             "Ribs down; lift the chest only as far as the pelvis stays tucked"], None, "hold", side=True),
    Ex("low-lunge", "Low lunge", "mobility", "hfstretch", "psoas major, iliacus", "adductors", "mat",
       ["Back knee down, front knee over the ankle", "Sink the hips forward, keep the torso tall"], None, "hold", side=True),
    Ex("standing-quad-stretch", "Standing quad stretch", "mobility", "hfstretch", "rectus femoris, quadriceps", "",
       "", ["Knees together, tuck the pelvis", "Hold a wall for balance"], None, "hold", side=True),
    Ex("worlds-greatest-stretch", "World's greatest stretch", "mobility", "hfstretch dynwarm",
       "psoas major, hamstrings", "adductors, thoracic spine", "", ["Elbow to the instep, then rotate and reach up"],
       None, "mobreps", side=True),
    # ---- mobility: other
    Ex("pigeon-pose", "Pigeon pose", "mobility", "stretchlow", "gluteus maximus, piriformis", "gluteus medius",
       "mat", ["Front shin angled across the body", "Square the hips; fold forward only if the knee is happy"],
       None, "hold", side=True),
    Ex("figure-four-stretch", "Figure-four stretch", "mobility", "stretchlow", "piriformis, gluteus maximus", "",
       "mat", ["Ankle over the opposite knee, pull the thigh in"], None, "hold", side=True),
    Ex("frog-stretch", "Frog stretch", "mobility", "stretchlow", "adductors", "", "mat",
       ["Knees wide, shins parallel", "Rock the hips back slowly"], None, "hold"),
    Ex("butterfly-stretch", "Butterfly stretch", "mobility", "stretchlow", "adductors", "", "mat",
       ["Soles together, sit tall, hinge forward"], None, "hold"),
    Ex("supine-hamstring-stretch", "Supine hamstring stretch", "mobility", "stretchlow", "biceps femoris, semitendinosus",
       "gastrocnemius", "strap", ["Keep the other leg flat on the floor", "Soft knee is fine"], None, "hold", side=True),
    Ex("calf-stretch", "Wall calf stretch", "mobility", "stretchlow", "gastrocnemius, soleus", "", "wall",
       ["Back heel down, knee straight, then bent"], None, "hold", side=True),
    Ex("ninety-ninety-switch", "90/90 hip switch", "mobility", "stretchlow dynwarm", "gluteus medius, piriformis",
       "adductors", "mat", ["Sit tall, rotate from the hips"], None, "mobreps"),
    Ex("deep-squat-hold", "Deep squat hold", "mobility", "stretchlow", "adductors, gluteus maximus", "soleus",
       "", ["Heels down, elbows push the knees out"], None, "hold"),
    Ex("ankle-rocker", "Knee-to-wall ankle rocker", "mobility", "stretchlow dynwarm", "soleus", "gastrocnemius",
       "wall", ["Heel stays down, knee tracks over the little toe"], None, "mobreps", side=True),
    Ex("thoracic-open-book", "Open book thoracic rotation", "mobility", "stretchup", "thoracic spine",
       "pectoralis major", "mat", ["Knees stacked, follow the hand with the eyes"], None, "mobreps", side=True),
    Ex("cat-cow", "Cat-cow", "mobility", "stretchup dynwarm", "spinal erectors", "rectus abdominis", "mat",
       ["Move one segment at a time", "Breathe with the movement"], None, "mobreps"),
    Ex("childs-pose", "Child's pose", "mobility", "stretchup", "latissimus dorsi, spinal erectors", "", "mat",
       ["Sink the hips to the heels, reach long"], None, "hold"),
    Ex("doorway-pec-stretch", "Doorway pec stretch", "mobility", "stretchup", "pectoralis major", "anterior deltoid",
       "doorway", ["Elbow at shoulder height, step through gently"], None, "hold", side=True),
    Ex("sleeper-stretch", "Sleeper stretch", "mobility", "stretchup", "posterior deltoid, infraspinatus", "",
       "mat", ["Lie on the shoulder, press the forearm down gently"], None, "hold", side=True),
    Ex("wall-slide", "Wall slide", "mobility", "stretchup dynwarm", "lower trapezius, serratus anterior", "",
       "wall", ["Forearms on the wall, slide up without shrugging"], None, "mobreps"),
    Ex("leg-swing", "Leg swing (front to back)", "mobility", "dynwarm", "hamstrings, psoas major", "", "",
       ["Hold a wall, swing from the hip, not the lower back"], None, "mobreps", side=True),
    Ex("walking-lunge", "Walking lunge", "mobility", "dynwarm", "gluteus maximus, quadriceps",
       "psoas major, hamstrings", "", ["Long step, back knee towards the floor", "Reach tall through the back hip"],
       None, "mobreps", side=True),
    Ex("inchworm", "Inchworm", "mobility", "dynwarm", "hamstrings", "rectus abdominis, deltoids", "",
       ["Walk the hands out to a plank and back"], None, "mobreps"),
    # ---- cardio
    Ex("easy-run", "Easy run", "cardio", "steady run", "quadriceps, calves", "hamstrings", "running shoes",
       ["Conversational pace", "Short, quick steps"], None, "steady"),
    Ex("tempo-run", "Tempo run", "cardio", "run", "quadriceps, calves", "hamstrings, gluteus maximus", "running shoes",
       ["Comfortably hard, about 7 out of 10"], None, "steady"),
    Ex("hill-sprint", "Hill sprint", "cardio", "intervals run", "gluteus maximus, hamstrings, calves", "quadriceps",
       "hill", ["Tall posture, drive the arms", "Walk back down as the rest"], None, "intervals"),
    Ex("rower-intervals", "Rower intervals", "cardio", "intervals", "latissimus dorsi, quadriceps",
       "gluteus maximus, biceps", "rowing machine", ["Legs, body, arms; arms, body, legs"], None, "intervals"),
    Ex("assault-bike", "Air bike sprint", "cardio", "intervals", "quadriceps, gluteus maximus", "deltoids",
       "air bike", ["All out for the work, fully easy for the rest"], None, "intervals"),
    Ex("jump-rope", "Jump rope", "cardio", "intervals steady", "calves", "deltoids", "jump rope",
       ["Small bounces, wrists turn the rope"], None, "intervals"),
    Ex("easy-bike", "Easy bike", "cardio", "steady", "quadriceps", "gluteus maximus", "bike",
       ["Easy gear, high cadence"], None, "steady"),
    Ex("rower-steady", "Steady row", "cardio", "steady", "latissimus dorsi, quadriceps", "", "rowing machine",
       ["Long strokes at an easy rate"], None, "steady"),
    # ---- recovery
    Ex("foam-roll", "Foam rolling (quads, hip flexors, calves)", "recovery", "recovery",
       "quadriceps, rectus femoris, calves", "", "foam roller", ["Slow passes; pause on tender spots for a few breaths"],
       None, "recovery"),
    Ex("easy-walk", "Easy walk", "recovery", "recovery walk", "", "", "", ["Conversational pace"], None, "recovery"),
    Ex("box-breathing", "Box breathing", "recovery", "recovery", "diaphragm", "", "mat",
       ["In for four, hold for four, out for four, hold for four"], None, "recovery"),
    Ex("crocodile-breathing", "Crocodile breathing", "recovery", "recovery", "diaphragm", "", "mat",
       ["Face down, breathe into the lower back"], None, "recovery"),
    Ex("yoga-flow", "Easy yoga flow", "recovery", "recovery", "", "", "mat", ["Move with the breath, nothing forced"],
       None, "recovery"),
]

EXTRA_CUES = {
    "goblet-squat": ["Hold the bell close to the chest"],
    "bulgarian-split-squat": ["Drop straight down, do not lunge forward"],
    "reverse-lunge": ["Push back up through the front foot", "Hips square to the front"],
    "dumbbell-walking-lunge": ["Pause briefly with both feet together"],
    "step-up": ["Lower slowly on the way down"],
    "leg-extension": ["Toes pulled up towards the shins"],
    "cossack-squat": ["Shift the weight, do not bounce", "Chest up, hips back"],
    "romanian-deadlift": ["Stop when the hips stop moving back", "Long spine, neck neutral"],
    "trap-bar-deadlift": ["Lock out tall, do not lean back"],
    "sumo-deadlift": ["Hips close to the bar at the start"],
    "good-morning": ["Bar sits on the upper back, not the neck"],
    "single-leg-rdl": ["Soft standing knee"],
    "back-extension": ["Squeeze the glutes to come up", "Neck in line with the spine"],
    "hip-thrust": ["Upper back on the bench at the shoulder blades", "Pause at the top"],
    "single-leg-glute-bridge": ["Free knee pulled towards the chest"],
    "cable-pull-through": ["Let the rope pull the hips back", "Arms stay long"],
    "clamshell": ["Band just above the knees", "Slow on the way down"],
    "lateral-band-walk": ["Lead with the heel"],
    "side-lying-hip-abduction": ["Slightly behind the body, not in front"],
    "nordic-curl": ["Catch yourself with the hands when you lose it"],
    "lying-leg-curl": ["Toes pulled up"],
    "hamstring-curl": ["Extend the legs slowly", "Arms flat on the floor for balance"],
    "standing-calf-raise": ["Knee straight, not locked"],
    "seated-calf-raise": ["Drive through the big toe"],
    "incline-bench-press": ["Shoulder blades pinned to the bench"],
    "close-grip-bench-press": ["Touch the lower chest"],
    "dumbbell-bench-press": ["Elbows about 45 degrees from the body"],
    "deficit-push-up": ["Lower for a count of two"],
    "dip": ["Stop if the front of the shoulder pinches"],
    "overhead-press": ["Ribs down, no leaning back", "Grip just outside the shoulders"],
    "dumbbell-shoulder-press": ["Do not flare the ribs"],
    "landmine-press": ["Ribs down, press up and forward"],
    "barbell-row": ["No jerking; the torso angle stays fixed"],
    "dumbbell-row": ["Lower to a full stretch"],
    "seated-cable-row": ["Do not rock the torso"],
    "inverted-row": ["Squeeze the shoulder blades at the top", "Lower under control"],
    "feet-elevated-inverted-row": ["Chest to the bar"],
    "pull-up": ["Lower all the way down", "No kipping"],
    "chin-up": ["Full hang at the bottom", "Chest to the bar if you can"],
    "lat-pulldown": ["Shoulders down before the elbows bend"],
    "face-pull": ["Pause with the hands by the ears"],
    "band-pull-apart": ["Shoulders down, no shrugging", "Slow return"],
    "lateral-raise": ["Light and strict beats heavy and swung"],
    "biceps-curl": ["Turn the pinky up at the top"],
    "hammer-curl": ["Elbows still", "Slow on the way down"],
    "triceps-pushdown": ["Stand tall, do not lean over the rope"],
    "overhead-triceps-extension": ["Full stretch at the bottom", "Ribs down"],
    "farmer-carry": ["Shoulders back and down"],
    "suitcase-carry": ["Walk a straight line", "Squeeze the free hand into a fist"],
    "plank": ["Elbows under the shoulders"],
    "long-lever-plank": ["Breathe short and shallow behind the brace"],
    "body-saw": ["Only as far as the lower back stays flat"],
    "side-plank": ["Top hip rolled slightly forward", "Push the floor away with the elbow"],
    "side-plank-leg-lift": ["Lift the leg slowly, do not swing it"],
    "copenhagen-plank": ["Lift from the inner thigh"],
    "copenhagen-plank-long": ["Start with short holds", "Hips high, body straight"],
    "tuck-hollow-hold": ["Knees over the hips, shoulders off the floor", "Breathe out fully"],
    "hollow-hold": ["Bend the knees if the back lifts"],
    "dead-bug": ["Move slowly, opposite arm and leg"],
    "bird-dog": ["Do not let the hips rotate", "Pause for a second at full reach"],
    "pallof-press": ["Hold the press for a breath"],
    "hanging-knee-raise": ["Shoulders engaged, not hanging loose", "Lower slowly"],
    "hanging-leg-raise": ["Exhale as the legs come up"],
    "ab-wheel-rollout": ["Squeeze the glutes the whole time", "Pull back with the lats"],
    "reverse-crunch": ["Exhale as the hips curl up", "Lower one vertebra at a time"],
    "mountain-climber": ["Keep the back flat"],
    "cable-woodchop": ["Pivot the back foot", "Control the return"],
    "kneeling-hip-flexor-stretch": ["Small movement, big stretch"],
    "couch-stretch": ["Squeeze the glute of the back leg", "Come out slowly"],
    "low-lunge": ["Tuck the tailbone under", "Breathe into the front of the hip"],
    "standing-quad-stretch": ["Push the foot into the hand", "Stand tall, do not arch"],
    "worlds-greatest-stretch": ["Back knee straight", "Breathe out as you rotate"],
    "pigeon-pose": ["Breathe into the outside of the hip"],
    "figure-four-stretch": ["Keep the head and shoulders down", "Flex the crossed foot"],
    "frog-stretch": ["Keep the back flat"],
    "butterfly-stretch": ["Knees fall open on their own", "Do not push the knees down"],
    "supine-hamstring-stretch": ["Pull the toes towards you for the calf"],
    "calf-stretch": ["Front knee bent, lean into the wall"],
    "ninety-ninety-switch": ["Hands behind you if needed", "Slow and controlled"],
    "deep-squat-hold": ["Hold onto a post if you need to", "Breathe into the belly"],
    "ankle-rocker": ["Move the foot back as it gets easy"],
    "thoracic-open-book": ["Exhale as you open", "Keep the knees together"],
    "cat-cow": ["Round fully, then arch fully"],
    "childs-pose": ["Walk the hands to each side for the lats", "Breathe into the back"],
    "doorway-pec-stretch": ["Keep the shoulder down and back"],
    "sleeper-stretch": ["Stop at a gentle stretch, never pain"],
    "wall-slide": ["Lower back on the wall", "Reach up, then pull down"],
    "leg-swing": ["Let the swing grow gradually", "Tall standing leg"],
    "walking-lunge": ["Arms overhead on the step"],
    "inchworm": ["Straight legs as long as you can", "Push the hips back on the way in"],
    "easy-run": ["Nose breathing if you can", "Finish feeling you could go on"],
    "tempo-run": ["Even pace, no racing the first kilometre", "Relax the shoulders"],
    "hill-sprint": ["Stop the set if your form fades"],
    "rower-intervals": ["Push with the legs first", "Keep the rate around 26 to 30"],
    "assault-bike": ["Push and pull with the arms"],
    "jump-rope": ["Stay on the balls of the feet", "Elbows close to the body"],
    "easy-bike": ["Keep the heart rate easy"],
    "rower-steady": ["Breathe out on the drive", "Rate about 20"],
    "foam-roll": ["Roll slowly, about an inch a second", "Skip anything sharp or bony"],
    "easy-walk": ["Outside if you can", "Arms swinging freely"],
    "box-breathing": ["Sit or lie comfortably", "Breathe through the nose"],
    "crocodile-breathing": ["Feel the lower ribs widen", "Long slow exhale"],
    "yoga-flow": ["Skip any pose that hurts", "Finish lying down for a minute"],
}
for _id, _cues in EXTRA_CUES.items():
    _ex = [e for e in CATALOG if e.id == _id][0]
    for _c in _cues:
        if _c not in _ex.cues:
            _ex.cues.append(_c)

BY_ID = {e.id: e for e in CATALOG}
for _e in CATALOG:
    assert _e.harder is None or _e.harder in BY_ID, _e.id
assert len(BY_ID) == len(CATALOG)


def chain(ex):
    """The exercise and every harder variant after it."""
    out = [ex]
    while out[-1].harder:
        out.append(BY_ID[out[-1].harder])
    return out


def candidates(cat):
    return [e for e in CATALOG if cat in e.cats]


# --------------------------------------------------------------------------------------------
# Text pools

FIRST = ["Alex", "Casey", "Jordan", "Sam", "Taylor", "Morgan", "Riley", "Jamie", "Avery", "Quinn", "Rowan", "Harper",
         "Emma", "Liam", "Olivia", "Noah", "Ava", "Mateo", "Sofia", "Lucas", "Mia", "Leo", "Isla", "Hugo", "Nora",
         "Elias", "Freya", "Oscar", "Maya", "Felix", "Ines", "Tomas", "Priya", "Arjun", "Aiko", "Kenji", "Mei", "Wei",
         "Fatima", "Omar", "Amara", "Kwame", "Chloe", "Daniel", "Grace", "Ethan", "Zara", "Ben", "Lena", "Marco",
         "Anya", "Ivan", "Sara", "Jonas", "Elena", "Pablo", "Hana", "Yusuf", "Lucia", "Theo", "Ruth", "Nico", "Ada",
         "Iris", "Joel", "Kara", "Luca", "Niamh", "Owen", "Pia", "Ravi", "Selma", "Tariq", "Uma", "Viktor", "Wren"]
LAST = ["Morgan", "Park", "Rivera", "Lee", "Chen", "Patel", "Garcia", "Smith", "Nguyen", "Kim", "Okafor", "Silva",
        "Novak", "Berg", "Rossi", "Murphy", "Schmidt", "Dubois", "Tanaka", "Kowalski", "Haddad", "Mensah", "Costa",
        "Jensen", "Larsen", "Moreau", "Fischer", "Santos", "Ali", "Khan", "Ibrahim", "Walsh", "Byrne", "Evans", "Hughes",
        "Reyes", "Cruz", "Ortiz", "Lindqvist", "Virtanen", "Horvat", "Popescu", "Yilmaz", "Sato", "Ito", "Wong", "Lim",
        "Singh", "Das", "Adeyemi", "Banda", "Moyo", "Fraser", "Campbell", "Stewart", "Keller", "Weber", "Bauer",
        "Hoffmann", "Vargas", "Mendes", "Ferreira", "Almeida", "Nakamura", "Suzuki", "Andersen", "Nilsson", "Olsen",
        "Quinn", "Doyle", "Brennan", "Harper-Lewis", "Stone", "Fox", "Marsh", "Webb", "Price", "Reid", "Shaw", "Hale"]
COACHES = ["Sam Rivera", "Jordan Lee", "Priya Raman", "Tomas Berg", "Ines Moreau", "Kwame Mensah", "Hana Sato",
           "Marco Rossi", "Grace Walsh", "Daniel Okafor", "Lena Fischer", "Ravi Shah", "Chloe Dubois", "Owen Price",
           "Aiko Tanaka", "Pablo Reyes", "Niamh Byrne", "Elias Novak", "Sofia Costa", "Ben Hughes"]
ZONES = ["Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Stockholm",
         "Europe/Dublin", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Lisbon", "Europe/Helsinki", "America/New_York",
         "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Toronto",
         "America/Vancouver", "America/Sao_Paulo", "America/Mexico_City", "America/Bogota",
         "America/Argentina/Buenos_Aires", "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore", "Asia/Kolkata", "Asia/Dubai",
         "Asia/Hong_Kong", "Australia/Sydney", "Australia/Melbourne", "Australia/Perth", "Pacific/Auckland",
         "Africa/Johannesburg", "Africa/Nairobi", "Africa/Lagos", "UTC"]
LB_ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"]
LOCATIONS = ["Home gym", "Downtown gym", "Garage gym", "University rec centre", "Club weight room", "Studio 2",
             "Riverside track", "Park", "Community centre", "Performance lab", "Hotel gym", "Basement"]
CLUBS = ["Barbell club", "Riverside runners", "Masters squad", "Tuesday lifters", "Office wellness group",
         "Rowing club", "Trail team", "Youth academy", "Rugby seconds", "Climbing crew", "Cycling club", "Open group"]

STYLES = {
    "strength": ["Strength foundations", "Upper/lower strength", "Full-body strength", "Barbell basics",
                 "General strength", "Strong and mobile"],
    "powerlifting": ["5/3/1 cycles", "Squat, bench, deadlift", "Powerlifting prep", "Wave loading block",
                     "Barbell club 5/3/1"],
    "runner": ["Runner's hip balance", "Strength for runners", "Marathon support", "Trail legs",
               "Run strong, run often"],
    "hypertrophy": ["Hypertrophy block", "Push, pull, legs", "Muscle building basics", "Volume phase"],
    "mobility": ["Hip mobility reset", "Desk worker reset", "Mobility and core", "Move better"],
    "athletic": ["Field sport preseason", "Athletic development", "Court sport strength", "Conditioning block"],
}
STYLE_NOTES = {
    "strength": ["Leave two or three reps in the tank on every set.",
                 "If a set feels easy, tell your coach; the loads go up from there.",
                 "Warm up with the empty bar before the first heavy lift."],
    "powerlifting": ["The last set of each main lift is as many reps as possible: stop one rep short of failure.",
                     "Training maxes are 90% of a true max; keep them honest.",
                     "Assistance work is there to help the main lifts, not to tire you out."],
    "runner": ["Do the activation before you head out and the stretches when you get back.",
               "Stop any stretch that pinches at the front of the hip.",
               "Easy runs are easy: you should be able to hold a conversation."],
    "hypertrophy": ["Take each working set within two reps of failure.",
                    "Control the lowering phase; the tempo is part of the prescription.",
                    "Sleep and protein matter as much as the sets."],
    "mobility": ["Breathe slowly in every stretch and never force the end range.",
                 "Little and often beats long and rare.",
                 "Hold the positions where you feel a stretch, not pain."],
    "athletic": ["Move fast on the power work and rest fully between sets.",
                 "Conditioning days are hard; the day after is easy.",
                 "Log how your legs feel each morning."],
}
ITEM_NOTES = {
    "load": ["Stop two reps short of failure", "Film one set from the side", "Smooth reps, no grinding",
             "Use straps if the grip fails first", "Slow on the way down", "Lighter if the lower back complains",
             "Same load on both sides", "Warm up with two lighter sets first", "Belt optional",
             "Log the load and reps of every set", "Leave one rep in reserve on the last set"],
    "reps": ["Activation, not a workout", "Pause for a breath between reps", "Breathe out on the effort",
             "Start with the weaker side", "Quality over quantity", "Stop when the form slips",
             "Slow on the way down", "Keep the rest short", "Full range on every rep"],
    "hold": ["Easy breathing through the nose", "Add a second only when every rep is clean",
             "Start with the weaker side", "Come out slowly", "Relax into it; no forcing",
             "Shorter holds are fine if the form breaks"],
    "cardio": ["Easy breathing through the nose", "Heart rate under 150", "Flat route if you can",
               "Walk breaks are fine", "Finish with five easy minutes"],
}
STYLE_ABOUT = {
    "strength": ["The basic patterns (squat, hinge, push, pull, carry) every week, loads rising in small steps.",
                 "Compound lifts first, accessories in pairs, and a stretch for the hip flexors at the end of the "
                 "lower days."],
    "powerlifting": ["One main lift a day on percentages of a training max; the training max rises after each "
                     "cycle and the assistance work climbs by double progression.",
                     "Wave loading for the competition lifts, with the last set of each main lift as many reps as "
                     "possible."],
    "runner": ["For runners whose tight hip flexors inhibit the glutes: stretch the hip flexors, wake the glutes "
               "up, and build glute and hamstring strength twice a week.",
               "Strength work that supports the running, never competes with it: short sessions, real rest days."],
    "hypertrophy": ["Moderate loads for many sets, close to failure, with controlled tempos; volume rises through "
                    "each block and drops in the deload weeks.",
                    "Each muscle group twice a week, with a day between hard sessions for the same muscles."],
    "mobility": ["Little and often: short mobility sessions, core stability and easy movement on most days.",
                 "Longer holds every week, moving on to harder variants once a hold reaches a minute."],
    "athletic": ["Strength, power and conditioning in one week, arranged so the hard days never fall back to back.",
                 "Lower and upper strength, intervals for the engine, and trunk work for the contact."],
}
GENERAL_NOTES = ["Message your coach after each week with how the sessions felt.",
                 "Sessions can move a day either way; keep one rest day between the hard ones.",
                 "If you are ill, skip the week rather than pushing through.",
                 "Sleep at least seven hours on the nights before heavy days.",
                 "Loads on the cards are starting points; your coach adjusts them from your logs.",
                 "Bring water, a towel and your training log to every session.",
                 "Pain that changes how you move is a reason to stop and tell your coach.",
                 "Deload weeks are part of the plan, not a break from it."]
LIGHT_NOTES = ["Any time today. Keep it easy.", "Do this in front of the television if you like.",
               "Nothing here should hurt; ease off any stretch that pinches.", "Breathe slowly through the nose.",
               "This is what lets the hard days work.", "Morning or evening, whichever you will actually do.",
               "Skip it if you are ill; do not skip it because you are busy.", "Bring a mat and a strap."]
SESSION_NOTES = ["Warm up with five minutes on the bike.",
                 "Ten minutes of easy movement first: bike, rower or a brisk walk.",
                 "Work up to the first working set in three or four jumps.",
                 "Rest fully between the heavy sets; rush the accessories a little.",
                 "Start with the hardest lift while you are fresh.", "Bring a band and a mat.",
                 "Keep the rests honest; use a timer.", "Finish with the stretches even if you are short of time.",
                 "If you miss this session, do not double up tomorrow.", "Log every set in the app.",
                 "Eat something an hour before.", "Drink water between rounds."]


# --------------------------------------------------------------------------------------------
# Small helpers

def slug(text):
    out = []
    for ch in text.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def q(text, flow=False):
    """A YAML scalar for text: plain when unambiguous, double-quoted otherwise."""
    bad = ":#{}[]&*!|>\"%@`" + (",'" if flow else "")
    plain = (text and text[0].isalpha() and text[-1] != " " and text.lower() not in RESERVED
             and not any(c in bad for c in text) and "  " not in text and text.isascii())
    if plain:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def num(hundredths):
    """42.5 from 4250."""
    whole, frac = divmod(hundredths, 100)
    if frac == 0:
        return str(whole)
    if frac % 10 == 0:
        return "%d.%d" % (whole, frac // 10)
    return "%d.%02d" % (whole, frac)


def load_text(hundredths, unit, rng=None):
    sep = " " if rng is not None and rng.random() < 0.08 else ""
    return num(hundredths) + sep + unit


def dur_text(seconds, rng=None):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return "%dh" % h + ("%dmin" % m if m else "")
    if m and s:
        return "%dmin%ds" % (m, s)
    if m:
        if rng is not None and m == 1 and rng.random() < 0.5:
            return "60s"
        if rng is not None and rng.random() < 0.1:
            return "%d min" % m
        return "%dmin" % m
    return "%ds" % s


def ceil5(minutes):
    return max(5, (minutes + 4) // 5 * 5)


def date_add(y, m, d, days):
    return datetime.date(y, m, d) + datetime.timedelta(days=days)


# --------------------------------------------------------------------------------------------
# Program model

class Item:
    """One prescription (an exercise item, or one exercise of a group)."""

    def __init__(self, ex):
        self.ex = ex
        self.sets = None        # None inside a group
        self.reps = None        # (lo, hi) ; lo == hi for exact; ("plus", n) for 5+
        self.load = None        # (hundredths, unit) | ("bw", added hundredths, unit) | ("pct", percent)
        self.hold = None
        self.duration = None
        self.distance = None    # metres
        self.rest = None
        self.tempo = None
        self.rpe = None
        self.rir = None
        self.side = None
        self.notes = None
        self.optional = False
        self.progress = []      # list of rule names (str) or inline rule dicts
        self.training_max = None
        self.wave = None        # the wave rows when a wave rule applies
        # worst-case numbers, for the duration and volume models
        self.max_sets = None
        self.max_reps = None
        self.max_hold = None


class Group:
    def __init__(self, kind, items, rounds, rest):
        self.kind = kind
        self.items = items
        self.rounds = rounds
        self.rest = rest
        self.notes = None


class Session:
    def __init__(self, id, title, role):
        self.id = id
        self.title = title
        self.role = role
        self.items = []
        self.at = None
        self.duration = None
        self.location = None
        self.notes = None
        self.flow = False

    def prescriptions(self):
        for it in self.items:
            if isinstance(it, Group):
                for sub in it.items:
                    yield sub, it.rounds
            else:
                yield it, None

    def exercises(self):
        return [p.ex for p, _ in self.prescriptions()]

    @property
    def training(self):
        return any(e.training for e in self.exercises())

    def half_sets(self, worst=True):
        """Hard sets by muscle group, in half sets, at full volume (worst case: most sets)."""
        out = {}
        for p, rounds in self.prescriptions():
            if not p.ex.hard:
                continue
            sets = rounds if rounds is not None else (p.max_sets if worst else p.sets_min)
            for g, h in p.ex.chain_shares(worst=True):
                out[g] = out.get(g, 0) + h * sets
        return out

    def min_half_sets(self, volume):
        out = {}
        for p, rounds in self.prescriptions():
            if not p.ex.hard:
                continue
            base = rounds if rounds is not None else p.sets_min
            sets = max(1, (base * volume + 50) // 100)
            for g, h in p.ex.chain_shares(worst=False):
                out[g] = out.get(g, 0) + h * sets
        return out

    def stretches(self, group):
        for p, _ in self.prescriptions():
            if p.ex.kind == "mobility" and any(group in muscle_groups(m) for m in p.ex.targets + p.ex.secondary):
                return True
        return False


# --------------------------------------------------------------------------------------------
# The generator of one program

class ProgramGenerator:
    def __init__(self, rng, index, weeks, athletes_range):
        self.rng = rng
        self.index = index
        self.weeks = weeks
        self.athletes_range = athletes_range

    # ---- units and loads

    def unit_step(self):
        return 250 if self.units == "kg" else 500

    def pick_load(self, ex):
        """A starting load for an exercise: (hundredths, unit, rounding step)."""
        rng = self.rng
        kind, lo, hi = ex.load
        if kind == "kettlebell":
            kg = rng.choice([k for k in (8, 12, 16, 20, 24, 28, 32) if lo <= k <= hi])
            return kg * 100, "kg", 400
        if kind == "dumbbell" and self.units == "kg" and rng.random() < 0.15:
            lb = rng.randrange(max(10, lo * 2 // 5 * 5), hi * 22 // 10 // 5 * 5 + 5, 5)
            return lb * 100, "lb", 500
        step = self.unit_step()
        kg = rng.uniform(lo, hi)
        if self.units == "kg":
            v = int(kg * 100)
        else:
            v = int(kg * 220.46)
        v = max(step, (v + step // 2) // step * step)
        if kind in ("barbell",) and self.units == "kg":
            v = max(v, 2000)
        if kind in ("barbell",) and self.units == "lb":
            v = max(v, 4500)
        if kind == "trapbar":
            v = max(v, 2500 if self.units == "kg" else 5500)
        return v, self.units, step

    # ---- items

    def rest_for(self, rx, heavy=False):
        rng = self.rng
        if heavy:
            return rng.choice([120, 150, 180, 180, 240])
        if rx == "accessory":
            return rng.choice([60, 75, 90, 90, 120])
        if rx in ("bwreps", "hold"):
            return rng.choice([30, 45, 45, 60, 60])
        if rx == "mobreps":
            return rng.choice([15, 20, 30])
        return rng.choice([30, 60])

    def make_item(self, ex, in_group=False, heavy=False):
        """A prescription for an exercise; progression rules are chosen here too."""
        rng = self.rng
        it = Item(ex)
        rx = ex.rx
        sets = None if in_group else rng.choice([2, 3, 3, 3, 4, 4, 5] if heavy else [2, 3, 3, 3, 4])
        it.sets = sets
        if rx == "heavy" and not heavy:
            rx = "accessory"
        if rx == "heavy":
            choice = rng.random()
            if choice < 0.55:
                n = rng.choice([3, 4, 5, 5, 5, 6])
                it.reps = (n, n)
            else:
                lo = rng.choice([4, 5, 6])
                it.reps = (lo, lo + rng.choice([2, 2, 3]))
            it.load = self.pick_load(ex)[:2]
            it.rest = self.rest_for(rx, heavy=True)
            if rng.random() < 0.2:
                it.tempo = rng.choice(["3-1-1-0", "2-1-X-0", "3-0-1-0", "20X0", "31X1"])
        elif rx == "accessory":
            if ex.load:
                amount, unit, _ = self.pick_load(ex)
                it.load = (amount, unit)
            if rng.random() < 0.5:
                lo = rng.choice([6, 8, 8, 10, 12])
                it.reps = (lo, lo + rng.choice([2, 2, 4]))
            else:
                n = rng.choice([6, 8, 8, 10, 10, 12, 15])
                it.reps = (n, n)
            it.rest = self.rest_for(rx)
            if rng.random() < 0.25:
                it.tempo = rng.choice(["3-1-1-0", "3-0-1-1", "2-0-2-0", "4-0-1-0", "30X0"])
        elif rx == "bwreps":
            n = rng.choice([6, 8, 10, 10, 12, 12, 15])
            if "ham" in ex.cats and ex.id == "nordic-curl":
                n = rng.choice([3, 4, 5, 6])
            if rng.random() < 0.25 and ex.id not in ("nordic-curl",):
                it.reps = (n, n + rng.choice([2, 3, 5]))
            else:
                it.reps = (n, n)
            if ex.load and ex.load[0] == "added" and rng.random() < 0.4:
                added = rng.choice([0, 500, 1000, 1500, 2000]) if self.units == "kg" else rng.choice([0, 1000, 2500, 4500])
                it.load = ("bw", added, self.units)
            elif ex.id in ("glute-bridge", "single-leg-glute-bridge") and rng.random() < 0.3:
                it.load = ("bw", 0, self.units)
            it.rest = self.rest_for(rx) if rng.random() < 0.85 else None
        elif rx == "hold":
            if ex.kind == "mobility":
                it.hold = rng.choice([20, 30, 30, 30, 40, 45, 45, 60])
            else:
                it.hold = rng.choice([20, 20, 25, 30, 30, 40, 45])
            it.rest = rng.choice([15, 15, 20, 30]) if rng.random() < 0.75 else None
            if in_group:
                it.rest = None
        elif rx == "mobreps":
            it.reps = (rng.choice([5, 6, 8, 10]),) * 2
            it.rest = None
        elif rx == "carry":
            amount, unit, _ = self.pick_load(ex)
            it.load = (amount, unit)
            if rng.random() < 0.6:
                it.distance = rng.choice([20, 30, 40, 40, 50])
            else:
                it.duration = rng.choice([30, 40, 45, 60])
            it.rest = rng.choice([60, 90])
        elif rx == "steady":
            it.duration = rng.choice([20, 25, 30, 30, 35, 40, 45]) * 60
            if "run" in ex.cats and rng.random() < 0.4:
                it.distance = it.duration // 60 * 160 // 1000 * 1000 or 3000
            it.sets = None
        elif rx == "intervals":
            it.sets = None if in_group else rng.choice([6, 8, 8, 10])
            it.duration = rng.choice([15, 20, 20, 30, 40])
            it.rest = None if in_group else rng.choice([40, 60, 90, 120])
        elif rx == "recovery":
            it.duration = rng.choice([5, 8, 10, 10, 15, 20, 30]) * 60
            it.sets = None
        # sets only where the exercise is done in sets
        if rx in ("steady", "recovery"):
            it.sets = None
        self.choose_rules(it, in_group, heavy)
        if not in_group and it.sets is None and not it.wave and rx not in ("steady", "recovery", "intervals"):
            it.sets = 1
        if rng.random() < 0.45:
            kind = ("cardio" if ex.kind in ("cardio", "recovery") else "hold" if it.hold
                    else "load" if it.load or it.wave else "reps")
            it.notes = rng.choice(ITEM_NOTES[kind])
        if in_group and it.rest and rng.random() < 0.85:
            it.rest = None
        if rx in ("steady", "recovery") and rng.random() < 0.2:
            it.optional = True
        self.finish_item(it)
        return it

    def finish_item(self, it):
        """Worst-case sets, reps and hold across all weeks (for the duration and volume models)."""
        it.sets_min = it.sets or 1
        it.max_sets = it.sets or 1
        it.max_reps = 0
        it.max_hold = it.hold or 0
        if it.reps:
            it.max_reps = it.reps[1]
        for rule in it.progress:
            r = self.rules[rule] if isinstance(rule, str) else rule
            if "sets" in r:
                it.max_sets = max(it.max_sets, r["max_sets"])
            if "reps" in r and "max_reps" in r:
                it.max_reps = max(it.max_reps, r["max_reps"])
            if "hold" in r:
                it.max_hold = max(it.max_hold, r["max_hold"])
        if it.wave:
            it.sets_min = min(len(row) for row in it.wave)
            it.max_sets = max(len(row) for row in it.wave)
            it.max_reps = max(r for row in it.wave for _, r, _ in row)

    # ---- progression rules

    def named(self, name, rule):
        if name not in self.rules:
            self.rules[name] = rule
        return name

    def choose_rules(self, it, in_group, heavy):
        rng = self.rng
        ex = it.ex
        u = self.units
        roll = rng.random()
        if heavy and it.load and it.load[0] != "bw" and not in_group:
            amount, unit = it.load
            # A wave for the four main lifts in a powerlifting program (and sometimes elsewhere).
            if ex.tm == ex.id and (self.style == "powerlifting" or roll < 0.2):
                lower = ex.id in ("back-squat", "deadlift")
                inc = (500 if lower else 250) if u == "kg" else (1000 if lower else 500)
                if self.custom_wave and rng.random() < 0.35:
                    name = self.named("custom-wave", {"wave": self.custom_wave, "increase": (250 if u == "kg" else 500, u)})
                    it.wave = self.custom_wave
                else:
                    name = self.named("main-lower" if lower else "main-upper", {"wave": "5/3/1", "increase": (inc, u)})
                    it.wave = WAVE_531
                it.progress = [name]
                self.wave_uses.append((ex.id, it.wave, self.rules[name]["increase"][0]))
                it.sets = None
                it.reps = None
                it.load = None
                it.tempo = None
                self.tm_keys.append(ex.id)
                return
            if ex.tm and roll < 0.45 and (self.style == "powerlifting" or rng.random() < 0.7):
                # A percentage of a training max, shared with the main lift.
                it.load = ("pct", rng.choice([60, 65, 70, 72.5, 75, 80]))
                if ex.tm != ex.id:
                    it.training_max = ex.tm
                self.tm_keys.append(ex.tm)
                if rng.random() < 0.6:
                    it.progress = [self.named("rpe-ramp", {"rpe": [7, 7.5, 8, 8.5, 9]})]
                return
            if roll < 0.65:
                step = 250 if unit == "kg" else 500
                if unit == "kg" and amount >= 6000 and rng.random() < 0.3:
                    rule = {"load": (500, unit), "every": 2}
                    it.progress = [rule]
                    rule["max"] = (amount + 500 * (self.weeks // 2 + 1), unit)
                    return
                if unit == self.units:
                    self.load_rule_users.append(it)
                    it.progress = [self.named("weekly-load", {"load": (step, unit)})]
                else:
                    it.progress = [{"load": (step, unit), "max": (amount + step * self.weeks, unit)}]
                if rng.random() < 0.3 and not it.rpe:
                    it.progress.append(self.named("rpe-ramp", {"rpe": [7, 7.5, 8, 8.5, 9]}))
                return
            if roll < 0.8:
                it.progress = [self.named("step-load", {"load": (250 if unit == "kg" else 500, unit),
                                                        "step-loading": "3/1"})] if unit == self.units else []
                return
            it.rpe = rng.choice([7, 7.5, 8])
            return
        if (ex.tm and not in_group and it.load and it.load[0] not in ("bw", "pct") and it.reps
                and it.reps[1] <= 12 and roll < 0.3):
            # A barbell accessory loaded from the main lift's training max.
            it.load = ("pct", rng.choice([50, 55, 60, 62.5, 65]))
            if ex.tm != ex.id:
                it.training_max = ex.tm
            self.tm_keys.append(ex.tm)
            return
        if it.load and it.load[0] not in ("bw", "pct") and it.reps and ex.rx in ("accessory", "heavy"):
            amount, unit = it.load
            if ex.load[0] == "kettlebell":
                if roll < 0.5:
                    it.progress = [{"load": (400, "kg"), "every": 3, "max": (amount + 800, "kg")}]
                return
            lo, hi = it.reps
            if lo != hi and roll < 0.55:
                step = 250 if unit == "kg" else 500
                if unit == self.units and amount >= 2000:
                    it.progress = [self.named("assistance", {"double": (step, unit), "every": "session"})]
                else:
                    it.progress = [{"double": (step, unit), "max": (amount + step * 4, unit)}]
                return
            if lo == hi and roll < 0.45:
                step = 250 if unit == "kg" else 500
                if amount < step * 10:
                    # Small loads: one step every two weeks, capped.
                    it.progress = [{"load": (step, unit), "every": 2, "max": (amount + step * 3, unit)}]
                elif unit == self.units:
                    self.load_rule_users.append(it)
                    it.progress = [self.named("weekly-load", {"load": (step, unit)})]
                return
            if lo == hi and roll < 0.6 and not in_group and it.sets and it.sets < 4:
                it.progress = [self.named("add-a-set", {"sets": 1, "every": 2, "max_sets": max(4, it.sets + 1)})]
                return
            if roll < 0.7 and not it.rpe:
                it.rir = rng.choice([1, 2, 2, 3])
            return
        if it.hold:
            if ex.harder and roll < 0.7:
                cap = max(it.hold + 10, 60 if ex.kind == "mobility" else 45)
                if rng.random() < 0.5:
                    it.progress = [{"hold": 5 if ex.kind != "mobility" else rng.choice([5, 10]), "max_hold": cap,
                                    "then": "harder"}]
                else:
                    it.progress = [self.named("hold-then-harder", {"hold": 5, "max_hold": 60, "then": "harder"})]
                    if it.hold > 60:
                        it.hold = 45
                return
            if roll < 0.6:
                if it.hold <= 45:
                    it.progress = [self.named("longer-holds", {"hold": 5, "max_hold": 60})]
                else:
                    it.progress = [{"hold": 5, "every": 2, "max_hold": it.hold + 15}]
            return
        if it.reps and it.reps[0] == it.reps[1] and ex.rx == "bwreps" and ex.kind != "mobility":
            n = it.reps[0]
            if ex.harder and roll < 0.35:
                weeks = rng.choice([3, 4, 4, 6])
                it.progress = [{"harder-after": weeks}, {"reps": 1, "max_reps": n + weeks - 1}]
                return
            if roll < 0.6:
                if 8 <= n <= 12 and rng.random() < 0.5:
                    it.progress = [self.named("more-reps", {"reps": 1, "max_reps": 15})]
                else:
                    it.progress = [{"reps": rng.choice([1, 1, 2]) if n >= 8 else 1, "every": rng.choice([1, 2]),
                                    "max_reps": n + 4 if n >= 8 else n + 2}]
            return

    # ---- sessions

    def pick_exercise(self, cats, avoid=()):
        """An exercise from the categories; loaded exercises are used once in the program."""
        rng = self.rng
        pool = []
        for c in cats:
            for e in candidates(c):
                if e in pool or e.id in avoid:
                    continue
                if e.id in self.reserved:
                    continue
                if e.load and e.load[0] != "bw" and e.id in self.loaded_used:
                    continue
                pool.append(e)
        if not pool:
            return None
        # Prefer exercises the program already uses (a library is reused), when they fit.
        known = [e for e in pool if e.id in self.lib_ids]
        if known and (len(self.lib_ids) >= self.lib_target or rng.random() < 0.35):
            ex = rng.choice(known)
        else:
            ex = rng.choice(pool)
        return ex

    def use(self, ex):
        if ex.id not in self.lib_ids:
            for e in chain(ex):
                if e.id not in self.lib_ids:
                    self.lib_ids.append(e.id)
        if ex.load and ex.load[0] != "bw":
            self.loaded_used.append(ex.id)

    def add(self, session, cats, heavy=False, avoid=()):
        ex = self.pick_exercise(cats, avoid=tuple(avoid) + tuple(e.id for e in session.exercises()))
        if ex is None:
            return False
        self.use(ex)
        it = self.make_item(ex, heavy=heavy)
        session.items.append(it)
        return True

    def add_group(self, session, kind, cat_lists, avoid=()):
        rng = self.rng
        avoid = tuple(avoid) + tuple(e.id for e in session.exercises())
        picked = []
        for cats in cat_lists:
            ex = self.pick_exercise(cats, avoid=avoid + tuple(e.id for e in picked))
            if ex is None:
                continue
            if ex.rx in ("steady", "recovery"):
                continue
            picked.append(ex)
            self.use(ex)
        if len(picked) < 2:
            for ex in picked:
                session.items.append(self.make_item(ex))
            return False
        items = [self.make_item(ex, in_group=True) for ex in picked]
        rounds = rng.choice([2, 3, 3, 3, 4])
        rest = rng.choice([45, 60, 60, 90, 120]) if rng.random() < 0.85 else None
        g = Group(kind, items, rounds, rest)
        if rng.random() < 0.1:
            g.notes = rng.choice(["Move straight from one exercise to the next", "Rest only after the last exercise",
                                  "Keep the transitions quick"])
        session.items.append(g)
        return True

    TEMPLATES = {
        # role: (title choices, steps)
        "lower": (["Lower body", "Legs and glutes", "Squat and hinge", "Lower strength"],
                  [("main", ["squat", "hinge"]), ("one", ["hinge", "squat", "glute"]), ("one", ["lunge", "glute"]),
                   ("super", [["ham", "glute", "hinge"], ["coredyn", "corehold"]]), ("maybe", ["calf", "activation"]),
                   ("maybe", ["corehold", "corehip"]), ("stretch", ["hfstretch"]), ("maybe", ["stretchlow"])]),
        "upper": (["Upper body", "Push and pull", "Upper strength", "Chest and back"],
                  [("main", ["hpush", "vpush"]), ("one", ["hpull", "vpull"]), ("one", ["vpush", "hpush"]),
                   ("super", [["vpull", "hpull"], ["shoulder", "arms"]]), ("maybe", ["arms"]),
                   ("maybe", ["coredyn", "corehold"]), ("maybe", ["stretchup"])]),
        "full": (["Full body", "Total body", "Full body strength"],
                 [("main", ["squat", "hinge"]), ("one", ["hpush", "vpush"]), ("one", ["hpull", "vpull"]),
                  ("super", [["lunge", "glute"], ["coredyn", "corehold"]]), ("maybe", ["carry"]),
                  ("maybe", ["corehip", "corehold"]), ("stretch", ["hfstretch"])]),
        "main": (["Main lift day"], []),
        "push": (["Push", "Chest, shoulders and triceps"],
                 [("main", ["hpush"]), ("one", ["vpush"]), ("one", ["hpush"]),
                  ("super", [["shoulder"], ["arms"]]), ("maybe", ["arms"]), ("maybe", ["stretchup"])]),
        "pull": (["Pull", "Back and biceps"],
                 [("main", ["hpull"]), ("one", ["vpull"]), ("one", ["hpull", "shoulder"]),
                  ("super", [["arms"], ["coredyn"]]), ("maybe", ["carry"]), ("maybe", ["stretchup"])]),
        "legs": (["Legs", "Leg day"],
                 [("main", ["squat"]), ("one", ["hinge"]), ("one", ["quad", "lunge"]), ("one", ["glute", "ham"]),
                  ("maybe", ["calf"]), ("stretch", ["hfstretch"]), ("maybe", ["stretchlow"])]),
        "glutes": (["Glutes and hamstrings", "Posterior chain", "Hips and hamstrings"],
                   [("one", ["activation"]), ("main", ["hinge"]), ("one", ["glute"]),
                    ("super", [["lunge"], ["coredyn"]]), ("one", ["ham", "glute"]), ("maybe", ["stretchlow"])]),
        "squatcore": (["Squat and core", "Legs and trunk"],
                      [("one", ["activation"]), ("one", ["squat"]), ("one", ["hinge", "lunge"]),
                       ("circuit", [["corehold"], ["coredyn"], ["coredyn", "corehold"]]), ("maybe", ["activation"])]),
        "core": (["Core stability", "Trunk and carries"],
                 [("one", ["corehold"]), ("one", ["coredyn"]), ("circuit", [["corehold"], ["coredyn"], ["carry"]]),
                  ("maybe", ["corehip"]), ("stretch", ["hfstretch"]), ("maybe", ["stretchup"])]),
        "conditioning": (["Conditioning", "Intervals", "Engine work"],
                         [("one", ["dynwarm"]), ("one", ["intervals"]),
                          ("circuit", [["power", "carry"], ["coredyn"], ["intervals"]]), ("maybe", ["steady"]),
                          ("stretch", ["hfstretch"]), ("maybe", ["stretchlow"])]),
        "run": (["Easy run", "Run day", "Aerobic run"],
                [("one", ["dynwarm"]), ("one", ["dynwarm"]), ("one", ["steady"]), ("stretch", ["hfstretch"]),
                 ("maybe", ["stretchlow"])]),
        "prerun": (["Pre-run activation", "Run warm-up"],
                   [("one", ["dynwarm"]), ("one", ["dynwarm"]), ("one", ["activation"]), ("one", ["activation"]),
                    ("maybe", ["dynwarm"])]),
        "postrun": (["Post-run hip flexor stretches", "Post-run stretches", "Run cool-down"],
                    [("stretch", ["hfstretch"]), ("one", ["hfstretch", "stretchlow"]), ("one", ["stretchlow"]),
                     ("maybe", ["stretchlow"])]),
        "mobility": (["Hip mobility", "Mobility", "Hips and spine", "Move well"],
                     [("stretch", ["hfstretch"]), ("one", ["stretchlow"]), ("one", ["stretchlow"]),
                      ("one", ["stretchup"]), ("maybe", ["dynwarm"]), ("maybe", ["stretchlow"]),
                      ("maybe", ["stretchup"])]),
        "recovery": (["Recovery", "Active recovery", "Easy day"],
                     [("one", ["recovery"]), ("one", ["recovery"]), ("one", ["stretchlow", "stretchup"]),
                      ("stretch", ["hfstretch"]), ("maybe", ["recovery"])]),
    }

    STYLE_ROLES = {
        "strength": [["lower", "upper", "lower", "upper"], ["full", "full", "full"], ["lower", "upper", "full"]],
        "powerlifting": [["main:back-squat", "main:bench-press", "main:deadlift", "main:overhead-press"],
                         ["main:back-squat", "main:bench-press", "main:deadlift"]],
        "runner": [["glutes", "squatcore", "prerun+postrun", "run"], ["glutes", "prerun+postrun", "squatcore"],
                   ["full", "prerun+postrun", "run", "core"]],
        "hypertrophy": [["push", "pull", "legs"], ["push", "pull", "legs", "upper"], ["upper", "lower", "push", "pull"]],
        "mobility": [["mobility", "core", "recovery"], ["mobility", "full", "mobility", "core"]],
        "athletic": [["lower", "upper", "conditioning"], ["full", "conditioning", "upper", "core"],
                     ["lower", "upper", "conditioning", "full"]],
    }
    EXTRAS = ["mobility", "recovery", "core", "conditioning", "run"]

    def build_session(self, role, used_ids):
        rng = self.rng
        lift = None
        if role.startswith("main:"):
            role, lift = role.split(":")
        titles, steps = self.TEMPLATES[role]
        if lift:
            title = BY_ID[lift].name
            sid = slug(title.split(" ")[-1] if lift != "overhead-press" else "press") + "-day"
        else:
            title = rng.choice(titles)
            sid = slug(title)
        base = sid
        n = 2
        while sid in used_ids:
            sid = "%s-%s" % (base, "abcdefgh"[n - 1] if n <= 8 else n)
            n += 1
        if sid != base and not lift:
            title = "%s %s" % (title, sid.split("-")[-1].upper())
        s = Session(sid, title, role)
        if lift:
            ex = BY_ID[lift]
            self.reserved.remove(lift)
            self.use(ex)
            s.items.append(self.make_item(ex, heavy=True))
            lower = lift in ("back-squat", "deadlift")
            steps = ([("one", ["hinge", "squat"] if lower else ["hpull", "vpull"]),
                      ("one", ["lunge", "glute", "ham"] if lower else ["hpush", "vpush", "arms"]),
                      ("super", [["hpull", "vpull"] if not lower else ["glute", "ham"], ["coredyn", "corehold"]]),
                      ("maybe", ["corehip", "corehold"]), ("stretch", ["hfstretch"] if lower else ["stretchup"])])
        for kind, cats in steps:
            if len(s.items) >= 10:
                break
            if kind == "main":
                self.add(s, cats, heavy=True)
            elif kind == "one":
                self.add(s, cats)
            elif kind == "maybe":
                if rng.random() < 0.55:
                    self.add(s, cats)
            elif kind == "stretch":
                if rng.random() < 0.85:
                    self.add(s, cats)
            elif kind == "super":
                self.add_group(s, "superset", cats)
            elif kind == "circuit":
                self.add_group(s, "circuit", cats)
        # 4 to 10 items: pad with fitting accessories or stretches.
        pads = {"lower": ["glute", "calf", "corehold", "coredyn", "activation", "stretchlow", "hfstretch", "dynwarm"],
                "upper": ["arms", "shoulder", "stretchup", "coredyn", "corehold", "dynwarm"],
                "full": ["carry", "coredyn", "corehold", "stretchlow", "stretchup", "activation", "dynwarm"],
                "main": ["coredyn", "corehold", "arms", "shoulder", "stretchlow", "stretchup", "dynwarm"],
                "push": ["arms", "shoulder", "stretchup", "coredyn", "dynwarm"],
                "pull": ["arms", "coredyn", "corehold", "shoulder", "stretchup", "dynwarm"],
                "legs": ["calf", "glute", "activation", "stretchlow", "hfstretch", "corehold"],
                "glutes": ["activation", "stretchlow", "corehold", "coredyn", "dynwarm"],
                "squatcore": ["activation", "stretchlow", "corehold", "dynwarm"],
                "core": ["coredyn", "corehold", "stretchlow", "stretchup", "dynwarm"],
                "conditioning": ["dynwarm", "stretchlow", "coredyn", "recovery"],
                "run": ["stretchlow", "dynwarm", "hfstretch"], "prerun": ["dynwarm", "activation"],
                "postrun": ["stretchlow", "hfstretch"], "mobility": ["stretchlow", "stretchup", "dynwarm", "hfstretch"],
                "recovery": ["recovery", "stretchlow", "stretchup"]}[role]
        target = rng.randint(5, 8) if role in ("prerun", "postrun", "run", "recovery") else rng.randint(7, 10)
        # A finishing superset or circuit of accessories, often.
        finishers = {"lower": [["glute", "calf"], ["corehold", "coredyn"]], "upper": [["arms"], ["shoulder"]],
                     "full": [["carry", "glute"], ["coredyn"], ["corehold"]], "main": [["arms", "shoulder"], ["coredyn"]],
                     "push": [["arms"], ["shoulder"]], "pull": [["arms"], ["hpull", "shoulder"]],
                     "legs": [["calf"], ["corehold", "coredyn"]], "glutes": [["activation"], ["corehold"]],
                     "core": [["coredyn"], ["corehold"], ["corehip", "coredyn"]],
                     "conditioning": [["intervals"], ["coredyn"], ["power", "carry"]]}
        if role in finishers and len(s.items) < 9 and rng.random() < 0.6:
            fin = finishers[role]
            self.add_group(s, "circuit" if len(fin) == 3 else "superset", fin,
                           avoid=tuple(e.id for e in s.exercises()))
        tries = 0
        while len(s.items) < target and tries < 20:
            tries += 1
            avoid = tuple(e.id for e in s.exercises())
            self.add(s, [rng.choice(pads)], avoid=avoid)
        # A one-sided stretch done on both sides, more time on the tight side.
        if role in ("mobility", "postrun") and rng.random() < 0.35 and len(s.items) <= 8:
            ex = self.pick_exercise(["stretchlow"], avoid=tuple(e.id for e in s.exercises()))
            if ex is not None and ex.per_side and ex.rx == "hold":
                self.use(ex)
                left = Item(ex)
                left.sets = 2
                left.hold = 60
                left.side = rng.choice(["left", "right"])
                left.notes = rng.choice(["The tighter side", "Tight side first, longer hold",
                                         "More time on the side that feels stiffer"])
                right = Item(ex)
                right.sets = 1
                right.hold = rng.choice([30, 45])
                right.side = "right" if left.side == "left" else "left"
                for it in (left, right):
                    self.finish_item(it)
                s.items.extend([left, right])
        # Drop repeated exercises among plain items of one session (keeps cards readable).
        seen = []
        kept = []
        for it in s.items:
            key = None if isinstance(it, Group) else (it.ex.id, it.side)
            if key is not None and key in seen:
                continue
            seen.append(key)
            kept.append(it)
        s.items = kept[:10]
        if rng.random() < 0.75:
            pool = LIGHT_NOTES if role in ("mobility", "recovery", "run", "postrun") else SESSION_NOTES
            s.notes = " ".join(rng.sample(pool, rng.choice([1, 2, 2, 3])))
        if rng.random() < 0.6:
            s.location = rng.choice(self.locations)
        s.flow = rng.random() < 0.07
        return s

    # ---- durations (mirrors Sources/Planner/DurationEstimate.swift, worst week)

    @staticmethod
    def tempo_seconds(tempo):
        if tempo is None:
            return 3
        parts = tempo.split("-") if "-" in tempo else list(tempo)
        return max(1, sum(int(p) if p.isdigit() else 1 for p in parts))

    def work_seconds(self, p):
        per = 0
        if p.reps or p.wave:
            per += p.max_reps * self.tempo_seconds(p.tempo)
        per += p.max_hold
        if p.duration:
            per += p.duration
        elif p.distance:
            per += p.distance * 360 // 1000
        sides = 2 if any(e.per_side for e in chain(p.ex)) and p.side is None else 1
        return per * sides

    def estimate_minutes(self, s):
        seconds = 0
        for it in s.items:
            if isinstance(it, Group):
                for _ in range(it.rounds):
                    for p in it.items:
                        seconds += self.work_seconds(p) + (p.rest or 0)
                    seconds += it.rest or 0
            else:
                seconds += it.max_sets * (self.work_seconds(it) + (it.rest or 0))
        return ceil5((seconds + 59) // 60)

    # ---- schedule

    def week_plan(self, phases, deload_every):
        """For each week: (schedule index, is deload, volume percent)."""
        plan = []
        for w in range(1, self.weeks + 1):
            sched, deload, vol = 0, False, 100
            for ph in phases:
                lo, hi = ph["weeks"]
                if lo <= w <= hi:
                    sched = ph.get("schedule_index", 0)
                    deload = ph.get("deload", False)
                    vol = ph.get("volume", 100)
            if deload_every and w % deload_every == 0:
                deload, vol = True, min(vol, self.deload_volume)
            plan.append((sched, deload, vol))
        return plan

    def lint_model(self, schedules, plan, sessions):
        """The first of W501-W504 the model predicts for these schedules, or None.

        Hard sets are counted at their worst (most sets, any harder variant) for W501, W503 and
        W504, and glutes at their least for W502. Weeks that share a schedule and volume are
        modelled once; runs of training days and consecutive hard days are checked within each
        week pattern and across each pair of patterns that follow each other."""
        worst = {s.id: s.half_sets() for s in sessions}
        training_of = {s.id: s.training for s in sessions}
        hf_of = {s.id: s.stretches("hip flexors") for s in sessions}
        patterns = {}
        keys = []
        for si, _, vol in plan:
            key = (si, vol)
            keys.append(key)
            if key in patterns:
                continue
            sched = schedules[si]
            days = []
            week_max = {}
            week_min = {}
            stretched_hf = False
            for d in range(7):
                ids = sched[(self.start_weekday + d) % 7]
                hs = {}
                training = False
                for sid in ids:
                    training = training or training_of[sid]
                    for g, h in worst[sid].items():
                        hs[g] = hs.get(g, 0) + h
                    for g, h in self.least(sid, vol, sessions).items():
                        week_min[g] = week_min.get(g, 0) + h
                    stretched_hf = stretched_hf or hf_of[sid]
                for g, h in hs.items():
                    week_max[g] = week_max.get(g, 0) + h
                days.append((hs, training))
            # W501: loaded hip flexors without stretching
            if week_max.get("hip flexors", 0) >= 8 and not stretched_hf:
                return "W501"
            # W502: hamstrings far above glutes (most hamstring sets against fewest glute sets)
            ham = week_max.get("hamstrings", 0)
            if ham >= 8 and ham * 10 > week_min.get("glutes", 0) * 14:
                return "W502"
            if all(t for _, t in days):
                return "W503"
            patterns[key] = days
        pairs = []
        for a, b in zip(keys, keys[1:]):
            if (a, b) not in pairs:
                pairs.append((a, b))
        if len(keys) == 1:
            pairs.append((keys[0], keys[0]))
        for a, b in pairs:
            days = patterns[a] + patterns[b]
            # W503: at most 6 training days in a row (every week has a rest day, so two weeks do)
            run = 0
            for _, t in days:
                run = run + 1 if t else 0
                if run > 6:
                    return "W503"
            # W504: 6 or more hard sets for a group on two days in a row
            for (x, _), (y, _) in zip(days, days[1:]):
                for g, h in x.items():
                    if h >= 12 and y.get(g, 0) >= 12:
                        return "W504"
        return None

    def least(self, sid, vol, sessions):
        key = (sid, vol)
        if key not in self._least:
            s = [x for x in sessions if x.id == sid][0]
            self._least[key] = s.min_half_sets(vol)
        return self._least[key]

    @staticmethod
    def occ_sets(occ, by_id):
        out = {}
        for sid in occ:
            for g, h in by_id[sid].half_sets().items():
                out[g] = out.get(g, 0) + h
        return out

    def conflicts(self, training_occ, by_id):
        """Pairs of occurrences (by index) that may not fall on neighbouring days, with the
        groups that both load with 6 or more hard sets."""
        sets = [self.occ_sets(o, by_id) for o in training_occ]
        heavy = [[g for g, h in x.items() if h >= 12] for x in sets]
        out = {}
        for i in range(len(training_occ)):
            for j in range(len(training_occ)):
                shared = [g for g in heavy[i] if g in heavy[j]]
                if shared:
                    out[(i, j)] = shared
        return out

    def place(self, training_occ, light_occ, cap, by_id):
        """A weekly schedule (seven lists of session ids) with no two conflicting training
        occurrences on neighbouring days, chosen at random among the valid ones; None if
        there is none."""
        rng = self.rng
        n = len(training_occ)
        if n > 6:
            return None
        clash = self.conflicts(training_occ, by_id)
        order = list(range(n))
        rng.shuffle(order)
        slots = [None] * 7

        def ok(i, d):
            for nb in ((d + 1) % 7, (d + 6) % 7):
                j = slots[nb]
                if j is not None and ((i, j) in clash or (j, i) in clash):
                    return False
            return True

        def search(k):
            if k == n:
                return True
            i = order[k]
            ds = list(range(7))
            rng.shuffle(ds)
            for d in ds:
                if slots[d] is None and ok(i, d):
                    slots[d] = i
                    if search(k + 1):
                        return True
                    slots[d] = None
            return False

        if not search(0):
            return None
        days = [[] for _ in range(7)]
        for d, i in enumerate(slots):
            if i is not None:
                days[d].extend(training_occ[i])
        for occ in light_occ:
            free = [d for d in range(7) if not days[d]]
            if free and rng.random() < 0.75:
                d = rng.choice(free)
            else:
                d = rng.randrange(7)
            days[d].extend(x for x in occ if x not in days[d])
        if sum(len(d) for d in days) > cap:
            return None
        return days

    def relieve(self, training_occ, by_id):
        """Trim the group that blocks a schedule in one session (fewer sets of it); False if
        nothing can be trimmed."""
        rng = self.rng
        clash = self.conflicts(training_occ, by_id)
        counts = {}
        for shared in clash.values():
            for g in shared:
                counts[g] = counts.get(g, 0) + 1
        if not counts:
            return False
        groups = sorted(counts, key=lambda g: (-counts[g], g))
        for group in groups:
            cands = []
            for occ in training_occ:
                for sid in occ:
                    if by_id[sid].half_sets().get(group, 0) >= 6 and sid not in cands:
                        cands.append(sid)
            rng.shuffle(cands)
            for sid in cands:
                if self.trim(by_id[sid], group):
                    return True
        return False

    def trim(self, s, group):
        """Fewer sets (or rounds) of the exercises loading a group in a session, until the
        session gives it under 6 hard sets; True if anything changed."""
        changed = False
        for _ in range(40):
            if s.half_sets().get(group, 0) < 12:
                break
            best = None
            for it in s.items:
                members = it.items if isinstance(it, Group) else [it]
                share = 0
                for p in members:
                    if p.ex.hard:
                        share += dict(p.ex.chain_shares(worst=True)).get(group, 0)
                if not share:
                    continue
                count = it.rounds if isinstance(it, Group) else it.max_sets
                least = 2 if isinstance(it, Group) else 1
                if count > least and not (not isinstance(it, Group) and it.wave):
                    if best is None or share * count > best[0]:
                        best = (share * count, it)
            if best is None:
                return changed
            it = best[1]
            if isinstance(it, Group):
                it.rounds -= 1
            else:
                it.progress = [r for r in it.progress
                               if not ("sets" in (self.rules[r] if isinstance(r, str) else r))]
                it.sets = max(1, min(it.sets, it.max_sets) - 1)
                self.finish_item(it)
            changed = True
        return changed

    def order_day(self, ids, sessions_by_id):
        timed = [i for i in ids if sessions_by_id[i].at]
        untimed = [i for i in ids if not sessions_by_id[i].at]
        timed.sort(key=lambda i: sessions_by_id[i].at)
        return timed + untimed

    # ---- the program

    def generate(self):
        """The program's text. A try that the lint model rejects is re-rolled from where the
        random stream stands, so the result stays a function of the seed."""
        for _ in range(40):
            out = self.try_generate()
            if out is not None:
                return out
        return self.try_generate(accept=True)

    def try_generate(self, accept=False):
        rng = self.rng
        self.style = rng.choice(["strength"] * 4 + ["powerlifting"] * 3 + ["athletic"] * 4 + ["hypertrophy"] * 3
                                + ["runner"] * 3 + ["mobility"] * 2)
        self.units = "lb" if rng.random() < 0.22 else "kg"
        self.rules = {}
        self.load_rule_users = []
        self.tm_keys = []
        self.wave_uses = []
        self.lib_ids = []
        self.loaded_used = []
        self.reserved = []
        self._least = {}
        self.lib_target = rng.randint(26, 40)
        self.deload_volume = 60
        self.locations = rng.sample(LOCATIONS, 2)
        self.custom_wave = None
        if rng.random() < 0.3:
            self.custom_wave = CUSTOM_WAVES[rng.randrange(len(CUSTOM_WAVES))]
        lo, hi = self.athletes_range
        # The roster has a random stream of its own, so that for one seed the program is the same
        # whatever the roster size (a scaling curve varies only the roster).
        self.roster_rng = random.Random(rng.getrandbits(64))
        n_athletes = self.roster_rng.randint(lo, hi)
        cap = min(MAX_PER_WEEK, SESSION_LIMIT // (self.weeks * n_athletes))
        if cap < 1:
            raise SystemExit("error: %d weeks x %d athletes cannot fit even one session a week under the limit of %d"
                             % (self.weeks, n_athletes, SESSION_LIMIT))

        # Sessions
        roles = list(rng.choice(self.STYLE_ROLES[self.style]))
        n_sessions = rng.choice([3, 4, 4, 5, 5, 5, 6, 6, 6, 6])
        expanded = []
        for r in roles:
            expanded.extend(r.split("+"))
        extras = [e for e in self.EXTRAS if e not in expanded]
        rng.shuffle(extras)
        while len(expanded) < n_sessions and extras:
            expanded.append(extras.pop())
        expanded = expanded[:min(6, cap)]
        self.reserved = [r.split(":")[1] for r in expanded if r.startswith("main:")]
        sessions = []
        ids = []
        for role in expanded:
            s = self.build_session(role, ids)
            ids.append(s.id)
            sessions.append(s)
        by_id = {s.id: s for s in sessions}

        # Times and durations
        evening = rng.choice(["17:30", "17:45", "18:00", "18:30", "19:00", "06:30", "07:00", "12:15"])
        for s in sessions:
            if s.role == "prerun":
                s.at = rng.choice(["06:00", "06:30", "07:00"])
            elif s.role == "postrun":
                pre = [x for x in sessions if x.role == "prerun"]
                s.at = "%02d%s" % (int(pre[0].at[:2]) + 1, pre[0].at[2:]) if pre else "08:00"
            elif s.role in ("recovery",):
                s.at = None
            elif rng.random() < 0.8:
                s.at = evening if rng.random() < 0.7 else rng.choice(["06:30", "07:00", "12:00", "17:00", "19:30"])

        # Schedule: training occurrences and light ones
        training_occ = []
        light_occ = []
        pair = [s.id for s in sessions if s.role in ("prerun", "postrun")]
        if len(pair) < 2:
            pair = []
        for s in sessions:
            if s.role == "postrun" and pair:
                continue
            if s.role == "prerun" and pair:
                occ = pair
                times = 2 if rng.random() < 0.7 else 1
            else:
                occ = [s.id]
                times = 1
                if s.role in ("run", "conditioning") and rng.random() < 0.4:
                    times = 2
                if s.role in ("mobility", "recovery") and rng.random() < 0.4:
                    times = 2
            target = training_occ if any(by_id[i].training for i in occ) else light_occ
            for _ in range(times):
                target.append(list(occ))
        # Respect the weekly cap: drop repeats first.
        def total(occs):
            return sum(len(o) for o in occs)
        while total(training_occ) + total(light_occ) > cap:
            dup = None
            for lst in (light_occ, training_occ):
                seen = []
                for o in lst:
                    if o in seen:
                        dup = (lst, o)
                    seen.append(o)
            if dup is None:
                break
            dup[0].remove(dup[1])
        while len(training_occ) > 6:
            seen = []
            dup = None
            for o in training_occ:
                if o in seen:
                    dup = o
                seen.append(o)
            if dup is None:
                break
            training_occ.remove(dup)
        if len(training_occ) > 6 or total(training_occ) + total(light_occ) > cap:
            return None

        # Program dates and blocks
        y = rng.choice([2026, 2027, 2027, 2028])
        start = date_add(y, 1, 1, rng.randrange(0, 360))
        if rng.random() < 0.7:
            start = date_add(start.year, start.month, start.day, -start.weekday())  # a Monday
        self.start_weekday = start.weekday()

        phases, deload_every = self.make_phases()

        # Find a schedule that the lint model accepts: training sessions placed so that no two
        # on neighbouring days (the week wraps round) load the same group hard, trimming the
        # volume of a group in a session when no such arrangement exists.
        schedule = None
        days = None
        for _ in range(30):
            days = self.place(training_occ, light_occ, cap, by_id)
            if days is None:
                if not self.relieve(training_occ, by_id):
                    break
                self._least = {}
                continue
            schedules = [days]
            for ph in phases:
                if ph.get("variant") == "fewer" and ph.get("continue"):
                    ph.pop("variant")
                if ph.get("variant"):
                    var = self.variant(days, sessions, by_id, ph["variant"], cap)
                    if var is None:
                        ph.pop("variant")
                        continue
                    ph["schedule_index"] = len(schedules)
                    schedules.append(var)
            plan = self.week_plan(phases, deload_every)
            problem = self.lint_model(schedules, plan, sessions)
            if problem == "W501":
                self.add_hip_flexor_stretch(sessions, schedules)
                self._least = {}
                problem = self.lint_model(schedules, plan, sessions)
            if problem is None:
                schedule = schedules
                break
            for ph in phases:
                ph.pop("schedule_index", None)
        if schedule is None:
            if not accept:
                return None
            # Last resort (not seen in practice): a valid schedule that may draw lint warnings.
            days = [[] for _ in range(7)]
            for n, occ in enumerate(training_occ + light_occ):
                days[(2 * n) % 7].extend(x for x in occ if x not in days[(2 * n) % 7])
            for ph in phases:
                ph.pop("variant", None)
                ph.pop("schedule_index", None)
            schedule = [days]

        if len(self.lib_ids) > 40 and not accept:
            return None
        for s in sessions:
            if rng.random() < 0.75:
                est = self.estimate_minutes(s)
                s.duration = ceil5(est + rng.choice([0, 0, 5, 5, 10, 15]))

        self.finalize_rules(sessions)
        athletes = self.make_athletes(n_athletes, start)
        return self.emit(sessions, schedule, phases, deload_every, start, athletes)

    def add_hip_flexor_stretch(self, sessions, schedules):
        """Add a hip flexor stretch to a scheduled session of every schedule that lacks one."""
        by_id = {s.id: s for s in sessions}
        for sched in schedules:
            ids = [i for day in sched for i in day]
            if any(by_id[i].stretches("hip flexors") for i in ids):
                continue
            for sid in ids:
                s = by_id[sid]
                if len(s.items) < 10 and s.training:
                    ex = self.pick_exercise(["hfstretch"], avoid=tuple(e.id for e in s.exercises()))
                    if ex is None:
                        ex = BY_ID["kneeling-hip-flexor-stretch"]
                    self.use(ex)
                    s.items.append(self.make_item(ex))
                    break

    def variant(self, days, sessions, by_id, kind, cap):
        """A phase's own schedule: one training session fewer (a deload), or one more light session."""
        rng = self.rng
        new = [list(d) for d in days]
        if kind == "fewer":
            cands = [d for d in range(7) if len(new[d]) == 1 and by_id[new[d][0]].training]
            if len(cands) < 3:
                return None
            d = rng.choice(cands)
            new[d] = []
            if not any(by_id[i].stretches("hip flexors") for day in new for i in day):
                return None
            return new
        light = [s.id for s in sessions if not s.training]
        free = [d for d in range(7) if not new[d]]
        if not light or not free or sum(len(d) for d in new) + 1 > cap:
            return None
        new[rng.choice(free)].append(rng.choice(light))
        return new

    def make_phases(self):
        rng = self.rng
        W = self.weeks
        phases = []
        deload_every = None
        mode = rng.random()
        if W >= 4 and mode < 0.55:
            names = ["Foundation", "Build", "Strength", "Intensification", "Peak", "Consolidation"]
            if self.style == "powerlifting":
                names = ["Cycle 1", "Cycle 2", "Cycle 3"]
            w = 1
            block = 0
            vol = rng.choice([50, 60, 60, 70])
            inten = rng.choice([85, 90, 90])
            style_deload = rng.random()
            while w <= W:
                length = rng.choice([3, 3, 4, 5]) if self.style != "powerlifting" else 3
                hi = min(W, w + length - 1)
                if block < len(names):
                    name = names[block]
                else:
                    name = "%s %d" % (names[-1] if self.style != "powerlifting" else "Cycle", block + 1)
                if self.style == "powerlifting" and block >= len(names):
                    name = "Cycle %d" % (block + 1)
                phases.append({"name": name, "weeks": (w, hi)})
                w = hi + 1
                block += 1
                if w <= W and (W - w >= 1 or rng.random() < 0.5):
                    ph = {"name": "Deload", "weeks": (w, w), "deload": True}
                    if style_deload < 0.6:
                        ph["volume"] = vol
                        ph["intensity"] = inten
                    else:
                        ph["flag"] = True
                        if self.style == "powerlifting" or rng.random() < 0.3:
                            ph["continue"] = True
                    phases.append(ph)
                    w += 1
            # A phase with its own schedule, now and then.
            if rng.random() < 0.45 and len(phases) >= 3:
                ph = phases[2] if phases[2]["name"] != "Deload" else phases[0]
                ph["variant"] = "more"
                later = [p for p in phases[3:] if p["name"] != "Deload"]
                if later and rng.random() < 0.4:
                    later[0]["variant"] = "more"
            if rng.random() < 0.2:
                for ph in phases:
                    if ph["name"] == "Deload":
                        ph["variant"] = "fewer"
                        break
            if W >= 6 and not any(ph["name"] == "Deload" for ph in phases):
                deload_every = 4
        elif W >= 3:
            deload_every = rng.choice([3, 4, 4, 4, 5, 6]) if W >= 6 else min(W, 4)
            if deload_every > W:
                deload_every = W
            if rng.random() < 0.35 and W >= 6:
                # Named phases over the weeks without their own deload weeks (the deload marks them).
                cut = rng.randint(2, max(2, W // 2))
                phases = [{"name": "Foundation", "weeks": (1, cut)}, {"name": "Build", "weeks": (cut + 1, W)}]
        return phases, deload_every

    # ---- athletes

    def make_athletes(self, n, start):
        rng = self.roster_rng
        names = []
        used = []
        while len(names) < n:
            name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            if slug(name) in used:
                if len(used) > 0.6 * len(FIRST) * len(LAST):
                    name = "%s %s %d" % (rng.choice(FIRST), rng.choice(LAST), len(names) + 1)
                else:
                    continue
            if slug(name) in used:
                continue
            used.append(slug(name))
            names.append(name)
        keys = []
        for k in self.tm_keys:
            if k not in keys:
                keys.append(k)
        athletes = []
        for i, name in enumerate(names):
            a = {"name": name}
            if i > 0 and rng.random() < 0.1:
                a["id"] = slug(name.split(" ")[0]) + "-%d" % (i + 1)
            if i > 0 and rng.random() < 0.1:
                off = rng.choice([7, 14, 21, 28])
                a["start"] = date_add(start.year, start.month, start.day, off)
            if rng.random() < 0.35 and i > 0:
                a["timezone"] = rng.choice(ZONES)
            units = self.units
            if i > 0 and rng.random() < 0.2:
                units = "lb" if self.units == "kg" else "kg"
                a["units"] = units
                if units == "lb" and "timezone" not in a and rng.random() < 0.5:
                    a["timezone"] = rng.choice(LB_ZONES)
            if keys:
                scale = rng.uniform(0.8, 1.25)
                tms = []
                for k in keys:
                    base = TM_BASE.get(k, 80)
                    kg = base * scale * rng.uniform(0.9, 1.1)
                    if units == "kg":
                        v = max(3000, int(kg * 100) // 250 * 250)
                        if i == 0:
                            v = self.safe_wave_max(k, v)
                        tms.append((k, num(v) + ("kg" if rng.random() < 0.7 else "")))
                    else:
                        v = max(6500, int(kg * 220.46) // 500 * 500)
                        if i == 0:
                            v = self.safe_wave_max(k, v)
                        tms.append((k, num(v) + ("lb" if rng.random() < 0.7 else "")))
                a["training-max"] = tms
            if i > 0 and self.start_loads and rng.random() < 0.92:
                # The athlete's own starting loads for some lifts (never above a rule's cap).
                k = len(self.start_loads)
                picks = rng.sample(self.start_loads, rng.randint(max(1, k // 2), k))
                picks.sort(key=lambda x: self.start_loads.index(x))
                strength = rng.uniform(0.6, 1.3)
                loads = []
                for ex_id, amount, unit, cap in picks:
                    ex = BY_ID[ex_id]
                    if ex.load[0] == "kettlebell":
                        v, u, step = max(800, int(amount * strength) // 400 * 400), "kg", 400
                    else:
                        u = units if unit == self.units else unit
                        step = 250 if u == "kg" else 500
                        v = amount * strength
                        if u != unit:
                            v = v * 2.20462 if u == "lb" else v / 2.20462
                        v = max(step, int(v) // step * step)
                        if ex.load[0] in ("barbell", "trapbar"):
                            v = max(v, 2500 if u == "kg" else 5500)
                    if cap is not None:
                        c_amount, c_unit = cap
                        c = c_amount if c_unit == u else (c_amount * 2.20462 if u == "lb" else c_amount / 2.20462)
                        limit = int(c * 0.98) // step * step
                        if v > limit:
                            v = limit
                        if v < step:
                            continue
                    loads.append((ex_id, load_text(v, u)))
                if loads:
                    a["loads"] = loads
            athletes.append(a)
        return athletes


    def safe_wave_max(self, key, tm):
        """The first athlete's training max for a wave lift, raised by loading steps until no
        week's top load (rounded) jumps both more than 10% and more than one step (W505)."""
        step = 250 if self.units == "kg" else 500
        bar = 2000 if self.units == "kg" else 4500
        for _ in range(200):
            if not any(k == key and self.wave_jumps(tm, rows, inc, step, bar) for k, rows, inc in self.wave_uses):
                return tm
            tm += step
        return tm

    @staticmethod
    def wave_jumps(tm, rows, inc, step, bar):
        from fractions import Fraction
        best = None
        for cycle in range(4):
            t = tm + inc * cycle
            for row in rows:
                top = 0
                for pct, _, _ in row:
                    x = Fraction(t) * Fraction(str(pct)) / 100 / step
                    top = max(top, int(x + Fraction(1, 2)) * step)
                top = max(top, bar)
                if best is not None and top > best and (top - best) * 10 > best and top - best > step:
                    return True
                best = top if best is None else max(best, top)
        return False

    def finalize_rules(self, sessions):
        """Caps of named rules fitted to their users; the exercises whose loads are capped."""
        if "weekly-load" in self.rules:
            r = self.rules["weekly-load"]
            step, unit = r["load"]
            top = max(it.load[0] for it in self.load_rule_users)
            cap = (top + step * (self.weeks + self.rng.randint(2, 8)) + 499) // 500 * 500
            r["max"] = (cap, unit)
        # Lifts with a written starting load, each with the lowest cap of its rules.
        self.start_loads = []
        for sess in sessions:
            for p, _ in sess.prescriptions():
                if not p.load or p.load[0] in ("bw", "pct") or p.ex.load is None:
                    continue
                cap = None
                for rr in p.progress:
                    r = self.rules[rr] if isinstance(rr, str) else rr
                    if "max" in r:
                        cap = r["max"]
                if all(x[0] != p.ex.id for x in self.start_loads):
                    self.start_loads.append((p.ex.id, p.load[0], p.load[1], cap))

    # ---- YAML

    def rule_text(self, r):
        parts = []
        if "wave" in r:
            if isinstance(r["wave"], str):
                parts.append("wave: %s" % r["wave"])
            else:
                return None  # written as a block
            inc = r.get("increase")
            if inc:
                parts.append("increase: +%s" % load_text(*inc))
            return "{ " + ", ".join(parts) + " }"
        if "harder-after" in r:
            return "{ harder-after: %d weeks }" % r["harder-after"]
        if "double" in r:
            parts.append("double: +%s" % load_text(*r["double"]))
        if "load" in r:
            parts.append("load: +%s" % load_text(*r["load"]))
        if "reps" in r:
            parts.append("reps: +%d" % r["reps"])
        if "sets" in r:
            parts.append("sets: +%d" % r["sets"])
        if "hold" in r:
            parts.append("hold: +%ds" % r["hold"])
        if "rpe" in r:
            parts.append("rpe: [%s]" % ", ".join(num(int(v * 100)) for v in r["rpe"]))
        if "every" in r:
            e = r["every"]
            parts.append("every: %s" % (e if isinstance(e, str) else ("week" if e == 1 else "%d weeks" % e)))
        if "max" in r:
            parts.append("max: %s" % load_text(*r["max"]))
        if "max_reps" in r:
            parts.append("max: %d" % r["max_reps"])
        if "max_sets" in r:
            parts.append("max: %d" % r["max_sets"])
        if "max_hold" in r:
            parts.append("max: %s" % dur_text(r["max_hold"]))
        if "then" in r:
            parts.append("then: %s" % r["then"])
        if "step-loading" in r:
            parts.append("step-loading: %s" % r["step-loading"])
        return "{ " + ", ".join(parts) + " }"

    def progress_text(self, progress):
        texts = [p if isinstance(p, str) else self.rule_text(p) for p in progress]
        if len(texts) == 1:
            return texts[0]
        return "[" + ", ".join(texts) + "]"

    def item_fields(self, it, flow):
        rng = self.rng
        f = [("exercise", it.ex.id)]
        if it.side:
            f.append(("side", it.side))
        if it.sets is not None and not (it.sets == 1 and it.ex.rx in ("steady", "recovery")):
            f.append(("sets", str(it.sets)))
        if it.reps:
            lo, hi = it.reps
            f.append(("reps", str(lo) if lo == hi else "%d-%d" % (lo, hi)))
        if it.load:
            if it.load[0] == "pct":
                f.append(("load", "%s%%" % num(int(it.load[1] * 100))))
            elif it.load[0] == "bw":
                added, unit = it.load[1], it.load[2]
                if added:
                    f.append(("load", "bodyweight + %s" % load_text(added, unit)))
                else:
                    f.append(("load", rng.choice(["bodyweight", "bodyweight", "bw"])))
            else:
                amount, unit = it.load
                if unit == self.units and rng.random() < 0.12:
                    f.append(("load", num(amount)))
                else:
                    f.append(("load", load_text(amount, unit, rng)))
        if it.training_max:
            f.append(("training-max", it.training_max))
        if it.hold:
            f.append(("hold", dur_text(it.hold, rng)))
        if it.duration:
            f.append(("duration", dur_text(it.duration, rng)))
        if it.distance:
            d = it.distance
            f.append(("distance", ("%dkm" % (d // 1000)) if d % 1000 == 0 and d >= 1000 else "%dm" % d))
        if it.rest:
            f.append(("rest", dur_text(it.rest, rng)))
        if it.tempo:
            f.append(("tempo", it.tempo))
        if it.rpe:
            f.append(("rpe", num(int(it.rpe * 100))))
        if it.rir is not None:
            f.append(("rir", str(it.rir)))
        if it.optional:
            f.append(("optional", "true"))
        if it.progress:
            f.append(("progress", self.progress_text(it.progress)))
        if it.notes:
            f.append(("notes", q(it.notes, flow=flow)))
        return f

    def emit(self, sessions, schedules, phases, deload_every, start, athletes):
        rng = self.rng
        L = []
        w = L.append
        style_title = rng.choice(STYLES[self.style])
        title = style_title if rng.random() < 0.6 else "%s: %s" % (style_title, rng.choice(CLUBS).lower())
        pid = "%s-%04d" % (slug(style_title), self.index)
        if rng.random() < 0.5:
            w("# yaml-language-server: $schema=../schema/program.schema.json")
            w("#")
        w("# Regimen benchmark corpus: program %d (%s, %d weeks)." % (self.index, self.style, self.weeks))
        if rng.random() < 0.7:
            per_week = sum(len(d) for d in schedules[0])
            titles = [x.title.lower() for x in sessions]
            text = "%s: %d session%s a week (%s), %d week%s" % (
                style_title, per_week, "" if per_week == 1 else "s", ", ".join(titles), self.weeks,
                "" if self.weeks == 1 else "s")
            if deload_every:
                text += ", with a lighter week every %s" % {3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}.get(
                    deload_every, "%dth" % deload_every)
            elif any(ph.get("deload") for ph in phases):
                text += ", in %d blocks with deload weeks between them" % sum(1 for ph in phases if not ph.get("deload"))
            text += ". " + rng.choice(STYLE_ABOUT[self.style])
            line = "#"
            for word in text.split(" "):
                if len(line) + len(word) > 94:
                    w(line)
                    line = "#"
                line += " " + word
            w(line)
        w("regimen: 1")
        w("id: %s" % pid)
        w("program: %s" % q(title))
        w("coach: %s" % q(rng.choice(COACHES)))
        if rng.random() < 0.95:
            notes = rng.sample(STYLE_NOTES[self.style], rng.randint(1, 3)) + rng.sample(GENERAL_NOTES, rng.randint(1, 3))
            w("notes: >")
            line = "  "
            for word in " ".join(notes).split(" "):
                if len(line) + len(word) > 92:
                    w(line.rstrip())
                    line = "  "
                line += word + " "
            w(line.rstrip())
        w("start: %04d-%02d-%02d" % (start.year, start.month, start.day))
        w("weeks: %d" % self.weeks)
        zone = rng.choice(LB_ZONES) if self.units == "lb" and rng.random() < 0.8 else rng.choice(ZONES)
        w("timezone: %s" % zone)
        w("units: %s" % self.units)
        rounding = None
        if rng.random() < 0.25:
            if self.units == "kg":
                rounding = rng.choice(["[2.5kg, 5lb]", "2.5kg", "{ step: 2.5kg, direction: nearest }", "[2.5kg, 5lb]"])
            else:
                rounding = rng.choice(["[2.5kg, 5lb]", "5lb"])
            w("rounding: %s" % rounding)
        if rng.random() < 0.15:
            w("lints:")
            opts = ["max-training-days-in-a-row: 6", "min-stretch-hold: 15s", "duration-tolerance: 15%",
                    "hamstring-glute-ratio: 1.5", "stretched-groups: [hip flexors]", "deload-after-weeks: 6",
                    "max-weekly-load-increase: 10%", "max-training-max-increase: 10%", "min-loaded-sets-to-stretch: 4",
                    "hard-sets-on-consecutive-days: 6"]
            for line in rng.sample(opts, rng.randint(1, 4)):
                w("  " + line)

        used_rules = []
        for sess in sessions:
            for p, _ in sess.prescriptions():
                for rr in p.progress:
                    if isinstance(rr, str) and rr not in used_rules:
                        used_rules.append(rr)
        if used_rules:
            w("")
            w("rules:")
            for name in used_rules:
                r = self.rules[name]
                text = self.rule_text(r)
                if text is None:
                    w("  %s:" % name)
                    w("    wave:")
                    for row in r["wave"]:
                        w("      - [%s]" % ", ".join("%s%%x%d%s" % (num(int(p * 100)), n, "+" if plus else "")
                                                     for p, n, plus in row))
                    w("    increase: +%s" % load_text(*r["increase"]))
                else:
                    w("  %s: %s" % (name, text))

        if phases:
            w("")
            w("phases:")
            block_phases = rng.random() < 0.4
            for ph in phases:
                lo, hi = ph["weeks"]
                weeks = str(lo) if lo == hi else "%d-%d" % (lo, hi)
                extra = ""
                if "volume" in ph:
                    extra = ", volume: %d%%, intensity: %d%%" % (ph["volume"], ph["intensity"])
                elif ph.get("flag"):
                    extra = ", deload: true" + (", progression: continue" if ph.get("continue") else "")
                if "schedule_index" in ph or block_phases:
                    w("  - name: %s" % q(ph["name"]))
                    w("    weeks: %s" % weeks)
                    for part in [x for x in extra.split(", ") if x]:
                        w("    %s" % part)
                    if "schedule_index" not in ph:
                        continue
                    w("    schedule:")
                    by_id = {s.id: s for s in sessions}
                    for line in self.schedule_lines(schedules[ph["schedule_index"]], by_id, rest_words=False):
                        w("      " + line)
                else:
                    w("  - { name: %s, weeks: %s%s }" % (q(ph["name"], flow=True), weeks, extra))
        if deload_every:
            if rng.random() < 0.5:
                w("deload: { every: %d }" % deload_every)
            else:
                w("deload: { every: %d, volume: %d%%, intensity: 90%% }" % (deload_every, self.deload_volume))

        # Exercises
        self.block_lists = rng.random() < 0.8
        w("")
        if rng.random() < 0.5:
            w(rng.choice(["# The exercises of this program.", "# Exercise library (self-contained: no includes).",
                          "# Every exercise the sessions use, and a few spares for substitutions."]))
        w("exercises:")
        lib = list(self.lib_ids)
        extra_pool = [e.id for e in CATALOG if e.id not in lib]
        rng.shuffle(extra_pool)
        while len(lib) < self.lib_target and extra_pool:
            e = BY_ID[extra_pool.pop()]
            for c in chain(e):
                if c.id not in lib:
                    lib.append(c.id)
        for eid in lib:
            self.emit_exercise(w, BY_ID[eid])

        # Sessions
        w("")
        if rng.random() < 0.5:
            w(rng.choice(["# Sessions: what is done, not when.", "# Session templates; the schedule below says when.",
                          "# Sessions, in the order they are done in the week."]))
        w("sessions:")
        for s in sessions:
            self.emit_session(w, s)

        # Schedule
        w("")
        if rng.random() < 0.4:
            w(rng.choice(["# The weekly schedule; days left out are rest days.", "# A normal week.",
                          "# Weekly schedule (phases may replace it)."]))
        w("schedule:")
        by_id = {s.id: s for s in sessions}
        for line in self.schedule_lines(schedules[0], by_id, rest_words=True):
            w("  " + line)

        # Athletes
        w("")
        if rng.random() < 0.5:
            w("# The roster: %d athlete%s." % (len(athletes), "" if len(athletes) == 1 else "s"))
        w("athletes:")
        self.block_roster = rng.random() < 0.65
        for a in athletes:
            self.emit_athlete(w, a)
        return "\n".join(L) + "\n"

    def schedule_lines(self, days, by_id, rest_words):
        out = []
        for i, day in enumerate(days):
            ids = self.order_day(day, by_id)
            if not ids:
                if rest_words and self.rng.random() < 0.8:
                    out.append("%s: rest" % WEEKDAYS[i] + (self.rng.choice(
                        ["    # a walk is fine", "    # full rest", "    # optional easy walk"])
                        if self.rng.random() < 0.2 else ""))
                continue
            if len(ids) == 1:
                out.append("%s: %s" % (WEEKDAYS[i], ids[0]))
            else:
                out.append("%s: [%s]" % (WEEKDAYS[i], ", ".join(ids)))
        return out

    def emit_exercise(self, w, e):
        rng = self.rng
        cues = e.cues[:]
        if len(cues) > 1:
            cues = rng.sample(cues, rng.choice([2, 3, 3, 3]) if len(cues) >= 3 else rng.randint(1, len(cues)))
        bar = None
        if e.load and e.load[0] == "barbell":
            bar = "20kg"
        elif e.load and e.load[0] == "trapbar":
            bar = "25kg"
        rounding = "4kg" if e.load and e.load[0] == "kettlebell" else None
        compact = rng.random() < 0.06
        if compact:
            parts = ["name: %s" % q(e.name, flow=True), "kind: %s" % e.kind]
            if e.targets:
                parts.append("targets: [%s]" % ", ".join(e.targets))
            if e.secondary:
                parts.append("secondary: [%s]" % ", ".join(e.secondary))
            if e.per_side:
                parts.append("per-side: true")
            if e.equipment:
                parts.append("equipment: [%s]" % ", ".join(q(x, flow=True) for x in e.equipment))
            if bar:
                parts.append("bar: %s" % bar)
            if rounding:
                parts.append("rounding: %s" % rounding)
            parts.append("cues: [%s]" % ", ".join(q(c, flow=True) for c in cues))
            if e.harder:
                parts.append("harder: %s" % e.harder)
            w("  %s: { %s }" % (e.id, ", ".join(parts)))
            return
        def listing(key, values):
            # This file's list style: flow (`[a, b]`) or block (one `- a` a line).
            if self.block_lists and values and rng.random() < 0.85:
                w("    %s:" % key)
                for v in values:
                    w("      - %s" % q(v))
            else:
                w("    %s: [%s]" % (key, ", ".join(q(v, flow=True) for v in values)))

        w("  %s:" % e.id)
        w("    name: %s" % q(e.name))
        w("    kind: %s" % e.kind)
        if e.targets or rng.random() < 0.5:
            if len(e.targets) == 1 and rng.random() < 0.3:
                w("    targets: %s" % e.targets[0])
            else:
                listing("targets", e.targets)
        if e.secondary:
            listing("secondary", e.secondary)
        if e.per_side:
            w("    per-side: true")
        if e.equipment:
            listing("equipment", e.equipment)
        if bar:
            w("    bar: %s" % bar)
        if rounding:
            w("    rounding: %s" % rounding)
        w("    cues:")
        for c in cues:
            w("      - %s" % q(c))
        if e.harder:
            w("    harder: %s" % e.harder)

    def emit_session(self, w, s):
        rng = self.rng
        if rng.random() < 0.3:
            w("  # %s" % s.title)
        w("  %s:" % s.id)
        w("    title: %s" % q(s.title))
        if s.at:
            w('    at: "%s"' % s.at)
        if s.duration:
            w("    duration: %s" % dur_text(s.duration * 60, rng))
        if s.location:
            w("    location: %s" % q(s.location))
        if s.notes and len(s.notes) > 70 and rng.random() < 0.6:
            w("    notes: >")
            line = "      "
            for word in s.notes.split(" "):
                if len(line) + len(word) > 90:
                    w(line.rstrip())
                    line = "      "
                line += word + " "
            w(line.rstrip())
        elif s.notes:
            w("    notes: %s" % q(s.notes))
        w("    items:")
        commented = rng.random() < 0.4
        for n, it in enumerate(s.items):
            if commented:
                label = None
                if n == 0:
                    label = "Main work" if s.training else "Start here"
                elif isinstance(it, Group) and not isinstance(s.items[n - 1], Group):
                    label = rng.choice(["Finisher", "Accessories, back to back", "Paired work"])
                elif (not isinstance(it, Group) and it.ex.kind in ("mobility", "recovery") and n > 0
                      and (isinstance(s.items[n - 1], Group) or s.items[n - 1].ex.kind not in ("mobility", "recovery"))):
                    label = rng.choice(["Cool-down", "Stretches", "Mobility to finish"])
                if label:
                    w("      # " + label)
            if isinstance(it, Group):
                w("      - %s:" % it.kind)
                block = rng.random() < 0.6
                for sub in it.items:
                    f = self.item_fields(sub, not block)
                    if block:
                        for n, (k, v) in enumerate(f):
                            w(("          - " if n == 0 else "            ") + "%s: %s" % (k, v))
                    else:
                        w("          - { %s }" % ", ".join("%s: %s" % kv for kv in f))
                w("        rounds: %d" % it.rounds)
                if it.rest:
                    w("        rest: %s" % dur_text(it.rest, rng))
                if it.notes:
                    w("        notes: %s" % q(it.notes))
            elif s.flow:
                f = self.item_fields(it, True)
                w("      - { %s }" % ", ".join("%s: %s" % kv for kv in f))
            else:
                f = self.item_fields(it, False)
                first = True
                for k, v in f:
                    w(("      - " if first else "        ") + "%s: %s" % (k, v))
                    first = False

    def emit_athlete(self, w, a):
        rng = self.roster_rng
        w("  - name: %s" % q(a["name"]))
        for k in ("id", "start", "timezone", "units"):
            if k in a:
                v = a[k]
                if k == "start":
                    v = "%04d-%02d-%02d" % (v.year, v.month, v.day)
                w("    %s: %s" % (k, v))
        if "training-max" in a:
            tms = a["training-max"]
            if not self.block_roster or (len(tms) == 1 and rng.random() < 0.5):
                w("    training-max: { %s }" % ", ".join("%s: %s" % kv for kv in tms))
            else:
                w("    training-max:")
                for k, v in tms:
                    w("      %s: %s" % (k, v))
        if "loads" in a:
            if not self.block_roster:
                w("    loads: { %s }" % ", ".join("%s: %s" % kv for kv in a["loads"]))
            else:
                w("    loads:")
                for k, v in a["loads"]:
                    w("      %s: %s" % (k, v))


WAVE_531 = [
    [(65, 5, False), (75, 5, False), (85, 5, True)],
    [(70, 3, False), (80, 3, False), (90, 3, True)],
    [(75, 5, False), (85, 3, False), (95, 1, True)],
    [(40, 5, False), (50, 5, False), (60, 5, False)],
]
CUSTOM_WAVES = [
    [[(70, 5, False), (75, 5, False), (80, 5, False)],
     [(72.5, 4, False), (77.5, 4, False), (82.5, 4, False)],
     [(75, 3, False), (80, 3, False), (85, 3, True)],
     [(50, 5, False), (60, 5, False)]],
    [[(65, 5, False), (75, 5, False), (85, 5, True)],
     [(70, 3, False), (80, 3, False), (90, 3, True)],
     [(75, 5, False), (85, 3, False), (95, 1, True)]],
    [[(60, 8, False), (65, 8, False), (70, 8, False), (70, 8, False)],
     [(62.5, 6, False), (67.5, 6, False), (72.5, 6, False), (75, 6, False)],
     [(65, 5, False), (70, 5, False), (75, 5, False), (80, 5, True)]],
]
TM_BASE = {"back-squat": 110, "bench-press": 75, "deadlift": 135, "overhead-press": 48}


# --------------------------------------------------------------------------------------------

def parse_range(text):
    try:
        if "-" in text:
            lo, hi = text.split("-", 1)
            lo, hi = int(lo), int(hi)
        else:
            lo = hi = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected MIN-MAX, like 1-30")
    if lo < 1 or hi < lo or hi > 1000:
        raise argparse.ArgumentTypeError("expected 1 <= MIN <= MAX <= 1000")
    return lo, hi


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=100, help="how many programs (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--weeks", "--program-weeks", dest="weeks", type=int, default=12,
                    help="weeks per program, 1 to 260 (default 12)")
    ap.add_argument("--athletes", type=parse_range, default=(1, 30), help="roster size range MIN-MAX (default 1-30)")
    ap.add_argument("--first", type=int, default=1, help="number of the first file (default 1)")
    args = ap.parse_args(argv)
    if not 1 <= args.weeks <= 260:
        ap.error("--weeks must be 1 to 260")
    if args.count < 1:
        ap.error("--count must be at least 1")
    os.makedirs(args.out, exist_ok=True)
    began = time.monotonic()
    master = random.Random(args.seed)
    sizes = []
    for n in range(args.first, args.first + args.count):
        seed = master.getrandbits(64)
        rng = random.Random(seed)
        text = ProgramGenerator(rng, n, args.weeks, args.athletes).generate()
        data = text.encode("utf-8")
        path = os.path.join(args.out, "program-%04d.yaml" % n)
        with open(path, "wb") as f:
            f.write(data)
        sizes.append(len(data))
    elapsed = time.monotonic() - began
    total = sum(sizes)
    print("wrote %d files to %s: total %d bytes (%.1f MB), average %.1f KB, min %.1f KB, max %.1f KB, in %.2f s"
          % (len(sizes), args.out, total, total / 1e6, total / len(sizes) / 1000, min(sizes) / 1000,
             max(sizes) / 1000, elapsed))


if __name__ == "__main__":
    main()
