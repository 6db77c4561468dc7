#pragma once

#include "CliContext.h"
#include "util/TextSanitizer.h"

#include <QCommandLineParser>

#include <initializer_list>

namespace mcs::cli {

/// The arguments of one subcommand: its options, checked positional arguments,
/// and a usage error when they do not fit.
class CommandLine
{
public:
    CommandLine(QString command, std::initializer_list<QCommandLineOption> options);

    /// --json, the same for every command that has it.
    static QCommandLineOption jsonOption();

    /// Parses `arguments` (without program and command name). False when the
    /// arguments are wrong; `ctx` then has reported the problem.
    bool parse(CliContext &ctx, const QStringList &arguments, int minPositional, int maxPositional);

    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    /// Every value of an option given more than once.
    QStringList values(const QString &option) const { return m_parser.values(option); }
    /// The value of an option that becomes text in a catalogue (a comment, a
    /// name): cleaned like every other way in, saying on standard error what
    /// was removed.
    QString textValue(CliContext &ctx, const QString &option, TextSanitizer::Lines lines) const;
    /// The same for text given as positional arguments from `first` on, joined by spaces.
    QString positionalText(CliContext &ctx, qsizetype first, TextSanitizer::Lines lines) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace mcs::cli
