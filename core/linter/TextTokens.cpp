#include "TextTokens.h"

namespace mcs {

TextTokens::TextTokens(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        m_tokens.append({text.mid(start, i - start).toLower(), start, i - start});
    }
}

bool TextTokens::matchesAt(qsizetype i, const QStringList &words) const
{
    if (words.isEmpty() || i < 0 || i + words.size() > m_tokens.size())
        return false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (m_tokens.at(i + k).word != words.at(k))
            return false;
    }
    return true;
}

qsizetype TextTokens::find(const QStringList &words, qsizetype from) const
{
    for (qsizetype i = from; i < m_tokens.size(); ++i) {
        if (matchesAt(i, words))
            return i;
    }
    return -1;
}

QStringList TextTokens::words(const QString &text)
{
    QStringList result;
    const TextTokens tokens(text); // a named object: a temporary would die before the loop
    for (const Token &token : tokens.tokens())
        result.append(token.word);
    return result;
}

} // namespace mcs
