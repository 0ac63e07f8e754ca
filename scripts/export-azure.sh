#!/usr/bin/env bash
# Exports what `foundry-dr import` reads, one JSON file per command, into a folder.
#
# Usage: scripts/export-azure.sh OUTPUT_DIR SUBSCRIPTION_ID RESOURCE_GROUP [RESOURCE_GROUP ...]
#
# Read-only: every command lists or shows; nothing in Azure changes. No keys are ever requested: the script never
# calls list-keys, keys list, show-connection-string or listsecrets, and `foundry-dr import` drops any secret it
# still finds. Sign in first (az login); the Azure CLI `ml` extension is used when installed, REST otherwise.
# Health data goes to OUTPUT_DIR/health, for `foundry-dr ... --health`.
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 OUTPUT_DIR SUBSCRIPTION_ID RESOURCE_GROUP [RESOURCE_GROUP ...]" >&2
  exit 2
fi

out="$1"
sub="$2"
shift 2
groups=("$@")
arm="https://management.azure.com"

command -v az >/dev/null 2>&1 || { echo "the Azure CLI (az) is not installed" >&2; exit 2; }
mkdir -p "$out/health"

# save NAME COMMAND...: runs the command and writes its JSON output to OUTPUT_DIR/NAME.json, whole or not at all.
save() {
  local name="$1"
  shift
  local target="$out/$name.json"
  local partial="$target.partial"
  if "$@" --output json >"$partial"; then
    mv "$partial" "$target"
    echo "wrote $target"
  else
    rm -f "$partial"
    echo "skipped $name: the command failed (see above)" >&2
  fi
}

# names GROUP TYPE: the names of the resources of one type in a resource group, one per line.
names() {
  az resource list --subscription "$sub" --resource-group "$1" --resource-type "$2" --query "[].name" --output tsv
}

# 1. Regions: names, coordinates, directed pairs and this subscription's zone mappings.
save locations az rest --method get --url "$arm/subscriptions/$sub/locations?api-version=2022-12-01"

# 2. Soft-deleted Key Vaults and AI Services accounts of the subscription.
save keyvault-list-deleted az keyvault list-deleted --subscription "$sub" --resource-type vault
save cognitiveservices-list-deleted az cognitiveservices account list-deleted --subscription "$sub"

# 3. Per resource group: the resource list, then a show of each resource the estate needs.
for rg in "${groups[@]}"; do
  save "resources-$rg" az resource list --subscription "$sub" --resource-group "$rg"

  for ws in $(names "$rg" Microsoft.MachineLearningServices/workspaces); do
    if az extension show --name ml >/dev/null 2>&1; then
      save "workspace-$rg-$ws" az ml workspace show --subscription "$sub" --resource-group "$rg" --name "$ws"
    else
      save "workspace-$rg-$ws" az resource show --subscription "$sub" --resource-group "$rg" \
        --resource-type Microsoft.MachineLearningServices/workspaces --name "$ws"
    fi
    id="/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.MachineLearningServices/workspaces/$ws"
    save "computes-$rg-$ws" az rest --method get --url "$arm$id/computes?api-version=2024-04-01"
    save "connections-$rg-$ws" az rest --method get --url "$arm$id/connections?api-version=2024-04-01"
  done

  for st in $(names "$rg" Microsoft.Storage/storageAccounts); do
    # geoReplicationStats is refused for accounts without a geo-secondary: fall back to a plain show.
    partial="$out/storage-$rg-$st.json.partial"
    if az storage account show --subscription "$sub" --resource-group "$rg" --name "$st" \
      --expand geoReplicationStats --output json >"$partial" 2>/dev/null; then
      mv "$partial" "$out/storage-$rg-$st.json"
      echo "wrote $out/storage-$rg-$st.json"
    else
      rm -f "$partial"
      save "storage-$rg-$st" az storage account show --subscription "$sub" --resource-group "$rg" --name "$st"
    fi
    # Blob and container soft delete live on the blob service, not the account.
    save "blobservice-$rg-$st" az storage account blob-service-properties show --subscription "$sub" \
      --resource-group "$rg" --account-name "$st"
  done

  for kv in $(names "$rg" Microsoft.KeyVault/vaults); do
    save "keyvault-$rg-$kv" az keyvault show --subscription "$sub" --resource-group "$rg" --name "$kv"
  done

  for acr in $(names "$rg" Microsoft.ContainerRegistry/registries); do
    save "acr-$rg-$acr" az acr show --subscription "$sub" --resource-group "$rg" --name "$acr"
    sku="$(az acr show --subscription "$sub" --resource-group "$rg" --name "$acr" --query sku.name --output tsv || true)"
    if [ "$sku" = "Premium" ]; then
      save "acr-replications-$rg-$acr" az acr replication list --subscription "$sub" --resource-group "$rg" \
        --registry "$acr"
    fi
  done

  # Health: availability of every resource in the group (Resource Health).
  save "health/availability-$rg" az rest --method get \
    --url "$arm/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.ResourceHealth/availabilityStatuses?api-version=2025-04-01"
done

# 4. Service Health events of the subscription.
save health/service-events az rest --method get \
  --url "$arm/subscriptions/$sub/providers/Microsoft.ResourceHealth/events?api-version=2025-04-01"

echo "done: foundry-dr import $out -o estate.yaml"
