/// Finds an exercise in the FIT catalog from the words a coach uses for it (an exercise's id
/// and name): first the catalog's own exercise names, then common names the catalog spells
/// differently, then only a category, from a word such as `squat` or `stretch`.
public enum FITExerciseMatcher {
    public struct Match: Hashable, Sendable {
        public var category: UInt16
        public var categoryName: String
        public var exercise: UInt16?
        public var exerciseName: String?
    }

    /// `Romanian deadlift`, `romanian-deadlift` → `romanian_deadlift`.
    public static func catalogSpelling(_ text: String) -> String {
        var result = ""
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingSeparator, !result.isEmpty { result += "_" }
                result.unicodeScalars.append(scalar)
                pendingSeparator = false
            } else if scalar != "'" && scalar != "’" {
                pendingSeparator = true
            }
        }
        return result
    }

    /// The exercise itself, when a text names one: a catalog name (the original categories
    /// before the newer ones, then by category number) or a common name from `aliases`.
    public static func exercise(for texts: [String]) -> Match? {
        for text in texts {
            let spelling = catalogSpelling(text)
            guard !spelling.isEmpty else { continue }
            if let alias = aliases[spelling], let match = lookUp(category: alias.category, exercise: alias.exercise) { return match }
            if let found = byName[spelling] { return found }
        }
        return nil
    }

    /// Only a category, from a word of the texts (`Bulgarian split squat` → `squat`).
    public static func category(for texts: [String]) -> Match? {
        for text in texts {
            let spelling = Array(catalogSpelling(text).utf8)
            let words = spelling.split(separator: UInt8(ascii: "_"))
            for keyword in keywordTable {
                let found = keyword.isPhrase
                    ? spelling.indices.contains { spelling[$0...].starts(with: keyword.spelling) }
                    : words.contains { $0.elementsEqual(keyword.spelling) }
                if found, let match = lookUp(category: keyword.category, exercise: nil) { return match }
            }
        }
        return nil
    }

    /// `keywords` as bytes, phrases (`hip_thrust`, matched anywhere) told from single words.
    private static let keywordTable: [(spelling: [UInt8], isPhrase: Bool, category: String)] = keywords.map { keyword, category in
        (Array(keyword.utf8), keyword.utf8.contains(UInt8(ascii: "_")), category)
    }

    static func lookUp(category name: String, exercise: String?) -> Match? {
        guard let category = FITExerciseCatalog.category(named: name) else { return nil }
        guard let exercise else { return Match(category: category.number, categoryName: category.name) }
        guard let number = category.exercise(named: exercise) else { return nil }
        return Match(category: category.number, categoryName: category.name, exercise: number, exerciseName: exercise)
    }

    /// The catalog exercise spelled exactly `name`, in the first category that has it.
    public static func exercise(named name: String) -> Match? { byName[name] }

    /// Every catalog name, to the first category that has it (original categories first).
    static let byName: [String: Match] = {
        var result: [String: Match] = [:]
        let ordered = FITExerciseCatalog.categories.filter { FITExerciseCatalog.coreCategories.contains($0.number) }
            + FITExerciseCatalog.categories.filter { !FITExerciseCatalog.coreCategories.contains($0.number) }
        for category in ordered {
            for exercise in category.exercises where result[exercise.name] == nil {
                result[exercise.name] = Match(category: category.number, categoryName: category.name,
                                              exercise: exercise.number, exerciseName: exercise.name)
            }
        }
        return result
    }()

    /// Names coaches use that the catalog spells otherwise, with the catalog's exercise for them.
    static let aliases: [String: (category: String, exercise: String)] = [
        "glute_bridge": ("hip_raise", "hip_raise"),
        "bridge": ("hip_raise", "hip_raise"),
        "hip_thrust": ("hip_raise", "barbell_hip_thrust_with_bench"),
        "barbell_hip_thrust": ("hip_raise", "barbell_hip_thrust_with_bench"),
        "single_leg_glute_bridge": ("hip_raise", "single_leg_hip_raise"),
        "clamshell": ("hip_raise", "clams"),
        "clamshells": ("hip_raise", "clams"),
        "bird_dog": ("hyperextension", "kneeling_superman"),
        "pallof_press": ("core", "cable_core_press"),
        "kneeling_hip_flexor_stretch": ("warm_up", "stretch_lunging_hip_flexor"),
        "hip_flexor_stretch": ("warm_up", "stretch_lunging_hip_flexor"),
        "couch_stretch": ("warm_up", "stretch_hip_flexor_and_quad"),
        "pigeon_pose": ("warm_up", "stretch_pigeon_pose"),
        "pigeon_stretch": ("warm_up", "stretch_pigeon_pose"),
        "leg_swing": ("warm_up", "forward_and_backward_leg_swings"),
        "leg_swings": ("warm_up", "forward_and_backward_leg_swings"),
        "hamstring_stretch": ("warm_up", "stretch_hamstring"),
        "quad_stretch": ("warm_up", "stretch_quad"),
        "calf_stretch": ("warm_up", "stretch_calf"),
        "lateral_band_walk": ("hip_stability", "lateral_walks_with_band_at_ankles"),
        "band_walk": ("hip_stability", "lateral_walks_with_band_at_ankles"),
        "monster_walk": ("hip_stability", "lateral_walks_with_band_at_ankles"),
        "rdl": ("deadlift", "romanian_deadlift"),
        "single_leg_rdl": ("deadlift", "single_leg_romanian_deadlift_with_dumbbell"),
        "single_leg_romanian_deadlift": ("deadlift", "single_leg_romanian_deadlift_with_dumbbell"),
        "deadlift": ("deadlift", "barbell_deadlift"),
        "back_squat": ("squat", "barbell_back_squat"),
        "front_squat": ("squat", "barbell_front_squat"),
        "bench_press": ("bench_press", "barbell_bench_press"),
        "overhead_press": ("shoulder_press", "overhead_barbell_press"),
        "ohp": ("shoulder_press", "overhead_barbell_press"),
        "one_arm_dumbbell_row": ("row", "one_arm_bent_over_row"),
        "front_plank": ("plank", "plank"),
        "hamstring_curl": ("leg_curl", "leg_curl"),
        "swiss_ball_hamstring_curl": ("leg_curl", "swiss_ball_hip_raise_and_leg_curl"),
        "reverse_lunge": ("lunge", "dumbbell_reverse_lunge"),
        "easy_walk": ("run", "walk"),
        "easy_run": ("run", "run"),
        "jog": ("run", "jog"),
    ]

    /// Words that give a category but no exercise, in the order they are tried.
    static let keywords: [(String, String)] = [
        ("hip_thrust", "hip_raise"), ("bridge", "hip_raise"), ("deadlift", "deadlift"), ("rdl", "deadlift"),
        ("good_morning", "leg_curl"), ("leg_curl", "leg_curl"), ("hamstring", "leg_curl"), ("squat", "squat"),
        ("lunge", "lunge"), ("split", "lunge"), ("step_up", "squat"), ("plank", "plank"), ("crunch", "crunch"),
        ("sit_up", "sit_up"), ("push_up", "push_up"), ("pushup", "push_up"), ("pull_up", "pull_up"), ("chin_up", "pull_up"),
        ("pulldown", "pull_up"), ("row", "row"), ("curl", "curl"), ("shrug", "shrug"), ("fly", "flye"), ("flye", "flye"),
        ("bench", "bench_press"), ("press", "shoulder_press"), ("calf", "calf_raise"), ("carry", "carry"),
        ("chop", "chop"), ("swing", "hip_swing"), ("extension", "triceps_extension"), ("raise", "lateral_raise"),
        ("stretch", "warm_up"), ("mobility", "warm_up"), ("roll", "warm_up"), ("run", "run"), ("walk", "run"),
    ]
}
