#pragma once

#include "ImportedDesign.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcs {

/// Reads designs back from the interchange formats InterchangeWriter writes
/// (and from files other tools write in them): edubadges BadgeClass, Open
/// Badges 3.0 Achievement or credential, ELM Qualification. What a format does
/// not carry is listed in ImportedDesign::notCarried; fields of the file the
/// design has no place for in ImportedDesign::dropped.
class InterchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(mcs::InterchangeReader)

public:
    /// `format` as DesignImporter::detect() names it: "edubadges", "ob3", "elm".
    static Result<ImportedDesign> read(ExchangeFormat format, const QJsonObject &root, const QString &sourceName);
};

} // namespace mcs
