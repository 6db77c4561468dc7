#pragma once

#include "workflow/DesignVersionRecord.h"
#include "model/Microcredential.h"

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
    explicit KeptVersions(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records `mc` as the content of its version (replacing what an unfrozen
    /// version held before). `content` is its .mcdesign object and
    /// `fingerprint` its ContentFingerprint, both already made by the caller.
    bool keep(const Microcredential &mc, const QJsonObject &content, const QString &fingerprint,
              const QString &savedBy, QString *error);
    bool setStatus(const QString &id, int version, Status status, QString *error);
    /// The fingerprint kept for one version, or none when it is not kept.
    std::optional<QString> fingerprint(const QString &id, int version, QString *error) const;
    bool list(const QString &id, QList<DesignVersionRecord> *versions, QString *error) const;
    /// The stored content of one version and its current status (the content
    /// holds the status it was saved with); none (with an empty error) when not kept.
    std::optional<QByteArray> content(const QString &id, int version, Status *status, QString *error) const;
    /// The highest version number kept for a design (0 when none).
    int highestVersion(const QString &id, QString *error) const;
    /// Whether a frozen version numbered `version` or higher is kept for a design.
    bool hasFrozenFrom(const QString &id, int version, QString *error) const;
    /// Adds a version kept in another catalogue as it was there (an approver
    /// moving a design in with its record); `content` is its canonical text.
    bool copyIn(const QString &id, const DesignVersionRecord &record, const QByteArray &content, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
