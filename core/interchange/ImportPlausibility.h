#pragma once

#include "ImportedDesign.h"

#include <QCoreApplication>
#include <QStringList>

namespace mcs {

/// What to check in a design read from another system's file: figures that do
/// not agree with each other or with the sector's range, durations that cannot
/// fit, a national level of another country's framework, and what is missing.
/// Findings are shown in the import preview and by `mcstudio-cli import`; the
/// design imports as the file says, nothing is "fixed".
class ImportPlausibility
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ImportPlausibility)

public:
    static QStringList findings(const ImportedDesign &imported);
};

} // namespace mcs
