#pragma once

#include "JsonFieldReader.h"
#include "model/Checklist.h"

#include <QJsonArray>

namespace mcs {

/// The "checklists" part of the `.mcdesign` format (format version 2; the
/// team's own evidence and the institution evidence copied at approval since 4).
class ChecklistJson
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ChecklistJson)

public:
    static QJsonArray toJson(const QList<Checklist> &checklists);
    /// One piece of institution evidence, as kept in a checklist (format 4) and
    /// printed by `institution show --json`.
    static QJsonObject evidenceToJson(const InstitutionEvidence &evidence);
    /// A JSON array of evidence as evidenceToJson writes it (as the catalogue
    /// keeps it); what cannot be read is left out.
    static QList<InstitutionEvidence> evidenceFromText(const QString &json);
    /// `formatVersion`: the file's; the keys version 4 adds are unknown before it.
    static QList<Checklist> read(JsonFieldReader &reader, const QJsonObject &object, const QString &path, int formatVersion);
};

} // namespace mcs
