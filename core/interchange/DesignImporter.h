#pragma once

#include "ImportedDesign.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Reads a design from a file in any format the program knows, recognised by
/// content, not by name: .mcdesign, edubadges (OB 2.0 BadgeClass), Open Badges
/// 3.0 Achievement or AchievementCredential, ELM Qualification, and a
/// spreadsheet of learning outcomes (a new draft with those outcomes).
class DesignImporter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DesignImporter)

public:
    static Result<ImportedDesign> readFile(const QString &path);
    static Result<ImportedDesign> fromBytes(const QByteArray &data, const QString &sourceName);
    /// The format of some bytes (an Open Badges 3.0 credential counts as an
    /// achievement: it is read for the one it holds), or none.
    static std::optional<ExchangeFormat> detect(const QByteArray &data);

private:
    static Result<ImportedDesign> readAnyFormat(const QByteArray &data, const QString &sourceName);
};

} // namespace mcs
