/// The whole primary region goes down (R1, R3, R4, R5, R6, R7, R8, R11).
enum RegionOutageScenario {
    static let name = "region-outage-eastus2"
    static let yaml = #"""
# East US 2 goes down. Nothing fails over by itself: the registry serves from its replica; the shared Key Vault
# waits for Microsoft to start its failover (best effort; the customer cannot trigger it), and until then the
# secondary hub lacks its secrets too; the hub and its projects wait for the operator (R1, R3, R11).
name: region-outage-eastus2
title: East US 2 is down
summary: A full regional outage of the primary; the team fails hub-eus2 over to hub-cus and resubmits jobs.
estate: contoso-ai
duration: PT12H
injects:
  - id: region-down
    at: PT0S
    fault: region:eastus2
    message: "Azure Service Health: multiple services degraded in East US 2; no time to resolution."
    to: on-call
    expect: Declare a regional incident; check the secondary's readiness (R6).
  - id: plan
    at: PT30M
    message: "The incident commander asks for the failover plan of hub-eus2."
    to: incident-commander
    expect: See that hub-cus is down too, because it shares kv-contoso-ai, which awaits Microsoft's failover.
  - id: keyvault-failover
    at: PT2H
    fault: keyvault-failover:kv-contoso-ai
    message: "Azure Service Health: Microsoft has started the failover of Key Vault in East US 2 to Central US."
    to: on-call
    expect: Check that kv-contoso-ai serves read-only from Central US, then start the failover.
  - id: failover
    at: PT2H15M
    message: "The incident commander approves the failover of hub-eus2."
    to: incident-commander
    expect: Fail hub-eus2 over to hub-cus; fix the networking gap in Central US; re-point connections.
    action: failover:hub-eus2
  - id: jobs
    at: PT8H
    message: "Data science reports two training jobs stuck since the outage."
    to: on-call
    expect: Resubmit the failed jobs on the secondary hub (R4).
    action: resubmit:hub-eus2
stop:
  - after: PT12H
"""#
}
