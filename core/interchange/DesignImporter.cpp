#include "DesignImporter.h"

#include "validation/DesignTextCleaner.h"

#include "EuropassCredential.h"
#include "EuropassImport.h"
#include "ImportPlausibility.h"
#include "InterchangeReader.h"
#include "OutcomesCsv.h"
#include "format/McdesignReader.h"
#include "util/FileInput.h"
#include "util/TextLimits.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcs {

namespace {

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonValue value = object.value(QStringLiteral("type"));
    return value.toString() == type || value.toArray().contains(type);
}

Result<ImportedDesign> single(Result<QList<ImportedDesign>> designs)
{
    if (!designs.ok())
        return Result<ImportedDesign>::failure(designs.error());
    return Result<ImportedDesign>::success(std::move(designs).value().takeFirst());
}

} // namespace

std::optional<ExchangeFormat> DesignImporter::detect(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject root = document.object();
        if (root.contains(QStringLiteral("formatVersion")) && root.contains(QStringLiteral("microcredential")))
            return ExchangeFormat::Mcdesign;
        if (hasType(root, QStringLiteral("BadgeClass")))
            return ExchangeFormat::Edubadges;
        if (hasType(root, QStringLiteral("Achievement")) || hasType(root, QStringLiteral("AchievementCredential"))
            || hasType(root, QStringLiteral("OpenBadgeCredential")))
            return ExchangeFormat::Ob3Achievement;
        if (hasType(root, QStringLiteral("Qualification")))
            return ExchangeFormat::Elm;
        if (EuropassCredential::unwrap(root))
            return ExchangeFormat::ElmCredential;
        return std::nullopt;
    }
    if (error.error != QJsonParseError::NoError && !data.trimmed().startsWith('{') && !data.trimmed().startsWith('[')
        && OutcomesCsv::looksLikeOutcomes(data))
        return ExchangeFormat::Csv;
    return std::nullopt;
}

Result<ImportedDesign> DesignImporter::readFile(const QString &path)
{
    return single(readFile(path, ClaimSelection::onlyOne()));
}

Result<ImportedDesign> DesignImporter::fromBytes(const QByteArray &data, const QString &sourceName)
{
    return single(fromBytes(data, sourceName, ClaimSelection::onlyOne()));
}

Result<QList<ImportedDesign>> DesignImporter::readFile(const QString &path, ClaimSelection selection)
{
    const Result<QByteArray> data = FileInput::read(path, TextLimits::MaxDesignFileBytes);
    if (!data.ok())
        return Result<QList<ImportedDesign>>::failure(data.error());
    return fromBytes(data.value(), path, selection);
}

Result<QList<ImportedDesign>> DesignImporter::fromBytes(const QByteArray &data, const QString &sourceName, ClaimSelection selection)
{
    Result<QList<ImportedDesign>> imported = readAnyFormat(data, sourceName, selection);
    if (!imported.ok())
        return imported;
    for (ImportedDesign &design : imported.value()) {
        // Every way in passes here, whatever the format: control characters and
        // direction overrides never reach the catalogue, and the preview says so.
        design.cleaned = DesignTextCleaner::clean(design.design);
        if (design.format != ExchangeFormat::Mcdesign)
            design.findings = ImportPlausibility::findings(design);
    }
    return imported;
}

Result<QList<ImportedDesign>> DesignImporter::readAnyFormat(const QByteArray &data, const QString &sourceName, ClaimSelection selection)
{
    using R = Result<QList<ImportedDesign>>;
    if (data.size() > TextLimits::MaxDesignFileBytes)
        return R::failure(tr("%1: the file is larger than the limit of %2 MiB").arg(sourceName).arg(TextLimits::MaxDesignFileBytes >> 20));
    const std::optional<ExchangeFormat> format = detect(data);
    if (!format || *format == ExchangeFormat::Mcdesign) {
        // Unknown content goes to the strictest reader, whose message says what is wrong.
        Result<Microcredential> mc = McdesignReader::fromBytes(data, sourceName);
        if (!mc.ok()) {
            // Say what is wrong with the file (syntax, encoding, size) when that is
            // the problem; list the formats when it is simply something else.
            const bool foreign = QJsonDocument::fromJson(data).isObject();
            if (format || !foreign)
                return R::failure(mc.error());
            return R::failure(tr("%1: not a format this program reads (a .mcdesign file, an edubadges "
                                 "BadgeClass, an Open Badges 3.0 achievement, an ELM qualification, a Europass "
                                 "credential or a spreadsheet of learning outcomes)")
                                  .arg(sourceName));
        }
        ImportedDesign imported;
        imported.design = std::move(mc).value();
        return R::success({imported});
    }
    if (*format == ExchangeFormat::Csv) {
        Result<QList<LearningOutcome>> outcomes = OutcomesCsv::read(data, sourceName);
        if (!outcomes.ok())
            return R::failure(outcomes.error());
        ImportedDesign imported;
        imported.design = Microcredential::createNew();
        imported.design.title.nl = QFileInfo(sourceName).completeBaseName();
        imported.design.learningOutcomes = std::move(outcomes).value();
        imported.format = ExchangeFormat::Csv;
        imported.notCarried = {tr("everything but the learning outcomes: a spreadsheet holds only those")};
        return R::success({imported});
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data, &error);
    if (*format == ExchangeFormat::ElmCredential)
        return EuropassImport::read(document.object(), sourceName, selection);
    Result<ImportedDesign> one = InterchangeReader::read(*format, document.object(), sourceName);
    if (!one.ok())
        return R::failure(one.error());
    return R::success({std::move(one).value()});
}

} // namespace mcs
