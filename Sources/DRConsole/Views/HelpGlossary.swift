import DRDomain

/// What `?` says about the rules and the columns whose meaning is not in their name.
enum HelpGlossary {
    static let lines: [String] = {
        var lines = ["", "Rules (the guidance the simulation follows; a row's (Rn) cites one)"]
        for rule in RuleID.allCases {
            lines.append("  \(rule.rawValue) \(rule.title): \(rule.summary)")
        }
        lines += [
            "",
            "Columns",
            "  Res (region health): resources of the estate in the region.",
            "  Hit (region health): of those, how many are not available now.",
            "  Since (region health): when the region entered its state (T+hh:mm); its detail says how long ago.",
            "  Via (replication): how a resource reaches another region: its redundancy (RA-GZRS), Premium "
                + "geo-replication, 'Microsoft' (Microsoft fails it over, as for Key Vault), 'you' (nothing replicates: "
                + "you redeploy it), or a hub's role (primary, secondary).",
            "  Gaps (replication): posture gaps from assessment, with the rules they break.",
            "  Step (soft-delete recovery): the order to recover in (R10): 1 first (vaults, storage), then what depends on them.",
            "  Left (soft-delete recovery): the time until the resource is purged and can no longer be recovered.",
            "  State (failover): DONE when the timeline wrote the step done (a remediation only once its check passes), "
                + "RUN the step under way, TODO not started, FAIL a remediation whose check still fails.",
        ]
        return lines
    }()
}
