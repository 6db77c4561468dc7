#include "FrameworkLibrary.h"

#include <QLocale>

#include "checks/AutomaticChecks.h"
#include "format/JsonFieldReader.h"
#include "util/TextLimits.h"
#include "util/Utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>

#include <memory>
#include <vector>

namespace mcs {

namespace {

QualityCriterion readCriterion(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    QStringList keys = JsonFieldReader::keyList({"checks", "description", "evidence", "id", "kind", "number", "title"});
    if (o.contains(QLatin1String("concerns")))
        keys.append(QStringLiteral("concerns")); // optional: "design" when absent
    r.expectKeys(o, keys, path);
    QualityCriterion c;
    c.id = r.string(o, QStringLiteral("id"), path);
    c.number = r.string(o, QStringLiteral("number"), path);
    c.kind = r.string(o, QStringLiteral("kind"), path);
    c.title = r.localized(o, QStringLiteral("title"), path);
    c.description = r.localized(o, QStringLiteral("description"), path);
    c.evidence = r.localized(o, QStringLiteral("evidence"), path);
    c.checks = r.stringList(o, QStringLiteral("checks"), path);
    if (o.contains(QLatin1String("concerns"))) {
        const QString concerns = r.string(o, QStringLiteral("concerns"), path);
        if (!r.failed() && concerns != QLatin1String("design") && concerns != QLatin1String("institution"))
            r.fail(path + QLatin1String(".concerns"), FrameworkLibrary::tr("must be design or institution"));
        c.concernsInstitution = concerns == QLatin1String("institution");
    }
    static const QStringList kinds = JsonFieldReader::keyList({"criterion", "guideline", "requirement", "condition", "mandatory", "optional"});
    if (!r.failed() && !kinds.contains(c.kind))
        r.fail(path + QLatin1String(".kind"), FrameworkLibrary::tr("must be one of %1").arg(kinds.join(QLatin1String(", "))));
    if (!r.failed() && c.id.trimmed().isEmpty())
        r.fail(path + QLatin1String(".id"), FrameworkLibrary::tr("must not be empty"));
    for (qsizetype i = 0; i < c.checks.size() && !r.failed(); ++i) {
        if (!AutomaticChecks::isKnown(c.checks.at(i)))
            r.fail(QStringLiteral("%1.checks[%2]").arg(path).arg(i),
                   FrameworkLibrary::tr("unknown automatic check '%1'").arg(c.checks.at(i)));
    }
    return c;
}

} // namespace

const QList<QualityFramework> &FrameworkLibrary::builtIn()
{
    static const QList<QualityFramework> frameworks = [] {
        QList<QualityFramework> list;
        for (const char *id : {"mbo-2024", "hbo-wo", "eu-2022"}) {
            Result<QualityFramework> loaded =
                fromFile(QStringLiteral(":/mcstudio/frameworks/%1.json").arg(QLatin1String(id)));
            // The shipped files are part of the build and covered by tests.
            Q_ASSERT_X(loaded.ok(), "FrameworkLibrary", qPrintable(loaded.error()));
            if (loaded.ok())
                list.append(std::move(loaded).value());
        }
        return list;
    }();
    return frameworks;
}

namespace {

/// The open catalogue's frameworks. Every list ever made stays alive (they are
/// few and small), so a pointer handed out before a catalogue was switched never
/// dangles.
struct CatalogueFrameworks
{
    QMutex mutex;
    std::vector<std::unique_ptr<const QList<QualityFramework>>> generations;
    const QList<QualityFramework> *current = nullptr;
};

CatalogueFrameworks &catalogueFrameworks()
{
    static CatalogueFrameworks state;
    return state;
}

const QList<QualityFramework> &currentCatalogueFrameworks()
{
    CatalogueFrameworks &state = catalogueFrameworks();
    const QMutexLocker lock(&state.mutex);
    static const QList<QualityFramework> none;
    return state.current ? *state.current : none;
}

} // namespace

void FrameworkLibrary::useCatalogueFrameworks(const QList<QualityFramework> &frameworks)
{
    CatalogueFrameworks &state = catalogueFrameworks();
    auto list = std::make_unique<const QList<QualityFramework>>(frameworks);
    const QMutexLocker lock(&state.mutex);
    state.current = list.get();
    state.generations.push_back(std::move(list));
}

const QualityFramework *FrameworkLibrary::find(const QString &id)
{
    for (const QualityFramework &framework : currentCatalogueFrameworks()) {
        if (framework.id == id)
            return &framework;
    }
    return findBuiltIn(id);
}

QList<const QualityFramework *> FrameworkLibrary::all()
{
    QList<const QualityFramework *> list;
    QSet<QString> replaced;
    for (const QualityFramework &framework : currentCatalogueFrameworks()) {
        list.append(&framework);
        replaced.insert(framework.id);
    }
    for (const QualityFramework &framework : builtIn()) {
        if (!replaced.contains(framework.id))
            list.append(&framework);
    }
    return list;
}

QList<const QualityFramework *> FrameworkLibrary::offered()
{
    QList<const QualityFramework *> list = all();
    list.removeIf([](const QualityFramework *framework) { return framework->withdrawn; });
    return list;
}

QStringList FrameworkLibrary::offeredIds()
{
    QStringList ids;
    for (const QualityFramework *framework : offered())
        ids.append(framework->id);
    return ids;
}

const QualityFramework *FrameworkLibrary::findBuiltIn(const QString &id)
{
    for (const QualityFramework &framework : builtIn()) {
        if (framework.id == id)
            return &framework;
    }
    return nullptr;
}

QStringList FrameworkLibrary::builtInIds()
{
    QStringList ids;
    for (const QualityFramework &framework : builtIn())
        ids.append(framework.id);
    return ids;
}

Result<QualityFramework> FrameworkLibrary::fromFile(const QString &path)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes.ok())
        return bytes.failureAs<QualityFramework>();
    return fromBytes(bytes.value(), path);
}

Result<QByteArray> FrameworkLibrary::readFile(const QString &path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1: no such file").arg(path));
    if (info.isDir())
        return R::failure(tr("%1: is a folder, not a framework file").arg(path));
    if (info.size() > TextLimits::MaxDesignFileBytes)
        return R::failure(tr("%1: the file is too large for a quality framework").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return R::success(file.read(TextLimits::MaxDesignFileBytes));
}

QString FrameworkLibrary::periodText(const QualityFramework &framework)
{
    const QLocale locale;
    const auto day = [&locale](const QDate &date) { return locale.toString(date, QStringLiteral("d MMMM yyyy")) /* no weekday */; };
    if (framework.validFrom.isValid() && framework.validUntil)
        return tr("from %1 to %2").arg(day(framework.validFrom), day(*framework.validUntil));
    if (framework.validFrom.isValid())
        return tr("from %1").arg(day(framework.validFrom));
    if (framework.validUntil)
        return tr("until %1").arg(day(*framework.validUntil));
    return tr("without an end date");
}

Result<QualityFramework> FrameworkLibrary::fromBytes(const QByteArray &data, const QString &sourceName)
{
    using R = Result<QualityFramework>;
    const qsizetype invalidAt = Utf8::firstInvalidOffset(data);
    if (invalidAt >= 0)
        return R::failure(tr("%1: %2: the file is not valid UTF-8 text").arg(sourceName, Utf8::describePosition(data, invalidAt)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("%1: %2: not valid JSON (%3)")
                              .arg(sourceName, Utf8::describePosition(data, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return R::failure(tr("%1: not a quality framework (expected a JSON object)").arg(sourceName));

    const QJsonObject root = document.object();
    JsonFieldReader r;
    // The period came later in format 1: a file without it stays readable, open at both ends.
    QStringList keys = JsonFieldReader::keyList({"criteria", "description", "formatVersion", "id", "name", "sectors", "sourceUrl", "version"});
    for (const QString &period : {QStringLiteral("validFrom"), QStringLiteral("validUntil")}) {
        if (root.contains(period))
            keys.append(period);
    }
    r.expectKeys(root, keys, QString());
    if (!r.failed() && root.value(QStringLiteral("formatVersion")).toInt() != 1)
        r.fail(QStringLiteral("formatVersion"), tr("this program reads framework format version 1"));
    QualityFramework framework;
    framework.sourceFile = sourceName;
    framework.id = r.string(root, QStringLiteral("id"), QString());
    framework.version = r.string(root, QStringLiteral("version"), QString());
    framework.name = r.localized(root, QStringLiteral("name"), QString());
    framework.description = r.localized(root, QStringLiteral("description"), QString());
    framework.sourceUrl = r.string(root, QStringLiteral("sourceUrl"), QString());
    // The period the framework applies in: a day to start, and an end or null (open).
    const auto readDate = [&](const QString &key) -> std::optional<QDate> {
        const QString text = r.string(root, key, QString());
        if (r.failed() || text.isEmpty())
            return std::nullopt;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            r.fail(key, tr("must be a date written as YYYY-MM-DD"));
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    };
    // null: open at that end (no source gives a date)
    const auto stated = [&root](const QString &key) {
        const QJsonValue value = root.value(key);
        return !value.isNull() && !value.isUndefined(); // absent (an older file) is open too
    };
    if (stated(QStringLiteral("validFrom")))
        framework.validFrom = readDate(QStringLiteral("validFrom")).value_or(QDate());
    if (stated(QStringLiteral("validUntil")))
        framework.validUntil = readDate(QStringLiteral("validUntil"));
    if (!r.failed() && framework.validUntil && framework.validFrom.isValid() && *framework.validUntil < framework.validFrom)
        r.fail(QStringLiteral("validUntil"), tr("ends before it starts (validFrom)"));
    const QStringList sectors = r.stringList(root, QStringLiteral("sectors"), QString());
    for (qsizetype i = 0; i < sectors.size() && !r.failed(); ++i) {
        const std::optional<Sector> sector = fromCode<Sector>(sectors.at(i));
        if (sector)
            framework.sectors.append(*sector);
        else
            r.fail(QStringLiteral("sectors[%1]").arg(i), tr("must be one of %1").arg(EnumCodes<Sector>::allCodes().join(QLatin1String(", "))));
    }
    const QJsonArray criteria = r.array(root, QStringLiteral("criteria"), QString());
    QSet<QString> ids;
    for (qsizetype i = 0; i < criteria.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("criteria[%1]").arg(i);
        QualityCriterion criterion = readCriterion(r, r.element(criteria, i, QStringLiteral("criteria")), path);
        if (!r.failed() && ids.contains(criterion.id))
            r.fail(path + QLatin1String(".id"), tr("'%1' is used twice").arg(criterion.id));
        ids.insert(criterion.id);
        framework.criteria.append(std::move(criterion));
    }
    if (!r.failed() && (framework.id.trimmed().isEmpty() || framework.version.trimmed().isEmpty()))
        r.fail(QStringLiteral("id"), tr("a framework needs an id and a version"));
    if (!r.failed() && framework.criteria.isEmpty())
        r.fail(QStringLiteral("criteria"), tr("a framework needs at least one criterion"));
    if (r.failed())
        return R::failure(tr("%1: %2").arg(sourceName, r.error()));
    return R::success(std::move(framework));
}

} // namespace mcs
