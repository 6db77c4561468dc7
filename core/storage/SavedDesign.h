#pragma once

#include "model/Microcredential.h"

#include <QStringList>

namespace mcs {

/// A design as the catalogue stored it, which can differ from what was given:
/// a design entering from outside enters as a draft, under a version number
/// nothing approved is kept under (Catalogue::admitAll). `notes` say what changed.
struct SavedDesign
{
    Microcredential design;
    int rowVersion = 0;
    QStringList notes;
};

} // namespace mcs
