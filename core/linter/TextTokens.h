#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mcs {

/// The words (runs of letters and digits) of a text, lowercased, with where each stands in the original text
/// (so a finding can point at the exact span).
class TextTokens
{
public:
    struct Token
    {
        QString word;
        qsizetype start;
        qsizetype length;
    };

    explicit TextTokens(const QString &text);

    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    const QString &word(qsizetype i) const { return m_tokens.at(i).word; }
    /// True when `words` stand at position i.
    bool matchesAt(qsizetype i, const QStringList &words) const;
    /// The first position where `words` stand, or -1.
    qsizetype find(const QStringList &words, qsizetype from = 0) const;

    /// Just the lowercase words of a text.
    static QStringList words(const QString &text);

private:
    QList<Token> m_tokens;
};

} // namespace mcs
