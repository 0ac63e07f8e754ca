import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: secrets are dropped, never stored or shown")
struct AzureSecretTests {
    @Test(
        "member names that hold secrets",
        arguments: [
            "key", "keys", "key1", "key2", "primaryKey", "secondaryKey", "password", "adminPassword", "secret",
            "clientSecret", "connectionString", "primaryConnectionString", "sasToken", "accessKey", "storageAccessKey",
            "AccountKey", "credentials", "apiKey", "api_key", "InstrumentationKey", "privateKey", "token",
            "primaryMasterKey", "sharedAccessKey",
        ])
    func secretNames(_ name: String) {
        #expect(SecretRules.isSecretName(name))
    }

    @Test(
        "names that only look like secrets are kept",
        arguments: [
            "keyVault", "key_vault", "keySource", "keyCreationTime", "keyExpirationPeriodInDays", "keyType", "monkey",
            "enablePurgeProtection", "skip_token", "secretsPermissions", "keyVaultUri", "tokenEndpoint", "name", "id",
        ])
    func ordinaryNames(_ name: String) {
        #expect(!SecretRules.isSecretName(name))
    }

    @Test(
        "values that look like secrets",
        arguments: [
            "DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=abc;EndpointSuffix=core.windows.net",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=abc",
            "SharedAccessSignature sr=x&sig=y&se=1",
            "https://st1.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=abcDEF123%3D",
            "-----BEGIN PRIVATE KEY-----\nMIIE",
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl",
            "Q2hhbmdlTWVQbGVhc2VUaGlzSXNOb3RBUmVhbEtleTEyMzQ1Njc4OTBBQkNERUZHSA==",
            "Server=tcp:sql1.database.windows.net;Database=db;User ID=u;Password=p;",
        ])
    func secretValues(_ value: String) {
        #expect(SecretRules.secretKind(ofValue: value, structural: false) != nil)
    }

    @Test(
        "identifiers, endpoints and names are not taken for secrets",
        arguments: [
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai-eus2/providers/Microsoft.Storage/storageAccounts/sthubeus2",
            "22222222-2222-2222-2222-222222222222", "https://ais-contoso-eus2.cognitiveservices.azure.com/", "eastus2",
            "Standard_RAGZRS", "2026-11-28T08:52:00.1234567+00:00",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        ])
    func ordinaryValues(_ value: String) {
        #expect(SecretRules.secretKind(ofValue: value, structural: false) == nil)
    }

    @Test("the scrubber removes secrets and records file, JSON path and line, never the value")
    func scrubber() throws {
        let text = """
            {"properties": {"credentials": {"key": "k-123"}, "endpoint": "https://a.example/",
              "tags": {"note": "AccountKey=c2VjcmV0"}, "keyCreationTime": {"key1": "2026-01-15T09:31:02Z"},
              "list": ["plain", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl"],
              "keys": [{"keyName": "key1", "value": "not-base64-but-listed"}], "isSecret": true}}
            """
        let document = try AzureFixtures.document(text, file: "exports/a.json")
        let (clean, dropped) = SecretScrubber.scrub(document)
        #expect(
            dropped.map(\.path) == [
                "$.properties.credentials", "$.properties.tags.note", "$.properties.list[1]", "$.properties.keys",
            ])
        #expect(dropped.map(\.line) == [1, 2, 3, 4])
        #expect(dropped.allSatisfy { $0.file == "exports/a.json" })
        #expect(clean.root.at(["properties", "endpoint"])?.string == "https://a.example/")
        #expect(clean.root.at(["properties", "keyCreationTime", "key1"])?.string == "2026-01-15T09:31:02Z")
        #expect(clean.root.at(["properties", "list"])?.array?.map(\.isNull) == [false, true])
        #expect(clean.root.at(["properties", "isSecret"])?.bool == true)
        let reasons = dropped.map(\.reason).joined(separator: " ")
        #expect(!reasons.contains("k-123") && !reasons.contains("c2VjcmV0") && !reasons.contains("listed"))
    }

    @Test("listKeys output: each key value is dropped as the value of a listed key")
    func listKeys() throws {
        let document = try AzureFixtures.document(#"[{"keyName": "key1", "permissions": "FULL", "value": "abc"}]"#)
        let (_, dropped) = SecretScrubber.scrub(document)
        #expect(dropped.map(\.path) == ["$[0].value"])
        #expect(dropped.first?.reason == "the value of a listed key")
    }

    /// Every string of the fixture files that the rules take for a secret.
    private func fixtureSecrets() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: AzureFixtures.twoRegion).filter {
            $0.hasSuffix(".json")
        }
        var found: [String] = []
        func walk(_ node: JSONNode, key: String?) {
            switch node.value {
            case .string(let text):
                if let key, SecretRules.isSecretName(key) || key == "value" { found.append(text) }
                if SecretRules.secretKind(ofValue: text, structural: false) != nil { found.append(text) }
            case .array(let items): items.forEach { walk($0, key: key) }
            case .object: node.members?.forEach { walk($0.value, key: $0.key) }
            default: break
            }
        }
        for name in names {
            walk(
                try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: AzureFixtures.file(name))))),
                key: nil)
        }
        return found.filter { $0.count >= 8 && AzureTime.parse($0) == nil && $0 != "FULL" }
    }

    @Test("the fixtures' keys, connection strings and credentials appear nowhere in the estate, YAML or report")
    func fixturesLeakNothing() throws {
        let secrets = try fixtureSecrets()
        #expect(secrets.count >= 8)
        let result = AzureFixtures.importTwoRegion()
        let estate = try #require(result.estate)
        let yaml = EstateWriter.yaml(for: estate)
        let report = result.report.text
        let diagnostics = result.diagnostics.map(\.description).joined()
        for secret in secrets {
            let probe = String(secret.prefix(24))
            #expect(!yaml.contains(probe))
            #expect(!report.contains(probe))
            #expect(!diagnostics.contains(probe))
            #expect(!String(describing: estate).contains(probe))
        }
        #expect(!yaml.contains("AccountKey") && !report.contains("AccountKey="))
    }

    @Test("the report says how many secrets were dropped and where")
    func reportListsSecrets() throws {
        let report = AzureFixtures.importTwoRegion().report
        let places = Set(report.droppedSecrets.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent) \($0.path)" })
        #expect(
            places.isSuperset(of: [
                "connections-hub-eus2.json $.value[0].properties.credentials",
                "graph-resources.json $.data[0].properties.ConnectionString",
                "graph-resources.json $.data[0].properties.InstrumentationKey",
                "storage-connection-string.json $.connectionString",
                "storage-keys-stdataeus2.json $[0].value", "storage-keys-stdataeus2.json $[1].value",
            ]))
        #expect(report.droppedSecrets.count == 9)
        #expect(report.text.contains("Secrets dropped (values never stored or shown) (9):"))
    }

    @Test("in Microsoft's examples only InstrumentationKey and ConnectionString are secrets")
    func examplesHoldTwoSecrets() throws {
        let result = AzureImport.run(paths: [AzureFixtures.restExamples], referenceTime: AzureFixtures.referenceTime)
        let places = result.report.droppedSecrets.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent) \($0.path)" }
        #expect(
            places.sorted() == [
                "appinsights-component-get.json $.properties.ConnectionString",
                "appinsights-component-get.json $.properties.InstrumentationKey",
            ])
    }

    @Test("Key Vault permission lists and tags named key are kept; a tag holding a key is not")
    func ambiguousNamesJudgedByValue() throws {
        let document = try AzureFixtures.document(
            """
            {"tags": {"key": "value", "key1": "value1", "secret": "AccountKey=abc;EndpointSuffix=core.windows.net"},
             "permissions": {"keys": ["get", "list", "wrapKey"], "secrets": ["get"], "certificates": ["list"]},
             "listed": {"key1": "0123456789abcdef0123456789abcdef", "keys": [{"keyName": "k", "value": "v"}],
                        "secret": "hunter2", "password": "plainword"}}
            """)
        let (clean, dropped) = SecretScrubber.scrub(document)
        #expect(clean.root["tags"]?["key"]?.string == "value")
        #expect(clean.root["tags"]?["key1"]?.string == "value1")
        #expect(clean.root["permissions"]?["keys"]?.array?.count == 3)
        #expect(clean.root["permissions"]?["secrets"] != nil && clean.root["permissions"]?["certificates"] != nil)
        #expect(
            Set(dropped.map(\.path)) == [
                "$.tags.secret", "$.listed.key1", "$.listed.keys", "$.listed.secret", "$.listed.password",
            ])
    }

    @Test("lines of dropped secrets are right in any order of lookup", arguments: [false, true])
    func positionsInAnyOrder(_ backwards: Bool) throws {
        let text = (0..<50).map { _ in "{\"a\": \"é\", \"b\": [\n 1, 2]}" }.joined(separator: ",\n")
        let document = try AzureFixtures.document("[" + text + "]")
        var offsets = Array(stride(from: 0, to: document.bytes.count, by: 7))
        if backwards { offsets.reverse() }
        for offset in offsets {
            #expect(document.position(of: offset) == TextPosition.position(ofByte: offset, in: document.bytes))
        }
    }
}
