#pragma once

#include "model/LearningOutcome.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Learning outcomes from a spreadsheet: one outcome per row, columns for the
/// Dutch and English statement and, optionally, the domain and Bloom level.
/// Headers and values are accepted in English or Dutch (nl/Nederlands,
/// en/Engels, domain/domein, bloomLevel/Bloom-niveau; kennis, toepassen, ...).
class OutcomesCsv
{
    Q_DECLARE_TR_FUNCTIONS(mcs::OutcomesCsv)

public:
    static Result<QList<LearningOutcome>> read(const QByteArray &data, const QString &sourceName);
    /// The header this reader recognises, for detection by content.
    static bool looksLikeOutcomes(const QByteArray &data);
};

} // namespace mcs
