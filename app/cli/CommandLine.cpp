#include "CommandLine.h"

namespace mcs::cli {

CommandLine::CommandLine(QString command, std::initializer_list<QCommandLineOption> options)
    : m_command(std::move(command))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QCommandLineOption &option : options)
        m_parser.addOption(option);
}

bool CommandLine::parse(CliContext &ctx, const QStringList &arguments, int minPositional,
                        int maxPositional)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("mcstudio-cli"));
    if (!m_parser.parse(withProgram)) {
        ctx.usage(QStringLiteral("%1: %2").arg(m_command, m_parser.errorText()));
        return false;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.size() < minPositional) {
        ctx.usage(CliContext::tr("%1: missing arguments").arg(m_command));
        return false;
    }
    if (maxPositional >= 0 && m_positional.size() > maxPositional) {
        ctx.usage(CliContext::tr("%1: unexpected argument '%2'")
                      .arg(m_command, m_positional.at(maxPositional)));
        return false;
    }
    return true;
}

QCommandLineOption CommandLine::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CliContext::tr("Print JSON instead of text."));
}

namespace {

QString reportCleaning(CliContext &ctx, const QString &what, const QString &text, TextSanitizer::Lines lines)
{
    const SanitizedText result = TextSanitizer::clean(text, lines);
    if (result.changed())
        ctx.warn(QStringLiteral("%1: %2").arg(what, TextSanitizer::describe(result)));
    return result.text;
}

} // namespace

QString CommandLine::textValue(CliContext &ctx, const QString &option, TextSanitizer::Lines lines) const
{
    return reportCleaning(ctx, QLatin1String("--") + option, m_parser.value(option), lines);
}

QString CommandLine::positionalText(CliContext &ctx, qsizetype first, TextSanitizer::Lines lines) const
{
    return reportCleaning(ctx, m_command, m_positional.mid(first).join(QLatin1Char(' ')), lines);
}

} // namespace mcs::cli
