/// Duration and distance rules (`{ duration: +5min, max: 60min }`, `{ distance: +1km }`): like a
/// hold, start + step × n, never above the cap, and never below the start if the cap is.
enum CardioStep {
    static func value(from start: Int, adding increment: Int, times count: Int, cap: Int?) -> Int {
        min(start + increment * count, max(start, cap ?? .max))
    }
}
