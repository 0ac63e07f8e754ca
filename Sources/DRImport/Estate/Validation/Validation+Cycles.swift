import DRDomain
import Foundation

extension EstateValidator {
    /// Reports each cycle of the reference graph once, at the reference that starts it in file order.
    ///
    /// In practice only hubs can loop (a hub naming itself, or A -> B -> A through `secondary`), but the check
    /// runs on every reference so a future kind of reference cannot loop unnoticed.
    func checkCycles() {
        var edges: [ResourceID: [EstateReference]] = [:]
        for reference in draft.references
        where resolves(reference.from, reference.field) && index[reference.target]?.deleted == false {
            edges[reference.from, default: []].append(reference)
        }
        var state: [ResourceID: Int] = [:]  // 1 on the path, 2 finished
        var reported: Set<Set<ResourceID>> = []
        let starts = edges.values.flatMap { $0 }.sorted { $0.position < $1.position }.map(\.from)
        for start in starts where state[start] == nil {
            // Iterative depth-first search; the path holds the references followed so far.
            var path: [EstateReference] = []
            var pending: [(node: ResourceID, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = pending.last {
                let outgoing = edges[top.node] ?? []
                guard top.next < outgoing.count else {
                    state[top.node] = 2
                    pending.removeLast()
                    if !path.isEmpty { path.removeLast() }
                    continue
                }
                pending[pending.count - 1].next += 1
                let edge = outgoing[top.next]
                switch state[edge.target] {
                case 1:
                    let loopStart = path.firstIndex { $0.from == edge.target } ?? path.count
                    let loop = Array(path[loopStart...]) + [edge]
                    let members = Set(loop.map(\.from))
                    guard reported.insert(members).inserted else { continue }
                    reportCycle(loop)
                case 2:
                    continue
                default:
                    state[edge.target] = 1
                    path.append(edge)
                    pending.append((edge.target, 0))
                }
            }
        }
    }

    private func reportCycle(_ loop: [EstateReference]) {
        guard let first = loop.min(by: { $0.position < $1.position }) else { return }
        if loop.count == 1 {
            report(
                "dependency cycle: \(Self.subject(first.fromKind, first.from)) names itself as its '\(first.field)'",
                at: first.position)
            return
        }
        let offset = loop.firstIndex { $0.position == first.position } ?? 0
        let rotated = Array(loop[offset...] + loop[..<offset])
        let chain = rotated.map { "\($0.from) (\($0.field))" }.joined(separator: " -> ")
        report("dependency cycle: \(chain) -> \(first.from)", at: first.position)
    }
}
