import DRDomain
import Foundation

/// One resource whose state a fault changes, against the estate with no faults.
public struct ImpactedResource: Sendable, Hashable {
    public var id: ResourceID
    public var kind: ResourceKind
    public var region: RegionName
    public var status: ResourceStatus
}

/// What one single fault takes down, how many critical projects keep serving, and how fast it can be recovered.
public struct FailureMode: Sendable, Hashable {
    public var fault: Fault
    /// The resources whose state or serving region changes, in dependency order: every one of them, or the
    /// first ``BlastRadius/impactsKeptPerMode`` when more change (the counts below stay exact).
    public var impacts: [ImpactedResource]
    /// How many resources change state or serving region.
    public var impactCount: Int
    /// How many resources the fault takes out (unavailable, deleted or paused).
    public var takesDownCount: Int
    public var criticalProjects: Int
    /// Critical projects still serving (available or degraded) with no operator action.
    public var criticalServing: Int
    /// The time to bring every critical project back, or nil when no action can (the outage must end, or a hub
    /// or project was deleted and must be recreated). Zero when no critical project stops.
    public var recoveryTime: TimeInterval?
    /// How recovery happens, in words.
    public var recoveryPath: String

    /// The resources the fault takes out (unavailable, deleted or paused), of those kept in ``impacts``.
    public var takesDown: [ImpactedResource] {
        impacts.filter { Self.isTakenDown($0.status) }
    }

    /// Whether a status counts as taken out by a fault.
    static func isTakenDown(_ status: ResourceStatus) -> Bool { status.state.isDown || status.state == .paused }

    /// The share of critical projects that keep serving (1 when there are none).
    public var resilience: Double {
        criticalProjects == 0 ? 1 : Double(criticalServing) / Double(criticalProjects)
    }

    /// Whether the fault stops a critical project or takes down more than the deleted resource itself.
    public var isSignificant: Bool {
        criticalServing < criticalProjects || takesDownCount > (fault.kindWord == "delete" ? 1 : 0)
    }
}

/// Every single fault of an estate with its impact, and the summary figures.
public struct BlastRadiusReport: Sendable, Hashable {
    public var estate: String
    /// Regions, then zones, then services per region, then deletions, each in a fixed order.
    public var modes: [FailureMode]

    /// The mean, over all failure modes, of the share of critical projects that keep serving.
    public var resilience: Double {
        modes.isEmpty ? 1 : modes.reduce(0) { $0 + $1.resilience } / Double(modes.count)
    }

    /// The bounded failure mode with the longest recovery time.
    public var worstRecovery: FailureMode? {
        modes.filter { $0.recoveryTime != nil }.max { ($0.recoveryTime ?? 0, $1.fault) < ($1.recoveryTime ?? 0, $0.fault) }
    }

    /// Failure modes no operator action recovers (nil recovery time).
    public var unboundedModes: [FailureMode] { modes.filter { $0.recoveryTime == nil } }

    /// The failure-mode table: one row per significant mode (or every mode), with a header row.
    public func table(significantOnly: Bool = true, maxListed: Int = 4) -> [[String]] {
        var rows = [["FAULT", "TAKES DOWN", "CRITICAL SERVING", "RECOVERY", "HOW"]]
        for mode in modes where !significantOnly || mode.isSignificant {
            // The first `maxListed` taken down, and how many of the kept impacts are: no list of every one.
            var down: [ResourceID] = []
            var downCount = 0
            for index in mode.impacts.indices where FailureMode.isTakenDown(mode.impacts[index].status) {
                downCount += 1
                if down.count < maxListed { down.append(mode.impacts[index].id) }
            }
            let more = mode.takesDownCount - min(maxListed, downCount)
            let listed = down.joined(separator: ", ") + (more > 0 ? " +\(more)" : "")
            rows.append([
                mode.fault.description, downCount == 0 ? "-" : listed, "\(mode.criticalServing)/\(mode.criticalProjects)",
                mode.recoveryTime.map(ISODuration.human) ?? "unbounded", mode.recoveryPath,
            ])
        }
        return rows
    }

    /// The table and the summary as text.
    public func text(significantOnly: Bool = true) -> String {
        let rows = table(significantOnly: significantOnly)
        // Each cell's width in characters is counted once; the table is gathered as UTF-8 bytes.
        let counts = rows.map { $0.map(\.count) }
        let widths = (0..<5).map { c in counts.map { $0[c] }.max() ?? 0 }
        var table: [UInt8] = []
        let space = UInt8(ascii: " ")
        for (row, rowCounts) in zip(rows, counts) {
            table.append(contentsOf: [space, space])
            for c in row.indices {
                if c > 0 { table.append(contentsOf: [space, space]) }
                table.append(contentsOf: row[c].utf8)
                if c != row.count - 1 { table.append(contentsOf: repeatElement(space, count: max(0, widths[c] - rowCounts[c]))) }
            }
            table.append(UInt8(ascii: "\n"))
        }
        var out = "Failure modes of \(estate): \(modes.count) single faults\n"
        out += String(decoding: table, as: UTF8.self)
        out += String(format: "Resilience: %.1f%% of critical projects keep serving, averaged over all single faults\n",
                      resilience * 100)
        if let worst = worstRecovery {
            out += "Worst bounded recovery: \(ISODuration.human(worst.recoveryTime ?? 0)) (\(worst.fault))\n"
        }
        out += "Unbounded: \(unboundedModes.count) faults no operator action recovers\n"
        return out
    }
}
