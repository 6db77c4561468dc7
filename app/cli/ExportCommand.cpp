#include "ExportCommand.h"

#include "CommandLine.h"
#include "documents/CatalogueOverviewBuilder.h"
#include "documents/ChecklistReportBuilder.h"
#include "documents/DescriptionBuilder.h"
#include "documents/DocumentExporter.h"
#include "interchange/InterchangeWriter.h"
#include "interchange/OverviewCsv.h"
#include "util/FileOutput.h"
#include "frameworks/FrameworkLibrary.h"
#include "storage/Catalogue.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

namespace mcs::cli {

namespace {

struct ExportRequest
{
    QString format;   ///< as given: a data format's code or a document format's name
    std::optional<ExchangeFormat> dataFormat;
    std::optional<DocumentExporter::Format> documentFormat;
    QString document; ///< description, checklist
    QString language;
    QString frameworkId;
};

/// The requested document for one design.
Result<DocumentContent> composeDocument(const Microcredential &mc, const ExportRequest &request)
{
    const QString frameworkId = request.frameworkId.isEmpty() ? mc.qualityAssurance.frameworkId : request.frameworkId;
    const QualityFramework *framework = FrameworkLibrary::find(frameworkId);
    if (request.document == QLatin1String("checklist")) {
        if (!framework)
            return Result<DocumentContent>::failure(
                ExportCommand::tr("%1: no quality framework to report on; give one with --framework (%2)")
                    .arg(mc.title.preferred(QStringLiteral("nl")), FrameworkLibrary::offeredIds().join(QLatin1String(", "))));
        return Result<DocumentContent>::success(ChecklistReportBuilder::build(mc, *framework, request.language, Clock::today()));
    }
    return Result<DocumentContent>::success(DescriptionBuilder::build(mc, framework, request.language, Clock::today()));
}

/// Says on standard error what the receiving system will make of an export
/// (edubadges refusing a design outside its profile, say): the file is written all the same.
void warnFindings(CliContext &ctx, const Microcredential &mc, const ExportRequest &request)
{
    if (!request.dataFormat)
        return;
    for (const QString &finding : InterchangeWriter::findings(mc, *request.dataFormat))
        ctx.warn(ExportCommand::tr("%1: %2").arg(mc.title.preferred(QStringLiteral("nl")), finding));
}

/// Writes one design in the requested format and document; an error message or empty.
QString exportOne(const Microcredential &mc, const ExportRequest &request, const QString &path)
{
    if (request.dataFormat) {
        const Result<Done> written = FileOutput::write(path, InterchangeWriter::toBytes(mc, *request.dataFormat));
        return written.ok() ? QString() : written.error();
    }
    const Result<DocumentContent> content = composeDocument(mc, request);
    if (!content.ok())
        return content.error();
    const Result<int> written = DocumentExporter::write(content.value(), *request.documentFormat, path);
    return written.ok() ? QString() : written.error();
}

QString suffixFor(const ExportRequest &request)
{
    return request.dataFormat ? ExchangeFormats::fileSuffix(*request.dataFormat)
                              : DocumentExporter::fileSuffix(*request.documentFormat);
}

} // namespace

QString ExportCommand::fileBaseName(const QString &title, int version)
{
    return DocumentExporter::suggestedBaseName(title, version);
}

int ExportCommand::run(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), tr("mcdesign, pdf, pdfa (PDF/A-1b), odt, html, edubadges, ob3, ob3-credential, elm, elm-credential or csv."),
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

    ExportRequest request;
    request.format = cmd.value(QStringLiteral("format"));
    request.dataFormat = ExchangeFormats::fromCode(request.format);
    request.documentFormat = DocumentExporter::formatFromName(request.format);
    request.document = cmd.value(QStringLiteral("document"));
    request.language = cmd.value(QStringLiteral("lang"));
    request.frameworkId = cmd.value(QStringLiteral("framework"));
    const bool isCsv = request.dataFormat == ExchangeFormat::Csv;
    const bool wholeCatalogue = cmd.isSet(QStringLiteral("all"));
    const bool isOverview = cmd.isSet(QStringLiteral("overview"));
    if (!request.dataFormat && !request.documentFormat)
        return ctx.usage(tr("export: unknown format '%1' (known: mcdesign, pdf, pdfa, odt, html, edubadges, ob3, "
                            "ob3-credential, elm, elm-credential, csv)").arg(request.format));
    if (request.document != QLatin1String("description") && request.document != QLatin1String("checklist"))
        return ctx.usage(tr("export: --document must be description or checklist"));
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return ctx.usage(tr("export: --lang must be nl or en"));
    if (!cmd.isSet(QStringLiteral("output")))
        return ctx.usage(tr("export: --output is required"));
    if (int(wholeCatalogue) + int(isOverview) + int(cmd.positional().size() == 2) != 1)
        return ctx.usage(tr("export: give either an ID, --all or --overview"));
    if (wholeCatalogue && isCsv)
        return ctx.usage(tr("export: a CSV of the whole catalogue is the overview: use --overview"));
    if (isOverview && request.dataFormat && !isCsv)
        return ctx.usage(tr("export: the overview is a document or a table: use --format pdf, pdfa, odt, html or csv"));

    const std::shared_ptr<Catalogue> opened = ctx.openCatalogue(cmd.positional().constFirst());
    if (!opened)
        return 1;
    Catalogue &catalogue = *opened;
    // Known only now: the catalogue may hold frameworks of its own.
    if (!request.frameworkId.isEmpty() && !FrameworkLibrary::find(request.frameworkId))
        return ctx.usage(tr("export: unknown framework '%1' (known: %2)")
                             .arg(request.frameworkId, FrameworkLibrary::offeredIds().join(QLatin1String(", "))));
    const QString path = cmd.value(QStringLiteral("output"));

    if (isOverview) {
        const Result<QList<CatalogueEntry>> entries = catalogue.list();
        if (!entries.ok())
            return ctx.fail(entries.error());
        if (isCsv) {
            const Result<Done> written = FileOutput::write(path, OverviewCsv::write(entries.value()));
            return written.ok() ? Success : ctx.fail(written.error());
        }
        const DocumentContent content = CatalogueOverviewBuilder::build(
            entries.value(), QFileInfo(catalogue.path()).fileName(), request.language, Clock::today());
        const Result<int> written = DocumentExporter::write(content, *request.documentFormat, path);
        return written.ok() ? Success : ctx.fail(written.error());
    }

    if (!wholeCatalogue) {
        const Result<Microcredential> mc = catalogue.load(cmd.positional().at(1));
        if (!mc.ok())
            return ctx.fail(mc.error());
        if (isCsv) {
            const Result<CatalogueEntry> entry = catalogue.entry(mc.value().id);
            const Result<Done> written = FileOutput::write(path, OverviewCsv::write({entry.value()}));
            return written.ok() ? Success : ctx.fail(written.error());
        }
        warnFindings(ctx, mc.value(), request);
        if (path == QLatin1String("-") && request.dataFormat) {
            ctx.out() << QString::fromUtf8(InterchangeWriter::toBytes(mc.value(), *request.dataFormat));
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
    // Designs are read and documents composed here; the PDF, ODT or HTML files are
    // then written on every core at once (rendering is the slow part).
    QSet<QString> used;
    QList<std::pair<QString, DocumentContent>> documents;
    int failures = 0;
    for (const CatalogueEntry &entry : entries.value()) {
        const Result<Microcredential> mc = catalogue.load(entry.id);
        if (!mc.ok()) {
            ctx.fail(mc.error());
            ++failures;
            continue;
        }
        const QString title = mc.value().title.preferred(request.language);
        QString base = fileBaseName(title, mc.value().version);
        for (int n = 2; used.contains(base.toLower()); ++n) // two designs with one title: keep both
            base = QStringLiteral("%1-%2").arg(fileBaseName(title, mc.value().version)).arg(n);
        used.insert(base.toLower());
        const QString file = folder.filePath(base + QLatin1Char('.') + suffixFor(request));
        if (request.dataFormat) {
            warnFindings(ctx, mc.value(), request);
            const QString error = exportOne(mc.value(), request, file);
            error.isEmpty() ? void(ctx.out() << file << '\n') : void(ctx.fail(error));
            failures += error.isEmpty() ? 0 : 1;
            continue;
        }
        Result<DocumentContent> content = composeDocument(mc.value(), request);
        if (!content.ok()) {
            ctx.fail(content.error());
            ++failures;
            continue;
        }
        documents.append({file, std::move(content).value()});
    }
    const DocumentExporter::Format documentFormat = request.documentFormat.value_or(DocumentExporter::Format::Pdf);
    QList<QString> errors(documents.size());
    QThreadPool pool;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        pool.start([&, i] {
            const Result<int> written = DocumentExporter::write(documents.at(i).second, documentFormat, documents.at(i).first);
            if (!written.ok())
                errors[i] = written.error(); // each task writes only its own slot
        });
    }
    pool.waitForDone();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (errors.at(i).isEmpty()) {
            ctx.out() << documents.at(i).first << '\n';
        } else {
            ctx.fail(errors.at(i));
            ++failures;
        }
    }
    ctx.out().flush();
    return failures == 0 ? Success : UsageOrInputError;
}

} // namespace mcs::cli
