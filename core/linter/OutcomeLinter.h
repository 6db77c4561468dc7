#pragma once

#include "LintFinding.h"
#include "VerbLexicon.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mcs {

/// Checks how one learning outcome is written, in Dutch or English: vague or
/// missing action verbs, two performances in one outcome, Bloom level against
/// the EQF level, length, context, and text in the wrong language.
///
/// Rule ids: lo.vague-verb, lo.no-action-verb, lo.multiple-performances,
/// lo.bloom-level, lo.too-short, lo.too-long, lo.no-context, lo.wrong-language.
class OutcomeLinter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::OutcomeLinter)

public:
    static constexpr int MinimumWords = 6;
    static constexpr int MaximumWords = 45;
    static constexpr int ShortWithoutContext = 12;

    /// Uses the shipped lexicons.
    OutcomeLinter();
    OutcomeLinter(const VerbLexicon &dutch, const VerbLexicon &english);

    /// `language` is "nl" or "en"; `eqfLevel` enables the Bloom-level rule.
    QList<LintFinding> lint(const QString &text, const QString &language,
                            std::optional<int> eqfLevel = std::nullopt) const;

    /// The lowest Bloom level an outcome at this EQF level is expected to reach.
    static BloomLevel minimumBloomFor(int eqfLevel);

private:
    const VerbLexicon &m_dutch;
    const VerbLexicon &m_english;
};

} // namespace mcs
