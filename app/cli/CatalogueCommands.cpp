#include "CatalogueCommands.h"

#include "CommandLine.h"
#include "DesignPrinter.h"
#include "JsonViews.h"
#include "example/ExampleDesign.h"
#include "format/McdesignReader.h"
#include "format/McdesignWriter.h"
#include "storage/Catalogue.h"

#include <QJsonArray>
#include <QSet>

namespace mcs::cli {

namespace {

const QCommandLineOption jsonOption(QStringLiteral("json"),
                                    CatalogueCommands::tr("Print JSON instead of text."));

using CataloguePtr = std::shared_ptr<Catalogue>;

CataloguePtr openCatalogue(CliContext &ctx, const QString &path)
{
    Result<CataloguePtr> catalogue = Catalogue::open(path);
    if (!catalogue.ok()) {
        ctx.fail(catalogue.error());
        return nullptr;
    }
    return catalogue.value();
}

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

int CatalogueCommands::importFiles(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("import"),
                    {QCommandLineOption(QStringLiteral("replace"),
                                        tr("Replace microcredentials that are already in the "
                                           "catalogue (same id)."))});
    if (!cmd.parse(ctx, arguments, 2, -1))
        return UsageOrInputError;
    const CataloguePtr catalogue = openCatalogue(ctx, cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;

    // Read and check every file first: one bad file imports nothing.
    QList<Microcredential> designs;
    QSet<QString> ids;
    const QStringList files = cmd.positional().mid(1);
    for (const QString &file : files) {
        Result<Microcredential> design = McdesignReader::readFile(file);
        if (!design.ok())
            return ctx.fail(tr("%1 (nothing was imported)").arg(design.error()));
        const QString id = design.value().id;
        if (ids.contains(id))
            return ctx.fail(tr("%1: the same microcredential (id %2) is given twice (nothing "
                               "was imported)")
                                .arg(file, id));
        if (!cmd.isSet(QStringLiteral("replace")) && catalogue->contains(id))
            return ctx.fail(tr("%1: the catalogue already holds this microcredential (id %2); use "
                               "--replace to overwrite it (nothing was imported)")
                                .arg(file, id));
        ids.insert(id);
        designs.append(std::move(design).value());
    }
    const Result<int> saved = catalogue->saveAll(designs);
    if (!saved.ok())
        return ctx.fail(tr("%1 (nothing was imported)").arg(saved.error()));
    for (const Microcredential &mc : std::as_const(designs))
        ctx.out() << tr("Imported %1 %2").arg(mc.id, mc.title.preferred(QStringLiteral("nl")))
                  << '\n';
    ctx.out().flush();
    return Success;
}

int CatalogueCommands::list(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("list"), {jsonOption});
    if (!cmd.parse(ctx, arguments, 1, 1))
        return UsageOrInputError;
    const CataloguePtr catalogue = openCatalogue(ctx, cmd.positional().constFirst());
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
    CommandLine cmd(QStringLiteral("show"), {jsonOption});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const CataloguePtr catalogue = openCatalogue(ctx, cmd.positional().constFirst());
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
