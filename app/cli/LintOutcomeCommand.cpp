#include "LintOutcomeCommand.h"

#include "CommandLine.h"
#include "JsonViews.h"
#include "linter/OutcomeLinter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mcs::cli {

int LintOutcomeCommand::run(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption language(QStringLiteral("lang"), tr("The language of the text: nl (default) or en."),
                                      QStringLiteral("language"), QStringLiteral("nl"));
    const QCommandLineOption level(QStringLiteral("level"), tr("The EQF level (1-8) of the microcredential."),
                                   QStringLiteral("level"));
    CommandLine cmd(QStringLiteral("lint-outcome"),
                    {language, level, CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 1, -1))
        return UsageOrInputError;
    const QString lang = cmd.value(QStringLiteral("lang"));
    if (lang != QLatin1String("nl") && lang != QLatin1String("en"))
        return ctx.usage(tr("lint-outcome: --lang must be nl or en"));
    std::optional<int> eqf;
    if (cmd.isSet(QStringLiteral("level"))) {
        bool ok = false;
        const int value = cmd.value(QStringLiteral("level")).toInt(&ok);
        if (!ok || value < 1 || value > 8)
            return ctx.usage(tr("lint-outcome: --level must be an EQF level from 1 to 8"));
        eqf = value;
    }
    // Several words without quotes are one text, as a person would mean it.
    const QString text = cmd.positionalText(ctx, 0, TextSanitizer::Lines::Multi);
    const QList<LintFinding> findings = OutcomeLinter().lint(text, lang, eqf);

    bool serious = false;
    QJsonArray array;
    for (const LintFinding &finding : findings) {
        serious = serious || finding.severity != Diagnostic::Severity::Info;
        array.append(JsonViews::finding(finding));
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("text"), text},
                                  {QStringLiteral("language"), lang},
                                  {QStringLiteral("eqfLevel"), eqf ? QJsonValue(*eqf) : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("findings"), array}});
    } else if (findings.isEmpty()) {
        ctx.out() << tr("No findings.") << Qt::endl;
    } else {
        for (const LintFinding &finding : findings) {
            ctx.out() << Diagnostic::severityCode(finding.severity) << "  " << finding.message << "  [" << finding.ruleId
                      << "]\n";
            if (finding.length > 0 && finding.length < text.size())
                ctx.out() << "      “" << text.mid(finding.start, finding.length) << "”\n";
            if (!finding.suggestion.isEmpty())
                ctx.out() << "      " << finding.suggestion << '\n';
        }
        ctx.out().flush();
    }
    return serious ? ValidationFailed : Success;
}

} // namespace mcs::cli
