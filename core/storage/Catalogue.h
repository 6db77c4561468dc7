#pragma once

#include "CatalogueChangeStamp.h"
#include "CatalogueEntry.h"
#include "CatalogueLocation.h"
#include "SavedDesign.h"
#include "StoredFramework.h"
#include "model/Microcredential.h"
#include "util/Result.h"
#include "workflow/DesignVersionRecord.h"
#include "workflow/HistoryNote.h"
#include "workflow/TransitionRecord.h"
#include "workflow/WorkflowActor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace mcs {

/// A catalogue: many microcredentials in one SQLite file (`.mcdb`), or shared in
/// a PostgreSQL database (postgresql://user@host:port/database) with the same
/// schema and migrations.
///
/// Every write is one transaction; SQLite runs in WAL mode with full sync, so an
/// acknowledged save survives a crash or kill. Opening never modifies a file
/// that is not a catalogue of this or an older schema: such a file is refused with
/// a message naming it and the problem. Each editable row carries a row version
/// for optimistic concurrency: save() with an expected row version refuses to
/// overwrite a newer one (FailureKind::Conflict).
///
/// Every save also keeps the design's content under its version number; status
/// changes go only through transition() (the approval workflow, recorded with
/// who, when, why and the content fingerprint), and a version approved by the
/// examination committee never changes again: startNewVersion() continues it.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Catalogue)

public:
    /// What a write is. An edit saves what a person changed in a design they
    /// opened. An import brings a design in from outside (a file, Undo of a
    /// delete): it never carries a status it could not have reached here by
    /// steps, so a new design enters as a draft, and over a stored one it takes
    /// the stored status (or continues an approved one as the next version). A
    /// transfer is an approver moving a design in with its status (transferIn).
    enum class WriteIntent { Edit, Import, Transfer };
    struct WriteRequest
    {
        /// The row version the write expects to replace; 0: the design must not
        /// be stored. Without it, the write does not check.
        std::optional<int> expectedRowVersion;
        WriteIntent intent = WriteIntent::Edit;
        QString source; ///< where an import comes from, for the history note
    };

    enum class OpenMode { ExistingOnly, CreateIfMissing };

    /// Opens (and, for an older schema, upgrades) the catalogue at `path`: a file
    /// path or a postgresql:// URL. With CreateIfMissing, a missing file or an
    /// empty database becomes a new catalogue.
    static Result<std::shared_ptr<Catalogue>> open(const QString &path,
                                                   OpenMode mode = OpenMode::ExistingOnly);
    static Result<std::shared_ptr<Catalogue>> open(const CatalogueLocation &location,
                                                   OpenMode mode = OpenMode::ExistingOnly);
    /// Creates a new, empty catalogue; fails when the file already exists or the
    /// database already holds tables.
    static Result<std::shared_ptr<Catalogue>> create(const QString &path);

    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    /// The file path, or the URL without password.
    QString path() const { return m_location.toString(); }
    const CatalogueLocation &location() const { return m_location; }
    bool isShared() const { return m_location.isServer(); }
    int schemaVersion() const;

    /// Who takes workflow steps. On PostgreSQL read from the database at opening
    /// (setActor() is ignored there); on SQLite set by the program.
    WorkflowActor actor() const { return m_actor; }
    void setActor(const WorkflowActor &actor);
    /// Changes whenever any design is saved, added or removed by anyone: the
    /// window compares it to notice others' changes without reloading everything.
    Result<CatalogueChangeStamp> changeStamp() const;

    /// All microcredentials, most recently changed first.
    Result<QList<CatalogueEntry>> list() const;
    /// Those changed at or after `changedAt` (a CatalogueChangeStamp::lastChange).
    Result<QList<CatalogueEntry>> listChangedSince(const QString &changedAt) const;
    /// The ids of all microcredentials.
    Result<QStringList> ids() const;
    Result<Microcredential> load(const QString &id) const;
    /// A design and its row version read in one snapshot, so that an edit based
    /// on them can be saved with a conflict check that means what it says.
    Result<std::pair<Microcredential, int>> loadForEditing(const QString &id) const;
    /// The listing row of one microcredential.
    Result<CatalogueEntry> entry(const QString &id) const;
    /// Per id, the case-folded text search looks in (titles and learning outcomes);
    /// with `changedSince`, only of those changed at or after it.
    Result<QHash<QString, QString>> searchTexts(const QString &changedSince = QString()) const;
    bool contains(const QString &id) const;
    /// The row version of a stored microcredential, or none when it is not stored.
    std::optional<int> rowVersion(const QString &id) const;

    /// Inserts or replaces a microcredential and returns its new row version.
    /// With `expectedRowVersion`, the save is refused as a conflict when the stored
    /// row has another version (someone else saved in between).
    Result<int> save(const Microcredential &mc, std::optional<int> expectedRowVersion = std::nullopt);
    /// Saves several microcredentials in one transaction: all or none.
    Result<int> saveAll(const QList<Microcredential> &list);
    /// Saves as `request` says and returns the design as stored, which for an
    /// import may differ from the one given (status, version), with notes saying how.
    Result<SavedDesign> store(const Microcredential &mc, const WriteRequest &request);
    /// The same for several designs in one transaction: all or none.
    Result<QList<SavedDesign>> storeAll(const QList<Microcredential> &list, const WriteRequest &request);
    /// Removes the design; its kept versions and workflow record stay. With
    /// `expectedRowVersion`, refused as a conflict when the design changed since.
    Result<Done> remove(const QString &id, std::optional<int> expectedRowVersion = std::nullopt);
    /// Moves a design in from another catalogue (a local file to a shared one,
    /// usually) with its status, its kept versions and its record of steps
    /// (kept as notes: they were taken elsewhere). Only for an approver; the
    /// history says who moved it. Refused when this catalogue knows the design.
    Result<SavedDesign> transferIn(Catalogue &source, const QString &id);

    /// Takes one workflow step in `role`; refused (FailureKind::Forbidden) when the
    /// step is not on the route, the actor lacks the role, or a needed reason is
    /// missing; a conflict when someone else saved in between (expectedRowVersion).
    /// Returns the new row version.
    Result<int> transition(const QString &id, Status to, WorkflowRole role, const QString &comment,
                           std::optional<int> expectedRowVersion = std::nullopt);
    /// Continues a frozen (approved) design as the next version, a draft; the
    /// approved version stays as it was. Returns the new draft.
    Result<Microcredential> startNewVersion(const QString &id);
    Result<QList<DesignVersionRecord>> versions(const QString &id) const;
    Result<Microcredential> loadVersion(const QString &id, int version) const;
    Result<QList<TransitionRecord>> transitions(const QString &id) const;
    /// The notes in a design's history that are not steps (HistoryNote).
    Result<QList<HistoryNote>> notes(const QString &id) const;

    // Quality frameworks a school loaded (CatalogueFrameworks.cpp). Everyone
    // reads them; adding, replacing and removing needs the approver role (on
    // PostgreSQL the server enforces it).

    /// Makes this catalogue's frameworks the ones the program checks against
    /// (FrameworkLibrary::useCatalogueFrameworks): call it on opening the catalogue
    /// the user works in. Adding and removing keep them current.
    Result<Done> useFrameworks() const;
    /// The catalogue's frameworks, withdrawn ones included, by id.
    Result<QList<StoredFramework>> frameworks() const;
    /// Adds a framework from the bytes of its file, or replaces the one with its
    /// id (a withdrawn one comes back). A file with errors is refused with them.
    Result<QualityFramework> addFramework(const QByteArray &document, const QString &sourceName);
    enum class FrameworkRemoval { Deleted, Withdrawn };
    /// Deletes a framework no design uses; one in use is withdrawn instead.
    Result<FrameworkRemoval> removeFramework(const QString &id);

    // Institutions and the evidence they keep once for the criteria about the
    // institution (CatalogueInstitutions.cpp).

    Result<QList<Institution>> institutions() const;
    /// The institution with this identifier; none when the catalogue does not know it.
    Result<std::optional<Institution>> institution(const QString &identifier) const;
    /// Adds an institution the catalogue does not know (anyone may), or changes
    /// one it knows (approvers only).
    Result<Done> saveInstitution(const Institution &institution);
    /// The catalogue's default institution for new designs; none when it has none
    /// (the program's settings then give the default).
    Result<std::optional<Institution>> defaultInstitution() const;
    /// Makes a known institution the default (approvers only); empty: no default.
    Result<Done> setDefaultInstitution(const QString &identifier);
    /// The evidence an institution recorded, by criterion id.
    Result<QList<InstitutionEvidence>> institutionEvidence(const QString &identifier) const;
    /// Records (or, with neither text nor links, removes) an institution's
    /// evidence for one criterion; approvers only. Who and when are the
    /// catalogue's to set: the actor and now (on PostgreSQL the server's user and clock).
    Result<Done> recordEvidence(const InstitutionEvidence &evidence);

private:
    Catalogue(CatalogueLocation location, QString connectionName);
    /// Why the actor may not do `what` (it needs an approver); empty when they may.
    QString refusalUnlessApprover(const QString &what) const;
    /// At approval: copies the institution evidence `mc` inherits into its checklists.
    static void copyInheritedEvidence(Microcredential &mc);
    static Result<std::shared_ptr<Catalogue>> openFile(const QString &path, bool isNew);
    static Result<std::shared_ptr<Catalogue>> openServer(const CatalogueLocation &location, OpenMode mode,
                                                         bool mustBeEmpty);
    Result<std::shared_ptr<Catalogue>> prepareSchema(std::shared_ptr<Catalogue> self, bool isNew);
    Result<Done> configureConnection();
    Result<Done> readServerActor();
    /// After a failure of the kind its error code gave (SqlFailure): on a shared
    /// catalogue, a failure the code does not explain may still be a dead
    /// connection (a dropped socket often has no code), which a probe finds out;
    /// then the next operation reconnects first. Call it outside a failed
    /// transaction, where the probe itself would fail.
    FailureKind classifyFailure(FailureKind kind) const;
    /// `inner`'s failure as this catalogue reports it: naming the catalogue,
    /// classified (classifyFailure).
    template<typename T, typename U>
    Result<T> failed(const Result<U> &inner) const
    {
        return Result<T>::failure(failure(inner.error()), classifyFailure(inner.failureKind()));
    }
    /// After a lost connection: opens it again (PostgreSQL only).
    Result<Done> ensureConnected() const;
    /// After an upgrade: applies `apply` to every design `selectIds` finds, in one write transaction.
    Result<Done> backfill(const QString &selectIds, const std::function<Result<Done>(const Microcredential &)> &apply);
    Result<Done> backfillKeptVersions();
    /// Starts a write transaction.
    Result<Done> beginWrite();
    /// Commits the write transaction.
    Result<Done> commitWrite();
    Result<Done> refreshDerivedColumns();
    /// Listing rows; `where` may hold one placeholder, bound to `value`.
    Result<QList<CatalogueEntry>> entries(const QString &where, const QString &value) const;
    /// Writes one design in the write in progress; returns its new row version.
    Result<int> writeOne(Microcredential &mc, const WriteRequest &request);
    /// A design new to the catalogue: a draft, after any version kept frozen.
    Result<Done> admitNew(Microcredential &mc, const QString &source);
    /// A design imported over a stored one: the stored status, or the next version.
    Result<Done> admitOver(Microcredential &mc, Status storedStatus, int storedVersion, const QString &source);
    /// Adds to the write in progress the note that `mc` entered other than it came.
    void noteEntry(const Microcredential &mc, Status formerStatus, const QString &text);
    QString failure(const QString &problem) const;
    /// Rolls the write in progress back and reports `problem` (classifyFailure).
    template<typename T>
    Result<T> rollBackWith(const QString &problem, FailureKind kind = FailureKind::General);
    template<typename T, typename U>
    Result<T> rollBackWith(const Result<U> &inner)
    {
        return rollBackWith<T>(inner.error(), inner.failureKind());
    }

    CatalogueLocation m_location;
    WorkflowActor m_actor;
    QString m_connectionName;
    mutable QSqlDatabase m_db;
    mutable bool m_connectionLost = false;
    /// Notes the write in progress adds to the history, in its transaction.
    QList<HistoryNote> m_pendingNotes;
};

} // namespace mcs
