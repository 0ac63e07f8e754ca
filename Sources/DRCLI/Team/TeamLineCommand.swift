import DRDrill
import DRTeam
import Foundation

/// A line typed into the team line console.
enum TeamLineCommand: Equatable {
    case input(JournalBody)
    case who
    case status
    case help
    case quit

    /// The commands, for `help` and for errors.
    static let usage = """
        commands: do ACTION (failover:HUB, failback:HUB, ...) | inject FAULT | clear FAULT | clear-all | note TEXT \
        | advance SECONDS | step | pause | play | speed 1|10|60 | trigger [INJECT] | skip [INJECT] | who | status | quit
        """

    /// Parses a line against the drill as it stands (`trigger` and `skip` without a name take the next inject,
    /// notes are stamped with the active inject); throws the problem.
    static func parse(_ line: String, session: DrillSession) throws(TeamLineError) -> TeamLineCommand {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let verb = String(trimmed.prefix { $0 != " " })
        let rest = trimmed.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
        let progress = session.progress
        func needs(_ what: String) throws(TeamLineError) -> String {
            guard !rest.isEmpty else { throw TeamLineError("\(verb) needs \(what)") }
            return rest
        }
        switch verb {
        case "do": return .input(.operator(.perform(try needs("an action such as failover:HUB"))))
        case "failover", "failback": return .input(.operator(.perform("\(verb):\(try needs("a hub"))")))
        case "inject": return .input(.operator(.inject(try needs("a fault such as region:eastus2"))))
        case "clear": return .input(.operator(.clear(try needs("a fault"))))
        case "clear-all": return .input(.operator(.clearAll))
        case "note":
            guard let note = DrillNote.parse(try needs("text"), inject: progress.activeInject) else {
                throw TeamLineError("usage: note [TODO|DECISION|ACTION|OBSERVATION] TEXT [@owner]")
            }
            return .input(.note(note))
        case "advance":
            guard let seconds = TimeInterval(try needs("seconds")), seconds > 0, seconds.isFinite else {
                throw TeamLineError("advance needs a positive number of seconds")
            }
            return .input(.clock(.advance(to: session.engine.now + seconds)))
        case "step":
            guard let next = progress.comingInjects.first else { throw TeamLineError("no inject left to come") }
            return .input(.clock(.step(to: next.at)))
        case "pause": return .input(.clock(.pause))
        case "play": return .input(.clock(.play))
        case "speed":
            guard let value = Double(try needs("1, 10 or 60")), [1, 10, 60].contains(value) else {
                throw TeamLineError("speed is 1, 10 or 60")
            }
            return .input(.clock(.speed(value)))
        case "trigger", "skip":
            let coming = progress.comingInjects.map(\.id)
            guard let id = rest.isEmpty ? coming.first : rest else { throw TeamLineError("no inject left to come") }
            guard coming.contains(id) else {
                throw TeamLineError("no inject \(id) to come\(coming.isEmpty ? "" : " (coming: \(coming.joined(separator: ", ")))")")
            }
            return .input(.injectControl(verb == "trigger" ? .trigger(id) : .skip(id)))
        case "who": return .who
        case "status": return .status
        case "help", "?": return .help
        case "quit", "exit": return .quit
        default: throw TeamLineError("unknown command '\(verb)'; \(usage)")
        }
    }
}

/// A line the console cannot take, with the reason.
struct TeamLineError: Error, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
