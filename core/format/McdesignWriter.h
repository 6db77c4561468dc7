#pragma once

#include "model/Microcredential.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcs {

/// Writes the `.mcdesign` exchange format (docs/MCDESIGN-FORMAT.md).
///
/// Output is canonical: keys sorted, every key present, fixed number and time
/// formats, so equal designs give identical bytes.
class McdesignWriter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::McdesignWriter)

public:
    /// Version 2 added "checklists"; the reader still reads version 1.
    static constexpr int FormatVersion = 4;

    /// The microcredential as a JSON object (the value of the "microcredential" key).
    static QJsonObject toJsonObject(const Microcredential &mc);
    /// The whole file's bytes.
    static QByteArray toBytes(const Microcredential &mc);
    /// The whole file's bytes around an object made by toJsonObject().
    static QByteArray toBytes(const QJsonObject &designObject);
    /// Writes the file atomically (QSaveFile): either the complete new file or the old one.
    static Result<Done> writeFile(const Microcredential &mc, const QString &path);
};

} // namespace mcs
