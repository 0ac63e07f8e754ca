import PostgresNIO

/// Brings a database's journal schema up to date, one version at a time, under an advisory lock.
enum PostgresMigrator {
    static func migrate(_ connection: PostgresConnection) throws {
        _ = try connection.query("SELECT pg_advisory_lock(\(PostgresSchema.lockKey))", logger: PostgresConnector.silent).waitAtMost()
        defer {
            _ = try? connection.query("SELECT pg_advisory_unlock(\(PostgresSchema.lockKey))", logger: PostgresConnector.silent).waitAtMost()
        }
        _ = try connection.query(PostgresQuery(unsafeSQL: PostgresSchema.versionTable), logger: PostgresConnector.silent).waitAtMost()
        let result = try connection.query(
            "SELECT coalesce(max(version), 0)::bigint FROM foundry_dr_schema", logger: PostgresConnector.silent).waitAtMost()
        let current = try result.rows.first?.decode(Int.self) ?? 0
        guard current <= PostgresSchema.migrations.count else {
            throw TeamJournalError.unusable(
                "the database's journal schema is version \(current); this foundry-dr knows up to \(PostgresSchema.migrations.count): update foundry-dr")
        }
        for version in (current + 1)..<(PostgresSchema.migrations.count + 1) {
            // One transaction per version: a migration is applied whole or not at all.
            _ = try connection.query("BEGIN", logger: PostgresConnector.silent).waitAtMost()
            do {
                for statement in PostgresSchema.migrations[version - 1] {
                    _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresConnector.silent).waitAtMost()
                }
                _ = try connection.query("INSERT INTO foundry_dr_schema (version) VALUES (\(version))", logger: PostgresConnector.silent).waitAtMost()
                _ = try connection.query("COMMIT", logger: PostgresConnector.silent).waitAtMost()
            } catch {
                _ = try? connection.query("ROLLBACK", logger: PostgresConnector.silent).waitAtMost()
                throw error
            }
        }
    }
}
