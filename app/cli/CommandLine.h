#pragma once

#include "CliContext.h"

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

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace mcs::cli
