#include "InterchangeTexts.h"

#include "frameworks/FrameworkLibrary.h"

#include <QUrl>

#include <cmath>

namespace mcs {

InterchangeTexts::InterchangeTexts(const Microcredential &mc) : m_mc(mc), m_nl(QStringLiteral("nl")) {}

QString InterchangeTexts::institutionId() const
{
    const Institution &i = m_mc.institution;
    if (i.identifierScheme == InstitutionIdScheme::Brin && !i.identifier.isEmpty())
        return QStringLiteral("urn:brin:") + QString::fromLatin1(QUrl::toPercentEncoding(i.identifier));
    return QStringLiteral("urn:mcstudio:institution:")
           + QString::fromLatin1(QUrl::toPercentEncoding(i.identifier.isEmpty() ? i.name : i.identifier));
}

QString InterchangeTexts::oneLine(const QString &text)
{
    return text.simplified();
}

double InterchangeTexts::ecNumber(int hours)
{
    return std::round(double(hours) / Microcredential::HoursPerEc * 10.0) / 10.0;
}

QString InterchangeTexts::outcomesMarkdown(const QString &language) const
{
    QStringList lines;
    for (const LearningOutcome &lo : m_mc.learningOutcomes)
        lines.append(QStringLiteral("- ") + oneLine(lo.statement.preferred(language)));
    return lines.join(QLatin1Char('\n'));
}

QString InterchangeTexts::assessmentsMarkdown(const DocumentTexts &t) const
{
    QStringList items;
    for (const Assessment &a : m_mc.assessments) {
        QString line = QStringLiteral("- ") + t.assessmentType(a.type);
        if (a.supervision)
            line += QStringLiteral(" (%1)").arg(t.supervision(a.supervision));
        const QString description = oneLine(t.pick(a.description));
        if (!description.isEmpty())
            line += QStringLiteral(": ") + description;
        items.append(line);
    }
    return items.join(QLatin1Char('\n'));
}

QString InterchangeTexts::frameworkText(const DocumentTexts &t) const
{
    const QualityAssurance &qa = m_mc.qualityAssurance;
    if (const QualityFramework *framework = FrameworkLibrary::find(qa.frameworkId))
        return QStringLiteral("%1 (%2)").arg(t.pick(framework->name), qa.frameworkVersion);
    if (qa.frameworkId.isEmpty())
        return {};
    return qa.frameworkVersion.isEmpty() ? qa.frameworkId : QStringLiteral("%1 (%2)").arg(qa.frameworkId, qa.frameworkVersion);
}

QString InterchangeTexts::qualityAssuranceText(const DocumentTexts &t, bool withFramework) const
{
    QStringList paragraphs{t.pick(m_mc.qualityAssurance.description)};
    if (withFramework && !frameworkText(t).isEmpty())
        paragraphs.append(t("Quality framework") + QStringLiteral(": ") + frameworkText(t));
    if (!m_mc.qualityAssurance.examiningBody.isEmpty())
        paragraphs.append(t("Examining body") + QStringLiteral(": ") + m_mc.qualityAssurance.examiningBody);
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString InterchangeTexts::stackabilityText(const DocumentTexts &t) const
{
    if (m_mc.stackability.kind == StackabilityKind::StandAlone)
        return t("Stand-alone");
    if (m_mc.stackability.kind == StackabilityKind::Stackable) {
        const QString towards = t.pick(m_mc.stackability.towards);
        return towards.isEmpty() ? t("Stackable") : t("Stackable towards: %1").arg(towards);
    }
    return {};
}

QString InterchangeTexts::validityText(const DocumentTexts &t) const
{
    return m_mc.validityMonths ? t("%1 months").arg(*m_mc.validityMonths) : t("Unlimited");
}

QString InterchangeTexts::furtherText(const DocumentTexts &t) const
{
    QStringList paragraphs{t.pick(m_mc.furtherInformation), m_mc.furtherInformationUrl};
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString InterchangeTexts::composedDescription(const QString &format) const
{
    const DocumentTexts &t = m_nl;
    const bool ob3 = format == QLatin1String("ob3");
    QStringList languages;
    for (const QString &code : m_mc.instructionLanguages)
        languages.append(t.languageName(code));
    const QList<std::tuple<const char *, QString, bool>> sections{
        {"Level", t.level(m_mc.eqfLevel, m_mc.nlqfLevel), true},
        {"Study load", t.studyLoad(m_mc.studyLoadHours, m_mc.sector), ob3},
        {"Languages of instruction", languages.join(QLatin1String(", ")), ob3},
        {"Form of participation", t.participation(m_mc.participation), ob3},
        {"Target group", t.pick(m_mc.targetGroup), true},
        {"Prior knowledge", t.pick(m_mc.priorKnowledge), true},
        {"Admission requirements", t.pick(m_mc.admissionRequirements), true},
        {"How admission is tested", t.pick(m_mc.admissionTesting), true},
        {"Assessment", assessmentsMarkdown(t), true},
        {"Grading", t.pick(m_mc.grading), true},
        {"Industry", t.pick(m_mc.industry), true},
        {"Labour-market value", t.pick(m_mc.labourMarketValue), true},
        {"Regional partners", m_mc.regionalPartners.join(QLatin1String(", ")), true},
        {"Quality assurance", qualityAssuranceText(t, true), ob3},
        {"Stackability", stackabilityText(t), true},
        {"Validity", validityText(t), true},
        {"Further information", furtherText(t), true},
    };
    QStringList parts{t.pick(m_mc.summary)};
    for (const auto &[label, text, included] : sections) {
        if (included && !text.isEmpty())
            parts.append(QStringLiteral("## %1\n\n%2").arg(t(label), text));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

const QString &InterchangeTexts::badgeImage()
{
    static const QString image = QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(
        QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">"
                   "<circle cx=\"128\" cy=\"128\" r=\"120\" fill=\"#1f5f8b\"/>"
                   "<circle cx=\"128\" cy=\"128\" r=\"84\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"12\"/></svg>").toBase64());
    return image;
}

} // namespace mcs
