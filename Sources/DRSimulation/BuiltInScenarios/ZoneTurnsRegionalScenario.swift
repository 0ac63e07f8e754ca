/// A zone outage that spreads to the whole region (R2 then R1, R3).
enum ZoneTurnsRegionalScenario {
    static let name = "zone-turns-regional"
    static let yaml = #"""
# A zone of East US 2 fails, then a second, then the whole region. Waiting for the zone was the right call at
# first; the question is when to start the failover (R2, then R1, R3).
name: zone-turns-regional
title: A zone outage turns regional
summary: eastus2-az1 fails, then eastus2-az2, then the region; the team starts the failover once it turns regional.
estate: contoso-ai
duration: PT10H
injects:
  - id: zone-1
    at: PT0S
    fault: zone:eastus2-az1
    message: "Service Health: datacenter incident in eastus2-az1."
    to: on-call
    expect: Projects pause; save work; wait for the zone (RTO 1 h).
  - id: zone-2
    at: PT40M
    fault: zone:eastus2-az2
    message: "Service Health: the incident now affects eastus2-az2."
    to: incident-commander
    expect: Start the failover preflight for hub-eus2 now (networking in Central US is not ready).
  - id: region
    at: PT1H10M
    fault: region:eastus2
    message: "Service Health: East US 2 regional outage declared."
    to: incident-commander
    expect: Prepare the failover of hub-eus2; hub-cus shares kv-contoso-ai, which awaits Microsoft's failover.
  - id: keyvault-failover
    at: PT3H
    fault: keyvault-failover:kv-contoso-ai
    message: "Azure Service Health: Microsoft has started the failover of Key Vault in East US 2 to Central US."
    to: incident-commander
    expect: Fail hub-eus2 over to hub-cus once kv-contoso-ai serves read-only from Central US.
    action: failover:hub-eus2@PT3H10M
  - id: zones-cleared
    at: PT1H10M
    clear: zone:eastus2-az1
  - id: zone-2-cleared
    at: PT1H10M
    clear: zone:eastus2-az2
stop:
  - after: PT10H
"""#
}
