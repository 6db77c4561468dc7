#pragma once

#include "model/LocalizedText.h"
#include "model/ModelEnums.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace mcs {

/// The fixed wording of documents in the document's language, which is chosen
/// independently of the interface language. Labels are English in the source,
/// marked with QT_TRANSLATE_NOOP("mcs::DocumentTexts", ...) so that the Dutch
/// translation catalogue holds them, and translated here with a translator of
/// the document's own (the application-wide one speaks the UI language).
struct QualityFramework;

class DocumentTexts
{
public:
    /// "nl" or "en" (anything else is English).
    explicit DocumentTexts(const QString &language);

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    /// A label given with QT_TRANSLATE_NOOP("mcs::DocumentTexts", "...").
    QString operator()(const char *source) const;
    /// A label with a number, given with QT_TRANSLATE_N_NOOP("mcs::DocumentTexts",
    /// "%n month(s)"), in the plural form the number needs.
    QString counted(const char *source, int n) const;
    /// A user's bilingual text in the document language (falls back to the other).
    QString pick(const LocalizedText &text) const { return text.preferred(m_language); }
    /// The same text in the other language, or empty when it says the same.
    QString other(const LocalizedText &text) const;

    QString sector(Sector sector) const;
    QString status(Status status) const;
    QString criterionStatus(CriterionStatus status) const;
    QString assessmentType(AssessmentType type) const;
    /// The short name of the n-th assessment (1-based): "A1" in English, "T1" in Dutch.
    QString assessmentLabel(qsizetype number) const;
    QString participation(const std::optional<Participation> &participation) const;
    QString supervision(const std::optional<Supervision> &supervision) const;
    QString domain(const std::optional<OutcomeDomain> &domain) const;
    QString bloom(const std::optional<BloomLevel> &level) const;
    QString studyLoad(int hours, Sector sector) const;
    QString level(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf) const;
    QString date(const QDateTime &time) const;
    /// The period a framework applies in: "from 1 January 2024 to 31 December 2025".
    QString frameworkPeriod(const QualityFramework &framework) const;
    /// A calendar duration ("P1Y6M") in words: "1 year, 6 months"; the text
    /// itself when it is not an ISO 8601 duration of whole units.
    QString duration(const QString &iso) const;
    QString learningSetting(const std::optional<LearningSetting> &setting) const;
    /// "Yes, part of a larger qualification" / "No, a whole qualification"; empty when not stated.
    QString partialQualification(const std::optional<bool> &partial) const;
    QString languageName(const QString &code) const;

private:
    QString m_language;
    QLocale m_locale;
};

} // namespace mcs
