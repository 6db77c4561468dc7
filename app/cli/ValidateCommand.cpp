#include "ValidateCommand.h"

#include "CommandLine.h"
#include "JsonViews.h"
#include "diagnostics/DesignDiagnostics.h"
#include "format/McdesignReader.h"
#include "frameworks/FrameworkChanges.h"
#include "frameworks/FrameworkLibrary.h"
#include "storage/Catalogue.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace mcs::cli {

namespace {

bool looksLikeCatalogue(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// The designs named on the command line: one file, one design of a catalogue, or all of them.
Result<QList<Microcredential>> loadDesigns(const QStringList &positional)
{
    using R = Result<QList<Microcredential>>;
    const QString source = positional.constFirst();
    QList<Microcredential> designs;
    if (!looksLikeCatalogue(source)) {
        if (positional.size() == 2)
            return R::failure(ValidateCommand::tr("validate: an id can only be given with a catalogue"));
        Result<Microcredential> mc = McdesignReader::readFile(source);
        if (!mc.ok())
            return R::failure(mc.error());
        designs.append(std::move(mc).value());
        return R::success(designs);
    }
    const Result<std::shared_ptr<Catalogue>> catalogue = Catalogue::open(source);
    if (!catalogue.ok())
        return R::failure(catalogue.error());
    if (const Result<Done> used = catalogue.value()->useFrameworks(); !used.ok())
        return R::failure(used.error());
    QStringList ids;
    if (positional.size() == 2) {
        ids.append(positional.at(1));
    } else {
        const Result<QList<CatalogueEntry>> entries = catalogue.value()->list();
        if (!entries.ok())
            return R::failure(entries.error());
        for (const CatalogueEntry &entry : entries.value())
            ids.append(entry.id);
    }
    for (const QString &id : std::as_const(ids)) {
        Result<Microcredential> mc = catalogue.value()->load(id);
        if (!mc.ok())
            return R::failure(mc.error());
        designs.append(std::move(mc).value());
    }
    return R::success(designs);
}

QJsonObject criterionJson(const DesignDiagnostics::CriterionResult &result, const QDate &today)
{
    return QJsonObject{{QStringLiteral("criterionId"), result.criterion->id},
                       {QStringLiteral("number"), result.criterion->number},
                       {QStringLiteral("title"), result.criterion->title.preferred(QStringLiteral("en"))},
                       {QStringLiteral("verdict"), result.criterion->checks.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(CheckVerdict::outcomeCode(result.verdict.outcome))},
                       {QStringLiteral("reason"), result.verdict.reason},
                       {QStringLiteral("fieldPath"), result.verdict.fieldPath},
                       {QStringLiteral("status"), toCode(result.status)},
                       {QStringLiteral("guidance"), JsonViews::localized(result.criterion->evidence)},
                       {QStringLiteral("concerns"), result.criterion->concernsInstitution ? QStringLiteral("institution")
                                                                                            : QStringLiteral("design")},
                       {QStringLiteral("ownEvidence"), result.ownEvidence},
                       {QStringLiteral("inheritedEvidence"), result.inherited ? QJsonValue(JsonViews::evidence(*result.inherited, today))
                                                                              : QJsonValue(QJsonValue::Null)}};
}

} // namespace

int ValidateCommand::run(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption frameworkOption(
        QStringLiteral("framework"), tr("Also check against a quality framework: %1.").arg(FrameworkLibrary::offeredIds().join(QLatin1String(", "))),
        QStringLiteral("id"));
    const QCommandLineOption frameworkFileOption(QStringLiteral("framework-file"),
                                                 tr("Also check against the quality framework in this file."),
                                                 QStringLiteral("path"));
    CommandLine cmd(QStringLiteral("validate"),
                    {CommandLine::jsonOption(), frameworkOption,
                     frameworkFileOption});
    if (!cmd.parse(ctx, arguments, 1, 2))
        return UsageOrInputError;

    // The framework: named on the command line, from a file, or else the one each design records.
    std::optional<QualityFramework> chosen;
    if (cmd.isSet(QStringLiteral("framework"))) {
        const QualityFramework *builtIn = FrameworkLibrary::find(cmd.value(QStringLiteral("framework")));
        if (!builtIn)
            return ctx.usage(tr("validate: unknown framework '%1' (known: %2)")
                                 .arg(cmd.value(QStringLiteral("framework")), FrameworkLibrary::offeredIds().join(QLatin1String(", "))));
        chosen = *builtIn;
    } else if (cmd.isSet(QStringLiteral("framework-file"))) {
        Result<QualityFramework> loaded = FrameworkLibrary::fromFile(cmd.value(QStringLiteral("framework-file")));
        if (!loaded.ok())
            return ctx.fail(loaded.error());
        chosen = std::move(loaded).value();
    }

    const Result<QList<Microcredential>> designs = loadDesigns(cmd.positional());
    if (!designs.ok())
        return ctx.fail(designs.error());

    const bool json = cmd.isSet(QStringLiteral("json"));
    const QDate today = Clock::today();
    int counts[3] = {0, 0, 0};
    QJsonArray designsJson;
    for (const Microcredential &mc : designs.value()) {
        const QualityFramework *framework = chosen ? &*chosen : FrameworkLibrary::find(mc.qualityAssurance.frameworkId);
        const DesignDiagnostics result(mc, framework, today);
        QJsonArray diagnostics;
        for (const Diagnostic &d : result.diagnostics()) {
            ++counts[int(d.severity)];
            diagnostics.append(JsonViews::diagnostic(d));
        }
        QJsonArray criteria;
        for (const DesignDiagnostics::CriterionResult &c : result.criteria())
            criteria.append(criterionJson(c, today));
        QJsonArray changes;
        if (const Checklist *checklist = framework ? mc.checklist(framework->id) : nullptr) {
            const FrameworkChanges frameworkChanges(*checklist, *framework); // named: a temporary would dangle
            for (const FrameworkChanges::Change &change : frameworkChanges.changes())
                changes.append(QJsonObject{{QStringLiteral("kind"), FrameworkChanges::kindCode(change.kind)},
                                           {QStringLiteral("criterionId"), change.criterionId},
                                           {QStringLiteral("description"), change.description}});
        }
        designsJson.append(QJsonObject{
            {QStringLiteral("id"), mc.id},
            {QStringLiteral("title"), mc.title.preferred(QStringLiteral("nl"))},
            {QStringLiteral("framework"), framework ? QJsonValue(JsonViews::frameworkPeriod(*framework, today))
                                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("completion"), JsonViews::completion(result.completion())},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("frameworkChanges"), changes},
            {QStringLiteral("diagnostics"), diagnostics}});
        if (!json) {
            ctx.out() << mc.id << "  " << mc.title.preferred(QStringLiteral("nl")) << '\n'
                      << "  " << tr("completion: %1%").arg(result.completion().percent());
            if (framework)
                ctx.out() << "  " << tr("framework: %1 %2").arg(framework->id, framework->version);
            ctx.out() << '\n';
            for (const DesignDiagnostics::CriterionResult &c : result.criteria()) {
                if (!c.criterion->checks.isEmpty())
                    ctx.out() << "  " << tr("criterion %1").arg(c.criterion->number).leftJustified(14) << ' '
                              << CheckVerdict::outcomeCode(c.verdict.outcome).leftJustified(14) << ' ' << c.verdict.reason << '\n';
            }
            for (const QJsonValue &change : std::as_const(changes))
                ctx.out() << "  " << tr("changed") << "  " << change.toObject().value(QStringLiteral("description")).toString() << '\n';
            for (const Diagnostic &d : result.diagnostics()) {
                ctx.out() << "  " << Diagnostic::severityCode(d.severity) << "  " << d.fieldPath << ": " << d.message
                          << "  [" << d.ruleId << "]\n";
                if (!d.suggestion.isEmpty())
                    ctx.out() << "      " << d.suggestion << '\n';
            }
        }
    }
    const int errors = counts[int(Diagnostic::Severity::Error)];
    const int warnings = counts[int(Diagnostic::Severity::Warning)];
    if (json) {
        ctx.printJson(QJsonObject{{QStringLiteral("source"), cmd.positional().constFirst()},
                                  {QStringLiteral("designs"), designsJson},
                                  {QStringLiteral("errorCount"), errors},
                                  {QStringLiteral("warningCount"), warnings},
                                  {QStringLiteral("infoCount"), counts[int(Diagnostic::Severity::Info)]}});
    } else {
        ctx.out() << tr("errors: %1, warnings: %2").arg(errors).arg(warnings) << Qt::endl;
    }
    return errors > 0 ? ValidationFailed : Success;
}

} // namespace mcs::cli
