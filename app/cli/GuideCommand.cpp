#include "GuideCommand.h"

#include "CommandLine.h"
#include "documents/DocumentExporter.h"
#include "guide/GuideDocument.h"

namespace mcs::cli {

int GuideCommand::run(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption language(QStringLiteral("lang"), tr("The guide's language: nl (default) or en."),
                                      QStringLiteral("language"), QStringLiteral("nl"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf (default), pdfa, html or odt."),
                                    QStringLiteral("format"), QStringLiteral("pdf"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."), QStringLiteral("path"));
    CommandLine cmd(QStringLiteral("guide"), {language, format, output});
    if (!cmd.parse(ctx, arguments, 0, 0))
        return UsageOrInputError;
    const QString lang = cmd.value(QStringLiteral("lang"));
    if (lang != QLatin1String("nl") && lang != QLatin1String("en"))
        return ctx.usage(tr("guide: --lang must be nl or en"));
    const std::optional<DocumentExporter::Format> documentFormat =
        DocumentExporter::formatFromName(cmd.value(QStringLiteral("format")));
    if (!documentFormat)
        return ctx.usage(tr("guide: --format must be pdf, pdfa, html or odt"));
    if (!cmd.isSet(QStringLiteral("output")))
        return ctx.usage(tr("guide: --output is required"));
    const QString path = cmd.value(QStringLiteral("output"));
    const Result<int> written = DocumentExporter::write(GuideDocument::build(lang), *documentFormat, path);
    if (!written.ok())
        return ctx.fail(written.error());
    ctx.out() << path << '\n';
    return Success;
}

} // namespace mcs::cli
