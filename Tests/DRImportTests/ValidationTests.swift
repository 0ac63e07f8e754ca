import DRDomain
import Foundation
import Testing

@testable import DRImport

/// One planted error per test, each asserted at its exact line and column.
@Suite("Estate validation")
struct ValidationTests {
    private func check(_ text: String, at needle: String, occurrence: Int = 1, _ fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation)
    {
        let result = EstateFixture.parse(text)
        expectOnlyDiagnostic(result, at: EstateFixture.position(of: needle, occurrence: occurrence, in: text), fragment,
            sourceLocation: sourceLocation)
    }

    @Test("the fixture itself is valid")
    func fixtureIsValid() {
        #expect(EstateFixture.parse(EstateFixture.base).diagnostics.isEmpty)
    }

    // MARK: Regions and zones

    @Test("an unknown region is reported with a did-you-mean")
    func unknownRegion() {
        let text = EstateFixture.base.replacingOccurrences(of: "region: eastus2\n    storage", with: "region: eastus3\n    storage")
        check(text, at: "eastus3", "'region' of hub 'hub-a': unknown region 'eastus3'; did you mean 'eastus2'?")
    }

    @Test("a display name is pointed to its programmatic name")
    func displayName() {
        let text = EstateFixture.base + "appInsights:\n  - { id: appi, region: East US 2 }\n"
        check(text, at: "East US 2", "did you mean 'eastus2'? Regions are written by programmatic name")
    }

    @Test("region names are matched case-insensitively and normalised")
    func regionCase() throws {
        let text = EstateFixture.base + "appInsights:\n  - { id: appi, region: EastUS2 }\n"
        let estate = try #require(EstateFixture.parse(text).estate)
        #expect(estate.appInsights.first?.region == "eastus2")
    }

    @Test("a zone must belong to the resource's region")
    func unknownZone() {
        let text = EstateFixture.base + "  - { id: st-b, region: eastus2, sku: LRS, zone: eastus2-az4 }\n"
        check(text, at: "eastus2-az4", "unknown zone 'eastus2-az4'; eastus2 has eastus2-az1, eastus2-az2, eastus2-az3")
    }

    @Test("a zone of another region is named as such")
    func zoneOfAnotherRegion() {
        let text = EstateFixture.base + "  - { id: st-b, region: eastus2, sku: LRS, zone: centralus-az1 }\n"
        check(text, at: "centralus-az1", "zone 'centralus-az1' is in centralus, not in eastus2")
    }

    @Test("compute zones belong to the hub's region")
    func computeZone() {
        let text = EstateFixture.base + "compute:\n  - { id: ci, hub: hub-a, type: instance, zone: westus2-az1 }\n"
        check(text, at: "westus2-az1", "'zone' of compute 'ci' (on hub 'hub-a' in eastus2): zone 'westus2-az1' is in westus2")
    }

    @Test("a zone in a region without zones")
    func regionWithoutZones() {
        let text = EstateFixture.base + "  - { id: st-b, region: westus, sku: LRS, zone: westus-az1 }\n"
        check(text, at: "westus-az1", "westus has no availability zones")
    }

    @Test("readiness for a region not in the catalog")
    func readinessRegion() {
        let text = EstateFixture.base + "readiness:\n  centralus: { quota: yes }\n  atlantis: { quota: no }\n"
        check(text, at: "atlantis", "'readiness': unknown region 'atlantis'")
    }

    @Test("readiness values are yes, no or unknown")
    func readinessValue() {
        let text = EstateFixture.base + "readiness:\n  centralus: { quota: true }\n"
        check(text, at: "true", "'quota' of readiness of centralus: 'true' is not one of yes, no, unknown")
    }

    // MARK: References

    @Test("a dangling reference is reported with a did-you-mean among the right kind")
    func danglingReference() {
        let text = EstateFixture.base + "projects:\n  - { id: p1, hub: hub-b, posture: hot/warm }\n"
        check(text, at: "hub-b", "'hub' of project 'p1': no hub named 'hub-b'; did you mean 'hub-a'?")
    }

    @Test("a reference to the wrong kind says what it names")
    func wrongKind() {
        let text = EstateFixture.base.replacingOccurrences(of: "storage: st-a", with: "storage: kv-a")
        check(text, at: "kv-a", occurrence: 2, "'storage' of hub 'hub-a': 'kv-a' is a key vault, not a storage account")
    }

    @Test("a connection targets an AI Services account or a storage account")
    func connectionTarget() {
        let text = EstateFixture.base + "connections:\n  - { id: c1, hub: hub-a, target: hub-a }\n"
        check(text, at: "hub-a }", "'target' of connection 'c1': 'hub-a' is a hub, not an AI Services account or a storage account")
    }

    @Test("job references: project and compute")
    func jobReferences() {
        let text = EstateFixture.base + "jobs:\n  - { id: j1, project: nope, compute: none }\n"
        let result = EstateFixture.parse(text)
        #expect(result.diagnostics.count == 2)
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "nope", in: text), "no project named 'nope'")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "none", in: text), "no compute named 'none'")
    }

    @Test("a job runs on compute of its project's hub")
    func jobComputeHub() {
        let estate = """
            name: t
            hubs:
              - { id: hub-a, region: eastus2, storage: st-a, keyVault: kv-a }
              - { id: hub-b, region: eastus2, storage: st-a, keyVault: kv-a }
            storageAccounts: [{ id: st-a, region: eastus2, sku: ZRS }]
            keyVaults: [{ id: kv-a, region: eastus2 }]
            projects: [{ id: p1, hub: hub-a, posture: hot/cold }]
            compute: [{ id: cl-b, hub: hub-b, type: cluster }]
            jobs: [{ id: j1, project: p1, compute: cl-b }]
            """
        check(estate, at: "cl-b", occurrence: 2, "compute 'cl-b' belongs to hub 'hub-b', but project 'p1' is on hub 'hub-a'")
    }

    @Test("a reference may name a deleted resource of the right kind")
    func referenceToDeleted() {
        let text = EstateFixture.base + """
            appInsights: []
            deleted:
              - { id: kv-old, kind: keyVault, region: eastus2, deletedAt: 2026-11-01T00:00:00Z }

            """
        let changed = text.replacingOccurrences(of: "keyVault: kv-a", with: "keyVault: kv-old")
            .replacingOccurrences(of: "keyVaults:\n  - id: kv-a\n    region: eastus2\n", with: "")
        let result = EstateFixture.parse(changed)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    // MARK: Identifiers and cycles

    @Test("ids are unique across all kinds, citing the first definition")
    func duplicateIds() {
        let text = EstateFixture.base + "appInsights:\n  - { id: kv-a, region: eastus2 }\n"
        let first = EstateFixture.position(of: "kv-a", occurrence: 1, in: text)
        check(text, at: "kv-a", occurrence: 3, "duplicate id 'kv-a': already defined as a key vault at \(first)")
    }

    @Test("a hub naming itself as its secondary is a cycle")
    func selfCycle() {
        let text = EstateFixture.base.replacingOccurrences(of: "    storage: st-a", with: "    secondary: hub-a\n    storage: st-a")
        check(text, at: "hub-a", occurrence: 2, "dependency cycle: hub 'hub-a' names itself as its 'secondary'")
    }

    @Test("a two-hub secondary loop is one cycle, reported where it starts")
    func twoHubCycle() {
        let text = """
            name: t
            hubs:
              - { id: hub-a, region: eastus2, role: primary, secondary: hub-b, storage: st, keyVault: kv }
              - { id: hub-b, region: centralus, role: primary, secondary: hub-a, storage: st, keyVault: kv }
            storageAccounts: [{ id: st, region: eastus2, sku: ZRS }]
            keyVaults: [{ id: kv, region: eastus2 }]
            """
        let result = EstateFixture.parse(text)
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "hub-b", in: text),
            "dependency cycle: hub-a (secondary) -> hub-b (secondary) -> hub-a")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "hub-b", in: text),
            "hub 'hub-b' has role primary; a primary hub fails over to a hub with role secondary")
        #expect(result.diagnostics.filter { $0.message.contains("cycle") }.count == 1)
    }

    // MARK: Hubs

    @Test("a secondary hub names no secondary")
    func secondaryNamesSecondary() {
        let text = """
            name: t
            hubs:
              - { id: hub-a, region: eastus2, role: primary, secondary: hub-b, storage: st, keyVault: kv }
              - { id: hub-b, region: centralus, role: secondary, secondary: hub-c, storage: st, keyVault: kv }
              - { id: hub-c, region: centralus, role: secondary, storage: st, keyVault: kv }
            storageAccounts: [{ id: st, region: eastus2, sku: ZRS }]
            keyVaults: [{ id: kv, region: eastus2 }]
            """
        check(text, at: "hub-c", "a secondary hub is the failover target and names no secondary of its own")
    }

    @Test("hub roles default from who names whom")
    func derivedRoles() throws {
        let text = """
            name: t
            hubs:
              - { id: hub-a, region: eastus2, secondary: hub-b, storage: st, keyVault: kv }
              - { id: hub-b, region: centralus, storage: st, keyVault: kv }
            storageAccounts: [{ id: st, region: eastus2, sku: ZRS }]
            keyVaults: [{ id: kv, region: eastus2 }]
            """
        let estate = try #require(EstateFixture.parse(text).estate)
        #expect(estate.hub("hub-a")?.role == .primary)
        #expect(estate.hub("hub-b")?.role == .secondary)
        #expect(estate.storage("st")?.role == .hubDefault)
    }

    @Test("a missing required key is reported at the mapping")
    func missingRequired() {
        let text = EstateFixture.base.replacingOccurrences(of: "    keyVault: kv-a\n", with: "")
        check(text, at: "id: hub-a", "missing required key 'keyVault' in hub 'hub-a'")
    }

    // MARK: Storage

    @Test("a geo-secondary must be the pair of the account's region")
    func secondaryNotPair() {
        let text = EstateFixture.base + "  - { id: st-g, region: eastus2, sku: Standard_GRS, secondaryRegion: westus }\n"
        check(text, at: "westus", "eastus2 pairs to centralus, not westus (pairs are directed, R11)")
    }

    @Test("pairs are directed: West US 3 pairs to East US, not the other way")
    func directedPairs() {
        let ok = EstateFixture.base + "  - { id: st-g, region: westus3, sku: GRS, secondaryRegion: eastus }\n"
        #expect(EstateFixture.parse(ok).diagnostics.isEmpty)
        let bad = EstateFixture.base + "  - { id: st-g, region: eastus, sku: GRS, secondaryRegion: westus3 }\n"
        check(bad, at: "westus3", "eastus pairs to westus, not westus3")
    }

    @Test("azureName and subscription must be names a command can carry")
    func azureNames() {
        let name = EstateFixture.base + "  - { id: st-x, region: eastus2, sku: ZRS, azureName: 'st x;rm' }\n"
        check(name, at: "'st x;rm'", "'azureName' of storage account 'st-x': 'st x;rm' is not an Azure resource name")
        let subscription = EstateFixture.base + "  - { id: st-x, region: eastus2, sku: ZRS, subscription: a/b }\n"
        check(subscription, at: "a/b", "'subscription' of storage account 'st-x': 'a/b' is not a subscription id")
        let ok = EstateFixture.base
            + "  - { id: st-x, region: eastus2, sku: ZRS, azureName: st.x_(1), subscription: '{subscription-id}' }\n"
        #expect(EstateFixture.parse(ok).diagnostics.isEmpty)
    }

    @Test("a secondary region on a SKU that is not geo-redundant")
    func secondaryOnLRS() {
        let text = EstateFixture.base + "  - { id: st-l, region: eastus2, sku: LRS, secondaryRegion: centralus }\n"
        check(text, at: "centralus", "Standard_LRS is not geo-redundant, so there is no secondary region")
    }

    @Test("a geo-redundant SKU in a region without a pair")
    func geoWithoutPair() {
        let text = EstateFixture.base + "  - { id: st-m, region: mexicocentral, sku: RA-GZRS }\n"
        check(text, at: "RA-GZRS", "Standard_RAGZRS replicates to the paired region, and mexicocentral has no pair (R11)")
    }

    @Test("a zone on a zone-redundant account")
    func zoneOnZRS() {
        let text = EstateFixture.base + "  - { id: st-z, region: eastus2, sku: ZRS, zone: eastus2-az1 }\n"
        check(text, at: "eastus2-az1", "a zone applies only to LRS accounts")
    }

    @Test("a zone-redundant SKU in a region without zones")
    func zrsWithoutZones() {
        let text = EstateFixture.base + "  - { id: st-w, region: westus, sku: ZRS }\n"
        check(text, at: "ZRS }", "Standard_ZRS spreads copies over availability zones, and westus has none")
    }

    @Test("a sync lag needs a geo-secondary")
    func lagWithoutGeo() {
        let text = EstateFixture.base + "  - { id: st-w, region: eastus2, sku: LRS, lastSyncLag: PT5M }\n"
        check(text, at: "PT5M", "Standard_LRS has no geo-secondary to lag behind")
    }

    @Test("a hub's default storage cannot have the isolatedData role")
    func isolatedHubStorage() {
        let text = EstateFixture.base.replacingOccurrences(of: "    sku: Standard_ZRS\n", with: "    sku: Standard_ZRS\n    role: isolatedData\n")
        check(text, at: "isolatedData", "hub 'hub-a' uses this account as its default storage")
    }

    @Test("an unknown SKU lists the accepted names")
    func badSku() {
        let text = EstateFixture.base.replacingOccurrences(of: "sku: Standard_ZRS", with: "sku: Standard_ZZRS")
        check(text, at: "Standard_ZZRS", "'Standard_ZZRS' is not a storage redundancy SKU; use one of Standard_LRS")
    }

    // MARK: Registries and key vaults

    @Test("replicas need the Premium SKU")
    func replicasNeedPremium() {
        let text = EstateFixture.base + "containerRegistries:\n  - { id: acr, region: eastus2, sku: standard, replicas: [centralus] }\n"
        check(text, at: "[centralus]", "geo-replication needs the Premium SKU, and this registry is Standard")
    }

    @Test("a replica in the registry's own region")
    func replicaInHomeRegion() {
        let text = EstateFixture.base + "containerRegistries:\n  - { id: acr, region: eastus2, sku: Premium, replicas: [centralus, eastus2] }\n"
        check(text, at: "eastus2]", "eastus2 is the registry's own region")
    }

    @Test("Key Vault retention is 7 to 90 days")
    func retention() {
        let text = EstateFixture.base.replacingOccurrences(of: "  - id: kv-a\n", with: "  - id: kv-a\n    softDeleteRetentionDays: 120\n")
        check(text, at: "120", "120 is outside 7...90; Key Vault keeps deleted vaults 7 to 90 days (R9)")
    }

    // MARK: Deleted resources

    @Test("a purge date before the deletion date")
    func purgeBeforeDelete() {
        let text = EstateFixture.base + "deleted:\n  - { id: ais-x, kind: aiServices, region: eastus2, deletedAt: 2026-11-20T00:00:00Z, purgeAt: 2026-11-19T00:00:00Z }\n"
        check(text, at: "2026-11-19", "the purge date is before the deletion date")
    }

    @Test("hubs and projects cannot be soft-deleted, so they have no purge date (R9)")
    func hubPurge() {
        let text = EstateFixture.base + "deleted:\n  - { id: hub-old, kind: hub, region: eastus2, deletedAt: 2026-11-20T00:00:00Z, purgeAt: 2026-12-04T00:00:00Z }\n"
        check(text, at: "2026-12-04", "hubs cannot be soft-deleted (R9); a deleted hub is gone at once")
    }

    @Test("a purge date beyond the kind's window")
    func windowTooLong() {
        let text = EstateFixture.base + "deleted:\n  - { id: ais-x, kind: aiServices, region: eastus2, deletedAt: 2026-11-20T00:00:00Z, purgeAt: 2026-11-25T00:00:00Z }\n"
        check(text, at: "2026-11-25", "5d after deletion, but an AI Services account is kept at most 2d (R9)")
    }

    @Test("purge protection is for key vaults only")
    func purgeProtection() {
        let text = EstateFixture.base + "deleted:\n  - { id: st-x, kind: storage, region: eastus2, deletedAt: 2026-11-20T00:00:00Z, purgeProtection: true }\n"
        check(text, at: "true", "purge protection exists only for key vaults")
    }

    @Test("an unknown kind of deleted resource")
    func deletedKind() {
        let text = EstateFixture.base + "deleted:\n  - { id: x, kind: keyvault2, region: eastus2, deletedAt: 2026-11-20T00:00:00Z }\n"
        check(text, at: "keyvault2", "'keyvault2' is not one of hub, project, storage, keyVault")
    }

    // MARK: Values

    @Test("a bad posture lists the postures")
    func badPosture() {
        let text = EstateFixture.base + "projects:\n  - { id: p, hub: hub-a, posture: hot/lukewarm }\n"
        check(text, at: "hot/lukewarm", "'posture' of project 'p': 'hot/lukewarm' is not one of hot/hot, hot/warm, hot/cold")
    }

    @Test("a bad objective duration and a bad snapshot time")
    func durationsAndTimes() {
        let text = EstateFixture.base + "objectives:\n  zone: { rto: 1 hour }\nsnapshotTime: 2026-11-28 09:00\n"
        let result = EstateFixture.parse(text)
        #expect(result.diagnostics.count == 2)
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "1 hour", in: text), "'rto' of zone objective of objectives: '1 hour' is not an ISO 8601 duration")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "2026-11-28", in: text), "'snapshotTime' of the estate: '2026-11-28 09:00' is not an ISO 8601 timestamp")
    }

    @Test("objectives not written keep their defaults")
    func objectiveDefaults() throws {
        let estate = try #require(EstateFixture.parse(EstateFixture.base + "objectives:\n  region: { rpo: PT30M }\n").estate)
        #expect(estate.objectives.region.rpo == 1_800)
        #expect(estate.objectives.region.rto == RecoveryObjectives.defaults.region.rto)
        #expect(estate.objectives.zone == RecoveryObjectives.defaults.zone)
    }

    @Test("unknown keys at the top level and in items")
    func unknownKeys() {
        let text = EstateFixture.base.replacingOccurrences(of: "  - id: kv-a\n", with: "  - id: kv-a\n    purgeProtecton: true\n") + "hub: x\n"
        let result = EstateFixture.parse(text)
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:\(EstateFixture.position(of: "purgeProtecton", in: text)): unknown key 'purgeProtecton' in key vault; did you mean 'purgeProtection'?",
            "t.yaml:\(EstateFixture.position(of: "hub: x", in: text)): unknown key 'hub' in the estate; did you mean 'hubs'?",
        ])
    }

    @Test("a top-level list is not an estate")
    func topLevelList() {
        let result = EstateFixture.parse("- name: x\n- hubs: []\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 1, column: 1))
        #expect(result.diagnostics.first?.message.contains("found a list at the top level") == true)
    }

    @Test("a section of the wrong type")
    func sectionType() {
        let text = EstateFixture.base + "projects: { id: p }\n"
        check(text, at: "{ id: p }", "'projects' of the estate: expected a list, found a mapping")
    }

    // MARK: Regions defined by the file

    @Test("the file can add a region with a zone count and use it")
    func addRegion() throws {
        let text = EstateFixture.base + """
              - { id: st-c, region: contosocentral, sku: GZRS, secondaryRegion: eastus2 }
            regions:
              - { name: contosocentral, displayName: Contoso Central, geography: Lab, pair: eastus2, zones: 2 }
            appInsights: [{ id: appi, region: contosocentral }]

            """
        let result = EstateFixture.parse(text)
        let estate = try #require(result.estate, "\(result.diagnostics)")
        #expect(estate.regions.region(named: "contosocentral")?.zones == ["contosocentral-az1", "contosocentral-az2"])
        #expect(estate.regions.pair(of: "contosocentral") == "eastus2")
        #expect(estate.regions.region(named: "contosocentral")?.keyVaultReplicatesAcrossRegions == true)
        #expect(estate.regions.region(named: "eastus2")?.displayName == "East US 2")
    }

    @Test("a region override changes only the fields it writes")
    func overrideFields() throws {
        let text = EstateFixture.base + "regions:\n  - { name: eastus2, latitude: 36.5, zones: [eastus2-az1, eastus2-az2] }\n"
        let estate = try #require(EstateFixture.parse(text).estate)
        let region = try #require(estate.regions.region(named: "eastus2"))
        #expect(region.latitude == 36.5)
        #expect(region.longitude == -78.3889)
        #expect(region.pair == "centralus")
        #expect(region.zones.count == 2)
    }

    @Test("restating a region's own pair keeps its Key Vault exception: West US 3 and Brazil South never replicate (R11)")
    func restatedPairKeepsKeyVaultException() throws {
        // Key Vault disaster-recovery guidance: vaults in Brazil South and West US 3 do not replicate across
        // regions, pair or no pair. Writing the pair the catalog already has changes nothing.
        let text = EstateFixture.base
            + "regions:\n  - { name: westus3, pair: eastus, latitude: 33.4 }\n  - { name: brazilsouth, pair: southcentralus }\n"
        let estate = try #require(EstateFixture.parse(text).estate)
        #expect(estate.regions.region(named: "westus3")?.keyVaultReplicatesAcrossRegions == false)
        #expect(estate.regions.region(named: "brazilsouth")?.keyVaultReplicatesAcrossRegions == false)
        // A changed pair still means "has a pair" unless the file says otherwise.
        let changed = EstateFixture.base + "regions:\n  - { name: mexicocentral, pair: southcentralus }\n"
        let added = try #require(EstateFixture.parse(changed).estate)
        #expect(added.regions.region(named: "mexicocentral")?.keyVaultReplicatesAcrossRegions == true)
    }

    @Test("overriding a built-in pair with null makes geo-redundant storage impossible there")
    func overridePair() {
        let text = EstateFixture.base + "  - { id: st-g, region: westus2, sku: GRS }\nregions:\n  - { name: westus2, pair: null }\n"
        check(text, at: "GRS }", "westus2 has no pair (R11)")
    }

    @Test("a region definition with an unknown pair and a bad name")
    func badRegionDefinitions() {
        let text = EstateFixture.base + "regions:\n  - { name: labregion, pair: nowhere }\n  - { name: Lab Region }\n"
        let result = EstateFixture.parse(text)
        #expect(result.diagnostics.count == 2, "\(result.diagnostics)")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "nowhere", in: text), "'pair' of region 'labregion': unknown region 'nowhere'")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "Lab Region", in: text), "must be a programmatic name")
    }

    // MARK: More impossible combinations

    @Test("a primary's secondary must have the secondary role")
    func secondaryNotSecondaryRole() {
        let text = """
            name: t
            hubs:
              - { id: hub-a, region: eastus2, role: primary, secondary: hub-b, storage: st, keyVault: kv }
              - { id: hub-b, region: centralus, role: primary, storage: st, keyVault: kv }
            storageAccounts: [{ id: st, region: eastus2, sku: ZRS }]
            keyVaults: [{ id: kv, region: eastus2 }]
            """
        check(text, at: "hub-b", "hub 'hub-b' has role primary; a primary hub fails over to a hub with role secondary (R1)")
    }

    @Test("a zone-redundant registry in a region without zones")
    func zoneRedundantRegistry() {
        let text = EstateFixture.base + "containerRegistries:\n  - { id: acr, region: westus, sku: Premium, zoneRedundant: true }\n"
        check(text, at: "true", "'zoneRedundant' of container registry 'acr': westus has no availability zones")
    }

    @Test("a replica listed twice")
    func replicaTwice() {
        let text = EstateFixture.base + "containerRegistries:\n  - { id: acr, region: eastus2, sku: Premium, replicas: [centralus, centralus] }\n"
        check(text, at: "centralus", occurrence: 2, "centralus is listed twice")
    }

    @Test("a purge date on a kind without soft delete")
    func purgeWithoutSoftDelete() {
        let text = EstateFixture.base + "deleted:\n  - { id: ci-x, kind: compute, region: eastus2, deletedAt: 2026-11-20T00:00:00Z, purgeAt: 2026-11-21T00:00:00Z }\n"
        check(text, at: "2026-11-21", "compute has no soft delete (R9), so it has no purge date")
    }

    @Test("a deleted project is gone at once, with no purge date")
    func deletedProject() {
        let ok = EstateFixture.base + "deleted:\n  - { id: proj-old, kind: project, region: eastus2, deletedAt: 2026-11-20T00:00:00Z }\n"
        #expect(EstateFixture.parse(ok).diagnostics.isEmpty)
        let bad = ok.replacingOccurrences(of: "deletedAt: 2026-11-20T00:00:00Z }", with: "deletedAt: 2026-11-20T00:00:00Z, purgeAt: 2026-11-30T00:00:00Z }")
        check(bad, at: "2026-11-30", "projects cannot be soft-deleted (R9)")
    }

    @Test("a region defined twice, paired with itself, or with a zone listed twice")
    func regionDefinitionMistakes() {
        let text = EstateFixture.base + """
            regions:
              - { name: laba, pair: laba, zones: [laba-az1, laba-az1] }
              - { name: laba }

            """
        let result = EstateFixture.parse(text)
        #expect(result.diagnostics.count == 3, "\(result.diagnostics)")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "laba", occurrence: 2, in: text), "region 'laba' cannot pair with itself")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "laba-az1", occurrence: 2, in: text), "zone 'laba-az1' is listed twice for region 'laba'")
        expectEstateDiagnostic(result.diagnostics, at: EstateFixture.position(of: "laba", occurrence: 5, in: text), "region 'laba' is defined twice; the first definition is at")
    }

    @Test("an item that is not a mapping")
    func itemNotMapping() {
        let text = EstateFixture.base + "appInsights:\n  - appi-eus2\n"
        check(text, at: "appi-eus2", "item of 'appInsights': expected a mapping, found a string")
    }

    @Test("booleans accept true, false, yes and no in any case")
    func booleans() throws {
        let text = EstateFixture.base.replacingOccurrences(of: "  - id: kv-a\n", with: "  - id: kv-a\n    purgeProtection: Yes\n")
        let estate = try #require(EstateFixture.parse(text).estate)
        #expect(estate.keyVault("kv-a")?.purgeProtection == true)
        let bad = EstateFixture.base.replacingOccurrences(of: "  - id: kv-a\n", with: "  - id: kv-a\n    purgeProtection: enabled\n")
        check(bad, at: "enabled", "'purgeProtection' of key vault 'kv-a': expected true or false, found 'enabled'")
    }
}
