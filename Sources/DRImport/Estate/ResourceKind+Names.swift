import DRDomain

extension ResourceKind {
    /// The noun with its article: `a storage account`, `an AI Services account`.
    var withArticle: String {
        let first = noun.first.map { String($0).lowercased() } ?? ""
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }
}
