#pragma once

#include "ImportedDesign.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcs {

/// Reads a design from an ELM 3.2 Qualification (the bilingual format, so the
/// richest way back in).
class ElmImport
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ElmImport)

public:
    static ImportedDesign read(const QJsonObject &qualification);
};

} // namespace mcs
