#pragma once

#include "workflow/DesignVersionRecord.h"
#include "model/Microcredential.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace mcs {

/// The design_versions table: per design and version number the last content
/// saved under it, as canonical .mcdesign text with its content fingerprint.
/// Runs inside the caller's transaction.
class KeptVersions
{
    Q_DECLARE_TR_FUNCTIONS(mcs::KeptVersions)

public:
    /// What is kept for one version.
    struct Content
    {
        QByteArray text; ///< canonical .mcdesign text, with the status it was saved with
        Status status = Status::Draft; ///< the version's current status
    };

    explicit KeptVersions(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records `mc` as the content of its version (replacing what an unfrozen
    /// version held before). `content` is its .mcdesign object and
    /// `fingerprint` its ContentFingerprint, both already made by the caller.
    Result<Done> keep(const Microcredential &mc, const QJsonObject &content, const QString &fingerprint,
                      const QString &savedBy);
    Result<Done> setStatus(const QString &id, int version, Status status);
    /// The fingerprint kept for one version, or none when it is not kept.
    Result<std::optional<QString>> fingerprint(const QString &id, int version) const;
    /// A design's kept versions, lowest first.
    Result<QList<DesignVersionRecord>> list(const QString &id) const;
    /// What is kept for one version; none when it is not kept, a failure when
    /// the kept text is damaged.
    Result<std::optional<Content>> content(const QString &id, int version) const;
    /// The highest version number kept for a design (0 when none).
    Result<int> highestVersion(const QString &id) const;
    /// Whether a frozen version numbered `version` or higher is kept for a design.
    Result<bool> hasFrozenFrom(const QString &id, int version) const;
    /// Adds a version kept in another catalogue as it was there (an approver
    /// moving a design in with its record); `content` is its canonical text.
    Result<Done> copyIn(const QString &id, const DesignVersionRecord &record, const QByteArray &content);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
