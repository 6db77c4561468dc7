#include "ChecklistReportBuilder.h"

#include "DocumentLanguageScope.h"
#include "DocumentTexts.h"
#include "checks/AutomaticChecks.h"
#include "format/ContentFingerprint.h"
#include "frameworks/FrameworkChanges.h"
#include "frameworks/InheritedEvidence.h"

namespace mcs {

namespace {

bool isOpen(CriterionStatus status)
{
    return status == CriterionStatus::Open || status == CriterionStatus::InProgress || status == CriterionStatus::NotMet;
}

QString verdictLine(const DocumentTexts &t, const QualityCriterion &criterion, const CheckVerdict &verdict)
{
    if (criterion.checks.isEmpty())
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "None: judged by the team"));
    QString outcome;
    switch (verdict.outcome) {
    case CheckVerdict::Outcome::Pass:
        outcome = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Meets the check"));
        break;
    case CheckVerdict::Outcome::Warning:
        outcome = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Needs attention"));
        break;
    case CheckVerdict::Outcome::Fail:
        outcome = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Does not meet the check"));
        break;
    case CheckVerdict::Outcome::NotApplicable:
        outcome = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not applicable"));
        break;
    }
    return QStringLiteral("%1. %2").arg(outcome, verdict.reason);
}

/// The institution's evidence for a criterion about the institution, as the
/// design shows it: the text, links, who recorded it when, and how long it holds.
QString institutionEvidenceText(const Microcredential &mc, const QualityFramework &framework,
                                const QualityCriterion &criterion, const DocumentTexts &t, const QDate &today)
{
    if (!criterion.concernsInstitution)
        return QString();
    if (InheritedEvidence::overridden(mc, framework, criterion))
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not inherited: this design gives its own evidence."));
    const std::optional<InstitutionEvidence> evidence = InheritedEvidence::of(mc, framework, criterion);
    if (!evidence)
        return t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "None recorded by the institution."));
    QStringList lines{evidence->text};
    lines.append(evidence->links);
    QString stamp = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Recorded by %1 on %2")).arg(evidence->recordedBy, t.date(evidence->recordedAt));
    if (evidence->validUntil.isValid()) {
        const QString until = t.locale().toString(evidence->validUntil, QStringLiteral("d MMMM yyyy"));
        stamp += QStringLiteral("; ") + (evidence->expiredOn(today) ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "was valid until %1: needs review")).arg(until)
                                                                    : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "valid until %1")).arg(until));
    }
    if (InheritedEvidence::isCopy(mc, framework))
        stamp += QStringLiteral(" ") + t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "(as copied at approval)"));
    lines.append(stamp + QLatin1Char('.'));
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

void addCriterion(QList<DocumentBlock> &blocks, const Microcredential &mc, const QualityFramework &framework,
                  const QualityCriterion &criterion, const ChecklistItem *item, const DocumentTexts &t, const QDate &today)
{
    DocumentBlock heading;
    heading.kind = DocumentBlock::Kind::SubHeading;
    heading.text = QStringLiteral("%1 · %2").arg(criterion.number, t.pick(criterion.title));
    heading.secondary = t.criterionStatus(item ? item->status : CriterionStatus::Open);
    blocks.append(heading);

    const CheckVerdict verdict = AutomaticChecks::runAll(criterion.checks, mc, today);
    QString reviewed;
    if (item && !item->reviewedBy.isEmpty())
        reviewed = QStringLiteral("%1, %2").arg(item->reviewedBy, t.date(item->reviewedAt));
    DocumentBlock fields;
    fields.kind = DocumentBlock::Kind::Fields;
    fields.fields = {{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Criterion")), t.pick(criterion.description)},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Automatic check")), verdictLine(t, criterion, verdict)},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Evidence")), item ? item->evidence : QString()},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Links")), item ? item->evidenceLinks.join(QLatin1Char('\n')) : QString()},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Responsible")), item ? item->responsible : QString()},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Reviewer's comment")), item ? item->reviewerComment : QString()},
                     {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Reviewed")), reviewed}};
    // Our guidance right under the criterion, under its own label, never in it.
    if (!t.pick(criterion.evidence).trimmed().isEmpty())
        fields.fields.insert(1, {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Guidance")), t.pick(criterion.evidence)});
    if (criterion.concernsInstitution)
        fields.fields.insert(fields.fields.size() - 5, {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Institution evidence")),
                                                        institutionEvidenceText(mc, framework, criterion, t, today)});
    blocks.append(fields);
}

} // namespace

DocumentContent ChecklistReportBuilder::build(const Microcredential &mc, const QualityFramework &framework,
                                              const QString &language, const QDate &today)
{
    const DocumentLanguageScope scope(language);
    const DocumentTexts t(language);
    const Checklist *checklist = mc.checklist(framework.id);
    DocumentContent doc;
    doc.language = t.language();
    doc.title = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Checklist review: %1")).arg(t.pick(mc.title));
    doc.headerRight = QStringLiteral("%1 %2").arg(framework.id, framework.version);
    doc.footerLeft = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Fingerprint %1")).arg(ContentFingerprint::shortForm(mc));
    doc.pageLabel = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Page %1 of %2"));

    int counts[5] = {0, 0, 0, 0, 0};
    for (const QualityCriterion &criterion : framework.criteria) {
        const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr;
        ++counts[int(item ? item->status : CriterionStatus::Open)];
    }
    QStringList summary;
    for (const CriterionStatus status : EnumCodes<CriterionStatus>::allValues())
        summary.append(QStringLiteral("%1: %2").arg(t.criterionStatus(status)).arg(counts[int(status)]));

    DocumentBlock cover;
    cover.kind = DocumentBlock::Kind::Cover;
    cover.note = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Checklist review report"));
    cover.text = t.pick(mc.title);
    cover.secondary = t.pick(framework.name);
    cover.fields = {{t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Quality framework")), QStringLiteral("%1, %2").arg(t.pick(framework.name), framework.version)},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Period of the framework")),
                     framework.appliesOn(today) ? t.frameworkPeriod(framework)
                                                : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1 (this report's date is outside it)"))
                                                      .arg(t.frameworkPeriod(framework))},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Checked against version")), checklist ? checklist->frameworkVersion : QString()},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Design version")), QString::number(mc.version)},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Criteria")), summary.join(QStringLiteral(" · "))},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Review signed off")), checklist && !checklist->signedOffBy.isEmpty()
                                                    ? QStringLiteral("%1, %2").arg(checklist->signedOffBy, t.date(checklist->signedOffAt))
                                                    : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not yet"))},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Date")), t.locale().toString(today, QLocale::LongFormat)},
                    {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Content fingerprint")), ContentFingerprint::shortForm(mc)}};
    doc.blocks.append(cover);

    if (checklist) {
        const FrameworkChanges changes(*checklist, framework);
        if (!changes.isEmpty()) {
            doc.blocks.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Changes in the framework since the design was checked"))));
            QStringList lines;
            for (const FrameworkChanges::Change &change : changes.changes())
                lines.append(QStringLiteral("• ") + change.description);
            if (changes.versionChanged())
                lines.prepend(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Checked against version %1; this report uses version %2.")).arg(changes.checkedVersion(), framework.version));
            doc.blocks.append(DocumentBlock::paragraph(lines.join(QLatin1Char('\n'))));
        }
    }

    for (const bool openPass : {true, false}) {
        bool headed = false;
        for (const QualityCriterion &criterion : framework.criteria) {
            const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr;
            if (isOpen(item ? item->status : CriterionStatus::Open) != openPass)
                continue;
            if (!headed) {
                doc.blocks.append(DocumentBlock::heading(openPass ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Open items")) : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Completed items"))));
                headed = true;
            }
            addCriterion(doc.blocks, mc, framework, criterion, item, t, today);
        }
    }
    return doc;
}

} // namespace mcs
