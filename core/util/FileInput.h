#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace mcs {

/// Reads a whole input file with the checks every importer needs: it exists, is
/// not a folder, is readable and not larger than `maxBytes`.
class FileInput
{
    Q_DECLARE_TR_FUNCTIONS(mcs::FileInput)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace mcs
