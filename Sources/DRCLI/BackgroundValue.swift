import Foundation

/// A value computed on another thread while the caller goes on with other work, then waited for.
///
/// `assess` enumerates every single fault while it assesses and renders the report: the two share nothing (each
/// reads the same immutable estate), so on a machine with two cores the slower one sets the time, and the output
/// is the same as computing them one after the other.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals `finished`; read only after waiting for it.
    private var result: Value?

    /// Starts `work` on a new thread (with a main-thread-sized stack, as the work may recurse deeply).
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, waiting for the worker to finish if it has not yet.
    var value: Value {
        finished.wait()
        defer { finished.signal() }
        return result!
    }
}
