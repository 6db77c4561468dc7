#pragma once

#include "ClaimSelection.h"
#include "ImportedDesign.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Reads a design from a file in any format the program knows, recognised by
/// content, not by name: .mcdesign, edubadges (OB 2.0 BadgeClass), Open Badges
/// 3.0 Achievement or AchievementCredential (also of the Dutch educredentials
/// profile), ELM Qualification, a Europass credential in any wrapping, and a
/// spreadsheet of learning outcomes (a new draft with those outcomes).
class DesignImporter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DesignImporter)

public:
    /// One design: a file that holds several (a Europass credential with more
    /// than one claim) is refused with the list of its claims.
    static Result<ImportedDesign> readFile(const QString &path);
    static Result<ImportedDesign> fromBytes(const QByteArray &data, const QString &sourceName);
    /// The designs `selection` picks; for formats of one design, that design.
    static Result<QList<ImportedDesign>> readFile(const QString &path, ClaimSelection selection);
    static Result<QList<ImportedDesign>> fromBytes(const QByteArray &data, const QString &sourceName, ClaimSelection selection);
    /// The format of some bytes (an Open Badges 3.0 credential counts as an
    /// achievement: it is read for the one it holds), or none.
    static std::optional<ExchangeFormat> detect(const QByteArray &data);

private:
    static Result<QList<ImportedDesign>> readAnyFormat(const QByteArray &data, const QString &sourceName, ClaimSelection selection);
};

} // namespace mcs
