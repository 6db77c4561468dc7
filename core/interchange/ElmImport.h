#pragma once

#include "ImportedDesign.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcs {

/// Reads a design from an ELM 3.2 Qualification or LearningAchievementSpecification
/// (the bilingual format, so the richest way back in): our own exports and the
/// specifications inside Europass credentials.
class ElmImport
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ElmImport)

public:
    /// `issuer`: the credential's issuer (an ELM Organisation), the institution
    /// when the qualification names no awarding body of its own.
    static ImportedDesign read(const QJsonObject &qualification, const QJsonObject &issuer = {});
};

} // namespace mcs
