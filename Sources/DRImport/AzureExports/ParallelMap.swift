import Dispatch

/// Work spread over the machine's cores, results in input order: used for the import's per-file work (reading,
/// parsing and scrubbing each export), which shares nothing between files.
enum ParallelMap {
    /// `transform` applied to every element, on as many threads as Dispatch gives, in the elements' order.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.values()
    }

    /// One slot per element, each written by exactly one iteration and read only after all of them finished.
    private final class Slots<Value>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            storage = UnsafeMutableBufferPointer.allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            _ = storage.deinitialize()
            storage.deallocate()
        }

        func set(_ index: Int, _ value: Value) { storage[index] = value }

        func values() -> [Value] { storage.compactMap { $0 } }
    }
}
