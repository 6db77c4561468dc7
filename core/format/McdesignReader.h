#pragma once

#include "model/Microcredential.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Reads the `.mcdesign` exchange format. Strict and bounded: anything that is not
/// a well-formed file of a known format version is refused with a message naming
/// the source, the field or position, and the problem. Never throws, never crashes.
class McdesignReader
{
    Q_DECLARE_TR_FUNCTIONS(mcs::McdesignReader)

public:
    /// Parses file contents; `sourceName` (usually the path) starts every error message.
    static Result<Microcredential> fromBytes(const QByteArray &data, const QString &sourceName);
    /// Reads a file from disk, refusing directories, unreadable and oversized files.
    static Result<Microcredential> readFile(const QString &path);
};

} // namespace mcs
