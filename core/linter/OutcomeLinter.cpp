#include "OutcomeLinter.h"

#include "TextTokens.h"

#include <QSet>

namespace mcs {

namespace {

using Severity = Diagnostic::Severity;

struct VerbMatch
{
    qsizetype token;
    int verbIndex;
};

QString bloomName(BloomLevel level)
{
    switch (level) {
    case BloomLevel::Remember:
        return OutcomeLinter::tr("remember");
    case BloomLevel::Understand:
        return OutcomeLinter::tr("understand");
    case BloomLevel::Apply:
        return OutcomeLinter::tr("apply");
    case BloomLevel::Analyse:
        return OutcomeLinter::tr("analyse");
    case BloomLevel::Evaluate:
        return OutcomeLinter::tr("evaluate");
    case BloomLevel::Create:
        return OutcomeLinter::tr("create");
    }
    return {};
}

/// True when a modal verb ("can", "is able to", "kan") ends right before token i.
bool afterModal(const TextTokens &tokens, qsizetype i, const VerbLexicon &lexicon)
{
    for (const QStringList &modal : lexicon.modalVerbs()) {
        if (tokens.matchesAt(i - modal.size(), modal))
            return true;
    }
    return false;
}

bool afterModalOrTo(const TextTokens &tokens, qsizetype i, const VerbLexicon &lexicon)
{
    return i == 0 || tokens.word(i - 1) == QLatin1String("to") || afterModal(tokens, i, lexicon);
}

/// True when the particle of a separable verb stands later in the text as a
/// particle, not as a preposition opening a noun phrase.
bool separatedParticleFollows(const TextTokens &tokens, qsizetype verbToken, const QString &particle,
                              const VerbLexicon &lexicon)
{
    for (qsizetype at = tokens.find({particle}, verbToken + 1); at > verbToken; at = tokens.find({particle}, at + 1)) {
        if (at + 1 >= tokens.size() || !lexicon.determiners().contains(tokens.word(at + 1)))
            return true;
    }
    return false;
}

/// The action verbs recognised in the text, each at the token where it stands.
QList<VerbMatch> findActionVerbs(const TextTokens &tokens, const VerbLexicon &lexicon, const QSet<qsizetype> &vagueTokens)
{
    QList<VerbMatch> matches;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (vagueTokens.contains(i))
            continue;
        for (const VerbLexicon::Form &form : lexicon.actionForms(tokens.word(i))) {
            const VerbLexicon::Verb &verb = lexicon.actionVerbs().at(form.verbIndex);
            bool recognised = false;
            switch (form.kind) {
            case VerbLexicon::FormKind::Finite:
            case VerbLexicon::FormKind::Infinitive:
                recognised = true;
                break;
            case VerbLexicon::FormKind::Separated:
                recognised = separatedParticleFollows(tokens, i, verb.particle, lexicon);
                break;
            case VerbLexicon::FormKind::EnglishBase:
                recognised = afterModalOrTo(tokens, i, lexicon);
                break;
            }
            if (recognised) {
                matches.append({i, form.verbIndex});
                break;
            }
        }
    }
    return matches;
}

int countFunctionWords(const TextTokens &tokens, const VerbLexicon &lexicon)
{
    int count = 0;
    for (const TextTokens::Token &token : tokens.tokens())
        count += lexicon.functionWords().contains(token.word) ? 1 : 0;
    return count;
}

} // namespace

OutcomeLinter::OutcomeLinter()
    : m_dutch(VerbLexicon::builtIn(QStringLiteral("nl"))), m_english(VerbLexicon::builtIn(QStringLiteral("en")))
{}

OutcomeLinter::OutcomeLinter(const VerbLexicon &dutch, const VerbLexicon &english)
    : m_dutch(dutch), m_english(english)
{}

BloomLevel OutcomeLinter::minimumBloomFor(int eqfLevel)
{
    if (eqfLevel <= 2)
        return BloomLevel::Remember;
    if (eqfLevel == 3)
        return BloomLevel::Understand;
    if (eqfLevel <= 5)
        return BloomLevel::Apply;
    if (eqfLevel == 6)
        return BloomLevel::Analyse;
    return BloomLevel::Evaluate;
}

QList<LintFinding> OutcomeLinter::lint(const QString &text, const QString &language, std::optional<int> eqfLevel) const
{
    const bool dutch = language == QLatin1String("nl");
    const VerbLexicon &lexicon = dutch ? m_dutch : m_english;
    const VerbLexicon &other = dutch ? m_english : m_dutch;
    const TextTokens tokens(text);
    QList<LintFinding> findings;
    if (tokens.size() == 0)
        return findings; // an empty text is reported by the structural checks
    auto spanOf = [&](qsizetype first, qsizetype last) {
        const TextTokens::Token &a = tokens.tokens().at(first);
        const TextTokens::Token &b = tokens.tokens().at(last);
        return std::make_pair(a.start, b.start + b.length - a.start);
    };
    auto add = [&](const char *rule, Severity severity, const QString &message, qsizetype first, qsizetype last,
                   const QString &suggestion = QString()) {
        const auto span = first < 0 ? std::make_pair(qsizetype(0), text.size()) : spanOf(first, last);
        findings.append({QString::fromLatin1(rule), severity, message, span.first, span.second, suggestion});
    };

    // Vague phrases and verbs: not observable, so not assessable.
    QSet<qsizetype> vagueTokens;
    for (const VerbLexicon::Phrase &phrase : lexicon.vaguePhrases()) {
        for (const QStringList &form : phrase.forms) {
            for (qsizetype at = tokens.find(form); at >= 0; at = tokens.find(form, at + 1)) {
                for (qsizetype k = at; k < at + form.size(); ++k)
                    vagueTokens.insert(k);
                add("lo.vague-verb", Severity::Warning,
                    tr("“%1” is not observable: how would an assessor see it?").arg(form.join(QLatin1Char(' '))),
                    at, at + form.size() - 1,
                    tr("Use an observable verb such as: %1").arg(phrase.suggestions.join(QLatin1String(", "))));
            }
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QList<VerbLexicon::Form> forms = lexicon.vagueForms(tokens.word(i));
        if (forms.isEmpty() || vagueTokens.contains(i))
            continue;
        const VerbLexicon::Verb &verb = lexicon.vagueVerbs().at(forms.constFirst().verbIndex);
        vagueTokens.insert(i);
        add("lo.vague-verb", Severity::Warning,
            tr("“%1” is not observable: how would an assessor see it?").arg(tokens.word(i)), i, i,
            tr("Use an observable verb such as: %1").arg(verb.suggestions.join(QLatin1String(", "))));
    }

    const QList<VerbMatch> verbs = findActionVerbs(tokens, lexicon, vagueTokens);
    if (verbs.isEmpty()) {
        add("lo.no-action-verb", Severity::Warning,
            tr("No action verb found: say what the learner does, with one observable verb."), -1, -1,
            tr("For example: %1").arg(lexicon.verbsAtLevel(BloomLevel::Apply, 4).join(QLatin1String(", "))));
    }

    // Two performances joined by "and": each needs its own outcome to be assessed.
    // A purpose clause ("... to establish the cause", "om ... te bepalen") is not a
    // second performance, so a verb right after "to"/"te" does not count as one.
    const QString conjunction = dutch ? QStringLiteral("en") : QStringLiteral("and");
    const QString purpose = dutch ? QStringLiteral("te") : QStringLiteral("to");
    bool multiple = false;
    for (qsizetype a = 0; a < verbs.size() && !multiple; ++a) {
        for (qsizetype b = a + 1; b < verbs.size() && !multiple; ++b) {
            if (verbs.at(a).verbIndex == verbs.at(b).verbIndex)
                continue;
            if (verbs.at(b).token > 0 && tokens.word(verbs.at(b).token - 1) == purpose
                && !afterModal(tokens, verbs.at(b).token, lexicon))
                continue;
            const qsizetype between = tokens.find({conjunction}, verbs.at(a).token + 1);
            if (between > verbs.at(a).token && between < verbs.at(b).token) {
                multiple = true;
                add("lo.multiple-performances", Severity::Warning,
                    tr("Two performances in one outcome (“%1” and “%2”): split it so that each can be assessed.")
                        .arg(tokens.word(verbs.at(a).token), tokens.word(verbs.at(b).token)),
                    verbs.at(a).token, verbs.at(b).token);
            }
        }
    }

    if (eqfLevel && !verbs.isEmpty()) {
        const VerbMatch *highest = &verbs.first();
        for (const VerbMatch &match : verbs) {
            if (int(lexicon.actionVerbs().at(match.verbIndex).highest()) > int(lexicon.actionVerbs().at(highest->verbIndex).highest()))
                highest = &match;
        }
        const BloomLevel reached = lexicon.actionVerbs().at(highest->verbIndex).highest();
        const BloomLevel expected = minimumBloomFor(*eqfLevel);
        if (int(reached) < int(expected)) {
            add("lo.bloom-level", Severity::Warning,
                tr("“%1” is at the Bloom level “%2”; an outcome at EQF level %3 is expected to reach at least “%4”.")
                    .arg(tokens.word(highest->token), bloomName(reached))
                    .arg(*eqfLevel)
                    .arg(bloomName(expected)),
                highest->token, highest->token,
                tr("Consider: %1").arg(lexicon.verbsAtLevel(expected, 5).join(QLatin1String(", "))));
        }
    }

    const qsizetype wordCount = tokens.size();
    if (wordCount < MinimumWords)
        add("lo.too-short", Severity::Warning,
            tr("Only %n word(s): an outcome names the action, its object and the context or standard.", nullptr, int(wordCount)), -1, -1);
    if (wordCount > MaximumWords)
        add("lo.too-long", Severity::Info,
            tr("%n word(s): a long outcome is hard to assess; keep it under %1 words.", nullptr, int(wordCount)).arg(MaximumWords), -1, -1);

    bool hasContext = false;
    for (const QStringList &marker : lexicon.contextMarkers())
        hasContext = hasContext || tokens.find(marker) >= 0;
    if (!hasContext && wordCount < ShortWithoutContext)
        add("lo.no-context", Severity::Info,
            tr("No context or standard: say where, with what or to which standard the learner performs."), -1, -1,
            dutch ? tr("For example: “volgens de geldende richtlijnen”, “in een praktijksituatie”")
                  : tr("For example: “according to current guidelines”, “in a workplace setting”"));

    const int own = countFunctionWords(tokens, lexicon);
    const int foreign = countFunctionWords(tokens, other);
    if (foreign > own && foreign >= 2)
        add("lo.wrong-language", Severity::Warning,
            dutch ? tr("This looks like English text in the Dutch field.") : tr("This looks like Dutch text in the English field."),
            -1, -1);
    return findings;
}

} // namespace mcs
