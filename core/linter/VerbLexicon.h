#pragma once

#include "model/ModelEnums.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace mcs {

/// The verbs and phrases the learning-outcome linter knows for one language,
/// read from resources/verbs/<language>.json, with every recognisable form
/// derived from the infinitive (Dutch stems and separable verbs, English -s forms).
class VerbLexicon
{
    Q_DECLARE_TR_FUNCTIONS(mcs::VerbLexicon)

public:
    /// How a form may be recognised in a sentence.
    enum class FormKind {
        Finite,          ///< anywhere: "analyseert", "analyses", "opstelt"
        Separated,       ///< Dutch conjugated base of a separable verb: needs the particle later ("stelt ... op")
        Infinitive,      ///< Dutch infinitive: anywhere ("kan ... opstellen", "analyseren")
        EnglishBase      ///< English base form: only after a modal or "to", or as the first word
    };

    struct Verb
    {
        QString infinitive;
        QString particle; ///< Dutch separable verbs
        QList<BloomLevel> levels;
        QStringList suggestions; ///< for vague verbs: observable alternatives
        BloomLevel highest() const;
    };

    struct Form
    {
        int verbIndex;
        FormKind kind;
    };

    struct Phrase
    {
        QList<QStringList> forms; ///< each form as lowercase words
        QStringList suggestions;
    };

    static Result<VerbLexicon> fromFile(const QString &path);
    static Result<VerbLexicon> fromBytes(const QByteArray &data, const QString &sourceName);
    /// The lexicon shipped for "nl" or "en"; English for anything else.
    static const VerbLexicon &builtIn(const QString &language);

    /// Dutch present-tense stem of a (particle-less) infinitive: stellen -> stel, maken -> maak.
    static QString dutchStem(const QString &infinitive);

    QString language() const { return m_language; }
    const QList<Verb> &actionVerbs() const { return m_actionVerbs; }
    const QList<Verb> &vagueVerbs() const { return m_vagueVerbs; }
    const QList<Phrase> &vaguePhrases() const { return m_vaguePhrases; }
    const QList<QStringList> &modalVerbs() const { return m_modalVerbs; }
    const QList<QStringList> &contextMarkers() const { return m_contextMarkers; }
    const QStringList &functionWords() const { return m_functionWords; }
    /// Words that start a noun phrase ("de", "een"): a particle followed by one is a
    /// preposition ("stelt vragen in een gesprek"), not the end of a separable verb.
    const QStringList &determiners() const { return m_determiners; }
    /// Every recognisable form of an action verb or vague verb, by lowercase word.
    QList<Form> actionForms(const QString &word) const { return m_actionForms.value(word); }
    QList<Form> vagueForms(const QString &word) const { return m_vagueForms.value(word); }
    /// Action verbs at exactly this Bloom level, for suggestions.
    QStringList verbsAtLevel(BloomLevel level, int count) const;

private:
    void deriveForms(const Verb &verb, int index, const QStringList &extraForms, QHash<QString, QList<Form>> &into) const;

    QString m_language;
    QList<Verb> m_actionVerbs;
    QList<Verb> m_vagueVerbs;
    QList<Phrase> m_vaguePhrases;
    QList<QStringList> m_modalVerbs;
    QList<QStringList> m_contextMarkers;
    QStringList m_functionWords;
    QStringList m_determiners;
    QHash<QString, QList<Form>> m_actionForms;
    QHash<QString, QList<Form>> m_vagueForms;
    QHash<QString, QString> m_stemOverrides; ///< Dutch stems the rule gets wrong (berekenen -> bereken)
};

} // namespace mcs
