#include "ValidateCommand.h"

#include "CommandLine.h"
#include "JsonViews.h"
#include "format/McdesignReader.h"
#include "storage/Catalogue.h"
#include "validation/StructuralValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace mcs::cli {

namespace {

struct ValidatedDesign
{
    QString id;
    QString title;
    QList<Diagnostic> diagnostics;
};

bool looksLikeCatalogue(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

ValidatedDesign validate(const Microcredential &mc)
{
    return {mc.id, mc.title.preferred(QStringLiteral("nl")), StructuralValidator::validate(mc)};
}

} // namespace

int ValidateCommand::run(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("validate"),
                    {QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text."))});
    if (!cmd.parse(ctx, arguments, 1, 2))
        return UsageOrInputError;
    const QString source = cmd.positional().constFirst();

    QList<ValidatedDesign> results;
    if (looksLikeCatalogue(source)) {
        const Result<std::shared_ptr<Catalogue>> catalogue = Catalogue::open(source);
        if (!catalogue.ok())
            return ctx.fail(catalogue.error());
        QStringList ids;
        if (cmd.positional().size() == 2) {
            ids.append(cmd.positional().at(1));
        } else {
            const Result<QList<CatalogueEntry>> entries = catalogue.value()->list();
            if (!entries.ok())
                return ctx.fail(entries.error());
            for (const CatalogueEntry &entry : entries.value())
                ids.append(entry.id);
        }
        for (const QString &id : std::as_const(ids)) {
            const Result<Microcredential> mc = catalogue.value()->load(id);
            if (!mc.ok())
                return ctx.fail(mc.error());
            results.append(validate(mc.value()));
        }
    } else {
        if (cmd.positional().size() == 2)
            return ctx.usage(tr("validate: an id can only be given with a catalogue"));
        const Result<Microcredential> mc = McdesignReader::readFile(source);
        if (!mc.ok())
            return ctx.fail(mc.error());
        results.append(validate(mc.value()));
    }

    int errors = 0;
    int warnings = 0;
    QJsonArray designs;
    for (const ValidatedDesign &design : std::as_const(results)) {
        QJsonArray diagnostics;
        if (!cmd.isSet(QStringLiteral("json")))
            ctx.out() << design.id << "  " << design.title << '\n';
        for (const Diagnostic &d : design.diagnostics) {
            errors += d.severity == Diagnostic::Severity::Error ? 1 : 0;
            warnings += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
            diagnostics.append(JsonViews::diagnostic(d));
            if (!cmd.isSet(QStringLiteral("json")))
                ctx.out() << "  " << Diagnostic::severityCode(d.severity) << "  " << d.fieldPath
                          << ": " << d.message << "  [" << d.ruleId << "]\n";
        }
        designs.append(QJsonObject{{QStringLiteral("id"), design.id},
                                   {QStringLiteral("title"), design.title},
                                   {QStringLiteral("diagnostics"), diagnostics}});
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("source"), source},
                                  {QStringLiteral("designs"), designs},
                                  {QStringLiteral("errorCount"), errors},
                                  {QStringLiteral("warningCount"), warnings}});
    } else {
        ctx.out() << tr("errors: %1, warnings: %2").arg(errors).arg(warnings) << Qt::endl;
    }
    return errors > 0 ? ValidationFailed : Success;
}

} // namespace mcs::cli
