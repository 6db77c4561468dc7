#include "FieldLabels.h"

#include "DisplayNames.h"

#include <QHash>

namespace mcs::ui {

namespace {

/// Every key of the .mcdesign format that a comparison can show; a key missing
/// here is shown as it is (it still says which field).
QString keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("admissionRequirements"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Admission requirements")},
        {QStringLiteral("admissionTesting"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Admission testing")},
        {QStringLiteral("authors"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Authors")},
        {QStringLiteral("bloomLevel"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Bloom level")},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Linked skills")},
        {QStringLiteral("uri"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Address")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Name")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Country")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Created")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Description")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Domain")},
        {QStringLiteral("eqfLevel"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "EQF level")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Evidence")},
        {QStringLiteral("examiningBody"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Examining body")},
        {QStringLiteral("furtherInformation"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Further information")},
        {QStringLiteral("furtherInformationUrl"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Web address")},
        {QStringLiteral("grading"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Grading")},
        {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Identifier")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Industry")},
        {QStringLiteral("institution"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Institution")},
        {QStringLiteral("instructionLanguages"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Languages of instruction")},
        {QStringLiteral("labourMarketValue"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Labour-market value")},
        {QStringLiteral("learningOutcomeIds"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Learning outcomes assessed")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Name")},
        {QStringLiteral("nlqfLevel"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "NLQF level")},
        {QStringLiteral("foreignLevel"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Level in another framework")},
        {QStringLiteral("noPriorKnowledge"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "No prior knowledge needed")},
        {QStringLiteral("noAdmissionRequirements"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "No admission requirements")},
        {QStringLiteral("learningSetting"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Learning setting")},
        {QStringLiteral("maximumDuration"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Maximum duration")},
        {QStringLiteral("partialQualification"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Partial qualification")},
        {QStringLiteral("participation"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Form of participation")},
        {QStringLiteral("priorKnowledge"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Prior knowledge")},
        {QStringLiteral("qualityAssurance"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Quality assurance")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Region")},
        {QStringLiteral("regionalPartners"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Regional partners")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Responsible")},
        {QStringLiteral("reviewerComment"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Reviewer's comment")},
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Scheme")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Sector")},
        {QStringLiteral("stackability"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Stackability")},
        {QStringLiteral("statement"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Statement")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Status")},
        {QStringLiteral("studyLoadHours"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Study load (hours)")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Summary")},
        {QStringLiteral("supervision"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Supervision")},
        {QStringLiteral("targetGroup"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Target group")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Title")},
        {QStringLiteral("towards"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Stacks towards")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Type")},
        {QStringLiteral("validityMonths"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Validity (months)")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Version")},
        {QStringLiteral("nl"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "Dutch")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("mcs::ui::FieldLabels", "English")},
    };
    const char *label = labels.value(key);
    return label ? FieldLabels::tr(label) : key;
}

/// Lists whose entries are numbered: "Learning outcome 3".
QString entryLabel(const QString &list, int position)
{
    if (list == QLatin1String("learningOutcomes"))
        return FieldLabels::tr("Learning outcome %1").arg(position);
    if (list == QLatin1String("assessments"))
        return FieldLabels::tr("Assessment %1").arg(position);
    if (list == QLatin1String("programmeCodes"))
        return FieldLabels::tr("Programme code %1").arg(position);
    if (list == QLatin1String("checklists"))
        return FieldLabels::tr("Checklist %1").arg(position);
    if (list == QLatin1String("items"))
        return FieldLabels::tr("Criterion %1").arg(position);
    if (list == QLatin1String("history"))
        return FieldLabels::tr("Change %1").arg(position);
    return FieldLabels::tr("%1 %2").arg(keyLabel(list)).arg(position);
}

} // namespace

QString FieldLabels::describe(const QStringList &segments)
{
    QStringList parts;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.startsWith(QLatin1Char('#')) && !parts.isEmpty()) {
            parts.last() = entryLabel(segments.at(i - 1), segment.mid(1).toInt());
            continue;
        }
        parts.append(keyLabel(segment));
    }
    return parts.join(QStringLiteral(" › "));
}

QString FieldLabels::value(const QStringList &segments, const QString &value)
{
    if (segments == QStringList{QStringLiteral("status")}) {
        if (const std::optional<Status> status = fromCode<Status>(value))
            return DisplayNames::status(*status);
    }
    return value;
}

} // namespace mcs::ui
