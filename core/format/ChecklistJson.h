#pragma once

#include "JsonFieldReader.h"
#include "model/Checklist.h"

#include <QJsonArray>

namespace mcs {

/// The "checklists" part of the `.mcdesign` format (format version 2).
class ChecklistJson
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ChecklistJson)

public:
    static QJsonArray toJson(const QList<Checklist> &checklists);
    static QList<Checklist> read(JsonFieldReader &reader, const QJsonObject &object, const QString &path);
};

} // namespace mcs
