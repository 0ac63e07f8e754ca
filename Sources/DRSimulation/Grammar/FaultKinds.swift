import DRDomain

/// One kind of fault in the inject grammar: its word, its arguments, and how they make a `Fault`.
public struct FaultKind: Sendable {
    /// The kind word (`service`).
    public let word: String
    /// The arguments, in order (`SERVICE`, `REGION`).
    public let slots: [ArgumentSlot]
    /// What the fault is, for help.
    public let summary: String
    /// An example target in the `simulate` spelling, after `word:` (`Storage@eastus2`).
    public let example: String
    /// The fault from the resolved arguments.
    let make: @Sendable ([String]) -> Fault?

    /// `service:SERVICE@REGION`: the `simulate` spelling of this kind.
    public var shape: String { "\(word):" + slots.map(\.placeholder).joined(separator: "@") }

    /// `service SERVICE REGION`: the console spelling of this kind.
    public var consoleShape: String { ([word] + slots.map(\.placeholder)).joined(separator: " ") }

    /// The fault for arguments already split, each checked by its slot's validator.
    public func fault(_ arguments: [String], in context: GrammarContext) throws(GrammarError) -> Fault {
        guard arguments.count == slots.count else { throw GrammarError("expected \(consoleShape)") }
        var resolved: [String] = []
        for (slot, argument) in zip(slots, arguments) { resolved.append(try slot.resolve(argument, in: context)) }
        guard let fault = make(resolved) else { throw GrammarError("expected \(consoleShape)") }
        return fault
    }
}

/// The fault kinds of the inject grammar, in help order: the one table that `simulate --inject`, scenario
/// files, the console's `:inject` and completion all read. A new fault kind is one row here (and its case in
/// `Fault`).
public enum FaultKinds {
    public static let all: [FaultKind] = [
        FaultKind(word: "region", slots: [.region], summary: "a region outage", example: "eastus2") {
            .regionOutage($0[0])
        },
        FaultKind(word: "zone", slots: [.zone], summary: "a physical zone outage", example: "eastus2-az1") {
            .zoneOutage($0[0])
        },
        FaultKind(word: "service", slots: [.service, .region], summary: "one service down in one region",
                  example: "Storage@eastus2") { arguments in
            AzureService(name: arguments[0]).map { .serviceOutage($0, arguments[1]) }
        },
        FaultKind(word: "delete", slots: [.resource], summary: "a resource deleted", example: "kv-contoso-ai") {
            .resourceDeleted($0[0])
        },
        FaultKind(word: "connection", slots: [.connection], summary: "a connection's target lost",
                  example: "conn-eus2-docintel") {
            .connectionLost($0[0])
        },
        FaultKind(word: "readiness", slots: [.readinessCheck, .region], summary: "a secondary-readiness gap (R6)",
                  example: "networking@centralus") { arguments in
            ReadinessCheck(name: arguments[0]).map { .readinessGap($0, arguments[1]) }
        },
        FaultKind(word: "keyvault-failover", slots: [.keyVault],
                  summary: "Microsoft's failover of a vault (R3)", example: "kv-contoso-ai") {
            .keyVaultFailover($0[0])
        },
    ]

    /// The kind words, in help order.
    public static var words: [String] { all.map(\.word) }

    /// The kind with this word (lower case), if any.
    public static func kind(_ word: String) -> FaultKind? { all.first { $0.word == word } }
}

/// One operator action of the action grammar: its verb, its target and how it makes an `OperatorAction`.
public struct ActionKind: Sendable {
    /// The verb (`failover`).
    public let verb: String
    /// What the target may be.
    public let slot: ArgumentSlot
    /// What the action does, for help.
    public let summary: String
    /// The action on a resolved target.
    let make: @Sendable (ResourceID) -> OperatorAction

    /// The action on a target, checked by the slot's validator.
    public func action(_ target: String, in context: GrammarContext) throws(GrammarError) -> OperatorAction {
        make(try slot.resolve(target, in: context))
    }
}

/// The operator actions, in help order: the one table `simulate --action`, scenario files and the console read.
public enum ActionKinds {
    public static let all: [ActionKind] = [
        ActionKind(verb: "failover", slot: .hub, summary: "fail a hub over to its secondary") { .failover(hub: $0) },
        ActionKind(verb: "failback", slot: .hub, summary: "fail a hub back to its primary") { .failback(hub: $0) },
        ActionKind(verb: "account-failover", slot: .storageAccount,
                   summary: "fail storage over to its geo-secondary (R3)") {
            .accountFailover(storage: $0)
        },
        ActionKind(verb: "recover", slot: .recoverable, summary: "recover a soft-deleted resource") {
            .recover(resource: $0)
        },
        ActionKind(verb: "resubmit", slot: .resubmitTarget, summary: "resubmit jobs that failed in the outage (R4)") {
            .resubmit(target: $0)
        },
    ]

    /// The verbs, in help order.
    public static var verbs: [String] { all.map(\.verb) }

    /// The action kind with this verb (lower case), if any.
    public static func kind(_ verb: String) -> ActionKind? { all.first { $0.verb == verb } }
}
