/// The shared journal's tables, one migration per schema version, applied in order under an advisory lock so
/// consoles joining at once do not race. What the server enforces lives here: entry order (a gapless position per
/// drill, assigned under the drill row's lock, so commit order is position order), idempotent ids, roles, claims
/// on a hub (two failovers of one hub: the first committed wins) and the change notifications.
enum PostgresSchema {
    /// The lock key of migrations ("FDRJ").
    static let lockKey = 0x4644_524A
    /// The channel every change is announced on: `DRILL POSITION` for an entry, `DRILL presence` for presence.
    static let channel = "foundry_dr"
    /// SQLSTATE of a claim already taken by someone else.
    static let conflictState = "FDR01"
    /// SQLSTATE of a write the participant's role does not allow.
    static let refusedState = "FDR02"

    static let versionTable = """
        CREATE TABLE IF NOT EXISTS foundry_dr_schema (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """

    /// Migrations by version, from 1: each a list of statements, run in one transaction.
    static let migrations: [[String]] = [v1]

    static let v1: [String] = [
        """
        CREATE TABLE foundry_dr_drill (
            name text PRIMARY KEY,
            created_at timestamptz NOT NULL DEFAULT now(),
            last_position integer NOT NULL DEFAULT 0
        )
        """,
        """
        CREATE TABLE foundry_dr_participant (
            drill text NOT NULL REFERENCES foundry_dr_drill(name) ON DELETE CASCADE,
            name text NOT NULL,
            role text NOT NULL CHECK (role IN ('facilitator', 'operator', 'scribe', 'observer')),
            login text NOT NULL DEFAULT session_user,
            joined_at timestamptz NOT NULL DEFAULT now(),
            seen_at timestamptz NOT NULL DEFAULT now(),
            left_at timestamptz,
            PRIMARY KEY (drill, name)
        )
        """,
        """
        CREATE TABLE foundry_dr_entry (
            drill text NOT NULL REFERENCES foundry_dr_drill(name) ON DELETE CASCADE,
            position integer NOT NULL,
            id text NOT NULL,
            author text NOT NULL,
            drill_time double precision NOT NULL,
            wall_time text NOT NULL,
            committed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            kind text NOT NULL,
            payload text NOT NULL,
            claim text,
            PRIMARY KEY (drill, position),
            UNIQUE (drill, id),
            UNIQUE (drill, claim),
            FOREIGN KEY (drill, author) REFERENCES foundry_dr_participant(drill, name)
        )
        """,
        """
        CREATE FUNCTION foundry_dr_entry_admit() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            who foundry_dr_participant%ROWTYPE;
            holder foundry_dr_entry%ROWTYPE;
            next_position integer;
        BEGIN
            SELECT last_position + 1 INTO next_position FROM foundry_dr_drill WHERE name = NEW.drill FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no drill % in this database', NEW.drill USING ERRCODE = 'FDR02';
            END IF;
            IF EXISTS (SELECT 1 FROM foundry_dr_entry WHERE drill = NEW.drill AND id = NEW.id) THEN
                RETURN NULL;
            END IF;
            SELECT * INTO who FROM foundry_dr_participant WHERE drill = NEW.drill AND name = NEW.author;
            IF NOT FOUND THEN
                RAISE EXCEPTION '% has not joined drill %', NEW.author, NEW.drill USING ERRCODE = 'FDR02';
            END IF;
            IF who.login <> session_user THEN
                RAISE EXCEPTION '% joined as database user %, not %', NEW.author, who.login, session_user
                    USING ERRCODE = 'FDR02';
            END IF;
            IF who.role = 'observer' THEN
                RAISE EXCEPTION 'observers cannot write to the journal' USING ERRCODE = 'FDR02';
            END IF;
            IF NEW.kind IN ('clock', 'inject-control', 'started') AND who.role <> 'facilitator' THEN
                RAISE EXCEPTION 'only facilitators control the clock and injects' USING ERRCODE = 'FDR02';
            END IF;
            IF NEW.kind = 'operator' AND who.role NOT IN ('facilitator', 'operator') THEN
                RAISE EXCEPTION 'only operators and facilitators act on the simulation' USING ERRCODE = 'FDR02';
            END IF;
            IF NEW.claim IS NOT NULL THEN
                SELECT * INTO holder FROM foundry_dr_entry WHERE drill = NEW.drill AND claim = NEW.claim;
                IF FOUND THEN
                    RAISE EXCEPTION '%', holder.position USING ERRCODE = 'FDR01';
                END IF;
            END IF;
            UPDATE foundry_dr_drill SET last_position = next_position WHERE name = NEW.drill;
            NEW.position := next_position;
            NEW.committed_at := clock_timestamp();
            RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER foundry_dr_entry_admit BEFORE INSERT ON foundry_dr_entry
            FOR EACH ROW EXECUTE FUNCTION foundry_dr_entry_admit()
        """,
        """
        CREATE FUNCTION foundry_dr_entry_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('foundry_dr', NEW.drill || ' ' || NEW.position);
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER foundry_dr_entry_announce AFTER INSERT ON foundry_dr_entry
            FOR EACH ROW EXECUTE FUNCTION foundry_dr_entry_announce()
        """,
        """
        CREATE FUNCTION foundry_dr_presence_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' OR NEW.left_at IS DISTINCT FROM OLD.left_at OR NEW.role <> OLD.role
                OR OLD.seen_at < now() - interval '15 seconds' THEN
                PERFORM pg_notify('foundry_dr', NEW.drill || ' presence');
            END IF;
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER foundry_dr_presence_announce AFTER INSERT OR UPDATE ON foundry_dr_participant
            FOR EACH ROW EXECUTE FUNCTION foundry_dr_presence_announce()
        """,
    ]
}
