#include "CliContext.h"

#include "storage/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace mcs::cli {

CliContext::CliContext() : m_out(&m_outDevice), m_err(&m_errDevice)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliContext::fail(const QString &message, int exitCode)
{
    m_err << "mcstudio-cli: " << message << Qt::endl;
    return exitCode;
}

int CliContext::failWith(const QString &message, FailureKind kind)
{
    const bool refused = kind == FailureKind::Forbidden || kind == FailureKind::Conflict;
    return fail(message, refused ? WorkflowRefused : UsageOrInputError);
}

void CliContext::warn(const QString &message)
{
    m_err << "mcstudio-cli: " << message << Qt::endl;
}

int CliContext::usage(const QString &message)
{
    m_err << "mcstudio-cli: " << message << '\n'
          << tr("Try 'mcstudio-cli --help' for more information.") << Qt::endl;
    return UsageOrInputError;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::shared_ptr<Catalogue> CliContext::openCatalogue(const QString &path)
{
    Result<std::shared_ptr<Catalogue>> catalogue = Catalogue::open(path);
    if (!catalogue.ok()) {
        fail(catalogue.error());
        return nullptr;
    }
    // The catalogue's own quality frameworks count from here on.
    if (const Result<Done> used = catalogue.value()->useFrameworks(); !used.ok()) {
        fail(used.error());
        return nullptr;
    }
    return catalogue.value();
}

} // namespace mcs::cli
