#include "CatalogueCommands.h"

#include "CommandLine.h"
#include "DesignPrinter.h"
#include "JsonViews.h"
#include "example/ExampleDesign.h"
#include "format/McdesignReader.h"
#include "interchange/DesignImporter.h"
#include "format/McdesignWriter.h"
#include "storage/Catalogue.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QSet>

namespace mcs::cli {

namespace {

using CataloguePtr = std::shared_ptr<Catalogue>;

} // namespace

int CatalogueCommands::init(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("init"),
                    {QCommandLineOption(QStringLiteral("example"),
                                        tr("Add the complete example microcredential."))});
    if (!cmd.parse(ctx, arguments, 1, 1))
        return UsageOrInputError;
    const QString path = cmd.positional().constFirst();
    Result<CataloguePtr> catalogue = Catalogue::create(path);
    if (!catalogue.ok())
        return ctx.fail(catalogue.error());
    if (cmd.isSet(QStringLiteral("example"))) {
        const Result<int> saved = catalogue.value()->save(ExampleDesign::load());
        if (!saved.ok())
            return ctx.fail(saved.error());
    }
    ctx.out() << tr("Created catalogue %1").arg(path) << Qt::endl;
    return Success;
}

namespace {

/// Adds one design read from `file` to the run's imports, or says why it cannot be.
std::optional<QString> addImport(CliContext &, Catalogue &catalogue, const CommandLine &cmd, const QString &file,
                                 ImportedDesign imported, QList<ImportedDesign> &imports, QSet<QString> &ids)
{
    if (cmd.isSet(QStringLiteral("into"))) {
        if (imported.format != ExchangeFormat::Csv)
            return CatalogueCommands::tr("%1: --into takes a spreadsheet of learning outcomes (nothing was imported)").arg(file);
        Result<Microcredential> target = catalogue.load(cmd.value(QStringLiteral("into")));
        if (!target.ok())
            return CatalogueCommands::tr("%1 (nothing was imported)").arg(target.error());
        // Outcomes from earlier files of this run come first.
        for (const ImportedDesign &earlier : std::as_const(imports)) {
            if (earlier.design.id == target.value().id)
                target = Result<Microcredential>::success(earlier.design);
        }
        Microcredential merged = target.value();
        merged.learningOutcomes += imported.design.learningOutcomes;
        merged.changed = Clock::now();
        imports.removeIf([&merged](const ImportedDesign &d) { return d.design.id == merged.id; });
        ImportedDesign combined;
        combined.design = merged;
        combined.format = ExchangeFormat::Csv;
        combined.cleaned = imported.cleaned;
        imports.append(combined);
        ids.insert(merged.id);
        return std::nullopt;
    }
    const QString id = imported.design.id;
    if (ids.contains(id))
        return CatalogueCommands::tr("%1: the same microcredential (id %2) is given twice (nothing was imported)").arg(file, id);
    if (!cmd.isSet(QStringLiteral("replace")) && catalogue.contains(id))
        return CatalogueCommands::tr("%1: the catalogue already holds this microcredential (id %2); use --replace to "
                                     "overwrite it (nothing was imported)")
            .arg(file, id);
    ids.insert(id);
    imports.append(std::move(imported));
    return std::nullopt;
}

} // namespace

int CatalogueCommands::importFiles(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace microcredentials that are already in the catalogue (same id)."));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("Add the learning outcomes of a spreadsheet to this microcredential."), QStringLiteral("id"));
    const QCommandLineOption claim(QStringLiteral("claim"),
                                   tr("Which claim of a Europass credential to import: its number (1, 2, ...) or \"all\"."),
                                   QStringLiteral("N|all"));
    CommandLine cmd(QStringLiteral("import"), {replace, into, claim});
    if (!cmd.parse(ctx, arguments, 2, -1))
        return UsageOrInputError;
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;

    ClaimSelection selection = ClaimSelection::onlyOne();
    if (cmd.isSet(QStringLiteral("claim"))) {
        const QString value = cmd.value(QStringLiteral("claim"));
        bool numeric = false;
        const int number = value.toInt(&numeric);
        if (value == QLatin1String("all"))
            selection = ClaimSelection::all();
        else if (numeric && number >= 1)
            selection = ClaimSelection::claim(number);
        else
            return ctx.usage(tr("--claim takes a claim's number (1, 2, ...) or \"all\", not \"%1\"").arg(value));
    }

    // Read and check every file first: one bad file imports nothing.
    QList<ImportedDesign> imports;
    QSet<QString> ids;
    const QStringList files = cmd.positional().mid(1);
    for (const QString &file : files) {
        Result<QList<ImportedDesign>> read = DesignImporter::readFile(file, selection);
        if (!read.ok())
            return ctx.fail(tr("%1 (nothing was imported)").arg(read.error()));
        for (ImportedDesign &design : read.value()) {
            if (const std::optional<QString> refused = addImport(ctx, *catalogue, cmd, file, std::move(design), imports, ids))
                return ctx.fail(*refused);
        }
    }
    QList<Microcredential> designs;
    for (const ImportedDesign &imported : std::as_const(imports))
        designs.append(imported.design);
    // As imports: a design never enters with a status it did not reach here by steps.
    const Result<QList<SavedDesign>> saved =
        catalogue->storeAll(designs, {std::nullopt, Catalogue::WriteIntent::Import, files.join(QLatin1String(", "))});
    if (!saved.ok())
        return ctx.failWith(tr("%1 (nothing was imported)").arg(saved.error()), saved.failureKind());
    for (qsizetype i = 0; i < imports.size(); ++i) {
        const ImportedDesign &imported = imports.at(i);
        const SavedDesign &stored = saved.value().at(i);
        ctx.out() << tr("Imported %1 %2 (%3)").arg(imported.design.id, imported.design.title.preferred(QStringLiteral("nl")),
                                                   ExchangeFormats::code(imported.format))
                  << '\n';
        if (!imported.notCarried.isEmpty())
            ctx.out() << "  " << tr("not in this format: %1").arg(imported.notCarried.join(QLatin1String(", "))) << '\n';
        if (!imported.dropped.isEmpty())
            ctx.out() << "  " << tr("not read from the file: %1").arg(imported.dropped.join(QLatin1String(", "))) << '\n';
        for (const QString &remark : imported.remarks)
            ctx.out() << "  " << remark << '\n';
        for (const QString &cleaned : imported.cleaned)
            ctx.out() << "  " << tr("cleaned: %1").arg(cleaned) << '\n';
        for (const QString &finding : imported.findings)
            ctx.out() << "  " << tr("check: %1").arg(finding) << '\n';
        for (const QString &note : stored.notes)
            ctx.out() << "  " << tr("history: %1").arg(note) << '\n';
    }
    ctx.out().flush();
    return Success;
}

int CatalogueCommands::list(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("list"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 1, 1))
        return UsageOrInputError;
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const Result<QList<CatalogueEntry>> entries = catalogue->list();
    if (!entries.ok())
        return ctx.fail(entries.error());
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CatalogueEntry &entry : entries.value())
            array.append(JsonViews::entry(entry));
        ctx.printJson(array);
        return Success;
    }
    for (const CatalogueEntry &entry : entries.value())
        ctx.out() << DesignPrinter::entryLine(entry) << '\n';
    ctx.out().flush();
    return Success;
}

int CatalogueCommands::show(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("show"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const Result<Microcredential> mc = catalogue->load(cmd.positional().at(1));
    if (!mc.ok())
        return ctx.fail(mc.error());
    if (cmd.isSet(QStringLiteral("json"))) {
        ctx.printJson(McdesignWriter::toJsonObject(mc.value()));
        return Success;
    }
    ctx.out() << DesignPrinter::describe(mc.value());
    ctx.out().flush();
    return Success;
}

} // namespace mcs::cli
