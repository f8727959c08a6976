/// The stable code of every diagnostic Regimen reports.
///
/// Codes never change meaning once released. Ranges: `R1xx` YAML and structure,
/// `R2xx` names and references, `R3xx` values and units, `R4xx` progression and phases,
/// `W5xx` coaching lints. Each code is documented in `docs/diagnostics.md`.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Comparable {
    // R1xx: reading the file and the shape of the spec
    case unreadableFile = "R100"
    case yamlSyntax = "R101"
    case duplicateKey = "R102"
    case invalidEncoding = "R103"
    case tabIndentation = "R104"
    case multipleDocuments = "R105"
    case limitExceeded = "R106"
    case recursiveAlias = "R107"
    case emptyFile = "R108"
    case wrongShape = "R110"
    case unknownKey = "R111"
    case missingKey = "R112"
    case unsupportedFormatVersion = "R113"
    case ambiguousScalar = "R120"

    // R2xx: names and references
    case unknownExercise = "R201"
    case unknownSession = "R202"
    case unknownRule = "R203"
    case duplicateDefinition = "R204"
    case includeProblem = "R205"
    case unknownTimeZone = "R206"
    case invalidName = "R207"
    case unusedDefinition = "R208"
    case unknownWarmUp = "R209"
    case replacementOfAnotherKind = "R215"
    case missingEquipment = "R216"
    case unknownEquipmentSet = "R217"
    case timeZoneNotIANA = "R220"
    case legacyTimeZoneName = "R221"

    // R3xx: values and units
    case invalidDuration = "R301"
    case invalidLoad = "R302"
    case invalidDate = "R303"
    case invalidTimeOfDay = "R304"
    case outOfRange = "R305"
    case invalidWeekday = "R306"
    case invalidReps = "R307"
    case invalidChoice = "R308"
    case invalidTempo = "R309"
    case missingPrescription = "R310"
    case conflictingFields = "R311"
    case invalidNumber = "R312"
    case emptySchedule = "R314"
    case invalidPercentage = "R315"
    case invalidSetGroup = "R316"
    case missingUnit = "R317"

    // R4xx: progression rules, phases and athletes
    case ruleDoesNotFit = "R401"
    case capBelowStart = "R402"
    case missingTrainingMax = "R403"
    case overlappingPhases = "R404"
    case noHarderVariant = "R405"
    case invalidRule = "R406"
    case conflictingRules = "R407"
    case phaseOutsideProgram = "R408"
    case liftStartsDiffer = "R409"
    case missingOneRepMax = "R410"
    case outsideRPEChart = "R411"

    // W5xx: coaching lints (warnings about the program as training, not as a file)
    case loadedButNotStretched = "W501"
    case hamstringGluteImbalance = "W502"
    case noRestDay = "W503"
    case sameGroupOnConsecutiveDays = "W504"
    case loadJump = "W505"
    case trainingMaxJump = "W506"
    case noDeload = "W507"
    case oneSidedMobility = "W508"
    case shortStretch = "W509"
    case sessionTooLong = "W510"

    /// The coaching lints, which `lints:`, `--allow` and `--deny` control.
    public var isLint: Bool { rawValue.hasPrefix("W") }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether diagnostics with this code are errors (which stop a build) or warnings.
    public var severity: Severity {
        switch self {
        case .ambiguousScalar, .unusedDefinition, .legacyTimeZoneName: .warning
        case _ where isLint: .warning
        default: .error
        }
    }

    /// A short title for the code, as listed in `docs/diagnostics.md`.
    public var title: String {
        switch self {
        case .unreadableFile: "The file cannot be read"
        case .yamlSyntax: "YAML syntax error"
        case .duplicateKey: "A key appears twice in the same mapping"
        case .invalidEncoding: "The file is not valid UTF-8 text"
        case .tabIndentation: "Tabs used for indentation"
        case .multipleDocuments: "More than one YAML document in a file"
        case .limitExceeded: "A size or depth limit was exceeded"
        case .recursiveAlias: "An alias refers to the collection that contains it"
        case .emptyFile: "The file is empty"
        case .wrongShape: "A value has the wrong shape (text, list or mapping)"
        case .unknownKey: "Unknown key"
        case .missingKey: "A required key is missing"
        case .unsupportedFormatVersion: "Unsupported spec format version"
        case .ambiguousScalar: "Unquoted value that YAML 1.1 tools read differently"
        case .unknownExercise: "Unknown exercise"
        case .unknownSession: "Unknown session"
        case .unknownRule: "Unknown progression rule"
        case .duplicateDefinition: "A name is defined twice"
        case .includeProblem: "An included file cannot be used"
        case .unknownTimeZone: "Unknown time zone"
        case .invalidName: "A name is not a valid identifier"
        case .unusedDefinition: "A definition is never used"
        case .replacementOfAnotherKind: "A swap or alternative is an exercise of another kind"
        case .missingEquipment: "An athlete lacks equipment an exercise needs"
        case .unknownEquipmentSet: "Unknown equipment set"
        case .timeZoneNotIANA: "A time zone written as an abbreviation or a fixed offset"
        case .legacyTimeZoneName: "An old alias of a time zone"
        case .invalidDuration: "Invalid duration"
        case .invalidLoad: "Invalid load"
        case .invalidDate: "Invalid date"
        case .invalidTimeOfDay: "Invalid time of day"
        case .outOfRange: "Number out of range"
        case .invalidWeekday: "Invalid weekday"
        case .invalidReps: "Invalid reps"
        case .invalidChoice: "Value is not one of the allowed choices"
        case .invalidTempo: "Invalid tempo"
        case .missingPrescription: "An item says nothing about what to do"
        case .conflictingFields: "Fields that cannot be used together"
        case .invalidNumber: "Invalid number"
        case .emptySchedule: "The schedule has no training days"
        case .invalidPercentage: "Invalid percentage"
        case .ruleDoesNotFit: "A progression rule does not fit the item it is applied to"
        case .capBelowStart: "A progression's cap is below where it starts"
        case .missingTrainingMax: "A percentage load without a training max"
        case .overlappingPhases: "Phases overlap"
        case .noHarderVariant: "A rule moves to a harder variant the exercise does not have"
        case .invalidRule: "A progression rule is not well-formed"
        case .conflictingRules: "Two rules change the same number"
        case .phaseOutsideProgram: "A phase falls outside the program's weeks"
        case .unknownWarmUp: "Unknown warm-up"
        case .invalidSetGroup: "Invalid set group"
        case .missingUnit: "A load without its unit"
        case .liftStartsDiffer: "Items of one lift start from different numbers"
        case .missingOneRepMax: "A load by RPE without a one-rep max"
        case .outsideRPEChart: "A set outside the RPE chart"
        case .loadedButNotStretched: "A muscle group is loaded but never stretched"
        case .hamstringGluteImbalance: "Hamstring volume far above glute volume"
        case .noRestDay: "Too many training days in a row"
        case .sameGroupOnConsecutiveDays: "The same muscle group trained hard on consecutive days"
        case .loadJump: "A weekly load increase above the threshold"
        case .trainingMaxJump: "A training max rising faster than the plan supports"
        case .noDeload: "A long program with no lighter week"
        case .oneSidedMobility: "Per-side mobility prescribed for one side only"
        case .shortStretch: "A stretch held too briefly"
        case .sessionTooLong: "A session takes longer than its stated duration"
        }
    }
}
