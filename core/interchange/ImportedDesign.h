#pragma once

#include "ExchangeFormat.h"
#include "model/Microcredential.h"

#include <QStringList>

namespace mcs {

/// A design read from another format, with what the import could not bring
/// along, so that the user sees it before anything is saved.
struct ImportedDesign
{
    Microcredential design;
    ExchangeFormat format = ExchangeFormat::Mcdesign;
    QStringList notCarried; ///< design fields the format has no place for (left empty)
    QStringList dropped;    ///< fields in the file that the design has no place for
    /// Characters removed because they could do harm (DesignTextCleaner), per field.
    QStringList cleaned;
};

} // namespace mcs
