import DRDomain
import Foundation

/// Gives every imported resource its estate id: the last segment of its ARM id, made unique across the estate
/// (estate ids are names, unique across kinds). A second resource with a taken name gets a suffix, and the
/// renaming is reported.
struct NameTable {
    private var byKey: [String: ResourceID] = [:]
    private var taken: [ResourceID: String] = [:]
    /// Resources whose Azure name was taken: ARM id, Azure name, and the estate id given instead.
    private(set) var renamed: [(arm: ArmID, name: String, id: ResourceID)] = []

    /// The id already given to an ARM id, if any.
    func id(for arm: ArmID) -> ResourceID? { byKey[arm.key] }

    /// Gives `arm` an id: its name, else `name-suffix`, else `name-suffix-2` ...
    mutating func assign(_ arm: ArmID, name: String? = nil, suffix: String?) -> ResourceID {
        if let existing = byKey[arm.key] { return existing }
        let base = name ?? arm.name
        var candidate = base
        if taken[candidate] != nil {
            let tail = (suffix ?? "2").lowercased()
            candidate = "\(base)-\(tail)"
            var counter = 2
            while taken[candidate] != nil {
                candidate = "\(base)-\(tail)-\(counter)"
                counter += 1
            }
            renamed.append((arm, base, candidate))
        }
        byKey[arm.key] = candidate
        taken[candidate] = arm.key
        return candidate
    }

    /// The ARM key an id was given to ("" when only reserved), or nil when free.
    func takenKey(_ id: ResourceID) -> String? { taken[id] }

    /// Whether an id is in use.
    func isTaken(_ id: ResourceID) -> Bool { taken[id] != nil }

    /// Marks an id as used by something without an ARM id (kept from `--merge`).
    mutating func reserve(_ id: ResourceID) { taken[id] = taken[id] ?? "" }
}
