/// Mike Tuchscherer's RPE chart (The Reactive Training Manual, Reactive Training Systems, 2008):
/// the percentage of a one-rep max that a set of 1 to 12 reps at RPE 6.5 to 10 takes.
///
/// The chart is one sequence read diagonally: a set's cell depends only on reps + reps in
/// reserve, in half-rep steps (RPE 10 × 2 reps is RPE 9 × 1 rep, 95.5%). Cell
/// *k* = 2 × (reps − 1) + 2 × (10 − RPE).
public enum RPEChart {
    /// Tenths of a percent of 1RM, cell by cell (100%, 97.8%, 95.5%, …, 58.6%).
    static let cells: [Int] = [
        1000, 978, 955, 939, 922, 907, 892, 878, 863, 850, 837, 824, 811, 799, 786,
        774, 762, 751, 739, 723, 707, 694, 680, 667, 653, 640, 626, 613, 599, 586,
    ]

    /// The reps the chart covers.
    public static let reps = 1...12
    /// The RPE it covers, in tenths.
    public static let rpe = 65...100

    /// The share of 1RM (tenths of a percent) for `reps` at `rpeTenths`, or `nil` outside the chart
    /// (or off its half-RPE steps).
    public static func percentTenths(reps: Int, rpeTenths: Int) -> Int? {
        guard self.reps.contains(reps), rpe.contains(rpeTenths), rpeTenths % 5 == 0 else { return nil }
        let cell = 2 * (reps - 1) + (100 - rpeTenths) / 5
        return cells.indices.contains(cell) ? cells[cell] : nil
    }

    /// Whether a set of `reps` at `rpeTenths` is in the chart (a `+` set counts its minimum).
    public static func covers(reps: Reps, rpeTenths: Int) -> Bool {
        switch reps {
        case .exactly(let count), .asManyAsPossible(let count): percentTenths(reps: count, rpeTenths: rpeTenths) != nil
        case .range(let lower, let upper): percentTenths(reps: lower, rpeTenths: rpeTenths) != nil
            && percentTenths(reps: upper, rpeTenths: rpeTenths) != nil
        }
    }
}
