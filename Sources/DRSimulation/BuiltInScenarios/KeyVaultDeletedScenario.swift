/// The hubs' shared Key Vault is deleted by accident (R9, R10).
enum KeyVaultDeletedScenario {
    static let name = "keyvault-deleted"
    static let yaml = #"""
# kv-contoso-ai, shared by both hubs, is deleted by a clean-up script. Both hubs lose their credentials and every
# project stops (R10). Soft delete with purge protection keeps it recoverable for 90 days (R9).
name: keyvault-deleted
title: The hub Key Vault is deleted by accident
summary: A clean-up script deletes kv-contoso-ai; the team recovers it from soft delete and checks the jobs.
estate: contoso-ai
objectives:
  deletion: { rto: PT1H }
duration: PT4H
injects:
  - id: vault-deleted
    at: PT10M
    fault: delete:kv-contoso-ai
    message: "Both hubs report authentication failures to storage and connections."
    to: on-call
    expect: Find the deleted vault in the soft-deleted list; do not fail over (the secondary uses the same vault).
  - id: recover
    at: PT25M
    message: "The platform team confirms the vault was deleted by a clean-up script."
    to: incident-commander
    expect: Recover kv-contoso-ai from soft delete (az keyvault recover), then check the hubs.
    action: recover:kv-contoso-ai
  - id: jobs
    at: PT45M
    message: "Job submissions failed while the vault was gone; the running training jobs kept running."
    to: on-call
    expect: Check the running jobs; resubmit only the submissions that failed (R4).
stop:
  - after: PT4H
"""#
}
