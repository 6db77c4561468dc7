#include "ExportCommand.h"

#include "CommandLine.h"
#include "documents/CatalogueOverviewBuilder.h"
#include "documents/ChecklistReportBuilder.h"
#include "documents/DescriptionBuilder.h"
#include "documents/DocumentExporter.h"
#include "format/McdesignWriter.h"
#include "frameworks/FrameworkLibrary.h"
#include "storage/Catalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace mcs::cli {

namespace {

struct ExportRequest
{
    QString format;   ///< mcdesign, pdf, pdfa, odt, html
    QString document; ///< description, checklist
    QString language;
    QString frameworkId;
};

/// Writes one design in the requested format and document; an error message or empty.
QString exportOne(const Microcredential &mc, const ExportRequest &request, const QString &path)
{
    if (request.format == QLatin1String("mcdesign")) {
        const Result<Done> written = McdesignWriter::writeFile(mc, path);
        return written.ok() ? QString() : written.error();
    }
    const QString frameworkId = request.frameworkId.isEmpty() ? mc.qualityAssurance.frameworkId : request.frameworkId;
    const QualityFramework *framework = FrameworkLibrary::findBuiltIn(frameworkId);
    DocumentContent content;
    if (request.document == QLatin1String("checklist")) {
        if (!framework)
            return ExportCommand::tr("%1: no quality framework to report on; give one with --framework (%2)")
                .arg(mc.title.preferred(QStringLiteral("nl")), FrameworkLibrary::builtInIds().join(QLatin1String(", ")));
        content = ChecklistReportBuilder::build(mc, *framework, request.language, QDate::currentDate());
    } else {
        content = DescriptionBuilder::build(mc, framework, request.language, QDate::currentDate());
    }
    const Result<int> written = DocumentExporter::write(content, *DocumentExporter::formatFromName(request.format), path);
    return written.ok() ? QString() : written.error();
}

QString suffixFor(const QString &format)
{
    return format == QLatin1String("mcdesign") ? QStringLiteral("mcdesign")
                                               : DocumentExporter::fileSuffix(*DocumentExporter::formatFromName(format));
}

} // namespace

QString ExportCommand::fileBaseName(const QString &title, int version)
{
    // Letters (with their accents), digits and dashes only: safe on every file system.
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString base = title.normalized(QString::NormalizationForm_C).replace(unsafe, QStringLiteral("-"));
    base = base.left(80);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("microcredential");
    return QStringLiteral("%1-v%2").arg(base).arg(version);
}

int ExportCommand::run(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), tr("mcdesign, pdf, pdfa (PDF/A-1b), odt or html."),
                                    QStringLiteral("format"), QStringLiteral("mcdesign"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file (or, with --all, the folder) to write; - for standard output."),
                                    QStringLiteral("path"));
    const QCommandLineOption document(QStringLiteral("document"), tr("description (default) or checklist."),
                                      QStringLiteral("document"), QStringLiteral("description"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Document language: nl (default) or en."),
                                      QStringLiteral("language"), QStringLiteral("nl"));
    const QCommandLineOption framework(QStringLiteral("framework"), tr("The quality framework for the checklist."),
                                       QStringLiteral("id"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Export every microcredential, one file each."));
    const QCommandLineOption overview(QStringLiteral("overview"), tr("Export the catalogue overview."));
    CommandLine cmd(QStringLiteral("export"), {format, output, document, language, framework, all, overview});
    if (!cmd.parse(ctx, arguments, 1, 2))
        return UsageOrInputError;

    ExportRequest request{cmd.value(QStringLiteral("format")), cmd.value(QStringLiteral("document")),
                          cmd.value(QStringLiteral("lang")), cmd.value(QStringLiteral("framework"))};
    const bool wholeCatalogue = cmd.isSet(QStringLiteral("all"));
    const bool isOverview = cmd.isSet(QStringLiteral("overview"));
    if (request.format != QLatin1String("mcdesign") && !DocumentExporter::formatFromName(request.format))
        return ctx.usage(tr("export: unknown format '%1' (known: mcdesign, pdf, pdfa, odt, html)").arg(request.format));
    if (request.document != QLatin1String("description") && request.document != QLatin1String("checklist"))
        return ctx.usage(tr("export: --document must be description or checklist"));
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return ctx.usage(tr("export: --lang must be nl or en"));
    if (!request.frameworkId.isEmpty() && !FrameworkLibrary::findBuiltIn(request.frameworkId))
        return ctx.usage(tr("export: unknown framework '%1' (known: %2)")
                             .arg(request.frameworkId, FrameworkLibrary::builtInIds().join(QLatin1String(", "))));
    if (!cmd.isSet(QStringLiteral("output")))
        return ctx.usage(tr("export: --output is required"));
    if (int(wholeCatalogue) + int(isOverview) + int(cmd.positional().size() == 2) != 1)
        return ctx.usage(tr("export: give either an ID, --all or --overview"));
    if (isOverview && request.format == QLatin1String("mcdesign"))
        return ctx.usage(tr("export: the overview is a document: use --format pdf, pdfa, odt or html"));

    const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(cmd.positional().constFirst());
    if (!opened.ok())
        return ctx.fail(opened.error());
    Catalogue &catalogue = *opened.value();
    const QString path = cmd.value(QStringLiteral("output"));

    if (isOverview) {
        const Result<QList<CatalogueEntry>> entries = catalogue.list();
        if (!entries.ok())
            return ctx.fail(entries.error());
        const DocumentContent content = CatalogueOverviewBuilder::build(
            entries.value(), QFileInfo(catalogue.path()).fileName(), request.language, QDate::currentDate());
        const Result<int> written = DocumentExporter::write(content, *DocumentExporter::formatFromName(request.format), path);
        return written.ok() ? Success : ctx.fail(written.error());
    }

    if (!wholeCatalogue) {
        const Result<Microcredential> mc = catalogue.load(cmd.positional().at(1));
        if (!mc.ok())
            return ctx.fail(mc.error());
        if (path == QLatin1String("-") && request.format == QLatin1String("mcdesign")) {
            ctx.out() << QString::fromUtf8(McdesignWriter::toBytes(mc.value()));
            ctx.out().flush();
            return Success;
        }
        const QString error = exportOne(mc.value(), request, path);
        return error.isEmpty() ? Success : ctx.fail(error);
    }

    const QDir folder(path);
    if (!folder.exists() && !QDir().mkpath(path))
        return ctx.fail(tr("%1: the folder cannot be created").arg(path));
    const Result<QList<CatalogueEntry>> entries = catalogue.list();
    if (!entries.ok())
        return ctx.fail(entries.error());
    QSet<QString> used;
    int failures = 0;
    for (const CatalogueEntry &entry : entries.value()) {
        const Result<Microcredential> mc = catalogue.load(entry.id);
        if (!mc.ok()) {
            ctx.fail(mc.error());
            ++failures;
            continue;
        }
        QString base = fileBaseName(mc.value().title.preferred(request.language), mc.value().version);
        for (int n = 2; used.contains(base.toLower()); ++n) // two designs with one title: keep both
            base = QStringLiteral("%1-%2").arg(fileBaseName(mc.value().title.preferred(request.language), mc.value().version)).arg(n);
        used.insert(base.toLower());
        const QString file = folder.filePath(base + QLatin1Char('.') + suffixFor(request.format));
        const QString error = exportOne(mc.value(), request, file);
        if (!error.isEmpty()) {
            ctx.fail(error);
            ++failures;
        } else {
            ctx.out() << file << '\n';
        }
    }
    ctx.out().flush();
    return failures == 0 ? Success : UsageOrInputError;
}

} // namespace mcs::cli
