#include "DesignPrinter.h"

#include "model/StudyLoad.h"
#include "util/Timestamp.h"

#include <QRegularExpression>

namespace mcs::cli {

namespace {

QString levelText(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf)
{
    QStringList parts;
    if (eqf)
        parts.append(DesignPrinter::tr("EQF %1").arg(*eqf));
    if (nlqf)
        parts.append(DesignPrinter::tr("NLQF %1").arg(toCode(*nlqf)));
    return parts.isEmpty() ? DesignPrinter::tr("no level") : parts.join(QLatin1String(" / "));
}

void addText(QString &out, const QString &label, const LocalizedText &text)
{
    if (text.isEmpty())
        return;
    out += label + QLatin1String(":\n");
    if (!text.nl.isEmpty())
        out += QLatin1String("  [nl] ") + text.nl + QLatin1Char('\n');
    if (!text.en.isEmpty())
        out += QLatin1String("  [en] ") + text.en + QLatin1Char('\n');
}

void addLine(QString &out, const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        out += label + QLatin1String(": ") + value + QLatin1Char('\n');
}

} // namespace

QString DesignPrinter::entryLine(const CatalogueEntry &e)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(e.id, toCode(e.status).leftJustified(9), toCode(e.sector).leftJustified(5),
             levelText(e.eqfLevel, e.nlqfLevel).leftJustified(16),
             StudyLoad::describe(e.studyLoadHours, e.sector).leftJustified(18),
             e.title.preferred(QStringLiteral("nl")));
}

QString DesignPrinter::describe(const Microcredential &mc)
{
    QString out;
    addText(out, tr("Title"), mc.title);
    addLine(out, tr("Id"), mc.id);
    addLine(out, tr("Status"), tr("%1, version %2").arg(toCode(mc.status)).arg(mc.version));
    addLine(out, tr("Sector"), toCode(mc.sector));
    addLine(out, tr("Institution"),
            QStringList{mc.institution.name, mc.institution.identifier, mc.institution.region,
                        mc.institution.country}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QLatin1String(", ")));
    addLine(out, tr("Study load"), StudyLoad::describe(mc.studyLoadHours, mc.sector));
    addLine(out, tr("Level"), levelText(mc.eqfLevel, mc.nlqfLevel));
    addLine(out, tr("Level in another framework"), mc.foreignLevel);
    addLine(out, tr("Maximum duration"), mc.maximumDuration);
    addLine(out, tr("Learning setting"), mc.learningSetting ? toCode(*mc.learningSetting) : QString());
    addLine(out, tr("Partial qualification"), mc.partialQualification ? (*mc.partialQualification ? tr("yes") : tr("no")) : QString());
    addText(out, tr("Summary"), mc.summary);
    addText(out, tr("Target group"), mc.targetGroup);
    addText(out, tr("Prior knowledge"), mc.priorKnowledge);
    if (mc.noPriorKnowledge)
        addLine(out, tr("Prior knowledge"), tr("none needed"));
    addText(out, tr("Admission requirements"), mc.admissionRequirements);
    if (mc.noAdmissionRequirements)
        addLine(out, tr("Admission requirements"), tr("none"));
    addText(out, tr("Admission testing"), mc.admissionTesting);
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &lo = mc.learningOutcomes.at(i);
        QStringList tags;
        if (lo.domain)
            tags.append(toCode(*lo.domain));
        if (lo.bloomLevel)
            tags.append(toCode(*lo.bloomLevel));
        addText(out, tr("Learning outcome %1%2").arg(i + 1).arg(tags.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(tags.join(QLatin1String(", ")))),
                lo.statement);
        for (const SkillLink &skill : lo.skills)
            addLine(out, tr("  Skill"), skill.label.isEmpty() ? skill.uri : QStringLiteral("%1 <%2>").arg(skill.label, skill.uri));
    }
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        const Assessment &a = mc.assessments.at(i);
        QStringList outcomes;
        for (const QString &id : a.learningOutcomeIds) {
            const qsizetype index = [&] {
                for (qsizetype k = 0; k < mc.learningOutcomes.size(); ++k) {
                    if (mc.learningOutcomes.at(k).id == id)
                        return k + 1;
                }
                return qsizetype(0);
            }();
            outcomes.append(index > 0 ? QString::number(index) : QStringLiteral("?"));
        }
        addText(out, tr("Assessment %1 (%2; outcomes %3)").arg(i + 1).arg(toCode(a.type), outcomes.join(QLatin1String(", "))),
                a.description);
    }
    addLine(out, tr("Participation"), toCode(mc.participation));
    addLine(out, tr("Languages"), mc.instructionLanguages.join(QLatin1String(", ")));
    addLine(out, tr("Quality framework"),
            QStringList{mc.qualityAssurance.frameworkId, mc.qualityAssurance.frameworkVersion}
                .join(QLatin1Char(' ')).trimmed());
    addLine(out, tr("Examining body"), mc.qualityAssurance.examiningBody);
    addText(out, tr("Industry"), mc.industry);
    addText(out, tr("Labour-market value"), mc.labourMarketValue);
    addLine(out, tr("Regional partners"), mc.regionalPartners.join(QLatin1String(", ")));
    addLine(out, tr("Stackability"), toCode(mc.stackability.kind));
    addText(out, tr("Stackable towards"), mc.stackability.towards);
    addText(out, tr("Grading"), mc.grading);
    if (mc.validityMonths)
        addLine(out, tr("Valid for"), tr("%1 months").arg(*mc.validityMonths));
    for (const ProgrammeCode &code : mc.programmeCodes)
        addLine(out, tr("Programme code"), QStringLiteral("%1 %2").arg(toCode(code.scheme).toUpper(), code.code));
    addText(out, tr("Further information"), mc.furtherInformation);
    addLine(out, tr("Web page"), mc.furtherInformationUrl);
    addLine(out, tr("Authors"), mc.authors.join(QLatin1String(", ")));
    addLine(out, tr("Created"), Timestamp::toText(mc.created));
    addLine(out, tr("Changed"), Timestamp::toText(mc.changed));
    return out;
}

} // namespace mcs::cli
