import Foundation

/// Decodes workspace compute: REST / Resource Graph (`properties.computeType` such as `ComputeInstance` or
/// `AmlCompute`, with the state and VM size nested at `properties.properties.state` and `.vmSize`) and
/// `az ml compute list` (`type` such as `computeinstance`, `size`, `state` at the top level).
enum ComputeDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        facts.computeType = item.string([["properties", "computeType"], ["computeType"]])
        if facts.computeType == nil, let type = item.string("type"), !type.contains("/") { facts.computeType = type }
        facts.computeState = item.string([["properties", "properties", "state"], ["state"]])
        facts.vmSize = item.string([
            ["properties", "properties", "vmSize"], ["properties", "vmSize"], ["size"], ["vmSize"],
        ])
    }
}
