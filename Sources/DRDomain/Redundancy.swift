import Foundation

/// A Storage account's redundancy SKU, and what each survives (azure-facts section 6).
public enum StorageRedundancy: String, Sendable, Hashable, CaseIterable, Codable {
    case standardLRS = "Standard_LRS"
    case standardZRS = "Standard_ZRS"
    case standardGRS = "Standard_GRS"
    case standardRAGRS = "Standard_RAGRS"
    case standardGZRS = "Standard_GZRS"
    case standardRAGZRS = "Standard_RAGZRS"
    case premiumLRS = "Premium_LRS"
    case premiumZRS = "Premium_ZRS"

    /// Parses an Azure SKU name (`Standard_RAGZRS`) or a short form (`RA-GZRS`, `ragzrs`, `LRS`), case-insensitively.
    public init?(sku text: String) {
        if let exact = Self(rawValue: text) { self = exact; return }
        let key = text.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        let match = Self.allCases.first {
            $0.rawValue.lowercased().replacingOccurrences(of: "_", with: "") == key
        } ?? Self.allCases.first {
            $0.rawValue.hasPrefix("Standard") && $0.shortName.lowercased().replacingOccurrences(of: "-", with: "") == key
        }
        guard let match else { return nil }
        self = match
    }

    /// The short name operators use: `LRS`, `ZRS`, `GRS`, `RA-GRS`, `GZRS`, `RA-GZRS`.
    public var shortName: String {
        switch self {
        case .standardLRS, .premiumLRS: "LRS"
        case .standardZRS, .premiumZRS: "ZRS"
        case .standardGRS: "GRS"
        case .standardRAGRS: "RA-GRS"
        case .standardGZRS: "GZRS"
        case .standardRAGZRS: "RA-GZRS"
        }
    }

    /// Copies spread over the zones of the primary region, so a zone outage does not take the account down.
    public var isZoneRedundant: Bool {
        switch self {
        case .standardZRS, .premiumZRS, .standardGZRS, .standardRAGZRS: true
        default: false
        }
    }

    /// An asynchronous copy in the paired region, so a region outage does not lose the data.
    public var isGeoRedundant: Bool {
        switch self {
        case .standardGRS, .standardRAGRS, .standardGZRS, .standardRAGZRS: true
        default: false
        }
    }

    /// The secondary copy can be read while the primary region is down (RA-GRS, RA-GZRS).
    public var hasReadAccessSecondary: Bool { self == .standardRAGRS || self == .standardRAGZRS }
}
