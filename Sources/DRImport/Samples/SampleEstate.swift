import Foundation

/// The built-in sample estate, compiled into the binary (`foundry-dr sample estate` prints it).
public enum SampleEstate {
    /// The sample's name.
    public static let name = "contoso-ai"

    /// The file name it is reported under in messages.
    public static let fileName = "<sample:contoso-ai>"

    /// The sample as an estate file.
    public static let yaml = #"""
# contoso-ai: a two-region Foundry hub deployment, the built-in sample of foundry-dr.
# East US 2 is primary; Central US (its pair) is secondary. The posture has real gaps, on purpose,
# so that `foundry-dr assess` has something true to say. Times are fixed so the sample replays exactly.
name: contoso-ai
snapshotTime: 2026-11-28T09:00:00Z

objectives:
  zone:     { rto: PT1H, rpo: PT15M }
  region:   { rto: PT4H, rpo: PT1H }
  deletion: { rto: PT2H, rpo: PT0S }

hubs:
  - id: hub-eus2
    region: eastus2
    role: primary
    secondary: hub-cus
    storage: sthubeus2
    keyVault: kv-contoso-ai
    containerRegistry: acrcontosoai
    appInsights: appi-eus2
    resourceGroup: rg-ai-eus2
  - id: hub-cus
    region: centralus
    role: secondary
    storage: sthubcus          # gap: LRS, see storageAccounts
    keyVault: kv-contoso-ai    # the same vault serves both hubs, as the guidance says
    containerRegistry: acrcontosoai
    appInsights: appi-cus
    resourceGroup: rg-ai-cus

projects:
  - id: proj-chat              # customer-facing assistant
    hub: hub-eus2
    critical: true
    posture: hot/hot
    objectives:
      region: { rto: PT30M }   # gap: even hot/hot needs time to decide and re-point
  - id: proj-docs              # document processing
    hub: hub-eus2
    critical: true
    posture: hot/warm
  - id: proj-lab               # data-science sandbox
    hub: hub-eus2
    critical: false
    posture: hot/cold          # gap: with the secondary's readiness gaps its failover takes longer than 4 h

storageAccounts:
  - id: sthubeus2
    region: eastus2
    sku: Standard_RAGZRS
    role: hubDefault
    secondaryRegion: centralus
    lastSyncLag: PT8M
    resourceGroup: rg-ai-eus2
  - id: sthubcus
    region: centralus
    sku: Standard_LRS          # gap: one datacenter, no secondary
    role: hubDefault
    zone: centralus-az2
    resourceGroup: rg-ai-cus
  - id: stdataeus2
    region: eastus2
    sku: Standard_RAGRS
    role: isolatedData
    lastSyncLag: PT12M
    resourceGroup: rg-data

keyVaults:
  - id: kv-contoso-ai
    region: eastus2
    softDeleteRetentionDays: 90
    purgeProtection: true
    resourceGroup: rg-ai-eus2

containerRegistries:
  - id: acrcontosoai
    region: eastus2
    sku: Premium
    replicas: [centralus]
    zoneRedundant: true
    resourceGroup: rg-ai-eus2

appInsights:
  - { id: appi-eus2, region: eastus2, resourceGroup: rg-ai-eus2 }
  - { id: appi-cus, region: centralus, resourceGroup: rg-ai-cus }

aiServices:
  - { id: ais-contoso-eus2, region: eastus2, kind: AIServices, resourceGroup: rg-ai-eus2 }
  - { id: ais-contoso-cus, region: centralus, kind: AIServices, resourceGroup: rg-ai-cus }
  - { id: ais-docintel-eus2, region: eastus2, kind: FormRecognizer, resourceGroup: rg-ai-eus2 }

connections:
  - { id: conn-eus2-ais-eus2, hub: hub-eus2, target: ais-contoso-eus2, purpose: foundry-tools, critical: true }
  - { id: conn-eus2-ais-cus, hub: hub-eus2, target: ais-contoso-cus, purpose: foundry-tools, critical: true }
  - { id: conn-eus2-docintel, hub: hub-eus2, target: ais-docintel-eus2, purpose: document-intelligence, critical: true }
  - { id: conn-eus2-data, hub: hub-eus2, target: stdataeus2, purpose: training-data, critical: false }
  - { id: conn-cus-ais-cus, hub: hub-cus, target: ais-contoso-cus, purpose: foundry-tools, critical: true }
  - { id: conn-cus-ais-eus2, hub: hub-cus, target: ais-contoso-eus2, purpose: foundry-tools, critical: true }
  - { id: conn-cus-data, hub: hub-cus, target: stdataeus2, purpose: training-data, critical: false }

compute:
  - { id: ci-dev-eus2-01, hub: hub-eus2, type: instance, zone: eastus2-az1, vmSize: Standard_DS3_v2 }
  - { id: ci-dev-eus2-02, hub: hub-eus2, type: instance, zone: eastus2-az2, vmSize: Standard_DS3_v2 }
  - { id: cluster-train-eus2, hub: hub-eus2, type: cluster, zone: eastus2-az1, vmSize: Standard_NC24ads_A100_v4 }
  - { id: cluster-train-cus, hub: hub-cus, type: cluster, vmSize: Standard_NC24ads_A100_v4 }

jobs:
  - { id: job-finetune-chat-0412, project: proj-chat, compute: cluster-train-eus2, startedAt: 2026-11-28T07:40:00Z }
  - { id: job-eval-docs-0413, project: proj-docs, compute: cluster-train-eus2, startedAt: 2026-11-28T08:15:00Z }

deleted:
  - id: kv-contoso-legacy      # a retired vault, recoverable for weeks yet
    kind: keyVault
    region: eastus2
    deletedAt: 2026-11-10T14:00:00Z
    purgeAt: 2027-02-08T14:00:00Z
    purgeProtection: true
    resourceGroup: rg-ai-eus2
  - id: ais-contoso-speech     # deleted by mistake yesterday; 12 hours left
    kind: aiServices
    region: eastus2
    deletedAt: 2026-11-26T21:00:00Z
    purgeAt: 2026-11-28T21:00:00Z
    resourceGroup: rg-ai-eus2

readiness:
  centralus:
    quota: yes
    roleAssignments: unknown   # gap: role assignments do not replicate; nobody has checked
    networking: no             # gap: no private endpoints or DNS in the secondary yet
    storageAccess: yes
"""#
}
