/// A Storage service outage in the primary region forces a failover decision (R3, R10).
enum StorageOutageScenario {
    static let name = "storage-outage-eastus2"
    static let yaml = #"""
# Service Health reports Storage down in East US 2. The hub's default storage (RA-GZRS) is readable only at
# its secondary endpoint and cannot be failed over (Azure Machine Learning does not support it); the hub uses
# the primary endpoint, so it is down and its running jobs fail. Isolated data storage can be failed over.
# Wait, or fail the hub over?
name: storage-outage-eastus2
title: Storage is down in East US 2
summary: The hub's default storage is unreachable at its primary; the team must choose between waiting and failing the hub over.
estate: contoso-ai
duration: PT8H
injects:
  - id: storage-down
    at: PT0S
    fault: service:Storage@eastus2
    until: PT6H
    message: "Azure Service Health: Storage in East US 2 - customers may be unable to write to accounts."
    to: on-call
    expect: Check which accounts are read-only at their secondary, and see that hub-eus2 is down (it uses the primary endpoint).
  - id: try-account-failover
    at: PT20M
    message: "Someone proposes an account failover of the hub's default storage."
    to: incident-commander
    expect: Refuse it (not supported for a hub's default storage); fail over the isolated data account instead.
    action: account-failover:sthubeus2
  - id: data-failover
    at: PT25M
    expect: Fail over stdataeus2 so training data is writable in Central US.
    message: "Data engineering needs to write training data."
    to: on-call
    action: account-failover:stdataeus2
  - id: decide
    at: PT45M
    message: "No estimate of resolution from Azure after 45 minutes."
    to: incident-commander
    expect: Fail hub-eus2 over to hub-cus, or document the decision to wait against the objectives.
    action: failover:hub-eus2
stop:
  - after: PT8H
"""#
}
