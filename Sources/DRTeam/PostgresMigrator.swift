import PostgresNIO

/// Brings a database's journal schema up to date, one version at a time, under an advisory lock.
enum PostgresMigrator {
    static func migrate(_ connection: PostgresConnection) throws {
        _ = try connection.query("SELECT pg_advisory_lock(\(PostgresSchema.lockKey))", logger: PostgresConnector.silent).wait()
        defer {
            _ = try? connection.query("SELECT pg_advisory_unlock(\(PostgresSchema.lockKey))", logger: PostgresConnector.silent).wait()
        }
        _ = try connection.simpleQuery(PostgresSchema.versionTable).wait()
        let result = try connection.query(
            "SELECT coalesce(max(version), 0)::bigint FROM foundry_dr_schema", logger: PostgresConnector.silent).wait()
        let current = try result.rows.first?.decode(Int.self) ?? 0
        guard current <= PostgresSchema.migrations.count else {
            throw TeamJournalError.unusable(
                "the database's journal schema is version \(current); this foundry-dr knows up to \(PostgresSchema.migrations.count): update foundry-dr")
        }
        for version in (current + 1)..<(PostgresSchema.migrations.count + 1) {
            _ = try connection.simpleQuery(
                // One simple query runs as one transaction: a migration is applied whole or not at all.
                "\(PostgresSchema.migrations[version - 1]); INSERT INTO foundry_dr_schema (version) VALUES (\(version));"
            ).wait()
        }
    }
}
