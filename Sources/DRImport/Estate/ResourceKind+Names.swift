import DRDomain

extension ResourceKind {
    /// How messages name the kind: `storage account`, `key vault`.
    var noun: String {
        switch self {
        case .hub: "hub"
        case .project: "project"
        case .storage: "storage account"
        case .keyVault: "key vault"
        case .containerRegistry: "container registry"
        case .appInsights: "Application Insights component"
        case .aiServices: "AI Services account"
        case .connection: "connection"
        case .compute: "compute"
        case .job: "job"
        }
    }

    /// The noun with its article: `a storage account`, `an AI Services account`.
    var withArticle: String {
        let first = noun.first.map { String($0).lowercased() } ?? ""
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }
}
