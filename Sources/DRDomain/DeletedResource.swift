import Foundation

/// How urgent the recovery of a soft-deleted resource is.
public enum RecoveryWindow: String, Sendable, Hashable {
    /// More than a day left.
    case open
    /// Less than a day left.
    case closing
    /// Past the purge date, or never recoverable (hubs and projects): gone.
    case purged
}

/// A resource that was deleted, with when it was deleted and when it will be purged.
public struct DeletedResource: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var kind: ResourceKind
    public var region: RegionName
    /// When it was deleted; when `deletionDateKnown` is false, the latest it can have been (the moment the
    /// estate describes, when it was seen deleted).
    public var deletedAt: Date
    /// Whether Azure stated the deletion date (some `list-deleted` records carry none).
    public var deletionDateKnown: Bool
    /// When the soft-deleted copy is purged; nil for kinds that cannot be soft-deleted.
    public var purgeAt: Date?
    /// Key Vault only: purge protection blocks an early purge.
    public var purgeProtection: Bool
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id`; recovery commands use it.
    public var azureName: String?
    /// The subscription the resource was in, when known.
    public var subscription: String?
    /// Key Vault only: the vault's own soft-delete retention (7-90 days), used when no purge date is stated.
    public var softDeleteRetentionDays: Int?

    public init(
        id: ResourceID, kind: ResourceKind, region: RegionName, deletedAt: Date, purgeAt: Date? = nil,
        purgeProtection: Bool = false, resourceGroup: String? = nil, softDeleteRetentionDays: Int? = nil,
        azureName: String? = nil, subscription: String? = nil, deletionDateKnown: Bool = true
    ) {
        self.deletionDateKnown = deletionDateKnown
        self.softDeleteRetentionDays = softDeleteRetentionDays
        self.id = id
        self.kind = kind
        self.region = region
        self.deletedAt = deletedAt
        self.purgeAt = purgeAt
        self.purgeProtection = purgeProtection
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }

    /// The purge date stated, or the deletion date plus the resource's own retention (a vault's
    /// `softDeleteRetentionDays`), or else the kind's documented window (R9); nil when none.
    public func effectivePurgeAt(retentionDays: Int? = nil) -> Date? {
        if let purgeAt { return purgeAt }
        let days = retentionDays ?? (kind == .keyVault ? softDeleteRetentionDays : nil)
        guard let window = SoftDeletePolicy.of(kind).window(retentionDays: days) else { return nil }
        return deletedAt.addingTimeInterval(window)
    }

    /// Seconds left before purge at `now` (negative once past), or nil when it can never be recovered.
    public func timeLeft(at now: Date) -> TimeInterval? {
        guard SoftDeletePolicy.of(kind).isSupported, let purge = effectivePurgeAt() else { return nil }
        return purge.timeIntervalSince(now)
    }

    /// The recovery window at `now`; derived so it never goes stale.
    public func window(at now: Date) -> RecoveryWindow {
        guard let left = timeLeft(at: now) else { return .purged }
        return left <= 0 ? .purged : left < 86_400 ? .closing : .open
    }
}
