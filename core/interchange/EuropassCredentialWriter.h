#pragma once

#include "model/Microcredential.h"

#include <QJsonObject>

namespace mcs {

/// A Europass credential template around a design's ELM Qualification: the
/// EDC envelope (issuer, display, profile, schema) with one claim that the
/// qualification specifies. The learner, the dates and the seal are the
/// issuing system's to fill in; the template holds placeholders for them.
class EuropassCredentialWriter
{
public:
    static QJsonObject credential(const Microcredential &mc);
};

} // namespace mcs
