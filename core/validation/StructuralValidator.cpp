#include "StructuralValidator.h"

#include "levels/LevelFrameworks.h"

#include <QSet>

namespace mcs {

namespace {

using Severity = Diagnostic::Severity;

class Collector
{
public:
    void add(const char *rule, Severity severity, const QString &path, const QString &message)
    {
        Diagnostic d;
        d.ruleId = QString::fromLatin1(rule);
        d.severity = severity;
        d.fieldPath = path;
        d.message = message;
        list.append(d);
    }

    /// Missing Dutch text is an error, a missing translation a warning.
    void checkBilingual(const LocalizedText &text, const QString &path, const QString &what,
                        bool required)
    {
        if (text.nl.trimmed().isEmpty() && text.en.trimmed().isEmpty()) {
            if (required)
                add("structure.required", Severity::Error, path + QLatin1String(".nl"),
                    StructuralValidator::tr("%1 is missing").arg(what));
            return;
        }
        if (text.nl.trimmed().isEmpty())
            add("structure.translation", Severity::Warning, path + QLatin1String(".nl"),
                StructuralValidator::tr("%1 has no Dutch text").arg(what));
        if (text.en.trimmed().isEmpty())
            add("structure.translation", Severity::Warning, path + QLatin1String(".en"),
                StructuralValidator::tr("%1 has no English text").arg(what));
    }

    QList<Diagnostic> list;
};

void checkOutcomes(Collector &c, const Microcredential &mc)
{
    if (mc.learningOutcomes.isEmpty())
        c.add("structure.no-outcomes", Severity::Error, QStringLiteral("learningOutcomes"),
              StructuralValidator::tr("The microcredential has no learning outcomes"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &outcome = mc.learningOutcomes.at(i);
        const QString path = QStringLiteral("learningOutcomes[%1]").arg(i);
        if (!Microcredential::isValidId(outcome.id))
            c.add("structure.id", Severity::Error, path + QLatin1String(".id"),
                  StructuralValidator::tr("Learning outcome %1 has an invalid identifier").arg(i + 1));
        else if (seen.contains(outcome.id))
            c.add("structure.duplicate-id", Severity::Error, path + QLatin1String(".id"),
                  StructuralValidator::tr("Learning outcome %1 has the same identifier as another one")
                      .arg(i + 1));
        seen.insert(outcome.id);
        c.checkBilingual(outcome.statement, path + QLatin1String(".statement"),
                         StructuralValidator::tr("Learning outcome %1").arg(i + 1), true);
    }
}

void checkAssessments(Collector &c, const Microcredential &mc)
{
    if (mc.assessments.isEmpty())
        c.add("structure.no-assessments", Severity::Error, QStringLiteral("assessments"),
              StructuralValidator::tr("The microcredential has no assessment"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        const Assessment &assessment = mc.assessments.at(i);
        const QString path = QStringLiteral("assessments[%1]").arg(i);
        if (!Microcredential::isValidId(assessment.id))
            c.add("structure.id", Severity::Error, path + QLatin1String(".id"),
                  StructuralValidator::tr("Assessment %1 has an invalid identifier").arg(i + 1));
        else if (seen.contains(assessment.id))
            c.add("structure.duplicate-id", Severity::Error, path + QLatin1String(".id"),
                  StructuralValidator::tr("Assessment %1 has the same identifier as another one")
                      .arg(i + 1));
        seen.insert(assessment.id);
        c.checkBilingual(assessment.description, path + QLatin1String(".description"),
                         StructuralValidator::tr("The description of assessment %1").arg(i + 1), true);
        for (qsizetype k = 0; k < assessment.learningOutcomeIds.size(); ++k) {
            if (!mc.findOutcome(assessment.learningOutcomeIds.at(k)))
                c.add("structure.outcome-reference", Severity::Error,
                      QStringLiteral("%1.learningOutcomeIds[%2]").arg(path).arg(k),
                      StructuralValidator::tr("Assessment %1 refers to a learning outcome that "
                                              "does not exist")
                          .arg(i + 1));
        }
    }
}

void checkLevels(Collector &c, const Microcredential &mc)
{
    if (!mc.eqfLevel && !mc.nlqfLevel)
        c.add("structure.no-level", Severity::Error, QStringLiteral("eqfLevel"),
              StructuralValidator::tr("No EQF or NLQF level is given"));
    if (mc.eqfLevel && mc.nlqfLevel) {
        const std::optional<int> expected = LevelFrameworks::builtIn().eqfForNlqf(*mc.nlqfLevel);
        if (expected != mc.eqfLevel)
            c.add("structure.level-mismatch", Severity::Warning, QStringLiteral("nlqfLevel"),
                  StructuralValidator::tr("NLQF level %1 does not correspond to EQF level %2")
                      .arg(toCode(*mc.nlqfLevel))
                      .arg(*mc.eqfLevel));
    }
}

} // namespace

QList<Diagnostic> StructuralValidator::validate(const Microcredential &mc)
{
    Collector c;
    if (!Microcredential::isValidId(mc.id))
        c.add("structure.id", Severity::Error, QStringLiteral("id"),
              tr("The microcredential has an invalid identifier"));
    c.checkBilingual(mc.title, QStringLiteral("title"), tr("The title"), true);
    c.checkBilingual(mc.summary, QStringLiteral("summary"), tr("The summary"), false);
    if (mc.institution.name.trimmed().isEmpty())
        c.add("structure.required", Severity::Error, QStringLiteral("institution.name"),
              tr("The awarding institution is missing"));
    if (mc.studyLoadHours <= 0)
        c.add("structure.required", Severity::Error, QStringLiteral("studyLoadHours"),
              tr("The study load is missing"));
    checkLevels(c, mc);
    checkOutcomes(c, mc);
    checkAssessments(c, mc);
    if (mc.created.isValid() && mc.changed.isValid() && mc.changed < mc.created)
        c.add("structure.timestamps", Severity::Warning, QStringLiteral("changed"),
              tr("The last change is dated before the creation"));
    return c.list;
}

bool StructuralValidator::hasErrors(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace mcs
