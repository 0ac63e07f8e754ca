import DRDomain
import DRImport
import Foundation

/// The sample estate the tests run on: the built-in YAML sample through the estate loader.
enum Sample {
    static let estate: Estate = EstateFile.loadSample()
}
