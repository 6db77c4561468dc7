#include "SectionRouter.h"

#include <QStringList>

namespace mcs::ui {

SectionRouter::Section SectionRouter::sectionFor(const QString &fieldPath)
{
    const QString head = fieldPath.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    static const QStringList basics{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                                    QStringLiteral("sector"), QStringLiteral("institution"), QStringLiteral("authors"),
                                    QStringLiteral("created"), QStringLiteral("changed")};
    static const QStringList admission{QStringLiteral("targetGroup"), QStringLiteral("priorKnowledge"),
                                       QStringLiteral("admissionRequirements"), QStringLiteral("admissionTesting")};
    static const QStringList level{QStringLiteral("eqfLevel"), QStringLiteral("nlqfLevel"), QStringLiteral("studyLoadHours"),
                                   QStringLiteral("participation"), QStringLiteral("instructionLanguages")};
    if (basics.contains(head))
        return Basics;
    if (admission.contains(head))
        return Admission;
    if (level.contains(head))
        return LevelSize;
    if (head == QLatin1String("learningOutcomes"))
        return Outcomes;
    if (head == QLatin1String("assessments"))
        return Assessments;
    return Quality;
}

} // namespace mcs::ui
