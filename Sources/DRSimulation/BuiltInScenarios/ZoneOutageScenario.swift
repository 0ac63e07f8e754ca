/// A zone of the primary region goes down for 90 minutes (R2, R4).
enum ZoneOutageScenario {
    static let name = "zone-outage-eastus2"
    static let yaml = #"""
# A zone of East US 2 goes down for 90 minutes. Projects pause; zone-redundant storage, the Key Vault and the
# zone-redundant registry keep serving; compute in the zone and the jobs on it are lost (R2, R4).
name: zone-outage-eastus2
title: A zone of East US 2 goes down
summary: eastus2-az1 is lost for 90 minutes; the team must save work, wait or decide to fail over, and resubmit jobs.
estate: contoso-ai
duration: PT3H
injects:
  - id: zone-down
    at: PT5M
    fault: zone:eastus2-az1
    until: PT1H35M
    message: "Azure Service Health: a datacenter incident in East US 2 (physical zone eastus2-az1)."
    to: on-call
    expect: Confirm which projects are paused and which compute and jobs ran in the zone; save work.
  - id: decide
    at: PT20M
    message: "The product owner asks whether proj-chat should fail over to Central US."
    to: incident-commander
    expect: Weigh the zone objective (RTO 1 h) against the hot/hot failover time; waiting is expected.
  - id: zone-back
    at: PT1H35M
    message: "Service Health: eastus2-az1 is recovering."
    to: on-call
    expect: Resubmit the jobs that failed in the zone (they do not resume).
    action: resubmit:hub-eus2@PT1H40M
stop:
  - after: PT3H
"""#
}
