#include "FieldHelp.h"

#include "DisplayNames.h"
#include "HelpTargets.h"
#include "guide/UserGuide.h"

#include <QWidget>

namespace mcs::ui {

namespace {

struct Row
{
    const char *key;
    const char *section;
    const char *tip;
    const char *explanation;
};

// One row a field. The texts say what the field is for and what a reviewer
// looks for in it; the guide section has the whole story.
const Row Rows[] = {
    {"title", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The name of the microcredential, in Dutch and in English."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What the certificate, the catalogue and edubadges call it. Keep it short and name the competence, "
                "not the course, so that an employer recognises it. Add an English title when the microcredential "
                "is offered in English or travels through Europass.")},
    {"summary", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What a participant learns, in a few sentences."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Two to five sentences for future participants and employers: what they can do afterwards and how "
                "they learn it. Documents, edubadges and Europass use this text as the description.")},
    {"sector", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "mbo, hbo, wo or other: decides how study load is counted."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The sector decides which rules apply: mbo counts study load in SBU (study load hours), hbo and wo "
                "in EC. It also chooses the quality framework a new design starts with.")},
    {"institution.name", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The institution that awards the microcredential."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The official name of the awarding institution, as on its certificates. Set a default in the "
                "settings so that every new design has it.")},
    {"institution.identifier", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The institution's BRIN code, or another identifier."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The BRIN code identifies a Dutch institution in DUO's registers and in edubadges. Use another "
                "identifier only for an institution that has no BRIN code.")},
    {"institution.country", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The country as a two-letter code, such as NL."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The country of the awarding institution as an ISO 3166 code (NL for the Netherlands). Europass "
                "needs it.")},
    {"institution.region", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The region the institution serves (optional)."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The region, for regional catalogues and partners. Leave it empty when it does not matter.")},
    {"authors", "wizard-basics", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Who wrote this design, separated by commas."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The members of the team who wrote the design. The history records who saved each version; this "
                "field says who the authors are.")},
    {"noPriorKnowledge", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Say so when participants need no prior knowledge."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The frameworks ask for prior knowledge only where it is needed. Ticking this answers the "
                "question: the checklist and the completion count it as answered, and documents say no prior knowledge is needed.")},
    {"noAdmissionRequirements", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Say so when there are no admission requirements."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The frameworks ask for admission requirements only if there are any, and then how they "
                "are tested. Ticking this answers the question; without requirements, nothing about testing them is asked.")},
    {"foreignLevel", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "A level in another country's qualifications framework."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Credentials from abroad name their level in their own country's framework, such as "
                "\"DQR Level 5\" for Germany. The level is kept as the framework names it; the EQF level is what compares across Europe.")},
    {"learningSetting", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Formal or non-formal learning, as Europass names it."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Formal learning leads to a recognised qualification within the education system; "
                "non-formal learning is planned learning outside it. Most microcredentials are non-formal; Europass exports say "
                "non-formal unless you state otherwise.")},
    {"partialQualification", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Whether it is a part of a larger qualification."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Europass records whether a qualification is a part of a larger one, such as a "
                "module of a programme, or a whole qualification in itself.")},
    {"maximumDuration", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The longest time on the calendar the learning may take."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "A duration in days, weeks, months or years, such as six months: how long a learner "
                "may take, not how many hours of study it asks. The study load states the hours.")},
    {"participation", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How participants take part: on site, online or both."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The form of participation is one of the elements every microcredential states under the EU "
                "recommendation, so that a learner knows what to expect.")},
    {"targetGroup", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "For whom the microcredential is meant."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Describe the people you want to reach: working people, job seekers, students. A clear target group "
                "helps a reviewer judge the level and the labour-market value.")},
    {"priorKnowledge", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What participants know or can do beforehand."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The knowledge and skills a participant brings. It is advice, not a condition: conditions go under "
                "admission requirements.")},
    {"admissionRequirements", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Formal conditions for admission, such as a diploma."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What a participant must have to be admitted. Leave it empty when anyone may take part.")},
    {"admissionTesting", "wizard-admission", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How you check that a participant meets the requirements."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "An intake interview, a test or the diploma itself: say how admission is decided, so that it is "
                "the same for everyone.")},
    {"eqfLevel", "levels-eqf", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The level on the European Qualifications Framework, 1 to 8."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The EQF level makes the microcredential comparable across Europe. Choose the level the learning "
                "outcomes reach; the program shows its descriptors and checks that the NLQF level matches.")},
    {"nlqfLevel", "levels-nlqf", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The level on the Dutch framework, entry level to 8."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The NLQF level is the Dutch counterpart of the EQF level, with an entry level below level 1. It "
                "must agree with the EQF level.")},
    {"studyLoadHours", "study-load", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The study load in hours, shown as SBU or EC by sector."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "All the time a participant spends: lessons, practice, assignments and assessment. One EC is 28 "
                "hours. The mbo pilot asks at least 240 SBU.")},
    {"instructionLanguages", "wizard-level", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The languages of instruction, as codes: nl, en."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The languages in which the microcredential is taught and assessed, as ISO 639-1 codes separated "
                "by commas.")},
    {"learningOutcomes", "wizard-outcomes", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The learning outcomes, in the order documents show them."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "A microcredential has a few learning outcomes, each assessed. Add, remove and reorder them here; "
                "choose one to edit it on the right.")},
    {"learningOutcomes.statement", "outcome-recipe",
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "One learning outcome: what the participant can do afterwards."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Begin with the participant, use one observable action verb, name what they act on and the context "
                "or standard. The findings below say what the linter notices as you type.")},
    {"learningOutcomes.domain", "levels-eqf", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Knowledge, skills, or responsibility and autonomy."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The EQF describes each level in three domains. Saying which one an outcome belongs to shows "
                "whether the design covers the level as a whole.")},
    {"learningOutcomes.bloomLevel", "lo-bloom-level",
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The level of thinking the outcome asks for (Bloom)."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The linter compares the verb you wrote with this level and warns when the verb asks less. The "
                "suggested verbs below follow the level you choose.")},
    {"learningOutcomes.skills", "lo-bloom-level",
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Skills in ESCO or another framework this outcome is linked to."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Europass credentials can link a learning outcome to skills in the European "
                "ESCO classification or another framework. The links come along when you import such a credential and go out "
                "again in the Europass exports; follow a link to read the skill.")},
    {"learningOutcomes.findings", "linter-findings", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What the linter notices in this learning outcome."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Each finding names a rule and what to change. Double-click one or press Enter to go to the text; "
                "the guide explains every rule with a good and a bad example.")},
    {"learningOutcomes.verbs", "outcome-recipe", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Verbs that fit a level; Enter inserts one."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Action verbs by Bloom level, in Dutch and English. Choose one to put it at the cursor in the "
                "learning outcome.")},
    {"assessments", "wizard-assessments", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The assessments that show the learning outcomes are reached."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Add each assessment here and choose one to describe it on the right; the matrix below links "
                "them to the learning outcomes.")},
    {"assessments.type", "wizard-assessments", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How this assessment is done."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "A written or oral exam, a practical assignment, a portfolio: the type tells a reviewer whether "
                "the assessment fits what the learning outcomes ask.")},
    {"assessments.description", "wizard-assessments", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What the participant does in this assessment."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Describe the task, the conditions and how it is judged, so that the examining body can see that "
                "it assesses the learning outcomes it is linked to.")},
    {"assessments.supervision", "wizard-assessments",
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How supervision and identity verification are arranged."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The EU recommendation asks how the assessment is supervised and how the participant's identity "
                "is checked: in person, online with verification, or not at all.")},
    {"assessments.learningOutcomeIds", "wizard-assessments",
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Which learning outcomes each assessment assesses."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Every learning outcome must be assessed at least once. Tick the outcomes each assessment covers; "
                "a column without a tick is a finding.")},
    {"qualityAssurance.frameworkId", "quality-frameworks", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The quality framework the design is reviewed against."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The framework decides the checklist of the review: the mbo pilot, the hbo and wo pilot or the EU "
                "recommendation. The automatic checks follow it too.")},
    {"qualityAssurance.examiningBody", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The examining body that safeguards the assessment."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The examination board (examencommissie) responsible for the quality of the assessment and for "
                "awarding the microcredential.")},
    {"qualityAssurance.description", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How the quality of the microcredential is assured."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Describe how the design is reviewed, evaluated and improved, and who is responsible. The review "
                "checklist asks for this.")},
    {"validityMonths", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How long the microcredential stays valid, in months."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Leave it unlimited unless the competence has to be renewed, as with safety certificates.")},
    {"programmeCodes", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Codes of related programmes, separated by commas."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The crebo or CROHO codes of programmes this microcredential belongs to or builds on, for "
                "registration and stacking.")},
    {"industry", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The industry or occupation the microcredential serves."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Name the branch or the occupations where the competence is used, so that employers find it.")},
    {"labourMarketValue", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Why employers value this microcredential."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Show the demand: which employers or sector bodies asked for it and what a participant can do at "
                "work afterwards. Reviewers weigh this heavily.")},
    {"regionalPartners", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Employers and organisations in the region that take part."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The partners who helped design the microcredential or offer workplaces, separated by commas. They "
                "show that the region asks for it.")},
    {"stackability.kind", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Whether it stacks towards a larger qualification."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Stand-alone, stackable, or part of a programme: say whether the microcredential counts towards "
                "something larger.")},
    {"stackability.towards", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What it stacks towards."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The qualification, programme or larger credential this microcredential counts towards.")},
    {"grading", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "How results are expressed: pass or fail, or a grade."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The grading scheme that appears on the credential, such as pass or fail or a mark out of ten.")},
    {"furtherInformation", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Anything else a participant or employer should know."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "Practical details that have no field of their own: costs, dates, locations.")},
    {"furtherInformationUrl", "wizard-quality", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "A web page with more about the microcredential."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "An address starting with https://, for the catalogue, edubadges and Europass.")},
    {"selfCheck", "automatic-checks", QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "The automatic checks of the chosen framework."),
     QT_TRANSLATE_NOOP("mcs::ui::FieldHelp", "What the program can check by itself, criterion by criterion. The reviewer still decides in the "
                "checklist review.")},
};

FieldHelp::Entry entryOf(const Row &row)
{
    return {QLatin1String(row.key), QLatin1String(row.section), FieldHelp::tr(row.tip), FieldHelp::tr(row.explanation)};
}

} // namespace

QList<FieldHelp::Entry> FieldHelp::all()
{
    QList<Entry> entries;
    for (const Row &row : Rows)
        entries.append(entryOf(row));
    return entries;
}

std::optional<FieldHelp::Entry> FieldHelp::find(const QString &key)
{
    for (const Row &row : Rows) {
        if (key == QLatin1String(row.key))
            return entryOf(row);
    }
    return std::nullopt;
}

QString FieldHelp::guideReference(const QString &guideSection)
{
    const UserGuide &guide = UserGuide::get(DisplayNames::language());
    const std::optional<GuidePlace> place = guide.find(guideSection);
    return tr("More in the guide: “%1” (F1)").arg(place ? guide.title(*place) : guideSection);
}

void FieldHelp::apply(QWidget *widget, const QString &key)
{
    const std::optional<Entry> entry = find(key);
    Q_ASSERT_X(entry, "FieldHelp::apply", qPrintable(key));
    if (!entry)
        return;
    const QString reference = guideReference(entry->guideSection);
    widget->setToolTip(entry->tip + QLatin1Char('\n') + reference);
    widget->setWhatsThis(QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                             .arg(entry->explanation.toHtmlEscaped(), reference.toHtmlEscaped()));
    HelpTargets::set(widget, entry->guideSection);
}

} // namespace mcs::ui
