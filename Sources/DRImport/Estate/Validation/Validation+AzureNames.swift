import DRDomain
import Foundation

extension EstateValidator {
    /// `azureName` and `subscription` go into the Azure commands the tool prints, so they must be names Azure
    /// accepts: letters, digits, `-`, `_`, `.`, `(` and `)` (a subscription may also be written `{...}`), no
    /// spaces, slashes or shell characters.
    func checkAzureNames() {
        func check<T>(_ entries: [Located<T>], _ kind: ResourceKind, id: (T) -> ResourceID, name: (T) -> String?,
                      subscription: (T) -> String?) {
            for entry in entries {
                let subject = Self.subject(kind, id(entry.value))
                if entry.has("azureName"), let text = name(entry.value), !Self.isAzureName(text, braces: false) {
                    report(
                        "'azureName' of \(subject): '\(text)' is not an Azure resource name (letters, digits, -, _, ., "
                            + "( and ), at most 260 characters)",
                        at: entry.at("azureName"))
                }
                if entry.has("subscription"), let text = subscription(entry.value),
                    !Self.isAzureName(text, braces: true)
                {
                    report(
                        "'subscription' of \(subject): '\(text)' is not a subscription id such as "
                            + "00000000-0000-0000-0000-000000000000",
                        at: entry.at("subscription"))
                }
            }
        }
        check(draft.hubs, .hub, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.projects, .project, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.storageAccounts, .storage, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.keyVaults, .keyVault, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.containerRegistries, .containerRegistry, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.appInsights, .appInsights, id: \.id, name: \.azureName, subscription: \.subscription)
        check(draft.aiServices, .aiServices, id: \.id, name: \.azureName, subscription: \.subscription)
        for entry in draft.deleted {
            check([entry], entry.value.kind, id: \.id, name: \.azureName, subscription: \.subscription)
        }
    }

    /// Whether `text` is a name Azure accepts and a shell passes through unchanged.
    static func isAzureName(_ text: String, braces: Bool) -> Bool {
        !text.isEmpty && text.count <= 260
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.()".unicodeScalars.contains($0) || (braces && ($0 == "{" || $0 == "}"))
            }
    }
}
