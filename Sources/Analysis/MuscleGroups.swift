/// Which muscle groups a target muscle belongs to, for counting volume by group. A muscle may
/// belong to two groups (rectus femoris is a hip flexor and a quadriceps muscle). Muscles not in
/// the table are groups of their own.
public enum MuscleGroups {
    static let table: [String: [String]] = [
        "psoas major": ["hip flexors"], "psoas": ["hip flexors"], "iliacus": ["hip flexors"], "iliopsoas": ["hip flexors"],
        "hip flexors": ["hip flexors"], "rectus femoris": ["hip flexors", "quadriceps"], "tensor fasciae latae": ["hip flexors"],
        "sartorius": ["hip flexors"],
        "gluteus maximus": ["glutes"], "gluteus medius": ["glutes"], "gluteus minimus": ["glutes"], "glutes": ["glutes"],
        "piriformis": ["glutes"],
        "hamstrings": ["hamstrings"], "biceps femoris": ["hamstrings"], "semitendinosus": ["hamstrings"],
        "semimembranosus": ["hamstrings"],
        "quadriceps": ["quadriceps"], "quads": ["quadriceps"], "vastus lateralis": ["quadriceps"], "vastus medialis": ["quadriceps"],
        "vastus intermedius": ["quadriceps"],
        "adductors": ["adductors"], "adductor magnus": ["adductors"],
        "calves": ["calves"], "gastrocnemius": ["calves"], "soleus": ["calves"],
        "rectus abdominis": ["core"], "transversus abdominis": ["core"], "obliques": ["core"], "core": ["core"],
        "abdominals": ["core"],
        "spinal erectors": ["lower back"], "erector spinae": ["lower back"], "lower back": ["lower back"],
        "pectoralis major": ["chest"], "pectorals": ["chest"], "chest": ["chest"],
        "deltoids": ["shoulders"], "anterior deltoid": ["shoulders"], "lateral deltoid": ["shoulders"],
        "posterior deltoid": ["shoulders"], "shoulders": ["shoulders"],
        "latissimus dorsi": ["upper back"], "lats": ["upper back"], "rhomboids": ["upper back"], "trapezius": ["upper back"],
        "upper trapezius": ["upper back"], "upper back": ["upper back"],
        // The arms are three groups: a push day's triceps and a pull day's biceps are different
        // muscles, and training them on consecutive days is what push/pull splits do.
        "triceps": ["triceps"], "triceps brachii": ["triceps"],
        "biceps": ["biceps"], "biceps brachii": ["biceps"], "brachialis": ["biceps"], "brachioradialis": ["forearms"],
        "forearms": ["forearms"], "wrist flexors": ["forearms"], "wrist extensors": ["forearms"],
    ]

    /// The groups of a muscle as written in a spec (case and surrounding spaces ignored).
    public static func groups(of muscle: String) -> [String] {
        if let groups = table[muscle] { return groups }
        let key = muscle.lowercased().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return table[key] ?? [key]
    }
}
