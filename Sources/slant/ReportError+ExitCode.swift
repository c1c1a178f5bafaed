import SlantReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ReportError {
    /// The sysexits code a command ends with: EX_NOINPUT (66) for a report file that cannot be
    /// opened, EX_USAGE (64) for an outlet or actor the report does not have, EX_DATAERR (65)
    /// for a damaged report or reports that cannot be merged.
    var exitCode: Int32 {
        switch self {
        case .unreadable(let file, _) where file != "-" && !file.hasPrefix("-:") && access(file, R_OK) != 0: 66
        case .unknownName: 64
        case .unreadable, .incompatible, .overflow: 65
        }
    }
}
