/// The version of Regimen, reported by `regimen --version`, written into outputs that name their
/// producer, and sent to external backends.
public enum RegimenVersion {
    public static let current = "0.1.0"
}
