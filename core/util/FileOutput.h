#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace mcs {

/// Writes a whole file atomically (QSaveFile): readers see the old file or the
/// complete new one, never half of it.
class FileOutput
{
    Q_DECLARE_TR_FUNCTIONS(mcs::FileOutput)

public:
    static Result<Done> write(const QString &path, const QByteArray &bytes);
};

} // namespace mcs
