#pragma once

#include "QualityFramework.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Loads quality frameworks: the three shipped with the program, those a school
/// loaded into the open catalogue, and any file the user chooses. A malformed file
/// is refused with a message naming the file, the field and the problem.
///
/// The program works with one catalogue at a time: when it opens one, it makes
/// that catalogue's frameworks current (useCatalogueFrameworks), and from then on
/// find() and offered() see them before the shipped ones with the same id. That
/// is how a school checks against the official wording it loaded.
class FrameworkLibrary
{
    Q_DECLARE_TR_FUNCTIONS(mcs::FrameworkLibrary)

public:
    /// The period a framework applies in, for people: "from 1 January 2024 to 31 December
    /// 2025", "from 16 June 2022", or "without an end date" (in the locale's words).
    static QString periodText(const QualityFramework &framework);

    /// The shipped frameworks, in a fixed order: mbo-2024, hbo-wo, eu-2022.
    static const QList<QualityFramework> &builtIn();
    static const QualityFramework *findBuiltIn(const QString &id);
    static QStringList builtInIds();

    /// The catalogue's frameworks from now on (withdrawn ones included: designs keep
    /// them). Pointers handed out earlier stay valid.
    static void useCatalogueFrameworks(const QList<QualityFramework> &frameworks);
    /// A framework by id: the open catalogue's first, then the shipped one.
    static const QualityFramework *find(const QString &id);
    /// The frameworks a new checklist may use: the catalogue's that are not
    /// withdrawn, then the shipped ones no catalogue framework replaces.
    static QList<const QualityFramework *> offered();
    static QStringList offeredIds();
    /// offered() and the withdrawn catalogue frameworks: what a list shows.
    static QList<const QualityFramework *> all();

    static Result<QualityFramework> fromFile(const QString &path);
    /// The bytes of a framework file, refused (naming the file) when it is
    /// missing, a folder, too large or unreadable; fromBytes() checks the rest.
    static Result<QByteArray> readFile(const QString &path);
    static Result<QualityFramework> fromBytes(const QByteArray &data, const QString &sourceName);
};

} // namespace mcs
