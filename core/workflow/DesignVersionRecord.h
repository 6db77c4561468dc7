#pragma once

#include "model/ModelEnums.h"

#include <QDateTime>

namespace mcs {

/// One kept version of a design: the last content saved under that version
/// number. Frozen (never changed again) from the examination committee's approval.
struct DesignVersionRecord
{
    int version = 1;
    Status status = Status::Draft;
    QString fingerprint;
    QDateTime savedAt;
    QString savedBy;
};

} // namespace mcs
