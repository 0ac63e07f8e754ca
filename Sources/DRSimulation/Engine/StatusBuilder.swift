import DRDomain
import Foundation

/// Combines several causes into one status: the worst state wins; rules and reasons accumulate.
struct StatusBuilder {
    var state: ResourceState = .available
    var servedFrom: RegionName?
    var rules: [RuleID] = []
    var reasons: [String] = []

    init(servedFrom: RegionName? = nil) { self.servedFrom = servedFrom }

    mutating func add(_ state: ResourceState, _ rules: [RuleID], _ reason: String) {
        if state.severity > self.state.severity { self.state = state }
        self.rules += rules
        if !reason.isEmpty { reasons.append(reason) }
    }

    var status: ResourceStatus {
        ResourceStatus(state, servedFrom: servedFrom, rules: rules, reason: reasons.joined(separator: "; "))
    }
}
