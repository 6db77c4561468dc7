#include "DescriptionBuilder.h"

#include "frameworks/InheritedEvidence.h"

#include "DocumentLanguageScope.h"
#include "DocumentTexts.h"
#include "checks/AutomaticChecks.h"
#include "format/ContentFingerprint.h"

#include <algorithm>

namespace mcs {

namespace {


using Fields = QList<QPair<QString, QString>>;

DocumentBlock fieldsBlock(const Fields &fields)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Fields;
    block.fields = fields;
    return block;
}

QString bilingual(const DocumentTexts &t, const LocalizedText &text)
{
    return t.pick(text);
}

QString institutionText(const Institution &institution)
{
    QStringList parts{institution.name};
    if (!institution.identifier.isEmpty())
        parts.append(institution.identifier);
    QStringList place;
    if (!institution.region.isEmpty())
        place.append(institution.region);
    if (!institution.country.isEmpty())
        place.append(institution.country);
    if (!place.isEmpty())
        parts.append(place.join(QLatin1String(", ")));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

DocumentBlock cover(const Microcredential &mc, const DocumentTexts &t, const QDate &today, const QString &fingerprint)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Cover;
    block.note = mc.institution.name;
    block.text = t.pick(mc.title);
    block.secondary = t.other(mc.title);
    block.fields = {
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Document")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Description of the microcredential for approval"))},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Version")), QString::number(mc.version)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Status")), t.status(mc.status)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Date")), t.locale().toString(today, QLocale::LongFormat)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Content fingerprint")), fingerprint},
    };
    return block;
}

Fields generalFields(const Microcredential &mc, const DocumentTexts &t)
{
    QStringList languages;
    for (const QString &code : mc.instructionLanguages)
        languages.append(t.languageName(code));
    QStringList codes;
    for (const ProgrammeCode &code : mc.programmeCodes)
        codes.append(QStringLiteral("%1 %2").arg(toCode(code.scheme).toUpper(), code.code));
    QString stackability;
    if (mc.stackability.kind == StackabilityKind::StandAlone)
        stackability = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stand-alone"));
    else if (mc.stackability.kind == StackabilityKind::Stackable)
        stackability = t.pick(mc.stackability.towards).isEmpty()
                           ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stackable"))
                           : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stackable towards: %1")).arg(t.pick(mc.stackability.towards));
    Fields fields{
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Awarding body")), institutionText(mc.institution)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Sector")), t.sector(mc.sector)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Level")), t.level(mc.eqfLevel, mc.nlqfLevel)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Study load")), t.studyLoad(mc.studyLoadHours, mc.sector)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Form of participation")), t.participation(mc.participation)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Languages of instruction")), languages.join(QLatin1String(", "))},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Industry")), bilingual(t, mc.industry)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Programme codes")), codes.join(QLatin1String(", "))},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Grading")), bilingual(t, mc.grading)},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stackability")), stackability},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Validity")), mc.validityMonths ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1 months")).arg(*mc.validityMonths) : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Unlimited"))},
        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Authors")), mc.authors.join(QLatin1String(", "))},
    };
    // What Europass credentials bring along: shown when stated, after the level and the load.
    Fields stated;
    if (!mc.foreignLevel.isEmpty())
        stated.append({t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Level in another framework")), mc.foreignLevel});
    if (!mc.maximumDuration.isEmpty())
        stated.append({t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Maximum duration")), t.duration(mc.maximumDuration)});
    if (mc.learningSetting)
        stated.append({t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Learning setting")), t.learningSetting(mc.learningSetting)});
    if (mc.partialQualification)
        stated.append({t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Partial qualification")), t.partialQualification(mc.partialQualification)});
    for (qsizetype i = 0; i < stated.size(); ++i)
        fields.insert(4 + i, stated.at(i));
    return fields;
}

/// The skills (ESCO and other frameworks) the learning outcomes are linked to.
DocumentBlock skillsTable(const Microcredential &mc, const DocumentTexts &t)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No.")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Skill")),
                          t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Address"))};
    block.table.widths = {7, 38, 55};
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        for (const SkillLink &skill : mc.learningOutcomes.at(i).skills)
            block.table.rows.append({QString::number(i + 1), skill.label, skill.uri});
    }
    return block;
}

DocumentBlock outcomesTable(const Microcredential &mc, const DocumentTexts &t)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No.")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Learning outcome")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Domain")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Bloom level"))};
    block.table.widths = {7, 63, 16, 14};
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &lo = mc.learningOutcomes.at(i);
        block.table.rows.append({QString::number(i + 1), t.pick(lo.statement), t.domain(lo.domain), t.bloom(lo.bloomLevel)});
    }
    return block;
}

QString outcomeNumbers(const Microcredential &mc, const Assessment &assessment)
{
    QStringList numbers;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        if (assessment.learningOutcomeIds.contains(mc.learningOutcomes.at(i).id))
            numbers.append(QString::number(i + 1));
    }
    return numbers.join(QLatin1String(", "));
}

DocumentBlock assessmentsTable(const Microcredential &mc, const DocumentTexts &t)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No.")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Type")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Description")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Supervision")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Outcomes"))};
    block.table.widths = {6, 17, 42, 20, 15};
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        const Assessment &a = mc.assessments.at(i);
        block.table.rows.append({QString::number(i + 1), t.assessmentType(a.type), t.pick(a.description),
                                 t.supervision(a.supervision), outcomeNumbers(mc, a)});
    }
    return block;
}

/// Learning outcomes down, assessments across: a mark where an assessment assesses an outcome.
DocumentBlock alignmentMatrix(const Microcredential &mc, const DocumentTexts &t)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.header.append(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Learning outcome")));
    const int markWidth = mc.assessments.isEmpty() ? 0 : int(std::max<qsizetype>(6, 50 / mc.assessments.size()));
    block.table.widths.append(100 - markWidth * int(mc.assessments.size()));
    for (qsizetype k = 0; k < mc.assessments.size(); ++k) {
        block.table.header.append(t.assessmentLabel(k + 1));
        block.table.widths.append(markWidth);
        block.table.centeredColumns.append(int(k + 1));
    }
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &lo = mc.learningOutcomes.at(i);
        QString statement = t.pick(lo.statement);
        if (statement.size() > 90)
            statement = statement.left(88) + QStringLiteral("…");
        QStringList row{QStringLiteral("%1. %2").arg(i + 1).arg(statement)};
        for (const Assessment &a : mc.assessments)
            row.append(a.learningOutcomeIds.contains(lo.id) ? QStringLiteral("✓") : QString());
        block.table.rows.append(row);
    }
    return block;
}

QString verdictText(const DocumentTexts &t, const QualityCriterion &criterion, const CheckVerdict &verdict)
{
    if (criterion.checks.isEmpty())
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Judged by the team"));
    switch (verdict.outcome) {
    case CheckVerdict::Outcome::Pass:
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Meets the check"));
    case CheckVerdict::Outcome::Warning:
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Needs attention"));
    case CheckVerdict::Outcome::Fail:
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Does not meet the check"));
    case CheckVerdict::Outcome::NotApplicable:
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not applicable"));
    }
    return {};
}

DocumentBlock checklistSummary(const Microcredential &mc, const QualityFramework &framework, const DocumentTexts &t,
                               const QDate &today)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No.")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Criterion")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Status")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Automatic check")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Evidence"))};
    block.table.widths = {7, 30, 14, 17, 32};
    const Checklist *checklist = mc.checklist(framework.id);
    for (const QualityCriterion &criterion : framework.criteria) {
        const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr;
        const CheckVerdict verdict = criterion.checks.isEmpty() ? CheckVerdict()
                                                                : AutomaticChecks::runAll(criterion.checks, mc, today);
        QStringList evidence;
        if (const std::optional<InstitutionEvidence> inherited = InheritedEvidence::of(mc, framework, criterion)) {
            // Recorded once by the institution: what the approver signs for, with its date.
            evidence.append(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Institution (%1): %2"))
                                .arg(t.date(inherited->recordedAt), inherited->text));
            evidence.append(inherited->links);
            if (inherited->expiredOn(today))
                evidence.append(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Needs review: valid until %1"))
                                    .arg(t.locale().toString(inherited->validUntil, QStringLiteral("d MMMM yyyy"))));
        } else if (item) {
            evidence.append(item->evidence);
            evidence.append(item->evidenceLinks);
        }
        evidence.removeAll(QString());
        block.table.rows.append({criterion.number, t.pick(criterion.title),
                                 t.criterionStatus(item ? item->status : CriterionStatus::Open),
                                 verdictText(t, criterion, verdict), evidence.join(QLatin1Char('\n'))});
    }
    return block;
}

DocumentBlock approvalBlock(const DocumentTexts &t)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Signatures;
    block.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Role")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Name")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Date")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Signature"))};
    block.table.widths = {28, 28, 16, 28};
    block.table.rows = {{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Project leader (review)")), QString(), QString(), QString()},
                        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Examination board (examencommissie)")), QString(), QString(), QString()},
                        {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Executive board (College van Bestuur)")), QString(), QString(), QString()}};
    return block;
}

} // namespace

DocumentContent DescriptionBuilder::build(const Microcredential &mc, const QualityFramework *framework,
                                          const QString &language, const QDate &today)
{
    const DocumentLanguageScope scope(language);
    const DocumentTexts t(language);
    const QString fingerprint = ContentFingerprint::shortForm(mc); // one serialisation of the design, not three
    DocumentContent doc;
    doc.language = t.language();
    doc.title = t.pick(mc.title);
    doc.headerRight = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Version %1 · %2")).arg(mc.version).arg(t.status(mc.status));
    doc.footerLeft = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Fingerprint %1")).arg(fingerprint);
    doc.pageLabel = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Page %1 of %2"));
    QList<DocumentBlock> &b = doc.blocks;

    b.append(cover(mc, t, today, fingerprint));
    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Summary"))));
    b.append(DocumentBlock::paragraph(t.pick(mc.summary)));

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "General information"))));
    b.append(fieldsBlock(generalFields(mc, t)));

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Target group and admission"))));
    b.append(fieldsBlock({{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Target group")), t.pick(mc.targetGroup)},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Prior knowledge")),
                           mc.noPriorKnowledge && mc.priorKnowledge.isEmpty() ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "None needed")) : t.pick(mc.priorKnowledge)},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Admission requirements")),
                           mc.noAdmissionRequirements && mc.admissionRequirements.isEmpty() ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "None")) : t.pick(mc.admissionRequirements)},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "How admission is tested")), t.pick(mc.admissionTesting)}}));

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Learning outcomes"))));
    if (mc.learningOutcomes.isEmpty())
        b.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No learning outcomes have been described yet."))));
    else
        b.append(outcomesTable(mc, t));
    const bool linked = std::any_of(mc.learningOutcomes.cbegin(), mc.learningOutcomes.cend(),
                                    [](const LearningOutcome &lo) { return !lo.skills.isEmpty(); });
    if (linked) {
        // A quiet note keeps with the table it introduces.
        b.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "The learning outcomes are linked to these skills (ESCO and other frameworks):"))));
        b.append(skillsTable(mc, t));
    }

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Assessment"))));
    if (mc.assessments.isEmpty())
        b.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "No assessments have been described yet."))));
    else
        b.append(assessmentsTable(mc, t));

    if (!mc.learningOutcomes.isEmpty() && !mc.assessments.isEmpty()) {
        b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Alignment of learning outcomes and assessments"))));
        b.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "A mark means that the assessment (A1, A2, ...) assesses the learning outcome."))));
        b.append(alignmentMatrix(mc, t));
    }

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Labour market and quality assurance"))));
    b.append(fieldsBlock({{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Labour-market value")), t.pick(mc.labourMarketValue)},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Regional partners")), mc.regionalPartners.join(QLatin1String(", "))},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Quality framework")), framework ? QStringLiteral("%1 (%2)").arg(t.pick(framework->name), framework->version)
                                                                : mc.qualityAssurance.frameworkId},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Examining body")), mc.qualityAssurance.examiningBody},
                          {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Quality assurance")), t.pick(mc.qualityAssurance.description)}}));

    if (!mc.furtherInformation.isEmpty() || !mc.furtherInformationUrl.isEmpty()) {
        b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Further information"))));
        b.append(fieldsBlock({{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Information")), t.pick(mc.furtherInformation)},
                              {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Web page")), mc.furtherInformationUrl}}));
    }

    if (framework) {
        b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Quality framework checklist"))));
        b.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1, version %2. Status as judged by the team; the automatic check is the "
                                          "program's own verdict from the description."))
                                          .arg(t.pick(framework->name), framework->version)));
        // Approvers sign for the framework as it applies: one outside its period is named as such.
        b.append(framework->appliesOn(today)
                     ? DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "The framework applies %1."))
                                                .arg(t.frameworkPeriod(*framework)))
                     : DocumentBlock::paragraph(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Note: this version of the framework applies %1; "
                                                                                         "the date of this description is outside that period."))
                                                    .arg(t.frameworkPeriod(*framework))));
        b.append(checklistSummary(mc, *framework, t, today));
    }

    b.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Approval"))));
    b.append(DocumentBlock::paragraph(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "By signing, the approvers confirm this description, version %1, with content "
                                          "fingerprint %2."))
                                          .arg(mc.version)
                                          .arg(fingerprint)));
    b.append(approvalBlock(t));
    return doc;
}

} // namespace mcs
