#include "DocumentTexts.h"

#include "frameworks/QualityFramework.h"

#include "model/StudyLoad.h"
#include "util/IsoDuration.h"

#include <QCoreApplication>
#include <QTranslator>

#include <cmath>

namespace mcs {

namespace {

const char *const Context = "mcs::DocumentTexts";

/// The Dutch catalogue, loaded once for all documents.
const QTranslator &dutchTranslator()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/mcstudio_nl.qm")))
            qWarning("DocumentTexts: the Dutch translation catalogue is missing");
        return t;
    }();
    return *translator;
}

} // namespace

DocumentTexts::DocumentTexts(const QString &language)
    : m_language(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en"))
    , m_locale(m_language == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                  : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString DocumentTexts::operator()(const char *source) const
{
    if (m_language == QLatin1String("nl")) {
        const QString translated = dutchTranslator().translate(Context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentTexts::counted(const char *source, int n) const
{
    QString text;
    if (m_language == QLatin1String("nl"))
        text = dutchTranslator().translate(Context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source).replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text.replace(QLatin1String("%n"), m_locale.toString(n));
}

QString DocumentTexts::duration(const QString &iso) const
{
    const std::optional<IsoDuration> d = IsoDuration::parse(iso);
    if (!d)
        return iso;
    const std::pair<double, const char *> parts[] = {
        {d->years, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n year(s)")},
        {d->months, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n month(s)")},
        {d->weeks, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n week(s)")},
        {d->days, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n day(s)")},
        {d->hours, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n hour(s)")},
        {d->minutes, QT_TRANSLATE_N_NOOP("mcs::DocumentTexts", "%n minute(s)")},
    };
    QStringList words;
    for (const auto &[value, source] : parts) {
        if (value != std::floor(value) || value > 1e6)
            return iso; // half a month has no plain words; the notation says it exactly
        if (value > 0)
            words.append(counted(source, int(value)));
    }
    return words.isEmpty() ? iso : words.join(QStringLiteral(", "));
}

QString DocumentTexts::learningSetting(const std::optional<LearningSetting> &setting) const
{
    if (!setting)
        return {};
    return *setting == LearningSetting::Formal ? (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Formal learning"))
                                               : (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Non-formal learning"));
}

QString DocumentTexts::partialQualification(const std::optional<bool> &partial) const
{
    if (!partial)
        return {};
    return *partial ? (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Part of a larger qualification"))
                    : (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "A whole qualification"));
}

QString DocumentTexts::other(const LocalizedText &text) const
{
    const QString &second = m_language == QLatin1String("nl") ? text.en : text.nl;
    return second == pick(text) ? QString() : second;
}

QString DocumentTexts::sector(Sector sector) const
{
    switch (sector) {
    case Sector::Mbo:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "mbo (secondary vocational education)"));
    case Sector::Hbo:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "hbo (higher professional education)"));
    case Sector::Wo:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "wo (university education)"));
    case Sector::Other:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "other"));
    }
    return {};
}

QString DocumentTexts::status(Status status) const
{
    switch (status) {
    case Status::Draft:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Draft"));
    case Status::InReview:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Submitted for review"));
    case Status::Reviewed:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Reviewed"));
    case Status::ApprovedByExamCommittee:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Approved by the examination committee"));
    case Status::Approved:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Approved by the board"));
    case Status::Published:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Published"));
    case Status::Archived:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Archived"));
    }
    return {};
}

QString DocumentTexts::criterionStatus(CriterionStatus status) const
{
    switch (status) {
    case CriterionStatus::Open:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Open"));
    case CriterionStatus::InProgress:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "In progress"));
    case CriterionStatus::Met:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Met"));
    case CriterionStatus::NotMet:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not met"));
    case CriterionStatus::NotApplicable:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Not applicable"));
    }
    return {};
}

QString DocumentTexts::assessmentLabel(qsizetype number) const
{
    return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "A%1")).arg(number);
}

QString DocumentTexts::assessmentType(AssessmentType type) const
{
    switch (type) {
    case AssessmentType::WrittenExam:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Written exam"));
    case AssessmentType::OralExam:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Oral exam"));
    case AssessmentType::ReportPaper:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Report or paper"));
    case AssessmentType::BehaviouralAssessment:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Behavioural assessment"));
    case AssessmentType::ProfessionalProduct:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Professional product"));
    case AssessmentType::DevelopmentReport:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Development report"));
    case AssessmentType::Portfolio:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Portfolio"));
    case AssessmentType::PersonalizedAssessment:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Personalised assessment"));
    case AssessmentType::PracticalAssessment:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Practical assessment"));
    case AssessmentType::ProjectWork:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Project work"));
    }
    return {};
}

QString DocumentTexts::participation(const std::optional<Participation> &participation) const
{
    if (!participation)
        return {};
    switch (*participation) {
    case Participation::Online:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Online"));
    case Participation::Onsite:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "On site"));
    case Participation::Blended:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Blended"));
    case Participation::WorkBased:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Work-based"));
    }
    return {};
}

QString DocumentTexts::supervision(const std::optional<Supervision> &supervision) const
{
    if (!supervision)
        return {};
    switch (*supervision) {
    case Supervision::UnsupervisedNoIdCheck:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Unsupervised, no identity check"));
    case Supervision::SupervisedNoIdCheck:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Supervised, no identity check"));
    case Supervision::SupervisedWithIdCheck:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Supervised, with identity check"));
    }
    return {};
}

QString DocumentTexts::domain(const std::optional<OutcomeDomain> &domain) const
{
    if (!domain)
        return {};
    switch (*domain) {
    case OutcomeDomain::Knowledge:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Knowledge"));
    case OutcomeDomain::Skills:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Skills"));
    case OutcomeDomain::ResponsibilityAutonomy:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Responsibility and autonomy"));
    }
    return {};
}

QString DocumentTexts::bloom(const std::optional<BloomLevel> &level) const
{
    if (!level)
        return {};
    switch (*level) {
    case BloomLevel::Remember:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Remember"));
    case BloomLevel::Understand:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Understand"));
    case BloomLevel::Apply:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Apply"));
    case BloomLevel::Analyse:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Analyse"));
    case BloomLevel::Evaluate:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Evaluate"));
    case BloomLevel::Create:
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Create"));
    }
    return {};
}

QString DocumentTexts::studyLoad(int hours, Sector sector) const
{
    if (hours <= 0)
        return {};
    const QString ec = StudyLoad::ecText(hours, m_locale);
    if (sector == Sector::Hbo || sector == Sector::Wo)
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1 EC (%2 hours)")).arg(ec).arg(hours);
    return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1 SBU (%2 EC)")).arg(hours).arg(ec);
}

QString DocumentTexts::level(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf) const
{
    QStringList parts;
    if (eqf)
        parts.append((*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "EQF level %1")).arg(*eqf));
    if (nlqf) {
        parts.append(*nlqf == NlqfLevel::Entry
                         ? (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "NLQF entry level"))
                         : (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "NLQF level %1")).arg(toCode(*nlqf)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString DocumentTexts::date(const QDateTime &time) const
{
    return time.isValid() ? m_locale.toString(time.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString DocumentTexts::frameworkPeriod(const QualityFramework &framework) const
{
    const auto day = [this](const QDate &date) { return m_locale.toString(date, QStringLiteral("d MMMM yyyy")); };
    if (framework.validFrom.isValid() && framework.validUntil)
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "from %1 to %2")).arg(day(framework.validFrom), day(*framework.validUntil));
    if (framework.validFrom.isValid())
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "from %1")).arg(day(framework.validFrom));
    if (framework.validUntil)
        return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "until %1")).arg(day(*framework.validUntil));
    return (*this)(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "without an end date"));
}

QString DocumentTexts::languageName(const QString &code) const
{
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {{"nl", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Dutch")},
                 {"en", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "English")},
                 {"de", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "German")},
                 {"fr", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "French")},
                 {"es", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Spanish")},
                 {"fy", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Frisian")},
                 {"pl", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Polish")},
                 {"tr", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Turkish")},
                 {"ar", QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Arabic")}};
    for (const auto &entry : names) {
        if (code == QLatin1String(entry.code))
            return (*this)(entry.name);
    }
    const QLocale::Language language = QLocale(code).language();
    return language == QLocale::C ? code : QLocale::languageToString(language);
}

} // namespace mcs
