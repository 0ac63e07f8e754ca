import Testing
@testable import TermUI
@Test func termUIModuleExists() { #expect(Bool(true)) }
