#pragma once

#include "QualityFramework.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Loads quality frameworks: the three shipped with the program and any file the
/// user chooses. A malformed file is refused with a message naming the file, the
/// field and the problem.
class FrameworkLibrary
{
    Q_DECLARE_TR_FUNCTIONS(mcs::FrameworkLibrary)

public:
    /// The period a framework applies in, for people: "from 1 January 2024 to 31 December
    /// 2025", "from 16 June 2022", or "without an end date" (in the locale's words).
    static QString periodText(const QualityFramework &framework);

    /// The shipped frameworks, in a fixed order: mbo-2024, hbo-wo, eu-2022.
    static const QList<QualityFramework> &builtIn();
    static const QualityFramework *findBuiltIn(const QString &id);
    static QStringList builtInIds();

    static Result<QualityFramework> fromFile(const QString &path);
    static Result<QualityFramework> fromBytes(const QByteArray &data, const QString &sourceName);
};

} // namespace mcs
