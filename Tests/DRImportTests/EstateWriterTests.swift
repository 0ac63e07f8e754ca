import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Estate writer: YAML text and atomic output")
struct EstateWriterTests {
    @Test(
        "scalars YAML would misread are quoted",
        arguments: [
            ("yes", "\"yes\""), ("No", "\"No\""), ("on", "\"on\""), ("null", "\"null\""), ("~", "\"~\""), ("", "\"\""),
            ("42", "\"42\""), ("1e3", "\"1e3\""), ("0x1F", "\"0x1F\""), ("1_000", "\"1_000\""), (".inf", "\".inf\""),
            ("2026-11-28", "\"2026-11-28\""), ("a: b", "\"a: b\""), ("x # y", "\"x # y\""), ("East US 2", "East US 2"),
            ("a  b", "\"a  b\""), ("b ", "\"b \""), ("-x", "\"-x\""),
            ("{x}", "\"{x}\""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("tab\there", "\"tab\\there\""),
            ("rg-ai-eus2", "rg-ai-eus2"), ("Standard_DS3_v2", "Standard_DS3_v2"), ("eastus2-az1", "eastus2-az1"),
            ("hot/hot", "hot/hot"), ("v1.2", "v1.2"), ("ünïcode", "\"ünïcode\""),
        ])
    func quoting(_ input: String, _ expected: String) {
        #expect(YAMLScalar.string(input) == expected)
    }

    @Test("numbers are written as the shortest text that reads back the same")
    func numbers() {
        #expect(YAMLScalar.number(36.6681) == "36.6681")
        #expect(YAMLScalar.number(-100.389888) == "-100.389888")
        #expect(YAMLScalar.number(2) == "2")
    }

    private var estate: Estate {
        var regions = RegionCatalog.builtIn
        if var westus = regions.region(named: "westus") {
            westus.zones = Region.physicalZones("westus", count: 3)
            regions = regions.merging([
                westus,
                Region(
                    name: "newregion", displayName: "New Region", geography: "Nowhere",
                    latitude: 1.5, longitude: -2, pair: "westus"),
            ])
        }
        return Estate(
            name: "e1", snapshotTime: Timestamp.parse("2026-11-28T09:00:00Z"), regions: regions,
            hubs: [Hub(id: "hub1", region: "eastus2", role: .primary, storage: "st1", keyVault: "kv1")],
            projects: [
                Project(
                    id: "p1", hub: "hub1", critical: false, posture: .hotCold,
                    objectives: .init(rto: [.region: 1_800], rpo: [.region: 600, .zone: 60]), resourceGroup: "yes")
            ],
            storageAccounts: [
                StorageAccount(
                    id: "st1", region: "eastus2", redundancy: .standardGZRS, role: .hubDefault,
                    secondaryRegion: "centralus", lastSyncLag: 4_830)
            ],
            keyVaults: [KeyVault(id: "kv1", region: "eastus2", purgeProtection: false)],
            containerRegistries: [ContainerRegistry(id: "acr1", region: "eastus2", sku: .standard)],
            aiServices: [AIServicesAccount(id: "ais1", region: "eastus2", accountKind: "OpenAI")],
            connections: [Connection(id: "c1", hub: "hub1", target: "ais1", purpose: "chat: primary", critical: true)],
            readiness: [
                "centralus": RegionReadiness(region: "centralus"),
                "eastus": RegionReadiness(region: "eastus", quota: .no, storageAccess: .yes),
            ])
    }

    @Test("writes the sample's layout with only non-default fields")
    func layout() {
        let text = EstateWriter.yaml(for: estate)
        #expect(
            text == """
                # Written by foundry-dr; the format is described in docs/estate-format.md.
                name: e1
                snapshotTime: 2026-11-28T09:00:00Z

                regions:
                  - name: newregion
                    displayName: New Region
                    geography: Nowhere
                    latitude: 1.5
                    longitude: -2
                    pair: westus
                  - name: westus
                    zones: [westus-az1, westus-az2, westus-az3]

                hubs:
                  - id: hub1
                    region: eastus2
                    role: primary
                    storage: st1
                    keyVault: kv1

                projects:
                  - id: p1
                    hub: hub1
                    critical: false
                    posture: hot/cold
                    objectives:
                      zone: { rpo: PT1M }
                      region: { rto: PT30M, rpo: PT10M }
                    resourceGroup: "yes"

                storageAccounts:
                  - id: st1
                    region: eastus2
                    sku: Standard_GZRS
                    role: hubDefault
                    secondaryRegion: centralus
                    lastSyncLag: PT1H20M30S

                keyVaults:
                  - id: kv1
                    region: eastus2
                    softDeleteRetentionDays: 90
                    purgeProtection: false

                containerRegistries:
                  - id: acr1
                    region: eastus2
                    sku: Standard

                aiServices:
                  - { id: ais1, region: eastus2, kind: OpenAI }

                connections:
                  - { id: c1, hub: hub1, target: ais1, purpose: "chat: primary", critical: true }

                readiness:
                  centralus: {}
                  eastus:
                    quota: no
                    storageAccess: yes

                """)
    }

    @Test("objectives are written only when they differ from the defaults, all three lines then")
    func objectives() {
        var changed = estate
        #expect(!EstateWriter.yaml(for: changed).contains("objectives:\n  zone"))
        changed.objectives.deletion.rto = 7_200
        #expect(
            EstateWriter.yaml(for: changed).contains(
                """
                objectives:
                  zone:     { rto: PT1H, rpo: PT15M }
                  region:   { rto: PT4H, rpo: PT1H }
                  deletion: { rto: PT2H, rpo: PT0S }
                """))
    }

    @Test("the same estate always gives the same text")
    func deterministic() {
        #expect(EstateWriter.yaml(for: estate) == EstateWriter.yaml(for: estate))
    }

    @Test("atomic writing replaces the file whole and leaves no temporary file")
    func atomicWrite() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("estate.yaml").path
        try SafeFileWriter.write("name: old\n", to: path)
        try SafeFileWriter.write("name: new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "name: new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["estate.yaml"])
    }

    @Test("writing into a missing directory or over a directory fails and touches nothing")
    func atomicWriteFailures() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: FileWriteError.self) {
            try SafeFileWriter.write(
                "name: x\n", to: directory.appendingPathComponent("missing/estate.yaml").path)
        }
        #expect(throws: FileWriteError.self) { try SafeFileWriter.write("name: x\n", to: directory.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
