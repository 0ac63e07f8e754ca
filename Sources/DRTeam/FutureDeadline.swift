import NIOCore

extension EventLoopFuture where Value: Sendable {
    /// Waits for the result on the calling thread, at most `seconds`: a server that stops answering (a half-open
    /// connection, a shutdown in progress) makes the console say "journal offline" instead of hanging.
    func waitAtMost(_ seconds: Int64 = 5) throws -> Value {
        let promise = eventLoop.makePromise(of: Value.self)
        let deadline = eventLoop.scheduleTask(in: .seconds(seconds)) {
            promise.fail(TeamJournalError.offline("no answer from the server in \(seconds) s"))
        }
        whenComplete { result in
            deadline.cancel()
            promise.completeWith(result)
        }
        return try promise.futureResult.wait()
    }
}
