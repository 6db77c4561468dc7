#pragma once

#include "model/ModelEnums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mcs {

/// Something the history of a design must show that is not a workflow step:
/// a design that came in with a status it could not have reached here (and so
/// entered as a draft), or one an approver moved in from another catalogue
/// with its status and record. Notes never change a status; only steps do.
struct HistoryNote
{
    enum class Kind {
        EnteredAsDraft, ///< came in (import, Undo of a delete) with another status; kept here
        Transferred,    ///< moved in by an approver with its status and kept versions
        CarriedStep,    ///< a step from the other catalogue's record, kept as text
    };

    Kind kind = Kind::EnteredAsDraft;
    int version = 1;                   ///< the version as it entered this catalogue
    std::optional<Status> formerStatus; ///< the status it carried in
    QString actor;                     ///< on PostgreSQL the database user
    QDateTime at;
    QString text;                      ///< where it came from, and what changed

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
};

} // namespace mcs
