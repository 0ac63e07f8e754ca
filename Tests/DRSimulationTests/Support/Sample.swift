import DRDomain
import Foundation
#if canImport(DRImport)
import DRImport
#endif

/// The sample estate the tests run on: the YAML sample through the estate loader when DRImport is built, the
/// Swift fixture (its exact mirror, checked by a test) otherwise.
enum Sample {
    static let estate: Estate = {
        #if canImport(DRImport)
        EstateFile.loadSample()
        #else
        SampleFixture.estate
        #endif
    }()
}
