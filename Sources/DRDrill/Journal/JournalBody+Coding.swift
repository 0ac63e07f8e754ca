import DRSimulation
import Foundation

/// The journal's storage form of a body: a kind word and a JSON payload, so any store (SQLite, PostgreSQL)
/// keeps two text columns and a reader can tell entries apart without decoding them.
extension JournalBody {
    /// The payload as compact JSON with sorted keys.
    public func payloadJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        switch self {
        case .started(let setup): data = try encoder.encode(setup)
        case .resumed: data = Data("{}".utf8)
        case .clock(let change): data = try encoder.encode(change)
        case .injectControl(let control): data = try encoder.encode(control)
        case .operator(let input): data = try encoder.encode(input)
        case .note(let note): data = try encoder.encode(note)
        case .injectFired(let id): data = try encoder.encode(["inject": id])
        case .event(let event): data = try encoder.encode(event)
        case .risk(let risk): data = try encoder.encode(risk)
        case .live(let live): data = try encoder.encode(live)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes a stored kind and payload; throws ``JournalFormatError`` naming the kind when they do not fit.
    public static func decode(kind: String, payload: String) throws -> JournalBody {
        let decoder = JSONDecoder()
        let data = Data(payload.utf8)
        do {
            switch kind {
            case "started": return .started(try decoder.decode(DrillSetup.self, from: data))
            case "resumed": return .resumed
            case "clock": return .clock(try decoder.decode(ClockChange.self, from: data))
            case "inject-control": return .injectControl(try decoder.decode(InjectControl.self, from: data))
            case "operator": return .operator(try decoder.decode(OperatorInput.self, from: data))
            case "note": return .note(try decoder.decode(DrillNote.self, from: data))
            case "inject-fired":
                let object = try decoder.decode([String: String].self, from: data)
                guard let id = object["inject"] else { throw JournalFormatError("an inject-fired entry without 'inject'") }
                return .injectFired(id)
            case "event": return .event(try decoder.decode(SimulationEvent.self, from: data))
            case "risk": return .risk(try decoder.decode(RiskRecord.self, from: data))
            case "live": return .live(try decoder.decode(LiveRecord.self, from: data))
            default: throw JournalFormatError("unknown entry kind '\(kind)'")
            }
        } catch let error as JournalFormatError {
            throw error
        } catch {
            throw JournalFormatError("a '\(kind)' entry whose payload does not decode: \(error)")
        }
    }
}

/// A journal whose content does not have the expected shape.
public struct JournalFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
