#pragma once

#include <QByteArray>
#include <QString>

namespace mcs {

/// Helpers for reporting positions in UTF-8 text the way editors show them.
class Utf8
{
public:
    /// The byte offset of the first invalid UTF-8 sequence, or -1 when the data is valid.
    static qsizetype firstInvalidOffset(const QByteArray &data);
    /// "line L, column C" (both 1-based, column counted in characters) for a byte offset.
    static QString describePosition(const QByteArray &data, qsizetype byteOffset);
    /// Line and column (1-based) for a byte offset.
    static void lineAndColumn(const QByteArray &data, qsizetype byteOffset, int *line, int *column);
};

} // namespace mcs
